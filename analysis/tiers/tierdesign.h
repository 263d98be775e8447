#pragma once

#include "analysis/tiers/rerating.h"
#include "analysis/tiers/tiers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// A membership-tier design a consultant saves, evaluates and compares: the tier rules (thresholds with
// the optional order track; params.windowDays is the rating period), how members are downgraded at a
// re-rating, and what each tier's benefits cost, as a percentage of the members' spend.
struct TierDesign
{
    QString name;
    TierParams params;
    DowngradeRule downgrade = DowngradeRule::ToEarnedTier;
    std::vector<double> benefitPercent = std::vector<double>(params.tiers.size(), 0.0); // per tier, 0–100
};

// Empty when valid, else one English sentence.
QString validateTierDesign(const TierDesign &design);
std::optional<DowngradeRule> downgradeRuleFromKey(const QString &key); // "to_earned", "at_most_one"

// {"format": "clientele.tier_design", "version": 1, "name", "window_days", "downgrade",
//  "tiers": [{"key", "name", "name_zh", "min_spend_minor", "min_orders", "benefit_percent"}, …]}
QJsonObject tierDesignToJson(const TierDesign &design);
// Validates the shape and the design; on failure returns nothing and sets `error` to a sentence.
std::optional<TierDesign> tierDesignFromJson(const QJsonObject &json, QString *error);
std::optional<TierDesign> tierDesignFromJson(const QByteArray &json, QString *error);

// Per tier of a design (index = tier, lowest first).
struct TierDesignTier
{
    TierSummary summary; // computeTiers at the as-of day: earned tier, members, shares
    // Re-rating from the rating day to the as-of day (see docs/metrics/tiers.md, "Tier design studio").
    qint64 movedUpFrom = 0;   // rated in this tier at the rating day, higher at the as-of day
    qint64 movedDownFrom = 0; // rated in this tier at the rating day, lower at the as-of day
    qint64 movedUpInto = 0;   // in this tier at the as-of day, coming from a lower tier
    qint64 movedDownInto = 0; // in this tier at the as-of day, coming from a higher tier
    qint64 newcomers = 0;     // first order after the rating day, in this tier at the as-of day
    // Benefit cost: members = the tier held after the re-rating (equals the earned tier under
    // to_earned; at_most_one may hold members above it).
    qint64 heldMembers = 0;
    qint64 heldSpendMinor = 0; // Σ max(0, trailing net spend) of the held members
    double benefitPercent = 0.0;
    qint64 benefitCostMinor = 0; // benefitPercent / 100 · heldSpend, rounded half away from zero
};

struct TierDesignEvaluation
{
    QString error;
    TierDesign design;
    qint32 asOfDay = 0;
    qint32 ratingDay = 0;    // asOfDay − windowDays: the previous rating date
    TierResult tiers;        // at the as-of day
    ReratingResult rerating; // ratingDay → asOfDay under design.downgrade
    std::vector<TierDesignTier> perTier;
    qint64 revenueMinor = 0;         // Σ trailing net spend of the rated customers (tiers.revenueMinor)
    qint64 benefitCostMinor = 0;     // Σ over tiers
    double costShareOfRevenue = 0.0; // benefitCost / revenue; 0 when revenue ≤ 0

    bool ok() const { return error.isEmpty(); }
};

TierDesignEvaluation evaluateTierDesign(const CustomerTable &table, qint32 asOfDay, const TierDesign &design);

struct TierDesignComparison
{
    TierDesignEvaluation a;
    TierDesignEvaluation b;
};
TierDesignComparison compareTierDesigns(
    const CustomerTable &table, qint32 asOfDay, const TierDesign &a, const TierDesign &b);

// For `clientele-cli tiers --json`: the design, the per-tier table, movements and costs.
QJsonObject tierDesignEvaluationToJson(const TierDesignEvaluation &evaluation);
QJsonObject tierDesignComparisonToJson(const TierDesignComparison &comparison);

} // namespace clientele
