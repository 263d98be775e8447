#pragma once

#include "analysis/core/cancellation.h"

#include <Eigen/Core>

#include <functional>

// A small unconstrained minimiser for the few-parameter likelihoods of analysis/predict (BG/NBD: 4
// parameters, Gamma-Gamma: 3), run on log-parameters so that positivity needs no constraints.
//
// Nelder–Mead first, because it needs no derivatives and is hard to derail from a poor start; it is
// restarted from its best vertex with a fresh simplex until a restart stops improving (a collapsed
// simplex is the classic way Nelder–Mead stalls). Then damped Newton steps polish the optimum: the
// gradient is analytic (or central differences), the Hessian central differences of the gradient,
// so the final gradient norm is small and can be reported as evidence of convergence.
namespace clientele::predict {

struct OptimizerOptions
{
    double initialStep = 0.5;      // simplex edge in log-parameter units (a factor e^0.5 ≈ 1.65)
    double valueTolerance = 1e-11; // Nelder–Mead stops when the simplex values agree to this (relative)
    int maxEvaluations = 2000;     // Nelder–Mead budget per start (4 parameters need a few hundred)
    int maxRestarts = 4;
    int maxNewtonIterations = 30;
    double gradientTolerance = 1e-7; // Newton stops when ‖∇f‖₂ ≤ this · max(1, |f|)
    double bound = 25.0;             // |log-parameter| ≤ bound (e^25 ≈ 7·10^10): beyond, the fit is degenerate
};

struct OptimizerResult
{
    Eigen::VectorXd x;       // best log-parameters
    double value = 0;        // objective at x (a negative log-likelihood)
    double gradientNorm = 0; // ‖∇f(x)‖₂ with respect to the log-parameters
    int evaluations = 0;     // objective evaluations (gradient evaluations count once each)
    int simplexIterations = 0;
    int restarts = 0;
    int newtonIterations = 0;
    bool converged = false; // gradient criterion met and no parameter at the bound
    bool atBound = false;
    bool cancelled = false;
};

// Objective: returns f(x) and, when `gradient` is not null, fills ∇f(x). A model without an analytic
// gradient passes hasGradient = false and never sees a non-null pointer.
using Objective = std::function<double(const Eigen::VectorXd &x, Eigen::VectorXd *gradient)>;

OptimizerResult minimize(const Objective &f, bool hasGradient, const Eigen::VectorXd &start,
    const OptimizerOptions &options = {}, const CancelToken &cancel = {});

} // namespace clientele::predict
