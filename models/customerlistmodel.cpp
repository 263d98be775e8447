#include "models/customerlistmodel.h"
#include "models/bilingual.h"

#include "models/numberformat.h"

namespace clientele {

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerListModel::setResults(
    std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results)
{
    m_table = std::move(table);
    m_results = std::move(results);
    recompute();
}

void CustomerListModel::setResults(std::shared_ptr<const CustomerTable> table,
    std::shared_ptr<const AnalysisResults> results, const CustomerFilter &filter)
{
    m_table = std::move(table);
    m_results = std::move(results);
    setFilter(filter);
}

void CustomerListModel::setFilter(const CustomerFilter &filter)
{
    m_filter = filter;
    m_explicit = false;
    m_explicitRows.clear();
    recompute();
}

void CustomerListModel::setCustomerIndices(std::vector<quint32> indices)
{
    m_explicit = true;
    m_explicitRows = std::move(indices);
    recompute();
}

void CustomerListModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    recompute();
}

void CustomerListModel::recompute()
{
    beginResetModel();
    m_rows.clear();
    m_netRevenueMinor = 0;
    if (m_table && m_results) {
        const CustomerTable &t = *m_table;
        if (m_explicit) {
            for (quint32 c : m_explicitRows)
                if (c < t.size() && m_results->snapshot.active[c])
                    m_rows.push_back(c);
        } else {
            m_rows = filterCustomers(t, *m_results, m_filter);
        }
        if (!m_text.isEmpty()) {
            std::erase_if(m_rows, [&](quint32 c) {
                return !t.keys[c].contains(m_text, Qt::CaseInsensitive)
                    && !t.cities[c].contains(m_text, Qt::CaseInsensitive);
            });
        }
        for (quint32 c : m_rows)
            m_netRevenueMinor += m_results->snapshot.monetaryMinor[c];
    }
    endResetModel();
    Q_EMIT customersChanged();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static bool isMoney(int column)
{
    return column == CustomerListModel::NetRevenueColumn || column == CustomerListModel::AverageOrderValueColumn
        || column == CustomerListModel::TrailingSpendColumn;
}

static bool isNumeric(int column)
{
    return isMoney(column) || column == CustomerListModel::OrdersColumn
        || column == CustomerListModel::RecencyDaysColumn || column == CustomerListModel::RScoreColumn
        || column == CustomerListModel::FScoreColumn || column == CustomerListModel::MScoreColumn
        || column == CustomerListModel::ClusterColumn;
}

// The cell's raw value (forSort) or its display text.
QVariant CustomerListModel::value(quint32 c, int column, bool forSort) const
{
    const CustomerTable &t = *m_table;
    const AnalysisResults &res = *m_results;
    const CustomerSnapshot &s = res.snapshot;
    auto money = [&](qint64 minor) -> QVariant { return forSort ? QVariant(minor) : QVariant(formatMoney(minor)); };
    auto day = [&](qint32 d) -> QVariant { return forSort ? QVariant(d) : QVariant(dayToIsoDate(d)); };
    auto score = [&](const std::vector<quint8> &scores) -> QVariant {
        const int v = c < scores.size() ? scores[c] : 0;
        return v > 0 ? QVariant(v) : QVariant();
    };
    auto segment = [&](const SegmentAssignment &a, bool chinese) -> QVariant {
        if (c >= a.segments.size() || a.segments[c] == Segment::None)
            return {};
        return chinese ? segmentInfo(a.segments[c]).chineseName.toString() : segmentName(a.segments[c]);
    };
    switch (column) {
    case CustomerColumn:
        return t.keys[c];
    case CityColumn:
        return t.cities[c];
    case OrdersColumn:
        return forSort ? QVariant(s.frequency[c]) : QVariant(formatCount(s.frequency[c]));
    case NetRevenueColumn:
        return money(s.monetaryMinor[c]);
    case AverageOrderValueColumn:
        return money(s.averageOrderValueMinor(c));
    case FirstOrderColumn:
        return day(res.asOfDay - s.tenureDays[c]);
    case LastOrderColumn:
        return day(res.asOfDay - s.recencyDays[c]);
    case RecencyDaysColumn:
        return forSort ? QVariant(s.recencyDays[c]) : QVariant(formatCount(s.recencyDays[c]));
    case TrailingSpendColumn:
        return money(s.trailingSpendMinor[c]);
    case RScoreColumn:
        return score(res.rfm.r);
    case FScoreColumn:
        return score(res.rfm.f);
    case MScoreColumn:
        return score(res.rfm.m);
    case RfmCodeColumn: {
        const QVariant r = score(res.rfm.r);
        if (r.isNull())
            return {};
        return QString(r.toString() + score(res.rfm.f).toString() + score(res.rfm.m).toString());
    }
    case SegmentColumn:
        return segment(res.gridSegments, false);
    case ValueClassColumn:
        return segment(res.valueClasses, true);
    case StageColumn:
        return c < res.stageOf.size() ? QVariant(activityStageEnglishName(res.stageOf[c])) : QVariant();
    case TierColumn: {
        const int tier = c < res.tiers.tierOf.size() ? res.tiers.tierOf[c] : -1;
        if (tier < 0 || size_t(tier) >= res.tiers.tiers.size())
            return {};
        return forSort ? QVariant(tier) : QVariant(tierDisplayName(res.tiers.tiers[size_t(tier)]));
    }
    case ClusterColumn: {
        const int cluster = c < res.clusters.assignment.size() ? res.clusters.assignment[c] : -1;
        return cluster >= 0 ? QVariant(cluster) : QVariant();
    }
    case ClusterLabelColumn: {
        const int cluster = c < res.clusters.assignment.size() ? res.clusters.assignment[c] : -1;
        if (cluster < 0 || size_t(cluster) >= res.clusters.profiles.size())
            return {};
        return inUiLanguage(
            res.clusters.profiles[size_t(cluster)].labelEnglish, res.clusters.profiles[size_t(cluster)].labelChinese);
    }
    default:
        return {};
    }
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return value(c, index.column(), false);
    case SortRole:
        return value(c, index.column(), true);
    case CustomerIndexRole:
        return c;
    case MinorUnitsRole:
        return isMoney(index.column()) ? value(c, index.column(), true) : QVariant();
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ClusterLabelColumn) {
            const int cluster = m_results->clusters.assignment.size() > c ? m_results->clusters.assignment[c] : -1;
            if (cluster >= 0 && size_t(cluster) < m_results->clusters.profiles.size())
                return m_results->clusters.profiles[size_t(cluster)].labelChinese;
        }
        if (index.column() == SegmentColumn)
            return value(c, index.column(), false).toString().isEmpty()
                ? QVariant()
                : QVariant(segmentInfo(m_results->gridSegments.segments[c]).chineseName.toString());
        return {};
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case CityColumn:
        return tr("City");
    case OrdersColumn:
        return tr("Orders");
    case NetRevenueColumn:
        return tr("Net revenue");
    case AverageOrderValueColumn:
        return tr("Avg. order value");
    case FirstOrderColumn:
        return tr("First order");
    case LastOrderColumn:
        return tr("Last order");
    case RecencyDaysColumn:
        return tr("Recency, days");
    case TrailingSpendColumn:
        return tr("12-month spend");
    case RScoreColumn:
        return tr("R");
    case FScoreColumn:
        return tr("F");
    case MScoreColumn:
        return tr("M");
    case RfmCodeColumn:
        return tr("RFM");
    case SegmentColumn:
        return tr("Segment");
    case ValueClassColumn:
        return tr("Value class");
    case StageColumn:
        return tr("Stage");
    case TierColumn:
        return tr("Tier");
    case ClusterColumn:
        return tr("Cluster");
    case ClusterLabelColumn:
        return tr("Cluster label");
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(CustomerIndexRole, "customerIndex");
    names.insert(MinorUnitsRole, "minorUnits");
    return names;
}

} // namespace clientele
