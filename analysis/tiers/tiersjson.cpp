#include "analysis/tiers/tiersjson.h"

#include "analysis/core/money.h"
#include "analysis/measure/measure.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

QJsonObject definitionToJson(const TierDefinition &t)
{
    QJsonObject o{
        {u"key"_s, t.key},
        {u"name"_s, t.name},
        {u"name_zh"_s, t.nameZh},
        {u"min_orders"_s, t.minOrders > 0 ? QJsonValue(t.minOrders) : QJsonValue()},
    };
    insertMoney(o, u"min_spend"_s, t.minSpendMinor);
    return o;
}

QJsonArray tierKeys(const std::vector<TierDefinition> &tiers)
{
    QJsonArray keys;
    for (const TierDefinition &t : tiers)
        keys.append(t.key);
    return keys;
}

} // namespace

QJsonObject tiersToJson(const TierResult &r)
{
    if (!r.ok())
        return QJsonObject{{u"error"_s, r.error}};
    QJsonObject json{
        {u"rating_date"_s, dayToIsoDate(r.ratingDay)},
        {u"window_days"_s, r.windowDays},
        {u"customers"_s, r.customers},
    };
    insertMoney(json, u"window_net_revenue"_s, r.revenueMinor);
    QJsonArray tiers;
    for (size_t i = 0; i < r.summaries.size(); ++i) {
        const TierSummary &s = r.summaries[i];
        QJsonObject o = definitionToJson(r.tiers[i]);
        o.insert(u"members"_s, s.members);
        o.insert(u"share"_s, s.share);
        o.insert(u"revenue_share"_s, s.revenueShare);
        insertMoney(o, u"revenue"_s, s.revenueMinor);
        insertMoney(o, u"average_spend"_s, s.averageSpendMinor);
        tiers.append(o);
    }
    json.insert(u"tiers"_s, tiers);
    return json;
}

QJsonObject thresholdSuggestionToJson(const ThresholdSuggestion &s)
{
    if (!s.ok())
        return QJsonObject{{u"error"_s, s.error}};
    QJsonArray tiers;
    for (const SuggestedThreshold &t : s.tiers) {
        QJsonObject o{
            {u"top_percent"_s, t.topPercent},
            {u"rank"_s, t.rank},
            {u"qualifying"_s, t.qualifying},
            {u"qualifying_share"_s, t.qualifyingShare},
        };
        insertMoney(o, u"raw_threshold"_s, t.rawMinor);
        insertMoney(o, u"threshold"_s, t.thresholdMinor);
        tiers.append(o);
    }
    QJsonArray thresholds;
    for (qint64 v : s.thresholdsMinor)
        thresholds.append(v);
    return QJsonObject{
        {u"spenders"_s, s.spenders},
        {u"tiers"_s, tiers},
        {u"thresholds_minor"_s, thresholds},
    };
}

QJsonObject reratingToJson(const ReratingResult &r)
{
    if (!r.ok())
        return QJsonObject{{u"error"_s, r.error}};
    QJsonArray matrix;
    for (int from = 0; from < r.tierCount; ++from) {
        QJsonArray row;
        for (int to = 0; to < r.tierCount; ++to)
            row.append(r.cell(from, to));
        matrix.append(row);
    }
    QJsonArray newcomers;
    for (qint64 count : r.newcomers)
        newcomers.append(count);
    return QJsonObject{
        {u"rating_date"_s, dayToIsoDate(r.ratingDay)},
        {u"next_rating_date"_s, dayToIsoDate(r.nextRatingDay)},
        {u"rule"_s, downgradeRuleKey(r.rule)},
        {u"beyond_data"_s, r.beyondData},
        {u"tiers"_s, tierKeys(r.tiers)},
        {u"matrix"_s, matrix},
        {u"rated_customers"_s, r.ratedCustomers},
        {u"moved_up"_s, r.movedUp},
        {u"stayed"_s, r.stayed},
        {u"moved_down"_s, r.movedDown},
        {u"held_by_rule"_s, r.heldByRule},
        {u"newcomers"_s, newcomers},
    };
}

} // namespace clientele
