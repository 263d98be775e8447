#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/predict/optimizer.h"

#include <Eigen/Core>

#include <QtGlobal>

#include <vector>

// The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy
// Way", Marketing Science 24(2)). While alive a customer buys as a Poisson process with rate
// λ ~ Gamma(r, α); after every purchase she drops out for good with probability p ~ Beta(a, b).
// Data per customer: x repeat purchases, t_x the time of the last purchase and T the length of the
// observation, both measured from the first purchase, in one time unit (days or weeks; α is in that
// unit, r, a, b are unit-free). Formulas in docs/metrics/prediction.md.
namespace clientele::predict {

// Where dropout can happen. BG/NBD: only after a repeat purchase, so a customer who never bought again
// is alive for sure. Modified (MBG/NBD, Batislam, Denizel & Filiztekin 2007): also right after the
// first purchase, so one-time buyers can be gone too. Everything below takes the variant from the params.
enum class DropoutVariant { BgNbd, Modified };

struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
    DropoutVariant variant = DropoutVariant::BgNbd;
};

// The fitting data, compressed: customers with identical (x, t_x, T) become one weighted row, rows
// are grouped by x (the log-gamma terms depend on x only) and t_x, T are indices into their distinct
// values (the logarithms are taken once per distinct value). Evaluation is then allocation-free.
class BgNbdData
{
public:
    // Columns of equal length; x ≥ 0, 0 ≤ t_x ≤ T; t_x = 0 when x = 0. Invalid rows are skipped.
    static BgNbdData fromColumns(
        const std::vector<qint32> &x, const std::vector<double> &tx, const std::vector<double> &T);

    qint64 customers() const { return m_customers; }
    qint64 rows() const { return qint64(m_weight.size()); }
    qint64 repeatPurchases() const { return m_repeatPurchases; }
    qint64 repeatCustomers() const { return m_repeatCustomers; }
    double meanT() const { return m_meanT; }

private:
    friend class BgNbdLikelihood;
    std::vector<qint32> m_xValues;     // distinct x, ascending
    std::vector<quint32> m_groupBegin; // rows of m_xValues[g]: [m_groupBegin[g], m_groupBegin[g + 1])
    Eigen::ArrayXd m_weight;           // customers per row
    std::vector<quint32> m_tIndex, m_txIndex;
    Eigen::ArrayXd m_uniqueT, m_uniqueTx;
    qint64 m_customers = 0;
    qint64 m_repeatPurchases = 0;
    qint64 m_repeatCustomers = 0;
    double m_meanT = 0;
};

// Log-likelihood of the data and its gradient; scratch buffers are kept between calls.
class BgNbdLikelihood
{
public:
    explicit BgNbdLikelihood(const BgNbdData &data);
    // Σ log L_i. When `gradient` is not null it receives ∂/∂(r, α, a, b).
    double operator()(const BgNbdParams &p, Eigen::Vector4d *gradient = nullptr);

private:
    const BgNbdData &m_data;
    Eigen::ArrayXd m_logT, m_logTx, m_invT, m_invTx, m_delta, m_expNegAbs, m_log1p;
};

// log L of one customer, straight from the paper's equation (6) with log-gamma and log-sum-exp.
double bgnbdLogLikelihood(const BgNbdParams &p, double x, double tx, double T);

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0;
    double gradientNorm = 0; // ‖∇ log L‖₂ with respect to (log r, log α, log a, log b)
    int evaluations = 0;
    int iterations = 0; // simplex iterations + Newton iterations
    int restarts = 0;
    bool converged = false;
    bool ok = false; // a usable fit (data had repeat buyers, optimiser finished)
    qint64 customers = 0;
    qint64 repeatCustomers = 0;
};

// Maximum likelihood. Starts at r = 1, α = mean T, a = b = 1 (log-parameters 0 except α).
BgNbdFit fitBgNbd(const BgNbdData &data, DropoutVariant variant = DropoutVariant::BgNbd,
    const OptimizerOptions &options = {}, const CancelToken &cancel = {});

// P(alive at T | x, t_x, T) (paper eq. 13). BG/NBD: equals 1 for x = 0, as the model lets customers drop
// out only right after a repeat purchase, so a customer who never bought again cannot have left.
double probabilityAlive(const BgNbdParams &p, double x, double tx, double T);

// E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] (paper eq. 10). With x = t_x = T = 0 it is the
// unconditional E[X(t)] of a new customer (eq. 9).
double expectedPurchases(const BgNbdParams &p, double x, double tx, double T, double t);

// E[Y(t) | alive at T, x, T]: the expectation above without the P(alive) factor. It does not depend on
// t_x, so callers with many customers can share it between customers with equal (x, T).
double expectedPurchasesIfAlive(const BgNbdParams &p, double x, double T, double t);

// P(Y(t) ≥ 1 | x, t_x, T) = P(alive) · (1 − ((α + T) / (α + T + t))^(r + x)): alive at T, the first
// purchase of a Poisson process with the posterior rate λ ~ Gamma(r + x, α + T) falls within t.
double probabilityAnyPurchase(const BgNbdParams &p, double x, double tx, double T, double t);

} // namespace clientele::predict
