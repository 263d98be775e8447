#include "analysis/tiers/tiers.h"

#include "analysis/core/money.h"
#include "analysis/measure/measure.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct TiersText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Tiers)
};

struct BuiltInTier
{
    const char16_t *key;
    const char *name; // source text in the clientele::Tiers context
    const char16_t *nameZh;
};

// Platinum and diamond are only reachable from the CLI and have no catalogue entry yet.
const BuiltInTier BuiltIn[] = {
    {u"normal", QT_TRANSLATE_NOOP("clientele::Tiers", "Normal"), u"普通会员"},
    {u"silver", QT_TRANSLATE_NOOP("clientele::Tiers", "Silver"), u"白银会员"},
    {u"gold", QT_TRANSLATE_NOOP("clientele::Tiers", "Gold"), u"黄金会员"},
    {u"platinum", "Platinum", u"铂金会员"},
    {u"diamond", "Diamond", u"钻石会员"},
};

const BuiltInTier *builtIn(const QString &key)
{
    for (const BuiltInTier &t : BuiltIn) {
        if (key == QStringView(t.key))
            return &t;
    }
    return nullptr;
}

} // namespace

std::vector<TierDefinition> builtInTiers(size_t count)
{
    std::vector<TierDefinition> tiers;
    for (size_t i = 0; i < count && i < std::size(BuiltIn); ++i) {
        const BuiltInTier &t = BuiltIn[i];
        tiers.push_back({QString::fromUtf16(t.key), QString::fromLatin1(t.name), QString::fromUtf16(t.nameZh), 0, 0});
    }
    return tiers;
}

std::vector<TierDefinition> defaultTiers()
{
    std::vector<TierDefinition> tiers = builtInTiers(3);
    tiers[1].minSpendMinor = 100000;
    tiers[2].minSpendMinor = 500000;
    return tiers;
}

QString builtInTierName(const QString &key)
{
    const BuiltInTier *t = builtIn(key);
    return t ? QString::fromLatin1(t->name) : QString();
}

bool isBuiltInTierName(const QString &key, const QString &name)
{
    const BuiltInTier *t = builtIn(key);
    if (!t)
        return false;
    return name == QLatin1StringView(t->name) || name == QStringView(t->nameZh)
        || name == QCoreApplication::translate("clientele::Tiers", t->name);
}

QString tierDisplayName(const TierDefinition &tier)
{
    if (tier.name.isEmpty() || isBuiltInTierName(tier.key, tier.name)) {
        if (const BuiltInTier *t = builtIn(tier.key))
            return QCoreApplication::translate("clientele::Tiers", t->name);
    }
    return tier.name;
}

QString validateTierParams(const TierParams &params)
{
    const auto &tiers = params.tiers;
    if (tiers.empty())
        return TiersText::tr("At least one tier is needed.");
    if (tiers.size() > 100)
        return TiersText::tr("At most 100 tiers are supported (got %1).").arg(tiers.size());
    if (params.windowDays < 1)
        return TiersText::tr("The rating window must be at least 1 day long (got %1).").arg(params.windowDays);
    if (tiers.front().minSpendMinor != 0)
        return TiersText::tr("The lowest tier must need a spend of 0.00 (got %1).")
            .arg(minorUnitsText(tiers.front().minSpendMinor));
    std::set<QString> keys;
    for (size_t i = 0; i < tiers.size(); ++i) {
        const TierDefinition &t = tiers[i];
        if (t.key.isEmpty())
            return TiersText::tr("Tier %1 has no key.").arg(i + 1);
        if (!keys.insert(t.key).second)
            return TiersText::tr("Two tiers have the key \"%1\".").arg(t.key);
        if (t.minOrders < 0)
            return TiersText::tr("The order threshold of tier \"%1\" must be 0 (no order track) or more (got %2).")
                .arg(t.key)
                .arg(t.minOrders);
        if (i > 0 && t.minSpendMinor <= tiers[i - 1].minSpendMinor)
            return TiersText::tr("The spend threshold of tier \"%1\" (%2) must be above that of tier \"%3\" (%4).")
                .arg(t.key, minorUnitsText(t.minSpendMinor), tiers[i - 1].key,
                    minorUnitsText(tiers[i - 1].minSpendMinor));
    }
    return {};
}

int earnedTier(qint64 spendMinor, qint32 orders, const std::vector<TierDefinition> &tiers)
{
    for (int i = int(tiers.size()) - 1; i > 0; --i) {
        const TierDefinition &t = tiers[size_t(i)];
        if (spendMinor >= t.minSpendMinor || (t.minOrders > 0 && orders >= t.minOrders))
            return i;
    }
    return 0;
}

TierResult computeTiers(const CustomerSnapshot &snapshot, const TierParams &params)
{
    TierResult r;
    r.ratingDay = snapshot.asOfDay;
    r.windowDays = params.windowDays;
    r.tiers = params.tiers;
    r.error = validateTierParams(params);
    if (r.error.isEmpty() && snapshot.trailingWindowDays != params.windowDays)
        r.error = TiersText::tr("The snapshot's trailing window is %1 days but the tiers are rated over %2 days.")
                      .arg(snapshot.trailingWindowDays)
                      .arg(params.windowDays);
    if (!r.error.isEmpty())
        return r;

    r.summaries.resize(params.tiers.size());
    r.tierOf.assign(snapshot.size(), -1);
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (!snapshot.active[c])
            continue;
        const qint64 spend = snapshot.trailingSpendMinor[c];
        const int tier = earnedTier(spend, snapshot.trailingOrders[c], params.tiers);
        r.tierOf[c] = qint8(tier);
        TierSummary &s = r.summaries[size_t(tier)];
        ++s.members;
        s.revenueMinor += spend;
        s.indices.push_back(quint32(c));
        ++r.customers;
        r.revenueMinor += spend;
    }
    for (TierSummary &s : r.summaries) {
        s.share = measure::ratio(s.members, r.customers);
        s.revenueShare = r.revenueMinor > 0 ? double(s.revenueMinor) / double(r.revenueMinor) : 0.0;
        s.averageSpendMinor = measure::divideRounded(s.revenueMinor, s.members);
    }
    return r;
}

TierResult computeTiers(const CustomerTable &table, qint32 ratingDay, const TierParams &params)
{
    if (params.windowDays < 1) // takeSnapshot needs a sane window; report through the usual path
        return computeTiers(CustomerSnapshot{}, params);
    return computeTiers(takeSnapshot(table, ratingDay, params.windowDays), params);
}

ThresholdSuggestion suggestTierThresholds(const CustomerSnapshot &snapshot, const std::vector<int> &topPercents)
{
    ThresholdSuggestion s;
    for (size_t i = 0; i < topPercents.size(); ++i) {
        if (topPercents[i] < 1 || topPercents[i] > 100) {
            s.error = TiersText::tr("Every top percentage must be between 1 and 100 (got %1).").arg(topPercents[i]);
            return s;
        }
        if (i > 0 && topPercents[i] >= topPercents[i - 1]) {
            s.error = TiersText::tr("Higher tiers need smaller top percentages (%1% follows %2%).")
                          .arg(topPercents[i])
                          .arg(topPercents[i - 1]);
            return s;
        }
    }
    std::vector<qint64> spends; // descending
    for (size_t c = 0; c < snapshot.size(); ++c)
        if (snapshot.active[c] && snapshot.trailingSpendMinor[c] > 0)
            spends.push_back(snapshot.trailingSpendMinor[c]);
    std::sort(spends.begin(), spends.end(), std::greater<>());
    const auto m = qint64(spends.size());
    s.spenders = m;
    if (m == 0) {
        s.error = TiersText::tr("No customer spent anything in the %1 days up to the rating day, so there is nothing "
                                "to suggest thresholds from.")
                      .arg(snapshot.trailingWindowDays);
        return s;
    }
    s.tiers.resize(topPercents.size());
    qint64 above = 0; // the threshold of the tier above; 0 = none yet
    for (size_t j = topPercents.size(); j-- > 0;) {
        SuggestedThreshold &t = s.tiers[j];
        t.topPercent = topPercents[j];
        t.rank = (t.topPercent * m + 99) / 100;
        t.rawMinor = spends[size_t(t.rank - 1)];
        t.thresholdMinor = measure::niceFloor(t.rawMinor);
        if (above > 0 && t.thresholdMinor >= above)
            t.thresholdMinor = measure::niceBelow(above);
        if (t.thresholdMinor <= 0) {
            s.error = TiersText::tr("The spends are too close together to suggest %1 distinct thresholds.")
                          .arg(topPercents.size());
            s.tiers.clear();
            return s;
        }
        // Spends are descending: count those ≥ the threshold.
        t.qualifying
            = std::upper_bound(spends.begin(), spends.end(), t.thresholdMinor, std::greater<>()) - spends.begin();
        t.qualifyingShare = measure::ratio(t.qualifying, m);
        above = t.thresholdMinor;
    }
    s.thresholdsMinor.push_back(0);
    for (const SuggestedThreshold &t : s.tiers)
        s.thresholdsMinor.push_back(t.thresholdMinor);
    return s;
}

} // namespace clientele
