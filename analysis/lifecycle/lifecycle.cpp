#include "analysis/lifecycle/lifecycle.h"

#include "analysis/measure/measure.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Lifecycle)
};

} // namespace

QString activityStageKey(ActivityStage stage)
{
    switch (stage) {
    case ActivityStage::Active:
        return u"active"_s;
    case ActivityStage::Silent:
        return u"silent"_s;
    case ActivityStage::Sleeping:
        return u"sleeping"_s;
    case ActivityStage::Lost:
        return u"lost"_s;
    }
    return {};
}

QString activityStageEnglishName(ActivityStage stage)
{
    switch (stage) {
    case ActivityStage::Active:
        return LifecycleText::tr("Active");
    case ActivityStage::Silent:
        return LifecycleText::tr("Silent");
    case ActivityStage::Sleeping:
        return LifecycleText::tr("Sleeping");
    case ActivityStage::Lost:
        return LifecycleText::tr("Lost");
    }
    return {};
}

QString activityStageChineseName(ActivityStage stage)
{
    switch (stage) {
    case ActivityStage::Active:
        return u"活跃"_s;
    case ActivityStage::Silent:
        return u"沉默"_s;
    case ActivityStage::Sleeping:
        return u"睡眠"_s;
    case ActivityStage::Lost:
        return u"流失"_s;
    }
    return {};
}

QString funnelStepKey(FunnelStep step)
{
    switch (step) {
    case FunnelStep::New:
        return u"new"_s;
    case FunnelStep::Repeat:
        return u"repeat"_s;
    case FunnelStep::Loyal:
        return u"loyal"_s;
    }
    return {};
}

QString funnelStepEnglishName(FunnelStep step)
{
    switch (step) {
    case FunnelStep::New:
        return LifecycleText::tr("New");
    case FunnelStep::Repeat:
        return LifecycleText::tr("Repeat");
    case FunnelStep::Loyal:
        return LifecycleText::tr("Loyal");
    }
    return {};
}

QString funnelStepChineseName(FunnelStep step)
{
    switch (step) {
    case FunnelStep::New:
        return u"新客"_s;
    case FunnelStep::Repeat:
        return u"复购客"_s;
    case FunnelStep::Loyal:
        return u"忠诚客"_s;
    }
    return {};
}

QString validateStageBoundaries(const StageBoundaries &b)
{
    if (b.activeMaxDays < 0)
        return LifecycleText::tr("The active stage must end at 0 days or later (got %1).").arg(b.activeMaxDays);
    if (b.silentMaxDays <= b.activeMaxDays)
        return LifecycleText::tr("The silent stage must end after the active stage, at %1 days or later (got %2).")
            .arg(b.activeMaxDays + 1)
            .arg(b.silentMaxDays);
    if (b.sleepingMaxDays <= b.silentMaxDays)
        return LifecycleText::tr("The sleeping stage must end after the silent stage, at %1 days or later (got %2).")
            .arg(b.silentMaxDays + 1)
            .arg(b.sleepingMaxDays);
    return {};
}

ActivityStage activityStageFor(qint32 recencyDays, const StageBoundaries &b)
{
    if (recencyDays <= b.activeMaxDays)
        return ActivityStage::Active;
    if (recencyDays <= b.silentMaxDays)
        return ActivityStage::Silent;
    if (recencyDays <= b.sleepingMaxDays)
        return ActivityStage::Sleeping;
    return ActivityStage::Lost;
}

QString validateLifecycleParams(const LifecycleParams &params)
{
    QString error = validateStageBoundaries(params.stages);
    if (!error.isEmpty())
        return error;
    if (params.loyalMinOrders < 2)
        return LifecycleText::tr(
            "A loyal customer needs at least 2 orders in the loyalty window (got %1), so that every "
            "loyal customer is also a repeat customer.")
            .arg(params.loyalMinOrders);
    if (params.loyalWindowDays < 1)
        return LifecycleText::tr("The loyalty window must be at least 1 day long (got %1).")
            .arg(params.loyalWindowDays);
    for (qint32 days : params.repurchaseWindows)
        if (days < 1)
            return LifecycleText::tr("Every repurchase window must be at least 1 day long (got %1).").arg(days);
    return {};
}

LifecycleResult computeLifecycle(
    const CustomerTable &table, const CustomerSnapshot &snapshot, const LifecycleParams &params)
{
    LifecycleResult r;
    r.asOfDay = snapshot.asOfDay;
    r.loyalMinOrders = params.loyalMinOrders;
    r.loyalWindowDays = params.loyalWindowDays;
    r.error = validateLifecycleParams(params);
    if (r.error.isEmpty() && snapshot.size() != table.size())
        r.error = LifecycleText::tr("The snapshot does not belong to this customer table.");
    if (!r.error.isEmpty())
        return r;

    const StageBoundaries &b = params.stages;
    const qint32 from[] = {0, b.activeMaxDays + 1, b.silentMaxDays + 1, b.sleepingMaxDays + 1};
    const qint32 to[] = {b.activeMaxDays, b.silentMaxDays, b.sleepingMaxDays, -1};
    for (int i = 0; i < ActivityStageCount; ++i) {
        r.stages[i].stage = ActivityStage(i);
        r.stages[i].fromDays = from[i];
        r.stages[i].toDays = to[i];
    }
    for (int i = 0; i < FunnelStepCount; ++i)
        r.funnel[i].step = FunnelStep(i);

    std::vector<RepurchaseWindow> windows;
    std::vector<qint32> windowDays = params.repurchaseWindows;
    std::sort(windowDays.begin(), windowDays.end());
    windowDays.erase(std::unique(windowDays.begin(), windowDays.end()), windowDays.end());
    for (qint32 days : windowDays)
        windows.push_back({days, 0, 0, 0.0});

    const qint32 windowStart = snapshot.asOfDay - params.loyalWindowDays; // exclusive
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (!snapshot.active[c])
            continue;
        const auto index = quint32(c);
        const qint64 revenue = snapshot.monetaryMinor[c];
        const qint32 f = snapshot.frequency[c];
        ++r.customers;
        r.revenueMinor += revenue;

        StageSummary &stage = r.stages[int(activityStageFor(snapshot.recencyDays[c], b))];
        ++stage.customers;
        stage.revenueMinor += revenue;
        stage.indices.push_back(index);

        FunnelStep step = f >= 2 ? FunnelStep::Repeat : FunnelStep::New;
        if (f >= params.loyalMinOrders) {
            // Orders of c up to the as-of day are the first f of its range, sorted by day.
            const auto first = table.orderDay.begin() + table.orderBegin[c];
            const auto last = first + f;
            const auto inWindow = last - std::upper_bound(first, last, windowStart);
            if (inWindow >= params.loyalMinOrders)
                step = FunnelStep::Loyal;
        }
        FunnelStepSummary &segment = r.funnel[int(step)];
        ++segment.segment;
        segment.segmentRevenueMinor += revenue;
        segment.indices.push_back(index);

        if (f >= 2)
            ++r.repeatCustomers;
        for (RepurchaseWindow &w : windows) {
            if (snapshot.tenureDays[c] < w.days)
                break; // windows ascend: a customer too new for this one is too new for the rest
            ++w.eligible;
            const qint32 gap = snapshot.firstToSecondDays[c];
            if (gap >= 0 && gap <= w.days)
                ++w.repurchased;
        }
    }

    for (StageSummary &stage : r.stages) {
        stage.share = measure::ratio(stage.customers, r.customers);
        stage.revenueShare = r.revenueMinor > 0 ? double(stage.revenueMinor) / double(r.revenueMinor) : 0.0;
    }
    // Reached counts are cumulative from the top: a loyal customer also reached repeat and new.
    qint64 reached = 0;
    for (int i = FunnelStepCount - 1; i >= 0; --i) {
        reached += r.funnel[i].segment;
        r.funnel[i].reached = reached;
    }
    for (int i = 0; i < FunnelStepCount; ++i) {
        FunnelStepSummary &s = r.funnel[i];
        s.conversion = i == 0 ? 1.0 : measure::ratio(s.reached, r.funnel[i - 1].reached);
        s.segmentRevenueShare = r.revenueMinor > 0 ? double(s.segmentRevenueMinor) / double(r.revenueMinor) : 0.0;
    }
    if (r.customers == 0)
        r.funnel[0].conversion = 0.0;
    r.repurchaseRate = measure::ratio(r.repeatCustomers, r.customers);
    for (RepurchaseWindow &w : windows)
        w.rate = measure::ratio(w.repurchased, w.eligible);
    r.repurchaseWindows = std::move(windows);
    return r;
}

} // namespace clientele
