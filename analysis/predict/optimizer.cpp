#include "analysis/predict/optimizer.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace clientele::predict {

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

class Counted
{
public:
    Counted(const Objective &f, bool hasGradient, double bound, OptimizerResult &result)
        : m_f(f)
        , m_hasGradient(hasGradient)
        , m_bound(bound)
        , m_result(result)
    {
    }

    // Outside the box or not finite: +∞, so Nelder–Mead simply rejects the point.
    double value(const Eigen::VectorXd &x) const
    {
        if ((x.array().abs() > m_bound).any())
            return Inf;
        ++m_result.evaluations;
        const double v = m_f(x, nullptr);
        return std::isfinite(v) ? v : Inf;
    }

    double valueAndGradient(const Eigen::VectorXd &x, Eigen::VectorXd &g) const
    {
        if (m_hasGradient) {
            ++m_result.evaluations;
            return m_f(x, &g);
        }
        // Central differences; h balances truncation (h²) against rounding (ε/h) for smooth f.
        const double h = 1e-5;
        g.resize(x.size());
        Eigen::VectorXd y = x;
        for (Eigen::Index j = 0; j < x.size(); ++j) {
            y[j] = x[j] + h;
            const double up = value(y);
            y[j] = x[j] - h;
            const double down = value(y);
            y[j] = x[j];
            g[j] = (up - down) / (2 * h);
        }
        return value(x);
    }

private:
    const Objective &m_f;
    bool m_hasGradient;
    double m_bound;
    OptimizerResult &m_result;
};

// One Nelder–Mead run (standard coefficients 1, 2, ½, ½). Returns the best vertex and its value.
std::pair<Eigen::VectorXd, double> nelderMead(const Counted &f, const Eigen::VectorXd &start, const OptimizerOptions &o,
    OptimizerResult &result, const CancelToken &cancel)
{
    const Eigen::Index n = start.size();
    std::vector<Eigen::VectorXd> v(size_t(n + 1), start);
    std::vector<double> fv(size_t(n + 1));
    for (Eigen::Index j = 0; j < n; ++j)
        v[size_t(j + 1)][j] += o.initialStep;
    for (size_t i = 0; i < v.size(); ++i)
        fv[i] = f.value(v[i]);
    std::vector<size_t> order(v.size());
    const int budgetEnd = result.evaluations + o.maxEvaluations;
    while (result.evaluations < budgetEnd && !cancel.isCancelled()) {
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return fv[a] < fv[b]; });
        const size_t best = order.front(), worst = order.back(), second = order[order.size() - 2];
        if (std::isfinite(fv[worst])
            && fv[worst] - fv[best] <= o.valueTolerance * (std::abs(fv[best]) + o.valueTolerance))
            break;
        ++result.simplexIterations;
        Eigen::VectorXd centroid = Eigen::VectorXd::Zero(n);
        for (size_t i : order)
            if (i != worst)
                centroid += v[i];
        centroid /= double(n);
        const Eigen::VectorXd reflected = centroid + (centroid - v[worst]);
        const double fr = f.value(reflected);
        if (fr < fv[best]) {
            const Eigen::VectorXd expanded = centroid + 2.0 * (centroid - v[worst]);
            const double fe = f.value(expanded);
            if (fe < fr) {
                v[worst] = expanded, fv[worst] = fe;
            } else {
                v[worst] = reflected, fv[worst] = fr;
            }
            continue;
        }
        if (fr < fv[second]) {
            v[worst] = reflected, fv[worst] = fr;
            continue;
        }
        // Contract towards the better of the reflected and the worst point.
        const bool outside = fr < fv[worst];
        const Eigen::VectorXd contracted = outside ? Eigen::VectorXd(centroid + 0.5 * (reflected - centroid))
                                                   : Eigen::VectorXd(centroid + 0.5 * (v[worst] - centroid));
        const double fc = f.value(contracted);
        if (fc < (outside ? fr : fv[worst])) {
            v[worst] = contracted, fv[worst] = fc;
            continue;
        }
        for (size_t i : order) {
            if (i == best)
                continue;
            v[i] = v[best] + 0.5 * (v[i] - v[best]);
            fv[i] = f.value(v[i]);
        }
    }
    const auto it = std::min_element(fv.begin(), fv.end());
    return {v[size_t(it - fv.begin())], *it};
}

// Damped Newton: H + μI with μ raised until Cholesky succeeds, then a backtracking (Armijo) line search.
void newtonPolish(const Counted &f, Eigen::VectorXd &x, double &fx, const OptimizerOptions &o, OptimizerResult &result,
    const CancelToken &cancel)
{
    const Eigen::Index n = x.size();
    Eigen::VectorXd g(n), gp(n), gm(n);
    fx = f.valueAndGradient(x, g);
    for (int it = 0; it < o.maxNewtonIterations && !cancel.isCancelled(); ++it) {
        if (g.norm() <= o.gradientTolerance * std::max(1.0, std::abs(fx)))
            break;
        ++result.newtonIterations;
        const double h = 1e-4;
        Eigen::MatrixXd H(n, n);
        for (Eigen::Index j = 0; j < n; ++j) {
            Eigen::VectorXd y = x;
            y[j] += h;
            f.valueAndGradient(y, gp);
            y[j] = x[j] - h;
            f.valueAndGradient(y, gm);
            H.col(j) = (gp - gm) / (2 * h);
        }
        H = 0.5 * (H + H.transpose()).eval();
        Eigen::VectorXd step;
        double mu = 0;
        for (int k = 0; k < 40; ++k) {
            Eigen::LLT<Eigen::MatrixXd> llt(H + mu * Eigen::MatrixXd::Identity(n, n));
            if (llt.info() == Eigen::Success) {
                step = -llt.solve(g);
                break;
            }
            mu = mu == 0 ? 1e-6 * std::max(1.0, H.diagonal().cwiseAbs().maxCoeff()) : mu * 10;
        }
        if (step.size() != n || !step.allFinite())
            step = -g;
        const double slope = g.dot(step);
        double t = 1;
        bool moved = false;
        for (int k = 0; k < 50; ++k, t *= 0.5) {
            const Eigen::VectorXd y = x + t * step;
            const double fy = f.value(y);
            if (fy <= fx + 1e-4 * t * slope) {
                x = y;
                moved = true;
                break;
            }
        }
        if (!moved)
            break; // no descent possible at rounding level: x is as good as the arithmetic allows
        fx = f.valueAndGradient(x, g);
    }
    result.gradientNorm = g.norm();
}

} // namespace

OptimizerResult minimize(const Objective &objective, bool hasGradient, const Eigen::VectorXd &start,
    const OptimizerOptions &o, const CancelToken &cancel)
{
    OptimizerResult result;
    const Counted f(objective, hasGradient, o.bound, result);
    auto [x, fx] = nelderMead(f, start, o, result, cancel);
    for (int k = 0; k < o.maxRestarts && !cancel.isCancelled(); ++k) {
        auto [y, fy] = nelderMead(f, x, o, result, cancel);
        ++result.restarts;
        const bool improved = fy < fx - o.valueTolerance * std::abs(fx);
        if (fy < fx)
            x = y, fx = fy;
        if (!improved)
            break;
    }
    if (std::isfinite(fx))
        newtonPolish(f, x, fx, o, result, cancel);
    result.x = x;
    result.value = fx;
    result.cancelled = cancel.isCancelled();
    result.atBound = (x.array().abs() > o.bound - 1e-6).any();
    result.converged = !result.cancelled && !result.atBound && std::isfinite(fx)
        && result.gradientNorm <= o.gradientTolerance * std::max(1.0, std::abs(fx));
    return result;
}

} // namespace clientele::predict
