#include "models/lifecyclemodels.h"
#include "models/bilingual.h"

#include "models/valueformat.h"

namespace clientele {

namespace {

// The models need the summaries, not the per-customer index lists (pages filter through the controller).
LifecycleResult withoutIndices(const LifecycleResult &result)
{
    LifecycleResult r = result;
    for (auto &stage : r.stages)
        stage.indices = {};
    for (auto &step : r.funnel)
        step.indices = {};
    return r;
}

bool validIndex(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && !index.parent().isValid() && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

} // namespace

// ---- LifecycleStageModel ----------------------------------------------------------------------------

LifecycleStageModel::LifecycleStageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_result.error = QStringLiteral("empty");
}

void LifecycleStageModel::setResult(const LifecycleResult &result)
{
    beginResetModel();
    m_result = withoutIndices(result);
    endResetModel();
}

int LifecycleStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result.ok() ? 0 : ActivityStageCount;
}

int LifecycleStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleStageModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const StageSummary &s = m_result.stages[size_t(index.row())];
    if (role == StageRole)
        return int(s.stage);
    if (role == StageKeyRole)
        return activityStageKey(s.stage);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= CustomersColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2): last order %3 days ago; %4 customers, %5 of net revenue")
            .arg(activityStageEnglishName(s.stage), activityStageChineseName(s.stage),
                formatDayRange(s.fromDays, s.toDays), formatCount(s.customers), formatPercent(s.revenueShare));
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool value = role == ValueRole;
    switch (Column(index.column())) {
    case StageColumn:
        return activityStageEnglishName(s.stage);
    case ChineseNameColumn:
        return activityStageChineseName(s.stage);
    case DaysColumn:
        return value ? QVariant(s.fromDays) : QVariant(formatDayRange(s.fromDays, s.toDays));
    case CustomersColumn:
        return s.customers;
    case ShareColumn:
        return value ? s.share : percentValue(s.share);
    case RevenueColumn:
        return value ? QVariant(s.revenueMinor) : QVariant(formatMoney(s.revenueMinor));
    case RevenueShareColumn:
        return value ? s.revenueShare : percentValue(s.revenueShare);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LifecycleStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? activityStageEnglishName(ActivityStage(section)) : QVariant();
    switch (Column(section)) {
    case StageColumn:
        return tr("Stage");
    case ChineseNameColumn:
        return tr("Chinese name");
    case DaysColumn:
        return tr("Days since last order");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share (%)");
    case RevenueColumn:
        return tr("Net revenue");
    case RevenueShareColumn:
        return tr("Revenue share (%)");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> LifecycleStageModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(StageRole, "stage");
    names.insert(StageKeyRole, "stageKey");
    return names;
}

// ---- FunnelModel ------------------------------------------------------------------------------------

FunnelModel::FunnelModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_result.error = QStringLiteral("empty");
}

void FunnelModel::setResult(const LifecycleResult &result)
{
    beginResetModel();
    m_result = withoutIndices(result);
    endResetModel();
}

int FunnelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result.ok() ? 0 : FunnelStepCount;
}

int FunnelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const FunnelStepSummary &s = m_result.funnel[size_t(index.row())];
    if (role == StepRole)
        return int(s.step);
    if (role == StepKeyRole)
        return funnelStepKey(s.step);
    if (role == Qt::TextAlignmentRole)
        return index.column() > StepColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool value = role == ValueRole;
    switch (Column(index.column())) {
    case StepColumn:
        return value ? funnelStepKey(s.step)
                     : withChineseName(funnelStepEnglishName(s.step), funnelStepChineseName(s.step));
    case ReachedColumn:
        return s.reached;
    case ConversionColumn:
        return value ? s.conversion : percentValue(s.conversion);
    case SegmentColumn:
        return s.segment;
    case SegmentRevenueColumn:
        return value ? QVariant(s.segmentRevenueMinor) : QVariant(formatMoney(s.segmentRevenueMinor));
    case SegmentRevenueShareColumn:
        return value ? s.segmentRevenueShare : percentValue(s.segmentRevenueShare);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? funnelStepEnglishName(FunnelStep(section)) : QVariant();
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case ReachedColumn:
        return tr("Customers reached");
    case ConversionColumn:
        return tr("Conversion from previous step (%)");
    case SegmentColumn:
        return tr("Customers at this step");
    case SegmentRevenueColumn:
        return tr("Segment net revenue");
    case SegmentRevenueShareColumn:
        return tr("Segment revenue share (%)");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> FunnelModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(StepRole, "step");
    names.insert(StepKeyRole, "stepKey");
    return names;
}

// ---- RepurchaseModel --------------------------------------------------------------------------------

RepurchaseModel::RepurchaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RepurchaseModel::setResult(const LifecycleResult &result)
{
    beginResetModel();
    m_windows = result.ok() ? result.repurchaseWindows : std::vector<RepurchaseWindow>{};
    m_naiveRate = result.repurchaseRate;
    endResetModel();
}

QString RepurchaseModel::censoringExplanation()
{
    return tr("Only customers whose first order is at least N days before the as-of day are counted "
              "(\"eligible\"): newer customers have not had N days to come back yet, and counting them would "
              "make the rate look too low. The rate is repurchased / eligible.");
}

int RepurchaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int RepurchaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepurchaseModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const RepurchaseWindow &w = m_windows[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return QString(censoringExplanation() + u"\n\n"
            + tr("Naive rate over all customers (biased low): %1").arg(formatPercent(m_naiveRate)));
    if (role == Qt::TextAlignmentRole)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    switch (Column(index.column())) {
    case WindowColumn:
        return w.days;
    case EligibleColumn:
        return w.eligible;
    case RepurchasedColumn:
        return w.repurchased;
    case RateColumn:
        return role == ValueRole ? w.rate : percentValue(w.rate);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RepurchaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole)
        return censoringExplanation();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WindowColumn:
        return tr("Window (days after first order)");
    case EligibleColumn:
        return tr("Eligible customers");
    case RepurchasedColumn:
        return tr("Second order within window");
    case RateColumn:
        return tr("Repurchase rate (%)");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> RepurchaseModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    return names;
}

} // namespace clientele
