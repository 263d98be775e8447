#include "models/segmentcountmodel.h"

#include "models/numberformat.h"

#include <QLocale>

#include <algorithm>

namespace clientele {

SegmentCountModel::SegmentCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentCountModel::setSummary(const SegmentSummary &summary)
{
    beginResetModel();
    m_scheme = summary.scheme;
    m_rows = summary.segments;
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const SegmentStats &a, const SegmentStats &b) { return a.count > b.count; });
    endResetModel();
}

int SegmentCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentStats &s = m_rows[size_t(index.row())];
    const SegmentInfo &info = segmentInfo(s.segment);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
        switch (index.column()) {
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

QVariant SegmentCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

QHash<int, QByteArray> SegmentCountModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SegmentRole, "segment");
    names.insert(SegmentKeyRole, "segmentKey");
    return names;
}

StageCountModel::StageCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StageCountModel::setLifecycle(const LifecycleResult &lifecycle)
{
    beginResetModel();
    m_stages.clear();
    if (lifecycle.ok()) {
        for (const StageSummary &s : lifecycle.stages) {
            StageSummary copy = s;
            copy.indices = {};
            m_stages.push_back(std::move(copy));
        }
    }
    endResetModel();
}

int StageCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StageCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageSummary &s = m_stages[size_t(index.row())];
    const QString days
        = s.toDays < 0 ? tr("≥ %1 days").arg(s.fromDays) : tr("%1–%2 days").arg(s.fromDays).arg(s.toDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
        switch (index.column()) {
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

QVariant StageCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

QHash<int, QByteArray> StageCountModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(StageRole, "stage");
    return names;
}

} // namespace clientele
