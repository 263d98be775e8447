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

} // namespace

// ---- LifecycleStageModel ----------------------------------------------------------------------------

LifecycleStageModel::LifecycleStageModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{ValueRole, "value"}, {StageRole, "stage"}, {StageKeyRole, "stageKey"}}, parent)
{
    m_result.error = QStringLiteral("empty");
}

void LifecycleStageModel::setResult(const LifecycleResult &result)
{
    m_result = withoutIndices(result);
    std::vector<StageSummary> rows;
    if (m_result.ok())
        rows.assign(m_result.stages.begin(), m_result.stages.end());
    setRows(std::move(rows));
}

QVariant LifecycleStageModel::cellData(const StageSummary &s, int column, int role) const
{
    if (role == StageRole)
        return int(s.stage);
    if (role == StageKeyRole)
        return activityStageKey(s.stage);
    if (role == Qt::TextAlignmentRole)
        return column >= CustomersColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2): last order %3 days ago; %4 customers, %5 of net revenue")
            .arg(activityStageEnglishName(s.stage), activityStageChineseName(s.stage),
                formatDayRange(s.fromDays, s.toDays), formatCount(s.customers), formatPercent(s.revenueShare));
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool value = role == ValueRole;
    switch (Column(column)) {
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

QVariant LifecycleStageModel::rowTitle(int row) const
{
    return activityStageEnglishName(ActivityStage(row));
}

QString LifecycleStageModel::columnTitle(int column) const
{
    switch (Column(column)) {
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

// ---- FunnelModel ------------------------------------------------------------------------------------

FunnelModel::FunnelModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{ValueRole, "value"}, {StepRole, "step"}, {StepKeyRole, "stepKey"}}, parent)
{
    m_result.error = QStringLiteral("empty");
}

void FunnelModel::setResult(const LifecycleResult &result)
{
    m_result = withoutIndices(result);
    std::vector<FunnelStepSummary> rows;
    if (m_result.ok())
        rows.assign(m_result.funnel.begin(), m_result.funnel.end());
    setRows(std::move(rows));
}

QVariant FunnelModel::cellData(const FunnelStepSummary &s, int column, int role) const
{
    if (role == StepRole)
        return int(s.step);
    if (role == StepKeyRole)
        return funnelStepKey(s.step);
    if (role == Qt::TextAlignmentRole)
        return column > StepColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool value = role == ValueRole;
    switch (Column(column)) {
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

QVariant FunnelModel::rowTitle(int row) const
{
    return funnelStepEnglishName(FunnelStep(row));
}

QString FunnelModel::columnTitle(int column) const
{
    switch (Column(column)) {
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

// ---- RepurchaseModel --------------------------------------------------------------------------------

RepurchaseModel::RepurchaseModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{ValueRole, "value"}}, parent)
{
}

void RepurchaseModel::setResult(const LifecycleResult &result)
{
    m_naiveRate = result.repurchaseRate;
    setRows(result.ok() ? result.repurchaseWindows : std::vector<RepurchaseWindow>{});
}

QString RepurchaseModel::censoringExplanation()
{
    return tr("Only customers whose first order is at least N days before the as-of day are counted "
              "(\"eligible\"): newer customers have not had N days to come back yet, and counting them would "
              "make the rate look too low. The rate is repurchased / eligible.");
}

QVariant RepurchaseModel::cellData(const RepurchaseWindow &w, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return QString(censoringExplanation() + u"\n\n"
            + tr("Naive rate over all customers (biased low): %1").arg(formatPercent(m_naiveRate)));
    if (role == Qt::TextAlignmentRole)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    switch (Column(column)) {
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

QVariant RepurchaseModel::headerRoleData(int, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal && role == Qt::ToolTipRole ? QVariant(censoringExplanation()) : QVariant();
}

QString RepurchaseModel::columnTitle(int column) const
{
    switch (Column(column)) {
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

} // namespace clientele
