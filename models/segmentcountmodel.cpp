#include "models/segmentcountmodel.h"

#include "models/numberformat.h"

#include <QLocale>

#include <algorithm>

namespace clientele {

SegmentCountModel::SegmentCountModel(QObject *parent)
    : ResultTableModel(
        ColumnCount, {{SortRole, "sortValue"}, {SegmentRole, "segment"}, {SegmentKeyRole, "segmentKey"}}, parent)
{
}

void SegmentCountModel::setSummary(const SegmentSummary &summary)
{
    m_scheme = summary.scheme;
    std::vector<SegmentStats> rows = summary.segments;
    std::stable_sort(
        rows.begin(), rows.end(), [](const SegmentStats &a, const SegmentStats &b) { return a.count > b.count; });
    setRows(std::move(rows));
}

QVariant SegmentCountModel::cellData(const SegmentStats &s, int column, int role) const
{
    const SegmentInfo &info = segmentInfo(s.segment);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return segmentName(s.segment);
        case ChineseNameColumn:
            return info.chineseName.toString();
        case CustomersColumn:
            return s.count;
        case ShareColumn:
            return formatPercent(s.share);
        case RevenueShareColumn:
            return formatPercent(s.revenueShare);
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return segmentName(s.segment);
        case ChineseNameColumn:
            return info.chineseName.toString();
        case CustomersColumn:
            return s.count;
        case ShareColumn:
            return s.share;
        case RevenueShareColumn:
            return s.revenueShare;
        }
        return {};
    case Qt::ToolTipRole:
        return QString(info.chineseName.toString() % QLatin1Char('\n') % segmentActionHint(s.segment));
    case SegmentRole:
        return int(s.segment);
    case SegmentKeyRole:
        return QString(info.key);
    }
    return {};
}

QString SegmentCountModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Segment");
    case ChineseNameColumn:
        return tr("Segment (Chinese)");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share");
    case RevenueShareColumn:
        return tr("Revenue share");
    }
    return {};
}

StageCountModel::StageCountModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{SortRole, "sortValue"}, {StageRole, "stage"}}, parent)
{
}

void StageCountModel::setLifecycle(const LifecycleResult &lifecycle)
{
    std::vector<StageSummary> rows;
    if (lifecycle.ok()) {
        for (const StageSummary &s : lifecycle.stages) {
            StageSummary copy = s;
            copy.indices = {};
            rows.push_back(std::move(copy));
        }
    }
    setRows(std::move(rows));
}

QVariant StageCountModel::cellData(const StageSummary &s, int column, int role) const
{
    const QString days
        = s.toDays < 0 ? tr("≥ %1 days").arg(s.fromDays) : tr("%1–%2 days").arg(s.fromDays).arg(s.toDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return activityStageEnglishName(s.stage);
        case ChineseNameColumn:
            return activityStageChineseName(s.stage);
        case DaysColumn:
            return days;
        case CustomersColumn:
            return s.customers;
        case ShareColumn:
            return formatPercent(s.share);
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return activityStageEnglishName(s.stage);
        case ChineseNameColumn:
            return activityStageChineseName(s.stage);
        case DaysColumn:
            return s.fromDays;
        case CustomersColumn:
            return s.customers;
        case ShareColumn:
            return s.share;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (%2): last order %3 before the as-of date")
            .arg(activityStageEnglishName(s.stage), activityStageChineseName(s.stage), days);
    case StageRole:
        return int(s.stage);
    }
    return {};
}

QString StageCountModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Stage");
    case ChineseNameColumn:
        return tr("Stage (Chinese)");
    case DaysColumn:
        return tr("Days since last order");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace clientele
