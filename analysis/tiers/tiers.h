#pragma once

#include "analysis/core/customersnapshot.h"
#include "analysis/core/customertable.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace clientele {

// One membership tier. A customer earns the tier when, in the rating window,
//   net spend ≥ minSpendMinor   OR   (minOrders > 0 and orders ≥ minOrders)   (the optional second track).
// Tiers are listed lowest first; a customer gets the highest tier earned. The lowest tier needs 0.
// Names are stored as keys, never as translated text: a built-in tier (normal, silver, gold …) keeps its
// English source name in `name` and is translated when shown (tierDisplayName), so a language switch
// changes it; a name the user typed is kept as typed.
struct TierDefinition
{
    QString key;
    QString name; // the built-in source name ("Silver") or the user's own name
    QString nameZh;
    qint64 minSpendMinor = 0;
    qint32 minOrders = 0; // 0 = no order track for this tier
};

// normal 普通会员 (0), silver 白银会员 (1,000.00), gold 黄金会员 (5,000.00): placeholders until a
// consultant sets real thresholds, e.g. from suggestTierThresholds().
std::vector<TierDefinition> defaultTiers();
// normal, silver, gold, platinum, diamond with their built-in names, the first `count` (at most 5).
std::vector<TierDefinition> builtInTiers(size_t count);

// "silver" → "Silver" (untranslated source text); empty for a key that is not built in.
QString builtInTierName(const QString &key);
// True when `name` is the built-in name of `key` in any form it was stored in: the English source, its
// translation in the current language (older settings saved tr("Silver")) or the built-in Chinese name.
bool isBuiltInTierName(const QString &key, const QString &name);
// The name to show: a built-in name in the current UI language, a user's own name as typed.
QString tierDisplayName(const TierDefinition &tier);

struct TierParams
{
    std::vector<TierDefinition> tiers = defaultTiers();
    qint32 windowDays = 365; // the rating window is (ratingDay − windowDays, ratingDay]
};

// Empty when valid, else one English sentence.
QString validateTierParams(const TierParams &params);
// Index of the highest tier earned; tiers must be valid.
int earnedTier(qint64 spendMinor, qint32 orders, const std::vector<TierDefinition> &tiers);

struct TierSummary
{
    qint64 members = 0;
    double share = 0.0;           // of the rated customers
    qint64 revenueMinor = 0;      // Σ net spend in the window of the members
    double revenueShare = 0.0;    // of the total window spend; 0 when that total is ≤ 0
    qint64 averageSpendMinor = 0; // revenue / members, rounded half away from zero
    std::vector<quint32> indices; // table indices, ascending
};

struct TierResult
{
    QString error;
    qint32 ratingDay = 0;
    qint32 windowDays = 0;
    std::vector<TierDefinition> tiers;
    qint64 customers = 0;               // rated: first order on or before the rating day
    qint64 revenueMinor = 0;            // their Σ net spend in the window
    std::vector<TierSummary> summaries; // one per tier
    std::vector<qint8> tierOf;          // per table index; −1 = not rated (first order after the rating day)

    bool ok() const { return error.isEmpty(); }
};

// The snapshot's trailing window must equal params.windowDays (else an error is returned).
TierResult computeTiers(const CustomerSnapshot &snapshot, const TierParams &params = {});
// Takes the snapshot at ratingDay itself: use for any day, e.g. a past rating date.
TierResult computeTiers(const CustomerTable &table, qint32 ratingDay, const TierParams &params = {});

// Suggested spend thresholds for tiers 1 … N−1 from the customers who spent > 0 in the window (m of them):
// raw_i = the window spend of the customer at rank ⌈topPercent_i · m / 100⌉ in descending spend, so the
// top topPercent_i % (and anyone tied with the boundary customer) qualify; then rounded DOWN to the 1–2–5
// series (…, 500.00, 1,000.00, 2,000.00, 5,000.00, …) so the whole head still qualifies. Working from the
// top tier down, a threshold that is not below the next tier's is lowered to the next smaller series value.
struct SuggestedThreshold
{
    int topPercent = 0;
    qint64 rank = 0; // ⌈topPercent · m / 100⌉
    qint64 rawMinor = 0;
    qint64 thresholdMinor = 0;    // the suggestion
    qint64 qualifying = 0;        // customers with window spend ≥ the suggestion
    double qualifyingShare = 0.0; // of the m spenders
};

struct ThresholdSuggestion
{
    QString error;
    qint64 spenders = 0;                   // m
    std::vector<SuggestedThreshold> tiers; // for tiers 1 … N−1, ascending
    std::vector<qint64> thresholdsMinor;   // 0 followed by the suggestions: ready for TierDefinition

    bool ok() const { return error.isEmpty(); }
};

// topPercents for tiers 1 … N−1 (default silver 20, gold 5): strictly descending, each in 1–100.
ThresholdSuggestion suggestTierThresholds(
    const CustomerSnapshot &snapshot, const std::vector<int> &topPercents = {20, 5});

} // namespace clientele
