#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/predict/optimizer.h"

#include <Eigen/Core>

#include <QtGlobal>

#include <vector>

// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: Using
// Iso-Value Curves for Customer Base Analysis", JMR 42(4); Fader & Hardie 2013, "The Gamma-Gamma
// Model of Monetary Value"). A customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ)
// across customers; observed is z̄, the mean of her x transactions. γ is in money units (the caller
// chooses: Clientele fits in major units), p and q are unit-free.
namespace clientele::predict {

struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

// Customers with x ≥ 1 and z̄ > 0 (z̄ = 0 has zero density under a Gamma model); rows grouped by x.
class GammaGammaData
{
public:
    static GammaGammaData fromColumns(const std::vector<qint32> &x, const std::vector<double> &meanValue);
    qint64 customers() const { return qint64(m_xz.size()); }
    double meanValue() const { return m_meanValue; }

private:
    friend class GammaGammaLikelihood;
    std::vector<qint32> m_xValues;
    std::vector<quint32> m_groupBegin;
    Eigen::ArrayXd m_xz;                // x · z̄ per customer
    std::vector<double> m_groupSumLogZ; // Σ log z̄ over the group
    double m_meanValue = 0;             // mean of z̄ (a starting value for γ)
};

class GammaGammaLikelihood
{
public:
    explicit GammaGammaLikelihood(const GammaGammaData &data)
        : m_data(data)
    {
    }
    double operator()(const GammaGammaParams &params);

private:
    const GammaGammaData &m_data;
    Eigen::ArrayXd m_log;
};

// log f(z̄ | p, q, γ; x) of one customer, straight from the paper.
double gammaGammaLogLikelihood(const GammaGammaParams &params, double x, double meanValue);

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;
    double gradientNorm = 0; // ‖∇ log L‖₂ with respect to (log p, log q, log γ), central differences
    int evaluations = 0;
    int iterations = 0;
    bool converged = false;
    bool ok = false;
    qint64 customers = 0;
};

GammaGammaFit fitGammaGamma(
    const GammaGammaData &data, const OptimizerOptions &options = {}, const CancelToken &cancel = {});

// E[Z | p, q, γ, x, z̄] = p(γ + x z̄) / (px + q − 1): a weighted average of the population mean
// pγ/(q − 1) and the customer's own z̄ (weight px/(px + q − 1)). x = 0 gives the population mean.
// Requires q > 1 (otherwise the mean spend is infinite); returns NaN when it is not.
double conditionalExpectedValue(const GammaGammaParams &params, double x, double meanValue);

} // namespace clientele::predict
