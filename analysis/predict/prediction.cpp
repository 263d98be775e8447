#include "analysis/predict/prediction.h"

#include "analysis/measure/measure.h"
#include "analysis/predict/repeatsummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace clientele {

namespace {

constexpr double DaysPerMonth = 365.25 / 12;
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

qint32 automaticHoldoutDays(const CustomerTable &table, qint32 asOfDay)
{
    const qint32 third = (asOfDay - table.firstDay) / 3;
    const qint32 days = std::min<qint32>(365, third / 7 * 7);
    return days >= 28 ? days : 0; // under four weeks the check says nothing
}

} // namespace

double unitDays(PredictionUnit unit)
{
    return unit == PredictionUnit::Weeks ? 7.0 : 1.0;
}

namespace {

// Σ_k (E[Y(k months) | alive] − E[Y(k − 1 months) | alive]) / (1 + monthly rate)^k: the discounted
// expected purchases of a customer alive at T; CLV = margin · value · P(alive) · this.
double discountedPurchasesIfAlive(
    const predict::BgNbdParams &p, double x, double T, double unit, qint32 months, double annualDiscountRate)
{
    const double monthlyRate = std::pow(1 + annualDiscountRate, 1.0 / 12) - 1;
    double sum = 0, previous = 0, discount = 1;
    for (qint32 k = 1; k <= months; ++k) {
        const double cumulative = predict::expectedPurchasesIfAlive(p, x, T, k * DaysPerMonth / unit);
        discount /= 1 + monthlyRate;
        sum += (cumulative - previous) * discount;
        previous = cumulative;
    }
    return sum;
}

} // namespace

double customerLifetimeValue(const predict::BgNbdParams &p, double x, double tx, double T, double unit, double value,
    qint32 months, double margin, double annualDiscountRate)
{
    return margin * value * predict::probabilityAlive(p, x, tx, T)
        * discountedPurchasesIfAlive(p, x, T, unit, months, annualDiscountRate);
}

PredictionResult runPrediction(const CustomerTable &table, const CustomerSnapshot &snapshot,
    const PredictionParameters &parameters, const CancelToken &cancel)
{
    PredictionResult r;
    r.parameters = parameters;
    r.asOfDay = snapshot.asOfDay;
    if (!parameters.enabled)
        return r;
    const size_t n = table.size();
    const double unit = unitDays(parameters.unit);
    const predict::RepeatSummary s = predict::summarizeRepeats(table, r.asOfDay);
    r.bgnbd = predict::fitBgNbd(predict::bgnbdData(s, unit), parameters.model, {}, cancel);
    if (cancel.isCancelled()) {
        r.cancelled = true;
        return r;
    }
    if (!r.bgnbd.ok) {
        r.error = QCoreApplication::translate(
            "Prediction", "No customer has bought twice yet: there is nothing to fit the model on.");
        return r;
    }
    r.spend = predict::fitGammaGamma(predict::gammaGammaData(s), {}, cancel);
    // Without a usable spend model (fewer than two repeat buyers, q ≤ 1) values fall back to the
    // customer's own repeat mean, or the first order for one-time buyers.
    const bool spendUsable = r.spend.ok && r.spend.params.q > 1;

    // Valuable: net revenue at or above the (1 − share) quantile of the acquired customers, and > 0.
    std::vector<qint64> revenue;
    for (size_t c = 0; c < n; ++c)
        if (s.included[c])
            revenue.push_back(snapshot.monetaryMinor[c]);
    std::sort(revenue.begin(), revenue.end());
    r.valuableThresholdMinor
        = std::max<qint64>(1, qint64(std::ceil(measure::quantileSorted(revenue, 1 - parameters.valuableShare))));

    r.pAlive.assign(n, NaN);
    r.expectedOrders.assign(n, NaN);
    r.repurchaseProbability.assign(n, NaN);
    r.repurchaseScore.assign(n, -1);
    r.expectedOrderValueMinor.assign(n, NaN);
    r.clvMinor.assign(n, 0);
    r.churnWarning.assign(n, false);
    const double horizon = parameters.horizonDays / unit;
    // The series behind the expectations depend on (x, T) only, shared by many customers: computed once
    // per pair (370k customers have ~20k distinct pairs in days).
    struct IfAlive
    {
        double horizon;
        double discounted;
    };
    std::unordered_map<quint64, IfAlive> ifAlive;
    double clvTotal = 0;
    for (size_t c = 0; c < n; ++c) {
        if (!s.included[c])
            continue;
        if (c % 4096 == 0 && cancel.isCancelled()) {
            r.cancelled = true;
            return r;
        }
        const auto &p = r.bgnbd.params;
        const double x = s.x[c], tx = s.txDays[c] / unit, T = s.TDays[c] / unit;
        ++r.customers;
        r.oneTimeBuyers += x == 0 ? 1 : 0;
        r.pAlive[c] = predict::probabilityAlive(p, x, tx, T);
        const quint64 key = (quint64(quint32(s.x[c])) << 32) | quint32(s.TDays[c]);
        auto it = ifAlive.find(key);
        if (it == ifAlive.end()) {
            const IfAlive e{predict::expectedPurchasesIfAlive(p, x, T, horizon),
                discountedPurchasesIfAlive(p, x, T, unit, parameters.clvMonths, parameters.annualDiscountRate)};
            it = ifAlive.emplace(key, e).first;
        }
        r.expectedOrders[c] = r.pAlive[c] * it->second.horizon;
        r.expectedOrdersTotal += r.expectedOrders[c];
        r.repurchaseProbability[c] = predict::probabilityAnyPurchase(p, x, tx, T, horizon);
        r.repurchaseScore[c] = qint8(std::lround(100 * r.repurchaseProbability[c]));
        const double ownValue = x > 0 ? s.repeatMeanMinor[c] : double(table.orderAmountMinor[table.orderBegin[c]]);
        const double value = spendUsable
            ? 100 * predict::conditionalExpectedValue(r.spend.params, x, s.repeatMeanMinor[c] / 100)
            : ownValue;
        r.expectedOrderValueMinor[c] = value;
        const double clv = parameters.margin * value * r.pAlive[c] * it->second.discounted;
        r.clvMinor[c] = std::llround(clv);
        clvTotal += clv;
        const bool valuable = snapshot.monetaryMinor[c] >= r.valuableThresholdMinor;
        r.valuableCustomers += valuable ? 1 : 0;
        r.churnWarning[c] = valuable && r.pAlive[c] < parameters.churnAliveThreshold;
        r.churnWarnings += r.churnWarning[c] ? 1 : 0;
    }
    r.clvTotalMinor = std::llround(clvTotal);

    const qint32 holdoutDays
        = parameters.holdoutDays < 0 ? automaticHoldoutDays(table, r.asOfDay) : parameters.holdoutDays;
    if (holdoutDays > 0) {
        r.holdout
            = predict::runHoldoutCheck(table, r.asOfDay - holdoutDays, r.asOfDay, unit, parameters.model, 7, cancel);
        r.cancelled = cancel.isCancelled();
    }
    r.ok = !r.cancelled;
    return r;
}

} // namespace clientele
