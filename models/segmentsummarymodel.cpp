#include "models/segmentsummarymodel.h"

#include "models/numberformat.h"

#include <QLocale>

namespace clientele {

SegmentSummaryModel::SegmentSummaryModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{SortRole, "sortValue"}, {SegmentRole, "segment"}}, parent)
{
}

void SegmentSummaryModel::setSummary(const SegmentSummary &summary)
{
    m_summary = summary;
    setRows(summary.segments);
}

static bool isNumeric(int column)
{
    return column >= SegmentSummaryModel::CustomersColumn && column <= SegmentSummaryModel::MeanMonetaryColumn;
}

QVariant SegmentSummaryModel::cellData(const SegmentStats &s, int column, int role) const
{
    const QLocale locale;
    if (role == SegmentRole)
        return int(s.segment);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == HintColumn)
        return segmentActionHint(s.segment);
    if (role == SortRole) {
        switch (column) {
        case CustomersColumn:
            return s.count;
        case ShareColumn:
            return s.share;
        case RevenueColumn:
            return s.revenueMinor;
        case RevenueShareColumn:
            return s.revenueShare;
        case MeanRecencyColumn:
            return s.meanRecencyDays;
        case MeanFrequencyColumn:
            return s.meanFrequency;
        case MeanMonetaryColumn:
            return s.meanMonetaryMinor;
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool empty = s.count == 0;
    switch (column) {
    case NameColumn:
        return segmentName(s.segment);
    case ChineseNameColumn:
        return segmentInfo(s.segment).chineseName.toString();
    case CustomersColumn:
        return formatCount(s.count);
    case ShareColumn:
        return formatPercent(s.share);
    case RevenueColumn:
        return formatMoney(s.revenueMinor);
    case RevenueShareColumn:
        return formatPercent(s.revenueShare);
    case MeanRecencyColumn:
        return empty ? QStringLiteral("—") : locale.toString(s.meanRecencyDays, 'f', 0);
    case MeanFrequencyColumn:
        return empty ? QStringLiteral("—") : locale.toString(s.meanFrequency, 'f', 1);
    case MeanMonetaryColumn:
        return empty ? QStringLiteral("—") : formatMoney(s.meanMonetaryMinor);
    case HintColumn:
        return segmentActionHint(s.segment);
    default:
        return {};
    }
}

QVariant SegmentSummaryModel::headerRoleData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RevenueShareColumn:
            return tr("Share of the net revenue of all active customers");
        case MeanRecencyColumn:
            return tr("Mean days since the last order (R)");
        case MeanFrequencyColumn:
            return tr("Mean number of orders (F)");
        case MeanMonetaryColumn:
            return m_summary.monetaryBasis == MonetaryBasis::AverageOrderValue
                ? tr("Mean order value (M)")
                : tr("Mean net revenue per customer (M)");
        default:
            return {};
        }
    }
    return {};
}

QString SegmentSummaryModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Segment");
    case ChineseNameColumn:
        return tr("Chinese name");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share");
    case RevenueColumn:
        return tr("Net revenue");
    case RevenueShareColumn:
        return tr("Rev. share");
    case MeanRecencyColumn:
        return tr("R: days");
    case MeanFrequencyColumn:
        return tr("F: orders");
    case MeanMonetaryColumn:
        return tr("M: mean");
    case HintColumn:
        return tr("Suggested action");
    default:
        return {};
    }
}

} // namespace clientele
