#pragma once

#include "analysis/clusters/seededrandom.h"
#include "analysis/core/cancellation.h"

#include <Eigen/Dense>
#include <QtGlobal>

#include <vector>

namespace clientele {

struct KMeansOptions
{
    int k = 5;
    int restarts = 10;       // independent k-means++ starts; the lowest inertia wins
    int maxIterations = 300; // Lloyd iterations per start
    double tolerance = 1e-4; // converged when the sum over centroids of squared movement is ≤ this
    quint64 seed = 1;        // start r uses SeededRandom(SeededRandom::derive(seed, r))
    int threads = 0;         // starts run in parallel; 0 = hardware threads. Never changes the result.
};

enum class KMeansError { None, InvalidK, TooFewPoints, TooFewDistinctPoints, Cancelled };

// One k-means model over points (d × n, one column per point).
struct KMeansFit
{
    KMeansError error = KMeansError::None;
    Eigen::MatrixXd centroids;      // d × k
    std::vector<qint32> assignment; // per point, nearest centroid (ties: lowest index)
    std::vector<qint64> sizes;      // per cluster
    double inertia = 0.0;           // sum of squared distances of points to their centroid
    int iterations = 0;             // Lloyd iterations of the winning start
    bool converged = false;
    int restart = -1; // index of the winning start

    bool ok() const { return error == KMeansError::None; }
};

// k-means++ seeding (D² sampling) followed by Lloyd iterations, `restarts` times; keeps the start
// with the lowest inertia (ties: the lowest start index). Deterministic for a seed on a platform.
// Polls `cancel` between iterations. Fails with TooFewPoints when n < k and TooFewDistinctPoints when
// fewer than k distinct points exist (k-means++ runs out of points with positive distance).
KMeansFit fitKMeans(const Eigen::MatrixXd &points, const KMeansOptions &options, const CancelToken &cancel);

// Lloyd iterations from given centroids (d × k), e.g. to refine on all customers a model fitted on a sample.
KMeansFit refineKMeans(const Eigen::MatrixXd &points, const Eigen::MatrixXd &initialCentroids, int maxIterations,
    double tolerance, const CancelToken &cancel);

// k-means++ seeding alone: first centre uniform, each next one with probability ∝ squared distance to
// the nearest centre chosen so far. Returns an empty matrix if fewer than k distinct points exist.
Eigen::MatrixXd kmeansPlusPlus(const Eigen::MatrixXd &points, int k, SeededRandom &random);

// Mean silhouette coefficient (Euclidean) of a labelled set of points; labels in [0, k). Per point i in
// cluster A: a = mean distance to the other members of A, b = the smallest mean distance to the members
// of another non-empty cluster, s = (b − a) / max(a, b), and s = 0 when A has one member or a = b = 0.
// Returns NaN when fewer than 2 clusters are non-empty (undefined). O(n² d); runs on `threads` threads.
double meanSilhouette(const Eigen::MatrixXd &points, const std::vector<qint32> &labels, int k, int threads = 1,
    const CancelToken *cancel = nullptr);

// The same for several labellings of the same points (one per k), sharing the O(n²) distances.
// ks[i] is the number of clusters of labellings[i]. Cancelled → every entry NaN.
std::vector<double> meanSilhouettes(const Eigen::MatrixXd &points, const std::vector<std::vector<qint32>> &labellings,
    const std::vector<int> &ks, int threads = 1, const CancelToken *cancel = nullptr);

} // namespace clientele
