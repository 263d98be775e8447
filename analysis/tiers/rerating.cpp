#include "analysis/tiers/rerating.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

QString downgradeRuleKey(DowngradeRule rule)
{
    return rule == DowngradeRule::AtMostOneTier ? u"at_most_one"_s : u"to_earned"_s;
}

ReratingResult simulateRerating(const CustomerTable &table, const TierParams &tierParams, const ReratingParams &params)
{
    ReratingResult r;
    r.ratingDay = params.ratingDay;
    r.nextRatingDay = params.nextRatingDay;
    r.rule = params.rule;
    r.tiers = tierParams.tiers;
    r.error = validateTierParams(tierParams);
    if (r.error.isEmpty() && params.nextRatingDay <= params.ratingDay)
        r.error = QCoreApplication::translate(
            "clientele::Tiers", "The next rating day (%1) must be after the rating day (%2).")
                      .arg(dayToIsoDate(params.nextRatingDay), dayToIsoDate(params.ratingDay));
    if (!r.error.isEmpty())
        return r;

    const int n = int(tierParams.tiers.size());
    r.tierCount = n;
    r.beyondData = table.size() > 0 && params.nextRatingDay > table.lastDay;
    r.matrix.assign(size_t(n * n), 0);
    r.cellIndices.resize(size_t(n * n));
    r.newcomers.assign(size_t(n), 0);
    r.newcomerIndices.resize(size_t(n));

    const CustomerSnapshot before = takeSnapshot(table, params.ratingDay, tierParams.windowDays);
    const CustomerSnapshot after = takeSnapshot(table, params.nextRatingDay, tierParams.windowDays);
    for (size_t c = 0; c < table.size(); ++c) {
        if (!after.active[c])
            continue; // first order after both days
        const auto index = quint32(c);
        const int earned = earnedTier(after.trailingSpendMinor[c], after.trailingOrders[c], tierParams.tiers);
        if (!before.active[c]) {
            ++r.newcomers[size_t(earned)];
            r.newcomerIndices[size_t(earned)].push_back(index);
            continue;
        }
        const int from = earnedTier(before.trailingSpendMinor[c], before.trailingOrders[c], tierParams.tiers);
        int to = earned;
        if (params.rule == DowngradeRule::AtMostOneTier && to < from - 1) {
            to = from - 1;
            ++r.heldByRule;
        }
        ++r.ratedCustomers;
        const size_t cell = size_t(from * n + to);
        ++r.matrix[cell];
        r.cellIndices[cell].push_back(index);
        if (to > from) {
            ++r.movedUp;
            r.upIndices.push_back(index);
        } else if (to == from) {
            ++r.stayed;
            r.stayedIndices.push_back(index);
        } else {
            ++r.movedDown;
            r.downIndices.push_back(index);
        }
    }
    return r;
}

} // namespace clientele
