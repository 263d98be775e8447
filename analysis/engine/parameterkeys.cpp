#include "analysis/engine/parameterkeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <set>

namespace clientele {

namespace {

constexpr qint64 MaxMoneyMinor = std::numeric_limits<qint64>::max() / 4;
constexpr qint64 MaxDays = 100000;

std::optional<qint64> integerFrom(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<std::vector<qint64>> integersFrom(const QString &text, qint64 min, qint64 max, size_t count = 0)
{
    std::vector<qint64> values;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<qint64> value = integerFrom(item, min, max);
        if (!value)
            return std::nullopt;
        values.push_back(*value);
    }
    if (values.empty() || (count > 0 && values.size() != count))
        return std::nullopt;
    return values;
}

QString joined(const auto &values)
{
    QStringList items;
    for (const auto v : values)
        items << QString::number(v);
    return items.join(u',');
}

QString outOfRange(const QString &key, const QString &text, const QString &expected)
{
    return QStringLiteral("%1: \"%2\" is not %3.").arg(key, text, expected);
}

const std::vector<ClusterFeature> &allFeatures()
{
    static const std::vector<ClusterFeature> features{ClusterFeature::Recency, ClusterFeature::Frequency,
        ClusterFeature::Monetary, ClusterFeature::AverageOrderValue, ClusterFeature::Tenure};
    return features;
}

QStringList featureKeys()
{
    QStringList keys;
    for (const ClusterFeature f : allFeatures())
        keys << clusterFeatureKey(f);
    return keys;
}

struct Entry
{
    ParameterKey key;
    std::function<QString(const AnalysisParameters &)> get;
    // Returns an empty string on success, else what was expected ("a whole number from 1 to 100").
    std::function<QString(AnalysisParameters &, const QString &)> set;
};

// An integer field with its range; `field` is a generic lambda giving the field of a (const) parameters.
template <typename Field>
Entry integerEntry(const char *key, const char *label, const char *help, Field field, qint64 min, qint64 max)
{
    return {{QString::fromLatin1(key), label, help, ParameterKey::Kind::Number, {}},
        [field](const AnalysisParameters &p) { return QString::number(field(p)); },
        [field, min, max](AnalysisParameters &p, const QString &text) {
            const std::optional<qint64> value = integerFrom(text, min, max);
            if (!value)
                return QStringLiteral("a whole number from %1 to %2").arg(min).arg(max);
            field(p) = std::remove_cvref_t<decltype(field(p))>(*value);
            return QString();
        }};
}

// Four RFM cut points.
template <typename Field>
Entry cutsEntry(const char *key, const char *label, const char *help, Field field, ParameterKey::Kind kind)
{
    return {{QString::fromLatin1(key), label, help, kind, QStringList()},
        [field](const AnalysisParameters &p) { return joined(field(p)); },
        [field](AnalysisParameters &p, const QString &text) {
            const auto values = integersFrom(text, 0, MaxMoneyMinor, 4);
            if (!values)
                return QStringLiteral("four whole numbers ≥ 0 separated by commas");
            std::copy(values->begin(), values->end(), field(p).begin());
            return QString();
        }};
}

// One of a few keys.
template <typename Enum, typename Field>
Entry choiceEntry(
    const char *key, const char *label, const char *help, Field field, std::vector<std::pair<Enum, QString>> choices)
{
    QStringList names;
    for (const auto &choice : choices)
        names << choice.second;
    return {{QString::fromLatin1(key), label, help, ParameterKey::Kind::Choice, names},
        [field, choices](const AnalysisParameters &p) {
            for (const auto &[value, name] : choices) {
                if (field(p) == value)
                    return name;
            }
            return QString();
        },
        [field, choices](AnalysisParameters &p, const QString &text) {
            QStringList names;
            for (const auto &[value, name] : choices) {
                if (text.trimmed() == name) {
                    field(p) = value;
                    return QString();
                }
                names << name;
            }
            return names.join(QStringLiteral(" or "));
        }};
}

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = {
        choiceEntry(
            "rfm/method", QT_TRANSLATE_NOOP("clientele::Parameters", "Scoring method"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "quintiles: each score is a rank among the active customers (about a fifth each, ties share "
                "a score); thresholds: fixed cut points below, the same meaning on every date. Default "
                "quintiles."),
            [](auto &p) -> auto & { return p.rfm.method; },
            std::vector<std::pair<ScoringMethod, QString>>{{ScoringMethod::Quintiles, QStringLiteral("quintiles")},
                {ScoringMethod::Thresholds, QStringLiteral("thresholds")}}),
        choiceEntry(
            "rfm/basis", QT_TRANSLATE_NOOP("clientele::Parameters", "M measures"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "net_revenue: orders minus returns; average_order_value: net revenue per order. Default "
                "net_revenue."),
            [](auto &p) -> auto & { return p.rfm.monetaryBasis; },
            std::vector<std::pair<MonetaryBasis, QString>>{{MonetaryBasis::NetRevenue, QStringLiteral("net_revenue")},
                {MonetaryBasis::AverageOrderValue, QStringLiteral("average_order_value")}}),
        cutsEntry(
            "rfm/recencyCuts", QT_TRANSLATE_NOOP("clientele::Parameters", "R cut points (days)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Threshold scoring: the last order at most this many days ago for R 5, 4, 3, 2 (increasing); "
                "older is R 1. Default 30,90,180,365."),
            [](auto &p) -> auto & { return p.rfm.recencyCuts; }, ParameterKey::Kind::Numbers),
        cutsEntry(
            "rfm/frequencyCuts", QT_TRANSLATE_NOOP("clientele::Parameters", "F cut points (orders)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Threshold scoring: at least this many orders for F 2, 3, 4, 5 (increasing, each at least "
                "2). Default 2,3,4,5."),
            [](auto &p) -> auto & { return p.rfm.frequencyCuts; }, ParameterKey::Kind::Numbers),
        cutsEntry(
            "rfm/monetaryCuts", QT_TRANSLATE_NOOP("clientele::Parameters", "M cut points (money)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Threshold scoring: at least this M for M 2, 3, 4, 5 (increasing). On the command line and "
                "in the settings file in minor units (cents, 分). Default 100.00, 300.00, 1000.00, 3000.00 "
                "(10000,30000,100000,300000)."),
            [](auto &p) -> auto & { return p.rfm.monetaryCuts; }, ParameterKey::Kind::MoneyList),
        integerEntry(
            "lifecycle/activeMaxDays", QT_TRANSLATE_NOOP("clientele::Parameters", "Active up to (days)"),
            QT_TRANSLATE_NOOP(
                "clientele::Parameters", "Active: the last order at most this many days ago. Default 63."),
            [](auto &p) -> auto & { return p.lifecycle.stages.activeMaxDays; }, 0, MaxDays),
        integerEntry(
            "lifecycle/silentMaxDays", QT_TRANSLATE_NOOP("clientele::Parameters", "Silent up to (days)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Silent: the last order at most this many days ago (more than for active). Default 126."),
            [](auto &p) -> auto & { return p.lifecycle.stages.silentMaxDays; }, 0, MaxDays),
        integerEntry(
            "lifecycle/sleepingMaxDays", QT_TRANSLATE_NOOP("clientele::Parameters", "Sleeping up to (days)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Sleeping: the last order at most this many days ago; beyond it a customer is lost. Default "
                "365."),
            [](auto &p) -> auto & { return p.lifecycle.stages.sleepingMaxDays; }, 0, MaxDays),
        integerEntry(
            "lifecycle/loyalMinOrders", QT_TRANSLATE_NOOP("clientele::Parameters", "Loyal from (orders)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Loyal: at least this many orders within the loyalty window (at least 2). Default 4."),
            [](auto &p) -> auto & { return p.lifecycle.loyalMinOrders; }, 2, 1000000),
        integerEntry(
            "lifecycle/loyalWindowDays", QT_TRANSLATE_NOOP("clientele::Parameters", "Loyalty window (days)"),
            QT_TRANSLATE_NOOP(
                "clientele::Parameters", "The loyalty window: this many days up to the as-of date. Default 365."),
            [](auto &p) -> auto & { return p.lifecycle.loyalWindowDays; }, 1, MaxDays),
        {{QStringLiteral("lifecycle/repurchaseWindows"),
             QT_TRANSLATE_NOOP("clientele::Parameters", "Repurchase windows (days)"),
             QT_TRANSLATE_NOOP("clientele::Parameters",
                 "Days after the first order within which the repurchase rates count a second order. "
                 "Default 30,60,90,180,365."),
             ParameterKey::Kind::Numbers, {}},
            [](const AnalysisParameters &p) { return joined(p.lifecycle.repurchaseWindows); },
            [](AnalysisParameters &p, const QString &text) {
                const auto values = integersFrom(text, 1, MaxDays);
                if (!values)
                    return QStringLiteral("whole numbers of days from 1 to %1 separated by commas").arg(MaxDays);
                p.lifecycle.repurchaseWindows.assign(values->begin(), values->end());
                return QString();
            }},
        integerEntry(
            "pareto/headPercent", QT_TRANSLATE_NOOP("clientele::Parameters", "Head: top (%)"),
            QT_TRANSLATE_NOOP(
                "clientele::Parameters", "The 80/20 head: this top percent of customers by net revenue. Default 20."),
            [](auto &p) -> auto & { return p.pareto.headPercent; }, 1, 100),
        integerEntry(
            "tiers/windowDays", QT_TRANSLATE_NOOP("clientele::Parameters", "Rating window (days)"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "Tiers rate the spend and orders of this many days up to the as-of date. Default 365."),
            [](auto &p) -> auto & { return p.tiers.windowDays; }, 1, MaxDays),
        integerEntry(
            "clusters/k", QT_TRANSLATE_NOOP("clientele::Parameters", "Number of clusters"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "0 chooses it by the silhouette between the smallest and largest number below. Default 0."),
            [](auto &p) -> auto & { return p.clusters.k; }, 0, 50),
        integerEntry(
            "clusters/minK", QT_TRANSLATE_NOOP("clientele::Parameters", "Automatic choice from"),
            QT_TRANSLATE_NOOP("clientele::Parameters",
                "The smallest number of clusters the automatic choice tries (at least 2). Default 2."),
            [](auto &p) -> auto & { return p.clusters.minK; }, 2, 50),
        integerEntry(
            "clusters/maxK", QT_TRANSLATE_NOOP("clientele::Parameters", "Automatic choice up to"),
            QT_TRANSLATE_NOOP(
                "clientele::Parameters", "The largest number of clusters the automatic choice tries. Default 10."),
            [](auto &p) -> auto & { return p.clusters.maxK; }, 2, 50),
        {{QStringLiteral("clusters/seed"), QT_TRANSLATE_NOOP("clientele::Parameters", "Random seed"),
             QT_TRANSLATE_NOOP("clientele::Parameters",
                 "Seed of the k-means starts: the same seed gives the same clusters. Default 1."),
             ParameterKey::Kind::Number, {}},
            [](const AnalysisParameters &p) { return QString::number(p.clusters.seed); },
            [](AnalysisParameters &p, const QString &text) {
                bool ok = false;
                const quint64 seed = text.trimmed().toULongLong(&ok);
                if (!ok)
                    return QStringLiteral("a whole number ≥ 0");
                p.clusters.seed = seed;
                return QString();
            }},
        {{QStringLiteral("clusters/features"), QT_TRANSLATE_NOOP("clientele::Parameters", "Features"),
             QT_TRANSLATE_NOOP("clientele::Parameters",
                 "What clusters compare: two or more of recency, frequency, monetary, average_order_value, "
                 "tenure. Default recency,frequency,monetary."),
             ParameterKey::Kind::FeatureList, featureKeys()},
            [](const AnalysisParameters &p) {
                QStringList keys;
                for (const ClusterFeature f : p.clusters.features)
                    keys << clusterFeatureKey(f);
                return keys.join(u',');
            },
            [](AnalysisParameters &p, const QString &text) {
                std::vector<ClusterFeature> features;
                for (const QString &key : text.split(u',', Qt::SkipEmptyParts)) {
                    const auto found = std::find_if(allFeatures().begin(), allFeatures().end(),
                        [&](ClusterFeature f) { return clusterFeatureKey(f) == key.trimmed(); });
                    if (found == allFeatures().end())
                        return QStringLiteral("a list of recency, frequency, monetary, average_order_value, tenure");
                    features.push_back(*found);
                }
                p.clusters.features = std::move(features);
                return QString();
            }},
    };
    return table;
}

const Entry *find(const QString &key)
{
    for (const Entry &e : entries()) {
        if (e.key.key == key)
            return &e;
    }
    return nullptr;
}

QString validateClusterOptions(const ClusteringOptions &o)
{
    const std::set<ClusterFeature> unique(o.features.begin(), o.features.end());
    if (o.features.size() < 2 || unique.size() != o.features.size())
        return QStringLiteral("clusters/features: choose at least two features, each once.");
    if (o.maxK < o.minK)
        return QStringLiteral("clusters/maxK must not be smaller than clusters/minK.");
    if (o.k == 1)
        return QStringLiteral("clusters/k must be 0 (automatic) or at least 2.");
    return {};
}

} // namespace

QString parameterLabel(const ParameterKey &key)
{
    return QCoreApplication::translate("clientele::Parameters", key.label);
}

QString parameterHelp(const ParameterKey &key)
{
    return QCoreApplication::translate("clientele::Parameters", key.help);
}

const std::vector<ParameterKey> &analysisParameterKeys()
{
    static const std::vector<ParameterKey> keys = [] {
        std::vector<ParameterKey> out;
        for (const Entry &e : entries())
            out.push_back(e.key);
        return out;
    }();
    return keys;
}

QString analysisParameterText(const AnalysisParameters &parameters, const QString &key)
{
    const Entry *entry = find(key);
    return entry ? entry->get(parameters) : QString();
}

QString setAnalysisParameter(AnalysisParameters &parameters, const QString &key, const QString &text)
{
    const Entry *entry = find(key);
    if (!entry) {
        QStringList known;
        for (const Entry &e : entries())
            known << e.key.key;
        return QStringLiteral("Unknown parameter \"%1\"; known: %2.").arg(key, known.join(QStringLiteral(", ")));
    }
    const QString expected = entry->set(parameters, text);
    return expected.isEmpty() ? QString() : outOfRange(key, text, expected);
}

QString validateAnalysisParameters(const AnalysisParameters &p)
{
    // Cut points are checked under threshold scoring even when quintiles are chosen: they are used as soon as
    // the user switches.
    RfmParameters asThresholds = p.rfm;
    asThresholds.method = ScoringMethod::Thresholds;
    if (const auto errors = validateRfmParameters(asThresholds); !errors.empty())
        return errors.front().message;
    if (QString e = validateStageBoundaries(p.lifecycle.stages); !e.isEmpty())
        return e;
    if (QString e = validateLifecycleParams(p.lifecycle); !e.isEmpty())
        return e;
    if (QString e = validateParetoParams(p.pareto); !e.isEmpty())
        return e;
    if (QString e = validateTierParams(p.tiers); !e.isEmpty())
        return e;
    return validateClusterOptions(p.clusters);
}

QString applyParameterAssignments(AnalysisParameters &parameters, const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return QStringLiteral("\"%1\" is not KEY=VALUE.").arg(assignment);
        if (QString error
            = setAnalysisParameter(parameters, assignment.left(equals).trimmed(), assignment.mid(equals + 1));
            !error.isEmpty())
            return error;
    }
    return validateAnalysisParameters(parameters);
}

} // namespace clientele
