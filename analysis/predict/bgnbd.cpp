#include "analysis/predict/bgnbd.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace clientele::predict {

namespace {

// Index of every value in its sorted distinct list.
void indexValues(const std::vector<double> &values, Eigen::ArrayXd &unique, std::vector<quint32> &index)
{
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    unique = Eigen::Map<const Eigen::ArrayXd>(sorted.data(), Eigen::Index(sorted.size()));
    index.resize(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        index[i] = quint32(std::lower_bound(sorted.begin(), sorted.end(), values[i]) - sorted.begin());
}

// Stands in for "no second term" (x = 0): exp(−10⁴) is exactly 0, so the softplus and the weight s
// of the dropped-out branch vanish without a branch in the vectorised pass.
constexpr double NoDropoutTerm = -1e4;

} // namespace

BgNbdData BgNbdData::fromColumns(
    const std::vector<qint32> &x, const std::vector<double> &tx, const std::vector<double> &T)
{
    using Row = std::tuple<qint32, double, double>;
    std::vector<Row> rows;
    rows.reserve(x.size());
    const size_t n = std::min({x.size(), tx.size(), T.size()});
    for (size_t i = 0; i < n; ++i) {
        const bool valid = x[i] >= 0 && std::isfinite(tx[i]) && std::isfinite(T[i]) && tx[i] >= 0 && T[i] >= tx[i]
            && (x[i] > 0 || tx[i] == 0);
        if (valid)
            rows.emplace_back(x[i], tx[i], T[i]);
    }
    std::sort(rows.begin(), rows.end());

    BgNbdData d;
    std::vector<double> weights, txs, Ts;
    double sumT = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto &[xi, txi, Ti] = rows[i];
        sumT += Ti;
        d.m_repeatPurchases += xi;
        d.m_repeatCustomers += xi > 0 ? 1 : 0;
        if (i > 0 && rows[i] == rows[i - 1]) {
            weights.back() += 1;
            continue;
        }
        if (d.m_xValues.empty() || d.m_xValues.back() != xi) {
            d.m_xValues.push_back(xi);
            d.m_groupBegin.push_back(quint32(weights.size()));
        }
        weights.push_back(1);
        txs.push_back(txi);
        Ts.push_back(Ti);
    }
    d.m_groupBegin.push_back(quint32(weights.size()));
    d.m_customers = qint64(rows.size());
    d.m_meanT = rows.empty() ? 0 : sumT / double(rows.size());
    d.m_weight = Eigen::Map<const Eigen::ArrayXd>(weights.data(), Eigen::Index(weights.size()));
    indexValues(Ts, d.m_uniqueT, d.m_tIndex);
    indexValues(txs, d.m_uniqueTx, d.m_txIndex);
    return d;
}

BgNbdLikelihood::BgNbdLikelihood(const BgNbdData &data)
    : m_data(data)
    , m_delta(data.m_weight.size())
    , m_expNegAbs(data.m_weight.size())
    , m_log1p(data.m_weight.size())
{
}

// log L_i = log Γ(r+x) − log Γ(r) + r log α + log B(a, b+x) − log B(a, b) − (r+x) log(α+T) + softplus(Δ)
// with Δ = log(a / (b+x−1)) + (r+x)(log(α+T) − log(α+t_x)) the log-ratio of the "dropped out after the
// last purchase" term to the "still alive" term (x > 0 only). softplus(Δ) = log(1 + e^Δ) is taken as
// max(Δ, 0) + log1p(e^−|Δ|), which neither overflows nor loses the small term.
double BgNbdLikelihood::operator()(const BgNbdParams &p, Eigen::Vector4d *gradient)
{
    const BgNbdData &d = m_data;
    const double r = p.r, alpha = p.alpha, a = p.a, b = p.b;
    // The modified variant has one more dropout opportunity (after the first purchase): b + x + 1 in
    // place of b + x, and the "gone" term exists for x = 0 too.
    const qint32 shift = p.variant == DropoutVariant::Modified ? 1 : 0;
    m_logT = (alpha + d.m_uniqueT).log();
    m_logTx = (alpha + d.m_uniqueTx).log();
    for (size_t g = 0; g + 1 < d.m_groupBegin.size(); ++g) {
        const double x = d.m_xValues[g];
        const double rx = r + x;
        const bool gone = x > 0 || shift > 0;
        const double logRatio = gone ? std::log(a) - std::log(b + x - 1 + shift) : 0.0;
        for (quint32 i = d.m_groupBegin[g]; i < d.m_groupBegin[g + 1]; ++i)
            m_delta[i] = gone ? logRatio + rx * (m_logT[d.m_tIndex[i]] - m_logTx[d.m_txIndex[i]]) : NoDropoutTerm;
    }
    m_expNegAbs = (-m_delta.abs()).exp();
    m_log1p = m_expNegAbs.log1p();
    if (gradient) {
        m_invT = (alpha + d.m_uniqueT).inverse();
        m_invTx = (alpha + d.m_uniqueTx).inverse();
    }

    const double logAlpha = std::log(alpha);
    const double lgR = std::lgamma(r), lgB = std::lgamma(b), lgAB = std::lgamma(a + b);
    double total = 0;
    double gr = 0, galpha = 0, ga = 0, gb = 0;
    // ψ(z + x) − ψ(z) = Σ_{k<x} 1/(z + k) for integer x: running sums over the ascending x values.
    double psiR = 0, psiB = 0, psiAB = 0;
    qint32 kR = 0, kB = 0;
    for (size_t g = 0; g + 1 < d.m_groupBegin.size(); ++g) {
        const qint32 xi = d.m_xValues[g];
        const double x = xi, rx = r + x, xs = x + shift;
        const double constant
            = std::lgamma(rx) - lgR + r * logAlpha + std::lgamma(b + xs) - std::lgamma(a + b + xs) - lgB + lgAB;
        double weight = 0, sum = 0;
        double sLogT = 0, sSDiff = 0, sInvT = 0, sSInvDiff = 0, sS = 0;
        for (quint32 i = d.m_groupBegin[g]; i < d.m_groupBegin[g + 1]; ++i) {
            const double w = d.m_weight[i];
            const double logT = m_logT[d.m_tIndex[i]];
            weight += w;
            sum += w * (-rx * logT + std::max(m_delta[i], 0.0) + m_log1p[i]);
            if (!gradient)
                continue;
            // s = e^Δ / (1 + e^Δ): the posterior weight of "dropped out" = 1 − P(alive).
            const double e = m_expNegAbs[i];
            const double s = m_delta[i] >= 0 ? 1 / (1 + e) : e / (1 + e);
            const double logTx = m_logTx[d.m_txIndex[i]];
            const double invT = m_invT[d.m_tIndex[i]], invTx = m_invTx[d.m_txIndex[i]];
            sLogT += w * logT;
            sSDiff += w * s * (logT - logTx);
            sInvT += w * invT;
            sSInvDiff += w * s * (invT - invTx);
            sS += w * s;
        }
        total += constant * weight + sum;
        if (!gradient)
            continue;
        for (; kR < xi; ++kR)
            psiR += 1 / (r + kR);
        for (; kB < xi + shift; ++kB) {
            psiB += 1 / (b + kB);
            psiAB += 1 / (a + b + kB);
        }
        gr += weight * (psiR + logAlpha) - sLogT + sSDiff;
        galpha += weight * r / alpha - rx * sInvT + rx * sSInvDiff;
        ga += -weight * psiAB + sS / a;
        gb += weight * (psiB - psiAB) - (xi + shift > 0 ? sS / (b + x - 1 + shift) : 0.0);
    }
    if (gradient)
        *gradient = Eigen::Vector4d(gr, galpha, ga, gb);
    return total;
}

double bgnbdLogLikelihood(const BgNbdParams &p, double x, double tx, double T)
{
    const double rx = p.r + x;
    const double xs = x + (p.variant == DropoutVariant::Modified ? 1 : 0); // dropout opportunities
    const double lnBab = std::lgamma(p.a) + std::lgamma(p.b) - std::lgamma(p.a + p.b);
    const double common = std::lgamma(rx) - std::lgamma(p.r) + p.r * std::log(p.alpha) - lnBab;
    const double alive
        = std::lgamma(p.a) + std::lgamma(p.b + xs) - std::lgamma(p.a + p.b + xs) - rx * std::log(p.alpha + T);
    if (xs <= 0)
        return common + alive;
    const double gone
        = std::lgamma(p.a + 1) + std::lgamma(p.b + xs - 1) - std::lgamma(p.a + p.b + xs) - rx * std::log(p.alpha + tx);
    const double m = std::max(alive, gone);
    return common + m + std::log(std::exp(alive - m) + std::exp(gone - m));
}

BgNbdFit fitBgNbd(
    const BgNbdData &data, DropoutVariant variant, const OptimizerOptions &options, const CancelToken &cancel)
{
    BgNbdFit fit;
    fit.customers = data.customers();
    fit.repeatCustomers = data.repeatCustomers();
    // Without repeat buyers (or without any elapsed time) the likelihood has no interior maximum.
    if (data.repeatCustomers() == 0 || data.meanT() <= 0)
        return fit;
    BgNbdLikelihood likelihood(data);
    const auto objective = [&](const Eigen::VectorXd &theta, Eigen::VectorXd *gradient) {
        const Eigen::Array4d p = theta.array().exp();
        Eigen::Vector4d g;
        const double ll = likelihood({p[0], p[1], p[2], p[3], variant}, gradient ? &g : nullptr);
        if (gradient)
            *gradient = -(p * g.array()).matrix(); // chain rule: ∂/∂ log θ = θ ∂/∂θ
        return -ll;
    };
    const Eigen::Vector4d start(0.0, std::log(data.meanT()), 0.0, 0.0);
    const OptimizerResult res = minimize(objective, true, start, options, cancel);
    const Eigen::Array4d p = res.x.array().exp();
    fit.params = {p[0], p[1], p[2], p[3], variant};
    fit.logLikelihood = -res.value;
    fit.gradientNorm = res.gradientNorm;
    fit.evaluations = res.evaluations;
    fit.iterations = res.simplexIterations + res.newtonIterations;
    fit.restarts = res.restarts;
    fit.converged = res.converged;
    fit.ok = !res.cancelled && std::isfinite(res.value);
    return fit;
}

namespace {

// b plus the number of dropout opportunities so far, minus one: the posterior of p given "alive" is
// Beta(a, bPosterior + 1) and the odds below divide by it.
double bShifted(const BgNbdParams &p, double x)
{
    return p.b + x - 1 + (p.variant == DropoutVariant::Modified ? 1 : 0);
}

// log of the odds "dropped out after the last purchase" : "alive" (needs a dropout opportunity).
double logOddsGone(const BgNbdParams &p, double x, double tx, double T)
{
    return std::log(p.a / bShifted(p, x)) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
}

} // namespace

double probabilityAlive(const BgNbdParams &p, double x, double tx, double T)
{
    if (x <= 0 && p.variant == DropoutVariant::BgNbd)
        return 1.0;
    return 1.0 / (1.0 + std::exp(logOddsGone(p, x, tx, T)));
}

// E[Y(t)|·] = P(alive) · (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)],
// z = t/(α+T+t). Euler's transformation turns (1−z)^(r+x) ₂F₁(r+x, b+x; c; z) into
// (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z), whose series converges even at z = 1 and whose terms
// after the first carry the factor (a−1); dividing it out analytically leaves
// G = −expm1((a−1)L)/(a−1) − e^((a−1)L) · S, L = log(1−z), S = Σ_{n≥1} (A)_n (a)_{n−1} zⁿ / ((c)_n n!),
// which has no singularity at a = 1 (the paper's formula is 0/0 there).
double expectedPurchases(const BgNbdParams &p, double x, double tx, double T, double t)
{
    return probabilityAlive(p, x, tx, T) * expectedPurchasesIfAlive(p, x, T, t);
}

double expectedPurchasesIfAlive(const BgNbdParams &p, double x, double T, double t)
{
    if (t <= 0)
        return 0.0;
    const double a = p.a;
    const double logOneMinusZ = std::log(p.alpha + T) - std::log(p.alpha + T + t);
    const double z = t / (p.alpha + T + t);
    // Posterior of p given alive: Beta(a, b + x) (BG/NBD) or Beta(a, b + x + 1) (modified); the latter
    // is the former with b + 1 in place of b.
    const double b = p.variant == DropoutVariant::Modified ? p.b + 1 : p.b;
    const double A = a + b - 1 - p.r, c = a + b + x - 1;
    double term = A * z / c, S = term;
    for (int n = 1; n < 1000000 && term != 0; ++n) {
        const double ratio = (A + n) * (a + n - 1) / ((c + n) * (n + 1)) * z;
        term *= ratio;
        S += term;
        // Once the ratio is below 1 the tail is bounded by a geometric series.
        const double absRatio = std::abs(ratio);
        if (absRatio < 1 && std::abs(term) * absRatio / (1 - absRatio) <= 1e-16 * std::abs(S))
            break;
    }
    const double am1 = a - 1;
    const double head = std::abs(am1) < 1e-14 ? -logOneMinusZ : -std::expm1(am1 * logOneMinusZ) / am1;
    const double G = head - std::exp(am1 * logOneMinusZ) * S;
    return c * G;
}

double probabilityAnyPurchase(const BgNbdParams &p, double x, double tx, double T, double t)
{
    if (t <= 0)
        return 0.0;
    const double logRatio = std::log(p.alpha + T) - std::log(p.alpha + T + t);
    return probabilityAlive(p, x, tx, T) * -std::expm1((p.r + x) * logRatio);
}

} // namespace clientele::predict
