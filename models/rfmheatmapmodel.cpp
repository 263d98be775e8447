#include "models/rfmheatmapmodel.h"

#include "models/numberformat.h"

#include <algorithm>
#include <cmath>

namespace clientele {

RfmHeatmapModel::RfmHeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_dominant.fill(Segment::None);
}

void RfmHeatmapModel::setResults(std::shared_ptr<const AnalysisResults> results)
{
    beginResetModel();
    m_results = std::move(results);
    m_dominant.fill(Segment::None);
    if (m_results) {
        const RfmHeatmap &heatmap = m_results->heatmap;
        const std::vector<Segment> &segments = m_results->gridSegments.segments;
        // The dominant segment: cells of the R × F grid mix M scores, so several segments can share a cell.
        for (int r = 1; r <= 5; ++r) {
            for (int f = 1; f <= 5; ++f) {
                std::array<qint64, 11> counts{};
                for (quint32 c : heatmap.customers(r, f))
                    if (c < segments.size() && segments[c] != Segment::None && quint8(segments[c]) < counts.size())
                        ++counts[quint8(segments[c])];
                const auto best = std::max_element(counts.begin(), counts.end());
                if (*best > 0)
                    m_dominant[size_t((r - 1) * 5 + (f - 1))] = Segment(quint8(best - counts.begin()));
            }
        }
    }
    updateRange();
    endResetModel();
}

void RfmHeatmapModel::setColorMeasure(ColorMeasure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    updateRange();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(4, 4), {ColorValueRole, Qt::DisplayRole});
    Q_EMIT colorMeasureChanged(measure);
}

QString RfmHeatmapModel::colorMeasureTitle() const
{
    const bool aov = m_results && m_results->heatmap.monetaryBasis == MonetaryBasis::AverageOrderValue;
    switch (m_measure) {
    case ColorMeasure::Count:
        return tr("Customers");
    case ColorMeasure::MeanMonetary:
        return aov ? tr("Mean order value") : tr("Mean net revenue per customer");
    case ColorMeasure::Revenue:
        return tr("Net revenue");
    }
    return {};
}

QString RfmHeatmapModel::colorMeasureUnit() const
{
    switch (m_measure) {
    case ColorMeasure::Count:
        return tr("customers per cell");
    case ColorMeasure::MeanMonetary:
        return tr("per customer, in the shop's currency");
    case ColorMeasure::Revenue:
        return tr("per cell, in the shop's currency");
    }
    return {};
}

QString RfmHeatmapModel::formatColorValue(double value) const
{
    if (m_measure == ColorMeasure::Count)
        return formatCount(qint64(std::llround(value)));
    return formatMoney(value * 100.0);
}

void RfmHeatmapModel::updateRange()
{
    m_min = m_max = 0;
    if (!m_results)
        return;
    bool first = true;
    for (const RfmHeatmapCell &cell : m_results->heatmap.cells) {
        if (cell.count == 0)
            continue;
        const double v = colorValue(cell);
        m_min = first ? v : std::min(m_min, v);
        m_max = first ? v : std::max(m_max, v);
        first = false;
    }
}

const RfmHeatmapCell *RfmHeatmapModel::cellAt(const QModelIndex &index) const
{
    if (!m_results || !index.isValid())
        return nullptr;
    return &m_results->heatmap.cell(rScoreOfRow(index.row()), fScoreOfColumn(index.column()));
}

double RfmHeatmapModel::colorValue(const RfmHeatmapCell &cell) const
{
    switch (m_measure) {
    case ColorMeasure::Count:
        return double(cell.count);
    case ColorMeasure::MeanMonetary:
        return double(cell.meanMonetaryMinor) / 100.0;
    case ColorMeasure::Revenue:
        return double(cell.revenueMinor) / 100.0;
    }
    return 0;
}

std::vector<quint32> RfmHeatmapModel::customersOf(const QModelIndexList &cells) const
{
    std::vector<quint32> out;
    if (!m_results)
        return out;
    for (const QModelIndex &cell : cells) {
        if (!cell.isValid() || cell.model() != this)
            continue;
        const auto span = m_results->heatmap.customers(rScoreOfRow(cell.row()), fScoreOfColumn(cell.column()));
        out.insert(out.end(), span.begin(), span.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int RfmHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : 5;
}

int RfmHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : 5;
}

QVariant RfmHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RfmHeatmapCell &cell = *cellAt(index);
    const int r = rScoreOfRow(index.row());
    const int f = fScoreOfColumn(index.column());
    const Segment dominant = m_dominant[size_t((r - 1) * 5 + (f - 1))];
    switch (role) {
    case Qt::DisplayRole:
        if (cell.count == 0)
            return QStringLiteral("—");
        switch (m_measure) {
        case ColorMeasure::Count:
            return QString(formatCount(cell.count) + u'\n' + formatPercent(cell.share));
        case ColorMeasure::MeanMonetary:
            return QString(formatMoney(cell.meanMonetaryMinor) + u'\n' + formatCustomers(cell.count));
        case ColorMeasure::Revenue: {
            const qint64 total = m_results->heatmap.revenueMinor;
            const QString share = total > 0 ? formatPercent(double(cell.revenueMinor) / double(total)) : QString();
            return QString(formatMoney(cell.revenueMinor) + u'\n' + tr("%1 of revenue").arg(share));
        }
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(index);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case CountRole:
        return cell.count;
    case ShareRole:
        return cell.share;
    case MeanMonetaryRole:
        return cell.meanMonetaryMinor;
    case RevenueRole:
        return cell.revenueMinor;
    case ColorValueRole:
        return colorValue(cell);
    case SegmentRole:
        return dominant == Segment::None ? -1 : int(dominant);
    case SegmentNameRole:
        return dominant == Segment::None ? QString() : segmentName(dominant);
    case CustomerIndicesRole: {
        const auto span = m_results->heatmap.customers(r, f);
        return QVariant::fromValue(QList<quint32>(span.begin(), span.end()));
    }
    case RScoreRole:
        return r;
    case FScoreRole:
        return f;
    default:
        return {};
    }
}

QString RfmHeatmapModel::toolTip(const QModelIndex &index) const
{
    const RfmHeatmapCell &cell = *cellAt(index);
    const int r = rScoreOfRow(index.row());
    const int f = fScoreOfColumn(index.column());
    const RfmScores &scores = m_results->rfm;
    QStringList lines;
    lines << tr("R %1 · F %2").arg(r).arg(f);
    if (scores.ok()) {
        const RfmScoreRange &rr = scores.range(RfmDimension::Recency, r);
        const RfmScoreRange &fr = scores.range(RfmDimension::Frequency, f);
        if (rr.count > 0)
            lines << tr("Last order %1–%2 days before the as-of day").arg(formatCount(rr.min), formatCount(rr.max));
        if (fr.count > 0)
            lines << tr("%1–%2 orders").arg(formatCount(fr.min), formatCount(fr.max));
    }
    lines << tr("Customers: %1 (%2 of active customers)").arg(formatCount(cell.count), formatPercent(cell.share));
    const bool aov = m_results->heatmap.monetaryBasis == MonetaryBasis::AverageOrderValue;
    lines << (aov ? tr("Mean order value: %1") : tr("Mean net revenue per customer: %1"))
                 .arg(formatMoney(cell.meanMonetaryMinor));
    const qint64 total = m_results->heatmap.revenueMinor;
    if (total > 0)
        lines << tr("Net revenue: %1 (%2 of total)")
                     .arg(formatMoney(cell.revenueMinor), formatPercent(double(cell.revenueMinor) / double(total)));
    else
        lines << tr("Net revenue: %1").arg(formatMoney(cell.revenueMinor));
    const Segment dominant = m_dominant[size_t((r - 1) * 5 + (f - 1))];
    if (dominant != Segment::None)
        lines << tr("Mostly: %1 (%2)").arg(segmentName(dominant), segmentInfo(dominant).chineseName.toString());
    return lines.join(u'\n');
}

QVariant RfmHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= 5)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        const int r = rScoreOfRow(section);
        if (r == 5)
            return tr("R 5 (recent)");
        if (r == 1)
            return tr("R 1 (long ago)");
        return tr("R %1").arg(r);
    }
    const int f = fScoreOfColumn(section);
    if (f == 5)
        return tr("F 5 (most orders)");
    if (f == 1)
        return tr("F 1 (fewest)");
    return tr("F %1").arg(f);
}

QHash<int, QByteArray> RfmHeatmapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CountRole, "count");
    names.insert(ShareRole, "share");
    names.insert(MeanMonetaryRole, "meanMonetary");
    names.insert(RevenueRole, "revenue");
    names.insert(ColorValueRole, "colorValue");
    names.insert(SegmentRole, "segment");
    names.insert(SegmentNameRole, "segmentName");
    names.insert(CustomerIndicesRole, "customerIndices");
    names.insert(RScoreRole, "rScore");
    names.insert(FScoreRole, "fScore");
    return names;
}

} // namespace clientele
