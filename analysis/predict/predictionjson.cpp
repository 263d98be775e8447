#include "analysis/predict/predictionjson.h"

#include "analysis/core/money.h"
#include "analysis/measure/measure.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

// Numbers that feed charts and tables: rounded to 6 significant digits so the JSON stays readable.
double rounded(double v, int digits = 6)
{
    if (v == 0 || !std::isfinite(v))
        return v;
    const double scale = std::pow(10.0, digits - 1 - int(std::floor(std::log10(std::abs(v)))));
    return std::round(v * scale) / scale;
}

QJsonObject bgnbdToJson(const predict::BgNbdFit &f, PredictionUnit unit)
{
    return QJsonObject{
        {u"model"_s, f.params.variant == predict::DropoutVariant::Modified ? u"mbgnbd"_s : u"bgnbd"_s},
        {u"unit"_s, unit == PredictionUnit::Weeks ? u"weeks"_s : u"days"_s},
        {u"r"_s, rounded(f.params.r)},
        {u"alpha"_s, rounded(f.params.alpha)},
        {u"a"_s, rounded(f.params.a)},
        {u"b"_s, rounded(f.params.b)},
        {u"log_likelihood"_s, rounded(f.logLikelihood, 10)},
        {u"gradient_norm"_s, rounded(f.gradientNorm, 3)},
        {u"iterations"_s, f.iterations},
        {u"evaluations"_s, f.evaluations},
        {u"converged"_s, f.converged},
        {u"customers"_s, f.customers},
        {u"repeat_customers"_s, f.repeatCustomers},
    };
}

// Ten bins of width 0.1 over [0, 1]; 1.0 falls in the last one.
QJsonArray deciles(const std::vector<double> &values)
{
    qint64 counts[10] = {};
    for (double v : values)
        if (std::isfinite(v))
            ++counts[std::clamp(int(v * 10), 0, 9)];
    QJsonArray a;
    for (qint64 c : counts)
        a.append(c);
    return a;
}

} // namespace

QJsonObject holdoutToJson(const predict::HoldoutCheck &h)
{
    QJsonObject json{
        {u"split_date"_s, dayToIsoDate(h.splitDay)},
        {u"end_date"_s, dayToIsoDate(h.endDay)},
        {u"holdout_days"_s, h.endDay - h.splitDay},
    };
    if (!h.ok) {
        json.insert(u"error"_s, h.error);
        return json;
    }
    json.insert(u"fit"_s, bgnbdToJson(h.fit, h.unitDays == 7 ? PredictionUnit::Weeks : PredictionUnit::Days));
    QJsonArray rows;
    for (size_t i = 0; i < h.rows.size(); ++i) {
        const predict::HoldoutRow &row = h.rows[i];
        const bool last = i + 1 == h.rows.size();
        rows.append(QJsonObject{
            {u"frequency"_s, last ? QString::number(row.frequency) + u'+' : QString::number(row.frequency)},
            {u"customers"_s, row.customers},
            {u"actual_mean"_s, rounded(row.actualMean())},
            {u"predicted_mean"_s, rounded(row.predictedMean())},
        });
    }
    json.insert(u"by_calibration_frequency"_s, rows);
    json.insert(u"customers"_s, h.customers);
    json.insert(u"actual_total"_s, h.actualTotal);
    json.insert(u"predicted_total"_s, rounded(h.predictedTotal));
    return json;
}

QJsonObject predictionToJson(const PredictionResult &r)
{
    const PredictionParameters &p = r.parameters;
    if (!p.enabled)
        return QJsonObject{{u"enabled"_s, false}};
    QJsonObject json{{u"as_of_date"_s, dayToIsoDate(r.asOfDay)}, {u"horizon_days"_s, p.horizonDays}};
    if (!r.ok) {
        json.insert(u"error"_s, r.cancelled ? u"cancelled"_s : r.error);
        return json;
    }
    json.insert(u"bgnbd"_s, bgnbdToJson(r.bgnbd, p.unit));

    QJsonObject spend{
        {u"p"_s, rounded(r.spend.params.p)},
        {u"q"_s, rounded(r.spend.params.q)},
        {u"gamma"_s, rounded(r.spend.params.gamma)},
        {u"log_likelihood"_s, rounded(r.spend.logLikelihood, 10)},
        {u"converged"_s, r.spend.converged},
        {u"customers"_s, r.spend.customers},
    };
    const double populationMean = predict::conditionalExpectedValue(r.spend.params, 0, 0);
    if (r.spend.ok && std::isfinite(populationMean))
        insertMoney(spend, u"population_mean_order_value"_s, std::llround(100 * populationMean));
    json.insert(u"gamma_gamma"_s, spend);

    json.insert(u"customers"_s, r.customers);
    json.insert(u"one_time_buyers"_s, r.oneTimeBuyers);
    json.insert(u"expected_orders_total"_s, rounded(r.expectedOrdersTotal));

    double aliveSum = 0;
    for (double v : r.pAlive)
        aliveSum += std::isfinite(v) ? v : 0;
    json.insert(u"p_alive"_s,
        QJsonObject{
            {u"bin_width"_s, 0.1},
            {u"counts"_s, deciles(r.pAlive)},
            {u"mean"_s, rounded(r.customers ? aliveSum / double(r.customers) : 0)},
        });
    json.insert(
        u"repurchase_score"_s, QJsonObject{{u"bin_width"_s, 10}, {u"counts"_s, deciles(r.repurchaseProbability)}});

    QJsonObject churn{
        {u"alive_threshold"_s, p.churnAliveThreshold},
        {u"valuable_share"_s, p.valuableShare},
        {u"valuable_customers"_s, r.valuableCustomers},
        {u"warnings"_s, r.churnWarnings},
    };
    insertMoney(churn, u"valuable_threshold"_s, r.valuableThresholdMinor);
    json.insert(u"churn"_s, churn);

    QJsonObject clv{
        {u"months"_s, p.clvMonths},
        {u"margin"_s, p.margin},
        {u"annual_discount_rate"_s, p.annualDiscountRate},
    };
    insertMoney(clv, u"total"_s, r.clvTotalMinor);
    insertMoney(clv, u"mean"_s, measure::divideRounded(r.clvTotalMinor, r.customers));
    json.insert(u"clv"_s, clv);

    if (r.holdout)
        json.insert(u"holdout"_s, holdoutToJson(*r.holdout));
    return json;
}

} // namespace clientele
