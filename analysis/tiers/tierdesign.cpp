#include "analysis/tiers/tierdesign.h"

#include "analysis/core/money.h"
#include "analysis/measure/measure.h"
#include "analysis/tiers/tiersjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

const QString FormatName = u"clientele.tier_design"_s;
constexpr int FormatVersion = 1;
constexpr qsizetype MaxNameLength = 100;

// An integral JSON number within qint64; doubles such as 1.5 or 1e300 are refused.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

} // namespace

std::optional<DowngradeRule> downgradeRuleFromKey(const QString &key)
{
    if (key == downgradeRuleKey(DowngradeRule::ToEarnedTier))
        return DowngradeRule::ToEarnedTier;
    if (key == downgradeRuleKey(DowngradeRule::AtMostOneTier))
        return DowngradeRule::AtMostOneTier;
    return std::nullopt;
}

QString validateTierDesign(const TierDesign &design)
{
    const QString name = design.name.trimmed();
    if (name.isEmpty())
        return u"A tier design needs a name."_s;
    if (name.size() > MaxNameLength)
        return u"A tier design name has at most %1 characters."_s.arg(MaxNameLength);
    const QString tiersError = validateTierParams(design.params);
    if (!tiersError.isEmpty())
        return tiersError;
    if (design.benefitPercent.size() != design.params.tiers.size())
        return u"The design has %1 tiers but %2 benefit percentages."_s.arg(design.params.tiers.size())
            .arg(design.benefitPercent.size());
    for (size_t i = 0; i < design.benefitPercent.size(); ++i) {
        const double p = design.benefitPercent[i];
        if (!std::isfinite(p) || p < 0.0 || p > 100.0)
            return u"The benefit cost of tier %1 must be a percentage from 0 to 100."_s.arg(i + 1);
    }
    return {};
}

QJsonObject tierDesignToJson(const TierDesign &design)
{
    QJsonArray tiers;
    for (size_t i = 0; i < design.params.tiers.size(); ++i) {
        const TierDefinition &t = design.params.tiers[i];
        tiers.append(QJsonObject{
            {u"key"_s, t.key},
            {u"name"_s, t.name},
            {u"name_zh"_s, t.nameZh},
            {u"min_spend_minor"_s, t.minSpendMinor},
            {u"min_orders"_s, t.minOrders},
            {u"benefit_percent"_s, i < design.benefitPercent.size() ? design.benefitPercent[i] : 0.0},
        });
    }
    return QJsonObject{
        {u"format"_s, FormatName},
        {u"version"_s, FormatVersion},
        {u"name"_s, design.name},
        {u"window_days"_s, design.params.windowDays},
        {u"downgrade"_s, downgradeRuleKey(design.downgrade)},
        {u"tiers"_s, tiers},
    };
}

std::optional<TierDesign> tierDesignFromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<TierDesign>();
    };
    if (json.value(u"format"_s).toString() != FormatName)
        return fail(u"The text is not a Clientele tier design (\"format\" is not \"%1\")."_s.arg(FormatName));
    const std::optional<qint64> version = integer(json.value(u"version"_s));
    if (!version || *version < 1)
        return fail(u"The tier design has no valid \"version\"."_s);
    if (*version > FormatVersion)
        return fail(u"The tier design was written by a newer Clientele (version %1)."_s.arg(*version));
    TierDesign design;
    if (!json.value(u"name"_s).isString())
        return fail(u"The tier design has no \"name\"."_s);
    design.name = json.value(u"name"_s).toString();
    const std::optional<qint64> window = integer(json.value(u"window_days"_s));
    if (!window || *window < 1 || *window > 3660)
        return fail(u"\"window_days\" must be a whole number of days from 1 to 3660."_s);
    design.params.windowDays = qint32(*window);
    const std::optional<DowngradeRule> rule = downgradeRuleFromKey(json.value(u"downgrade"_s).toString());
    if (!rule)
        return fail(u"\"downgrade\" must be \"to_earned\" or \"at_most_one\"."_s);
    design.downgrade = *rule;
    if (!json.value(u"tiers"_s).isArray())
        return fail(u"The tier design has no \"tiers\" list."_s);
    const QJsonArray tiers = json.value(u"tiers"_s).toArray();
    design.params.tiers.clear();
    design.benefitPercent.clear();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject t = tiers.at(i).toObject();
        TierDefinition definition;
        definition.key = t.value(u"key"_s).toString();
        definition.name = t.value(u"name"_s).toString();
        definition.nameZh = t.value(u"name_zh"_s).toString();
        const std::optional<qint64> spend = integer(t.value(u"min_spend_minor"_s));
        if (!spend)
            return fail(u"Tier %1: \"min_spend_minor\" must be a whole number of minor units."_s.arg(i + 1));
        definition.minSpendMinor = *spend;
        const QJsonValue orders = t.value(u"min_orders"_s);
        const std::optional<qint64> minOrders = orders.isUndefined() || orders.isNull() ? qint64(0) : integer(orders);
        if (!minOrders || *minOrders < 0 || *minOrders > 1000000)
            return fail(u"Tier %1: \"min_orders\" must be a whole number from 0 to 1,000,000."_s.arg(i + 1));
        definition.minOrders = qint32(*minOrders);
        const QJsonValue benefit = t.value(u"benefit_percent"_s);
        if (!benefit.isUndefined() && !benefit.isDouble())
            return fail(u"Tier %1: \"benefit_percent\" must be a number."_s.arg(i + 1));
        design.params.tiers.push_back(definition);
        design.benefitPercent.push_back(benefit.toDouble(0.0));
    }
    const QString invalid = validateTierDesign(design);
    if (!invalid.isEmpty())
        return fail(invalid);
    return design;
}

std::optional<TierDesign> tierDesignFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"The tier design is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = u"The tier design must be a JSON object."_s;
        return std::nullopt;
    }
    return tierDesignFromJson(document.object(), error);
}

TierDesignEvaluation evaluateTierDesign(const CustomerTable &table, qint32 asOfDay, const TierDesign &design)
{
    TierDesignEvaluation e;
    e.design = design;
    e.asOfDay = asOfDay;
    e.ratingDay = asOfDay - design.params.windowDays;
    e.error = validateTierDesign(design);
    if (!e.ok())
        return e;
    e.tiers = computeTiers(table, asOfDay, design.params);
    if (!e.tiers.ok()) {
        e.error = e.tiers.error;
        return e;
    }
    ReratingParams rerating;
    rerating.ratingDay = e.ratingDay;
    rerating.nextRatingDay = asOfDay;
    rerating.rule = design.downgrade;
    e.rerating = simulateRerating(table, design.params, rerating);
    if (!e.rerating.ok()) {
        e.error = e.rerating.error;
        return e;
    }
    const int n = int(design.params.tiers.size());
    const CustomerSnapshot snapshot = takeSnapshot(table, asOfDay, design.params.windowDays);
    auto spendOf = [&snapshot](const std::vector<quint32> &indices) {
        qint64 sum = 0;
        for (quint32 c : indices)
            sum += std::max<qint64>(0, snapshot.trailingSpendMinor[c]);
        return sum;
    };
    e.perTier.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        TierDesignTier &t = e.perTier[size_t(i)];
        t.summary = e.tiers.summaries[size_t(i)];
        t.benefitPercent = design.benefitPercent[size_t(i)];
        for (int j = 0; j < n; ++j) {
            const qint64 moved = e.rerating.cell(i, j);
            if (j > i)
                t.movedUpFrom += moved;
            else if (j < i)
                t.movedDownFrom += moved;
            const qint64 into = e.rerating.cell(j, i);
            if (j < i)
                t.movedUpInto += into;
            else if (j > i)
                t.movedDownInto += into;
            t.heldMembers += into;
            t.heldSpendMinor += spendOf(e.rerating.cellIndices[size_t(j * n + i)]);
        }
        t.newcomers = e.rerating.newcomers[size_t(i)];
        t.heldMembers += t.newcomers;
        t.heldSpendMinor += spendOf(e.rerating.newcomerIndices[size_t(i)]);
        t.benefitCostMinor = std::llround(t.benefitPercent / 100.0 * double(t.heldSpendMinor));
        e.benefitCostMinor += t.benefitCostMinor;
    }
    e.revenueMinor = e.tiers.revenueMinor;
    e.costShareOfRevenue = e.revenueMinor > 0 ? double(e.benefitCostMinor) / double(e.revenueMinor) : 0.0;
    return e;
}

TierDesignComparison compareTierDesigns(
    const CustomerTable &table, qint32 asOfDay, const TierDesign &a, const TierDesign &b)
{
    return TierDesignComparison{evaluateTierDesign(table, asOfDay, a), evaluateTierDesign(table, asOfDay, b)};
}

QJsonObject tierDesignEvaluationToJson(const TierDesignEvaluation &e)
{
    QJsonObject json{{u"design"_s, tierDesignToJson(e.design)}};
    if (!e.ok()) {
        json.insert(u"error"_s, e.error);
        return json;
    }
    json.insert(u"as_of"_s, dayToIsoDate(e.asOfDay));
    json.insert(u"rating_date"_s, dayToIsoDate(e.ratingDay));
    json.insert(u"customers"_s, e.tiers.customers);
    insertMoney(json, u"revenue"_s, e.revenueMinor);
    insertMoney(json, u"benefit_cost"_s, e.benefitCostMinor);
    json.insert(u"cost_share_of_revenue"_s, e.costShareOfRevenue);
    QJsonArray tiers;
    for (size_t i = 0; i < e.perTier.size(); ++i) {
        const TierDesignTier &t = e.perTier[i];
        QJsonObject o{
            {u"key"_s, e.design.params.tiers[i].key},
            {u"members"_s, t.summary.members},
            {u"share"_s, t.summary.share},
            {u"revenue_share"_s, t.summary.revenueShare},
            {u"moved_up_from"_s, t.movedUpFrom},
            {u"moved_down_from"_s, t.movedDownFrom},
            {u"moved_up_into"_s, t.movedUpInto},
            {u"moved_down_into"_s, t.movedDownInto},
            {u"newcomers"_s, t.newcomers},
            {u"held_members"_s, t.heldMembers},
            {u"benefit_percent"_s, t.benefitPercent},
        };
        insertMoney(o, u"revenue"_s, t.summary.revenueMinor);
        insertMoney(o, u"held_spend"_s, t.heldSpendMinor);
        insertMoney(o, u"benefit_cost"_s, t.benefitCostMinor);
        tiers.append(o);
    }
    json.insert(u"tiers"_s, tiers);
    json.insert(u"rerating"_s, reratingToJson(e.rerating));
    return json;
}

QJsonObject tierDesignComparisonToJson(const TierDesignComparison &c)
{
    return QJsonObject{{u"a"_s, tierDesignEvaluationToJson(c.a)}, {u"b"_s, tierDesignEvaluationToJson(c.b)}};
}

} // namespace clientele
