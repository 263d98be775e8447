#include "app/gui/parametersettings.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <limits>
#include <set>

namespace clientele {

namespace {

// Reads values of one group; any present-but-invalid value marks the group bad.
class GroupReader
{
public:
    explicit GroupReader(QSettings &settings)
        : m_settings(settings)
    {
    }
    bool ok() const { return m_ok; }
    void fail() { m_ok = false; }

    template <typename Int> void integer(const QString &key, Int &value, qint64 min, qint64 max)
    {
        if (!m_settings.contains(key))
            return;
        bool ok = false;
        const qint64 v = m_settings.value(key).toString().trimmed().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return fail();
        value = Int(v);
    }

    std::optional<QStringList> list(const QString &key)
    {
        if (!m_settings.contains(key))
            return std::nullopt;
        const QVariant v = m_settings.value(key);
        // QSettings turns "a,b" into a QStringList on read; a single item stays a QString.
        QStringList items
            = v.typeId() == QMetaType::QStringList ? v.toStringList() : v.toString().split(u',', Qt::SkipEmptyParts);
        for (QString &item : items)
            item = item.trimmed();
        return items;
    }

    template <typename Int>
    void integers(const QString &key, std::vector<Int> &values, qint64 min, qint64 max, size_t count = 0)
    {
        const std::optional<QStringList> items = list(key);
        if (!items)
            return;
        std::vector<Int> parsed;
        for (const QString &item : *items) {
            bool ok = false;
            const qint64 v = item.toLongLong(&ok);
            if (!ok || v < min || v > max)
                return fail();
            parsed.push_back(Int(v));
        }
        if (parsed.empty() || (count > 0 && parsed.size() != count))
            return fail();
        values = std::move(parsed);
    }

    void cutPoints(const QString &key, RfmCutPoints &cuts)
    {
        std::vector<qint64> values(cuts.begin(), cuts.end());
        integers(key, values, 0, std::numeric_limits<qint64>::max() / 4, cuts.size());
        std::copy(values.begin(), values.end(), cuts.begin());
    }

    template <typename Enum, size_t N>
    void enumeration(const QString &key, Enum &value, const std::array<std::pair<Enum, QString>, N> &names)
    {
        if (!m_settings.contains(key))
            return;
        const QString text = m_settings.value(key).toString().trimmed();
        for (const auto &[candidate, name] : names) {
            if (text == name) {
                value = candidate;
                return;
            }
        }
        fail();
    }

private:
    QSettings &m_settings;
    bool m_ok = true;
};

QString joined(const auto &values)
{
    QStringList items;
    for (const auto v : values)
        items << QString::number(v);
    return items.join(u',');
}

const std::array<ClusterFeature, 5> AllFeatures{ClusterFeature::Recency, ClusterFeature::Frequency,
    ClusterFeature::Monetary, ClusterFeature::AverageOrderValue, ClusterFeature::Tenure};

RfmParameters readRfm(QSettings &s)
{
    RfmParameters p;
    GroupReader r(s);
    r.enumeration(QStringLiteral("method"), p.method,
        std::array{std::pair{ScoringMethod::Quintiles, QString(scoringMethodKey(ScoringMethod::Quintiles))},
            std::pair{ScoringMethod::Thresholds, QString(scoringMethodKey(ScoringMethod::Thresholds))}});
    r.enumeration(QStringLiteral("basis"), p.monetaryBasis,
        std::array{std::pair{MonetaryBasis::NetRevenue, QString(monetaryBasisKey(MonetaryBasis::NetRevenue))},
            std::pair{MonetaryBasis::AverageOrderValue, QString(monetaryBasisKey(MonetaryBasis::AverageOrderValue))}});
    r.cutPoints(QStringLiteral("recencyCuts"), p.recencyCuts);
    r.cutPoints(QStringLiteral("frequencyCuts"), p.frequencyCuts);
    r.cutPoints(QStringLiteral("monetaryCuts"), p.monetaryCuts);
    // Stored cut points are validated even under quintile scoring: they come back when the user switches.
    RfmParameters asThresholds = p;
    asThresholds.method = ScoringMethod::Thresholds;
    if (!r.ok() || !validateRfmParameters(asThresholds).empty())
        return {};
    return p;
}

LifecycleParams readLifecycle(QSettings &s)
{
    LifecycleParams p;
    GroupReader r(s);
    r.integer(QStringLiteral("activeMaxDays"), p.stages.activeMaxDays, 0, 100000);
    r.integer(QStringLiteral("silentMaxDays"), p.stages.silentMaxDays, 0, 100000);
    r.integer(QStringLiteral("sleepingMaxDays"), p.stages.sleepingMaxDays, 0, 100000);
    r.integer(QStringLiteral("loyalMinOrders"), p.loyalMinOrders, 2, 1000000);
    r.integer(QStringLiteral("loyalWindowDays"), p.loyalWindowDays, 1, 100000);
    r.integers(QStringLiteral("repurchaseWindows"), p.repurchaseWindows, 1, 100000);
    if (!r.ok() || !validateLifecycleParams(p).isEmpty())
        return {};
    return p;
}

ParetoParams readPareto(QSettings &s)
{
    ParetoParams p;
    GroupReader r(s);
    r.integer(QStringLiteral("headPercent"), p.headPercent, 1, 100);
    if (!r.ok() || !validateParetoParams(p).isEmpty())
        return {};
    return p;
}

TierParams readTiers(QSettings &s)
{
    TierParams p;
    GroupReader r(s);
    r.integer(QStringLiteral("windowDays"), p.windowDays, 1, 100000);
    const int count = s.beginReadArray(QStringLiteral("definitions"));
    if (count > 0) {
        std::vector<TierDefinition> tiers;
        for (int i = 0; i < count && r.ok(); ++i) {
            s.setArrayIndex(i);
            TierDefinition t;
            t.key = s.value(QStringLiteral("key")).toString();
            t.name = s.value(QStringLiteral("name")).toString();
            // No name, or a built-in one as older versions stored it (tr("Silver") in the language of the day):
            // the key's built-in name, translated when shown.
            if (t.name.isEmpty() || isBuiltInTierName(t.key, t.name))
                t.name = builtInTierName(t.key);
            t.nameZh = s.value(QStringLiteral("nameZh")).toString();
            if (!s.contains(QStringLiteral("minSpendMinor")))
                r.fail();
            r.integer(QStringLiteral("minSpendMinor"), t.minSpendMinor, 0, std::numeric_limits<qint64>::max() / 4);
            r.integer(QStringLiteral("minOrders"), t.minOrders, 0, 1000000);
            tiers.push_back(std::move(t));
        }
        p.tiers = std::move(tiers);
    }
    s.endArray();
    if (!r.ok() || !validateTierParams(p).isEmpty())
        return {};
    return p;
}

ClusteringOptions readClusters(QSettings &s)
{
    ClusteringOptions p;
    GroupReader r(s);
    r.integer(QStringLiteral("k"), p.k, 0, 50);
    r.integer(QStringLiteral("minK"), p.minK, 2, 50);
    r.integer(QStringLiteral("maxK"), p.maxK, 2, 50);
    r.integer(QStringLiteral("seed"), p.seed, 0, std::numeric_limits<qint64>::max());
    if (const std::optional<QStringList> keys = r.list(QStringLiteral("features"))) {
        std::vector<ClusterFeature> features;
        for (const QString &key : *keys) {
            const auto *found = std::find_if(
                AllFeatures.begin(), AllFeatures.end(), [&](ClusterFeature f) { return clusterFeatureKey(f) == key; });
            if (found == AllFeatures.end())
                r.fail();
            else
                features.push_back(*found);
        }
        p.features = std::move(features);
    }
    const std::set<ClusterFeature> unique(p.features.begin(), p.features.end());
    const bool consistent
        = !p.features.empty() && unique.size() == p.features.size() && p.maxK >= p.minK && (p.k == 0 || p.k >= 2);
    if (!r.ok() || !consistent)
        return {};
    return p;
}

} // namespace

AnalysisParameters readAnalysisParameters(QSettings &settings)
{
    AnalysisParameters p;
    settings.beginGroup(QStringLiteral("analysis"));
    const auto group = [&settings](const QString &name, auto read) {
        settings.beginGroup(name);
        auto value = read(settings);
        settings.endGroup();
        return value;
    };
    p.rfm = group(QStringLiteral("rfm"), readRfm);
    p.lifecycle = group(QStringLiteral("lifecycle"), readLifecycle);
    p.pareto = group(QStringLiteral("pareto"), readPareto);
    p.tiers = group(QStringLiteral("tiers"), readTiers);
    p.clusters = group(QStringLiteral("clusters"), readClusters);
    settings.endGroup();
    return p;
}

bool migrateTierNames(QSettings &s)
{
    bool changed = false;
    s.beginGroup(QStringLiteral("analysis/tiers"));
    const int count = s.beginReadArray(QStringLiteral("definitions"));
    std::vector<int> builtIn;
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        const QString name = s.value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && isBuiltInTierName(s.value(QStringLiteral("key")).toString(), name))
            builtIn.push_back(i);
    }
    s.endArray();
    // QSettings arrays are groups "definitions/<i + 1>/…"; a read array cannot remove keys.
    for (int i : builtIn) {
        s.remove(QStringLiteral("definitions/%1/name").arg(i + 1));
        changed = true;
    }
    s.endGroup();
    return changed;
}

void writeAnalysisParameters(QSettings &s, const AnalysisParameters &p)
{
    s.beginGroup(QStringLiteral("analysis"));
    s.remove(QString()); // the whole group: stale tier definitions must not survive a shorter list

    s.beginGroup(QStringLiteral("rfm"));
    s.setValue(QStringLiteral("method"), QString(scoringMethodKey(p.rfm.method)));
    s.setValue(QStringLiteral("basis"), QString(monetaryBasisKey(p.rfm.monetaryBasis)));
    s.setValue(QStringLiteral("recencyCuts"), joined(p.rfm.recencyCuts));
    s.setValue(QStringLiteral("frequencyCuts"), joined(p.rfm.frequencyCuts));
    s.setValue(QStringLiteral("monetaryCuts"), joined(p.rfm.monetaryCuts));
    s.endGroup();

    s.beginGroup(QStringLiteral("lifecycle"));
    s.setValue(QStringLiteral("activeMaxDays"), p.lifecycle.stages.activeMaxDays);
    s.setValue(QStringLiteral("silentMaxDays"), p.lifecycle.stages.silentMaxDays);
    s.setValue(QStringLiteral("sleepingMaxDays"), p.lifecycle.stages.sleepingMaxDays);
    s.setValue(QStringLiteral("loyalMinOrders"), p.lifecycle.loyalMinOrders);
    s.setValue(QStringLiteral("loyalWindowDays"), p.lifecycle.loyalWindowDays);
    s.setValue(QStringLiteral("repurchaseWindows"), joined(p.lifecycle.repurchaseWindows));
    s.endGroup();

    s.beginGroup(QStringLiteral("pareto"));
    s.setValue(QStringLiteral("headPercent"), p.pareto.headPercent);
    s.endGroup();

    s.beginGroup(QStringLiteral("tiers"));
    s.setValue(QStringLiteral("windowDays"), p.tiers.windowDays);
    s.beginWriteArray(QStringLiteral("definitions"), int(p.tiers.tiers.size()));
    for (size_t i = 0; i < p.tiers.tiers.size(); ++i) {
        const TierDefinition &t = p.tiers.tiers[i];
        s.setArrayIndex(int(i));
        s.setValue(QStringLiteral("key"), t.key);
        // Only a name the user gave is stored; a built-in one follows the UI language.
        if (!isBuiltInTierName(t.key, t.name))
            s.setValue(QStringLiteral("name"), t.name);
        s.setValue(QStringLiteral("nameZh"), t.nameZh);
        s.setValue(QStringLiteral("minSpendMinor"), t.minSpendMinor);
        s.setValue(QStringLiteral("minOrders"), t.minOrders);
    }
    s.endArray();
    s.endGroup();

    s.beginGroup(QStringLiteral("clusters"));
    s.setValue(QStringLiteral("k"), p.clusters.k);
    s.setValue(QStringLiteral("minK"), p.clusters.minK);
    s.setValue(QStringLiteral("maxK"), p.clusters.maxK);
    s.setValue(QStringLiteral("seed"), QString::number(p.clusters.seed));
    QStringList features;
    for (ClusterFeature f : p.clusters.features)
        features << clusterFeatureKey(f);
    s.setValue(QStringLiteral("features"), features.join(u','));
    s.endGroup();

    s.endGroup();
}

} // namespace clientele
