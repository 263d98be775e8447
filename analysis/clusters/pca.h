#pragma once

#include <Eigen/Dense>

#include <vector>

namespace clientele {

// Principal components of points (d × n, one column per point).
struct PcaResult
{
    Eigen::VectorXd mean;                       // d, subtracted before projecting
    Eigen::MatrixXd components;                 // d × m, column i = i-th component (unit length)
    std::vector<double> eigenvalues;            // m, variances along the components (divide by n − 1)
    std::vector<double> explainedVarianceRatio; // m, eigenvalue / total variance (0 if total is 0)
    Eigen::MatrixXd projected;                  // m × n, coordinates of each point
};

// Covariance of the centred points, eigen-decomposed (self-adjoint solver), top `components` eigenvectors
// by eigenvalue. Signs are fixed so each component's largest-magnitude loading is positive (ties: the first
// feature): eigenvectors are only defined up to sign, and a chart must not flip between runs or builds.
PcaResult computePca(const Eigen::MatrixXd &points, int components = 2);

} // namespace clientele
