#include "analysis/clusters/pca.h"

#include <algorithm>
#include <cmath>

namespace clientele {

PcaResult computePca(const Eigen::MatrixXd &points, int components)
{
    PcaResult result;
    const Eigen::Index d = points.rows();
    const Eigen::Index n = points.cols();
    const Eigen::Index m = std::clamp<Eigen::Index>(components, 0, d);
    result.mean = n > 0 ? Eigen::VectorXd(points.rowwise().mean()) : Eigen::VectorXd::Zero(d);
    result.components = Eigen::MatrixXd::Zero(d, m);
    result.eigenvalues.assign(size_t(m), 0.0);
    result.explainedVarianceRatio.assign(size_t(m), 0.0);
    result.projected = Eigen::MatrixXd::Zero(m, n);
    if (d == 0 || m == 0)
        return result;
    const Eigen::MatrixXd centred = points.colwise() - result.mean;
    Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(d, d);
    if (n > 1)
        covariance = (centred * centred.transpose()) / double(n - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    // Eigenvalues come in ascending order; rounding can make a zero eigenvalue slightly negative.
    const double total = std::max(0.0, covariance.trace());
    for (Eigen::Index i = 0; i < m; ++i) {
        const Eigen::Index source = d - 1 - i;
        Eigen::VectorXd v = solver.eigenvectors().col(source);
        Eigen::Index largest = 0;
        for (Eigen::Index f = 1; f < d; ++f) {
            if (std::abs(v(f)) > std::abs(v(largest)) * (1.0 + 1e-9))
                largest = f;
        }
        if (v(largest) < 0.0)
            v = -v;
        result.components.col(i) = v;
        const double lambda = std::max(0.0, solver.eigenvalues()(source));
        result.eigenvalues[size_t(i)] = lambda;
        result.explainedVarianceRatio[size_t(i)] = total > 0.0 ? lambda / total : 0.0;
    }
    result.projected = result.components.transpose() * centred;
    return result;
}

} // namespace clientele
