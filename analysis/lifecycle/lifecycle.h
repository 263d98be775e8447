#pragma once

#include "analysis/core/customersnapshot.h"
#include "analysis/core/customertable.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <vector>

namespace clientele {

// Activity stage of a customer by recency (days since the last order, 0 = bought on the as-of day).
enum class ActivityStage { Active, Silent, Sleeping, Lost };
inline constexpr int ActivityStageCount = 4;

QString activityStageKey(ActivityStage stage);         // "active", "silent", "sleeping", "lost"
QString activityStageEnglishName(ActivityStage stage); // "Active" … (translatable via tr context)
QString activityStageChineseName(ActivityStage stage); // 活跃 / 沉默 / 睡眠 / 流失

// Inclusive upper bounds of the first three stages; everything above sleepingMaxDays is lost.
// Defaults: active 0–63, silent 64–126, sleeping 127–365, lost ≥ 366.
struct StageBoundaries
{
    qint32 activeMaxDays = 63;
    qint32 silentMaxDays = 126;
    qint32 sleepingMaxDays = 365;
};

// Empty when valid, else one English sentence naming the offending bound.
QString validateStageBoundaries(const StageBoundaries &boundaries);
ActivityStage activityStageFor(qint32 recencyDays, const StageBoundaries &boundaries);

struct LifecycleParams
{
    StageBoundaries stages;
    // Loyal = at least loyalMinOrders orders in (asOf − loyalWindowDays, asOf]. loyalMinOrders ≥ 2 keeps
    // loyal customers a subset of repeat customers, which the funnel needs.
    qint32 loyalMinOrders = 4;
    qint32 loyalWindowDays = 365;
    // Windows (days after the first order) for the censoring-free repurchase rates; positive, any order.
    std::vector<qint32> repurchaseWindows{30, 60, 90, 180, 365};
};

QString validateLifecycleParams(const LifecycleParams &params);

struct StageSummary
{
    ActivityStage stage = ActivityStage::Active;
    qint32 fromDays = 0;
    qint32 toDays = -1; // inclusive; −1 = open-ended (lost)
    qint64 customers = 0;
    double share = 0.0;           // of the customers in the snapshot
    qint64 revenueMinor = 0;      // lifetime net revenue up to the as-of day
    double revenueShare = 0.0;    // of total net revenue; 0 when the total is ≤ 0
    std::vector<quint32> indices; // table indices, ascending
};

enum class FunnelStep { New, Repeat, Loyal };
inline constexpr int FunnelStepCount = 3;
QString funnelStepKey(FunnelStep step); // "new", "repeat", "loyal"
QString funnelStepEnglishName(FunnelStep step);
QString funnelStepChineseName(FunnelStep step); // 新客 / 复购客 / 忠诚客

struct FunnelStepSummary
{
    FunnelStep step = FunnelStep::New;
    qint64 reached = 0;             // customers who reached this step: ≥ 1 order / ≥ 2 orders / loyal
    double conversion = 1.0;        // reached / reached of the previous step (1 for the first; 0 if that is 0)
    qint64 segment = 0;             // customers whose highest step is this one (the three segments partition)
    qint64 segmentRevenueMinor = 0; // lifetime net revenue of the segment
    double segmentRevenueShare = 0.0;
    std::vector<quint32> indices; // the segment's table indices, ascending
};

struct RepurchaseWindow
{
    qint32 days = 0;
    qint64 eligible = 0;    // customers whose first order is at least `days` days before the as-of day
    qint64 repurchased = 0; // of those: second order at most `days` days after the first
    double rate = 0.0;      // repurchased / eligible; 0 when none are eligible
};

struct LifecycleResult
{
    QString error; // non-empty: parameters or inputs were invalid and nothing was computed
    qint32 asOfDay = 0;
    qint64 customers = 0;    // customers in the snapshot (first order on or before the as-of day)
    qint64 revenueMinor = 0; // their lifetime net revenue
    std::array<StageSummary, ActivityStageCount> stages;
    std::array<FunnelStepSummary, FunnelStepCount> funnel;
    qint32 loyalMinOrders = 0;
    qint32 loyalWindowDays = 0;
    // Naive rate: customers with ≥ 2 orders / all customers. Biased low by recent first-time buyers.
    qint64 repeatCustomers = 0;
    double repurchaseRate = 0.0;
    std::vector<RepurchaseWindow> repurchaseWindows; // ascending by days

    bool ok() const { return error.isEmpty(); }
};

// `snapshot` must have been taken from `table`; loyalty is counted on the table's orders so it does not
// depend on the snapshot's trailing window. O(customers + orders of loyal candidates).
LifecycleResult computeLifecycle(
    const CustomerTable &table, const CustomerSnapshot &snapshot, const LifecycleParams &params = {});

} // namespace clientele
