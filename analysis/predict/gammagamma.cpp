#include "analysis/predict/gammagamma.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace clientele::predict {

GammaGammaData GammaGammaData::fromColumns(const std::vector<qint32> &x, const std::vector<double> &meanValue)
{
    std::vector<std::pair<qint32, double>> rows;
    const size_t n = std::min(x.size(), meanValue.size());
    for (size_t i = 0; i < n; ++i)
        if (x[i] >= 1 && std::isfinite(meanValue[i]) && meanValue[i] > 0)
            rows.emplace_back(x[i], meanValue[i]);
    std::sort(rows.begin(), rows.end());
    GammaGammaData d;
    d.m_xz.resize(Eigen::Index(rows.size()));
    double sum = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto [xi, z] = rows[i];
        if (d.m_xValues.empty() || d.m_xValues.back() != xi) {
            d.m_xValues.push_back(xi);
            d.m_groupBegin.push_back(quint32(i));
            d.m_groupSumLogZ.push_back(0);
        }
        d.m_groupSumLogZ.back() += std::log(z);
        d.m_xz[Eigen::Index(i)] = xi * z;
        sum += z;
    }
    d.m_groupBegin.push_back(quint32(rows.size()));
    d.m_meanValue = rows.empty() ? 0 : sum / double(rows.size());
    return d;
}

// Σ over customers of log Γ(px+q) − log Γ(px) − log Γ(q) + q log γ + (px−1) log z̄ + px log x
// − (px+q) log(γ + x z̄); everything but the last term is a per-x constant times a group sum.
double GammaGammaLikelihood::operator()(const GammaGammaParams &params)
{
    const GammaGammaData &d = m_data;
    const double p = params.p, q = params.q, gamma = params.gamma;
    m_log = (gamma + d.m_xz).log();
    const double lgQ = std::lgamma(q), logGamma = std::log(gamma);
    double total = 0;
    for (size_t g = 0; g + 1 < d.m_groupBegin.size(); ++g) {
        const double x = d.m_xValues[g], px = p * x;
        const quint32 begin = d.m_groupBegin[g], end = d.m_groupBegin[g + 1];
        const double count = end - begin;
        const double sumLog = m_log.segment(begin, end - begin).sum();
        total += count * (std::lgamma(px + q) - std::lgamma(px) - lgQ + q * logGamma + px * std::log(x))
            + (px - 1) * d.m_groupSumLogZ[g] - (px + q) * sumLog;
    }
    return total;
}

double gammaGammaLogLikelihood(const GammaGammaParams &params, double x, double meanValue)
{
    const double px = params.p * x;
    return std::lgamma(px + params.q) - std::lgamma(px) - std::lgamma(params.q) + params.q * std::log(params.gamma)
        + (px - 1) * std::log(meanValue) + px * std::log(x) - (px + params.q) * std::log(params.gamma + x * meanValue);
}

GammaGammaFit fitGammaGamma(const GammaGammaData &data, const OptimizerOptions &options, const CancelToken &cancel)
{
    GammaGammaFit fit;
    fit.customers = data.customers();
    if (data.customers() < 2)
        return fit;
    GammaGammaLikelihood likelihood(data);
    const auto objective = [&](const Eigen::VectorXd &theta, Eigen::VectorXd *) {
        const Eigen::Array3d v = theta.array().exp();
        return -likelihood({v[0], v[1], v[2]});
    };
    // p = 1, q = 2 make the population mean pγ/(q − 1) equal to γ: start γ at the observed mean.
    const Eigen::Vector3d start(0.0, std::log(2.0), std::log(data.meanValue()));
    const OptimizerResult res = minimize(objective, false, start, options, cancel);
    const Eigen::Array3d v = res.x.array().exp();
    fit.params = {v[0], v[1], v[2]};
    fit.logLikelihood = -res.value;
    fit.gradientNorm = res.gradientNorm;
    fit.evaluations = res.evaluations;
    fit.iterations = res.simplexIterations + res.newtonIterations;
    fit.converged = res.converged;
    fit.ok = !res.cancelled && std::isfinite(res.value);
    return fit;
}

double conditionalExpectedValue(const GammaGammaParams &params, double x, double meanValue)
{
    if (!(params.q > 1))
        return std::numeric_limits<double>::quiet_NaN();
    const double px = params.p * x;
    return params.p * (params.gamma + x * meanValue) / (px + params.q - 1);
}

} // namespace clientele::predict
