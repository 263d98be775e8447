#include "analysis/clusters/kmeans.h"

#include "analysis/clusters/parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clientele {

namespace {

// Per-cluster coordinate sums and counts of the current assignment, collected during the assignment
// pass so each Lloyd iteration reads the data once.
struct Accumulator
{
    Eigen::MatrixXd sums; // d × k
    std::vector<qint64> counts;
};

// Nearest centroid for every point (ties: lowest index); returns how many labels changed. D > 0 fixes
// the dimension at compile time so the inner loops unroll for the usual 2–5 features.
template <int D>
qint64 assignPoints(const Eigen::MatrixXd &points, const Eigen::MatrixXd &centroids, std::vector<qint32> &labels,
    std::vector<double> &dist, Accumulator &acc)
{
    const int d = D > 0 ? D : int(points.rows());
    const Eigen::Index n = points.cols();
    const int k = int(centroids.cols());
    const double *x = points.data();
    const double *c = centroids.data();
    acc.sums.setZero(d, k);
    acc.counts.assign(size_t(k), 0);
    double *sum = acc.sums.data();
    qint64 changed = 0;
    for (Eigen::Index j = 0; j < n; ++j) {
        const double *p = x + j * d;
        double best = std::numeric_limits<double>::infinity();
        qint32 bestIndex = 0;
        for (int q = 0; q < k; ++q) {
            const double *centre = c + q * d;
            double s = 0.0;
            for (int f = 0; f < d; ++f) {
                const double diff = p[f] - centre[f];
                s += diff * diff;
            }
            bestIndex = s < best ? q : bestIndex; // written for a conditional move, not a branch
            best = s < best ? s : best;
        }
        changed += labels[size_t(j)] != bestIndex;
        labels[size_t(j)] = bestIndex;
        dist[size_t(j)] = best;
        for (int f = 0; f < d; ++f)
            sum[bestIndex * d + f] += p[f];
        ++acc.counts[size_t(bestIndex)];
    }
    return changed;
}

qint64 assign(const Eigen::MatrixXd &points, const Eigen::MatrixXd &centroids, std::vector<qint32> &labels,
    std::vector<double> &dist, Accumulator &acc)
{
    switch (points.rows()) {
    case 2:
        return assignPoints<2>(points, centroids, labels, dist, acc);
    case 3:
        return assignPoints<3>(points, centroids, labels, dist, acc);
    case 4:
        return assignPoints<4>(points, centroids, labels, dist, acc);
    case 5:
        return assignPoints<5>(points, centroids, labels, dist, acc);
    default:
        return assignPoints<0>(points, centroids, labels, dist, acc);
    }
}

std::vector<qint64> clusterSizes(const std::vector<qint32> &labels, int k)
{
    std::vector<qint64> sizes(size_t(k), 0);
    for (const qint32 label : labels)
        ++sizes[size_t(label)];
    return sizes;
}

bool hasEmpty(const std::vector<qint64> &counts)
{
    return std::find(counts.begin(), counts.end(), 0) != counts.end();
}

// Moves each centroid to the mean of its points; returns the sum over clusters of the squared movement.
// An empty cluster takes over the point farthest from its own centroid (ties: lowest index) among clusters
// with more than one point: that point is the worst served, and moving it lowers inertia the most.
double updateCentroids(const Eigen::MatrixXd &points, Eigen::MatrixXd &centroids, std::vector<qint32> &labels,
    std::vector<double> &dist, Accumulator &acc)
{
    const int k = int(centroids.cols());
    auto &counts = acc.counts;
    for (int e = 0; e < k; ++e) {
        if (counts[size_t(e)] > 0)
            continue;
        Eigen::Index far = -1;
        for (Eigen::Index j = 0; j < points.cols(); ++j) {
            if (counts[size_t(labels[size_t(j)])] > 1 && (far < 0 || dist[size_t(j)] > dist[size_t(far)]))
                far = j;
        }
        if (far < 0)
            break; // fewer points than clusters; callers rule this out
        const qint32 from = labels[size_t(far)];
        acc.sums.col(from) -= points.col(far);
        --counts[size_t(from)];
        acc.sums.col(e) = points.col(far);
        counts[size_t(e)] = 1;
        labels[size_t(far)] = e;
        dist[size_t(far)] = 0.0;
    }
    double shift = 0.0;
    for (int q = 0; q < k; ++q) {
        if (counts[size_t(q)] == 0)
            continue;
        const Eigen::VectorXd next = acc.sums.col(q) / double(counts[size_t(q)]);
        shift += (next - centroids.col(q)).squaredNorm();
        centroids.col(q) = next;
    }
    return shift;
}

KMeansFit lloyd(const Eigen::MatrixXd &points, Eigen::MatrixXd centroids, int maxIterations, double tolerance,
    const CancelToken &cancel)
{
    KMeansFit fit;
    const int k = int(centroids.cols());
    std::vector<qint32> labels(size_t(points.cols()), -1);
    std::vector<double> dist(size_t(points.cols()), 0.0);
    Accumulator acc;
    bool assigned = false;
    for (int it = 0; it < maxIterations; ++it) {
        if (cancel.isCancelled()) {
            fit.error = KMeansError::Cancelled;
            return fit;
        }
        const qint64 changed = assign(points, centroids, labels, dist, acc);
        fit.iterations = it + 1;
        if (it > 0 && changed == 0) { // centroids are already the means of these labels
            fit.converged = true;
            assigned = true;
            break;
        }
        if (updateCentroids(points, centroids, labels, dist, acc) <= tolerance) {
            // Final assignment so labels match the centroids; go on in the rare case it empties a cluster.
            assign(points, centroids, labels, dist, acc);
            if (!hasEmpty(acc.counts)) {
                fit.converged = true;
                assigned = true;
                break;
            }
        }
    }
    if (!assigned)
        assign(points, centroids, labels, dist, acc);
    fit.sizes = clusterSizes(labels, k);
    fit.inertia = 0.0;
    for (const double d2 : dist)
        fit.inertia += d2;
    fit.centroids = std::move(centroids);
    fit.assignment = std::move(labels);
    return fit;
}

// Lowers nearest[j] to the squared distance from point j to `centre` where that is closer.
void updateNearest(const Eigen::MatrixXd &points, const Eigen::VectorXd &centre, std::vector<double> &nearest)
{
    const Eigen::Index d = points.rows();
    const double *x = points.data();
    const double *c = centre.data();
    for (Eigen::Index j = 0; j < points.cols(); ++j) {
        double s = 0.0;
        for (Eigen::Index f = 0; f < d; ++f) {
            const double diff = x[j * d + f] - c[f];
            s += diff * diff;
        }
        nearest[size_t(j)] = std::min(nearest[size_t(j)], s);
    }
}

KMeansFit failed(KMeansError error)
{
    KMeansFit fit;
    fit.error = error;
    return fit;
}

} // namespace

Eigen::MatrixXd kmeansPlusPlus(const Eigen::MatrixXd &points, int k, SeededRandom &random)
{
    const Eigen::Index n = points.cols();
    if (k < 1 || n < k)
        return {};
    Eigen::MatrixXd centres(points.rows(), k);
    centres.col(0) = points.col(Eigen::Index(random.below(quint64(n))));
    std::vector<double> nearest(size_t(n), std::numeric_limits<double>::infinity());
    updateNearest(points, centres.col(0), nearest);
    for (int c = 1; c < k; ++c) {
        double total = 0.0;
        for (const double d2 : nearest)
            total += d2;
        if (!(total > 0.0))
            return {}; // every point coincides with a centre: fewer than k distinct points
        // First point whose running sum of D² exceeds u·total; rounding can leave u·total at the very
        // end, so fall back to the last point with D² > 0 (never an existing centre).
        const double target = random.uniform01() * total;
        double running = 0.0;
        Eigen::Index chosen = -1;
        Eigen::Index lastPositive = -1;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (nearest[size_t(j)] <= 0.0)
                continue;
            lastPositive = j;
            running += nearest[size_t(j)];
            if (running > target) {
                chosen = j;
                break;
            }
        }
        if (chosen < 0)
            chosen = lastPositive;
        centres.col(c) = points.col(chosen);
        updateNearest(points, centres.col(c), nearest);
    }
    return centres;
}

KMeansFit refineKMeans(const Eigen::MatrixXd &points, const Eigen::MatrixXd &initialCentroids, int maxIterations,
    double tolerance, const CancelToken &cancel)
{
    if (initialCentroids.cols() < 1 || initialCentroids.rows() != points.rows())
        return failed(KMeansError::InvalidK);
    if (points.cols() < initialCentroids.cols())
        return failed(KMeansError::TooFewPoints);
    return lloyd(points, initialCentroids, std::max(1, maxIterations), tolerance, cancel);
}

KMeansFit fitKMeans(const Eigen::MatrixXd &points, const KMeansOptions &options, const CancelToken &cancel)
{
    if (options.k < 1 || options.restarts < 1)
        return failed(KMeansError::InvalidK);
    if (points.cols() < options.k)
        return failed(KMeansError::TooFewPoints);
    std::vector<KMeansFit> fits(size_t(options.restarts));
    parallelFor(options.restarts, clusterThreadCount(options.threads), [&](int r) {
        if (cancel.isCancelled()) {
            fits[size_t(r)].error = KMeansError::Cancelled;
            return;
        }
        SeededRandom random(SeededRandom::derive(options.seed, quint64(r)));
        Eigen::MatrixXd start = kmeansPlusPlus(points, options.k, random);
        if (start.size() == 0) {
            fits[size_t(r)].error = KMeansError::TooFewDistinctPoints;
            return;
        }
        fits[size_t(r)]
            = lloyd(points, std::move(start), std::max(1, options.maxIterations), options.tolerance, cancel);
        fits[size_t(r)].restart = r;
    });
    size_t best = 0;
    for (size_t r = 0; r < fits.size(); ++r) {
        if (!fits[r].ok())
            return failed(cancel.isCancelled() ? KMeansError::Cancelled : fits[r].error);
        if (fits[r].inertia < fits[best].inertia)
            best = r;
    }
    return std::move(fits[best]);
}

std::vector<double> meanSilhouettes(const Eigen::MatrixXd &points, const std::vector<std::vector<qint32>> &labellings,
    const std::vector<int> &ks, int threads, const CancelToken *cancel)
{
    const size_t m = labellings.size();
    const Eigen::Index n = points.cols();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> result(m, nan);
    std::vector<std::vector<qint64>> counts(m);
    for (size_t l = 0; l < m; ++l)
        counts[l] = clusterSizes(labellings[l], ks[l]);
    // Per point and labelling; summed in point order afterwards so threads never change the result.
    std::vector<double> s(size_t(n) * m, 0.0);
    constexpr int kBlock = 64;
    const int blocks = int((n + kBlock - 1) / kBlock);
    bool cancelled = false;
    parallelFor(blocks, threads, [&](int block) {
        if (cancel && cancel->isCancelled())
            return;
        std::vector<double> row(static_cast<size_t>(n));
        std::vector<double> sums;
        for (Eigen::Index i = Eigen::Index(block) * kBlock; i < std::min(n, Eigen::Index(block + 1) * kBlock); ++i) {
            const Eigen::Index d = points.rows();
            const double *x = points.data();
            for (Eigen::Index j = 0; j < n; ++j) {
                double s2 = 0.0;
                for (Eigen::Index f = 0; f < d; ++f) {
                    const double diff = x[i * d + f] - x[j * d + f];
                    s2 += diff * diff;
                }
                row[size_t(j)] = std::sqrt(s2);
            }
            for (size_t l = 0; l < m; ++l) {
                const auto &labels = labellings[l];
                sums.assign(size_t(ks[l]), 0.0);
                for (Eigen::Index j = 0; j < n; ++j)
                    sums[size_t(labels[size_t(j)])] += row[size_t(j)]; // row[i] is 0: no need to skip i
                const qint32 own = labels[size_t(i)];
                const qint64 ownCount = counts[l][size_t(own)];
                if (ownCount <= 1)
                    continue; // singleton: s = 0
                const double a = sums[size_t(own)] / double(ownCount - 1);
                double b = std::numeric_limits<double>::infinity();
                for (int q = 0; q < ks[l]; ++q) {
                    if (q != own && counts[l][size_t(q)] > 0)
                        b = std::min(b, sums[size_t(q)] / double(counts[l][size_t(q)]));
                }
                const double scale = std::max(a, b);
                if (std::isfinite(b) && scale > 0.0)
                    s[size_t(i) * m + l] = (b - a) / scale;
            }
        }
    });
    cancelled = cancel && cancel->isCancelled();
    if (cancelled || n == 0)
        return result;
    for (size_t l = 0; l < m; ++l) {
        int nonEmpty = 0;
        for (const qint64 c : counts[l])
            nonEmpty += c > 0;
        if (nonEmpty < 2)
            continue;
        double total = 0.0;
        for (Eigen::Index i = 0; i < n; ++i)
            total += s[size_t(i) * m + l];
        result[l] = total / double(n);
    }
    return result;
}

double meanSilhouette(
    const Eigen::MatrixXd &points, const std::vector<qint32> &labels, int k, int threads, const CancelToken *cancel)
{
    return meanSilhouettes(points, {labels}, {k}, threads, cancel).front();
}

} // namespace clientele
