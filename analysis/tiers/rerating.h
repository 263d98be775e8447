#pragma once

#include "analysis/tiers/tiers.h"

namespace clientele {

enum class DowngradeRule {
    ToEarnedTier,  // at the re-rating, everyone gets the tier earned in the window before that day
    AtMostOneTier, // upgrades as earned, but a member drops at most one tier per re-rating
};
QString downgradeRuleKey(DowngradeRule rule); // "to_earned", "at_most_one"

struct ReratingParams
{
    qint32 ratingDay = 0;     // the first rating ("if we had rated on 2024-01-01 …")
    qint32 nextRatingDay = 0; // the re-rating ("… and re-rated on 2025-01-01"); after ratingDay
    DowngradeRule rule = DowngradeRule::ToEarnedTier;
};

// What-if of one re-rating on historical data. Customers rated at ratingDay get the tier earned then
// (no history before it); at nextRatingDay they get the tier earned in the window before that day,
// limited by `rule`. Only orders on or before each day count, so both days should lie within the data.
struct ReratingResult
{
    QString error;
    qint32 ratingDay = 0;
    qint32 nextRatingDay = 0;
    DowngradeRule rule = DowngradeRule::ToEarnedTier;
    bool beyondData = false; // nextRatingDay is after the last order in the table
    std::vector<TierDefinition> tiers;
    int tierCount = 0;
    // Rows: tier at ratingDay; columns: tier at nextRatingDay. Row-major, tierCount × tierCount.
    std::vector<qint64> matrix;
    std::vector<std::vector<quint32>> cellIndices; // table indices per cell, ascending
    qint64 ratedCustomers = 0;                     // rated at ratingDay (the matrix total)
    qint64 movedUp = 0;
    qint64 stayed = 0;
    qint64 movedDown = 0;
    std::vector<quint32> upIndices, stayedIndices, downIndices;
    qint64 heldByRule = 0; // kept above their earned tier by AtMostOneTier
    // First order in (ratingDay, nextRatingDay]: not in the matrix; their tier at nextRatingDay.
    std::vector<qint64> newcomers; // per tier
    std::vector<std::vector<quint32>> newcomerIndices;

    qint64 cell(int from, int to) const { return matrix[size_t(from * tierCount + to)]; }
    bool ok() const { return error.isEmpty(); }
};

// Two passes over the orders (one snapshot per day). O(orders).
ReratingResult simulateRerating(const CustomerTable &table, const TierParams &tierParams, const ReratingParams &params);

} // namespace clientele
