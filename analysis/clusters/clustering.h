#pragma once

#include "analysis/clusters/clusterfeatures.h"
#include "analysis/core/cancellation.h"
#include "analysis/core/customersnapshot.h"

#include <Eigen/Dense>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace clientele {

struct ClusteringOptions
{
    std::vector<ClusterFeature> features = defaultClusterFeatures();
    int k = 0; // 0: choose k in [minK, maxK] by mean silhouette; else use this k
    int minK = 2;
    int maxK = 10;
    int restarts = 10;
    int maxIterations = 300;
    double tolerance = 1e-4; // converged when Σ squared centroid moves ≤ this (standardised units²)
    quint64 seed = 1;
    int searchRestarts = 4;             // restarts per k during the k search (the chosen k is then refined)
    qint64 searchSampleSize = 10000;    // k search fits on at most this many customers (seeded sample)
    qint64 silhouetteSampleSize = 3000; // silhouettes on at most this many of those (seeded sample)
    int threads = 0;                    // 0 = hardware threads; never changes the result

    bool operator==(const ClusteringOptions &other) const = default;
};

enum class ClusteringError { None, InvalidOptions, NoCustomers, TooFewCustomers, TooFewDistinctCustomers, Cancelled };

// One row of the k search: mean silhouette (NaN when undefined) and inertia of the fit on the search sample.
struct KCandidate
{
    int k = 0;
    double silhouette = 0.0;
    double inertia = 0.0;
};

struct ClusterProfile
{
    int id = 0; // 0 = highest revenue
    qint64 size = 0;
    double share = 0.0; // size / active customers
    double meanRecencyDays = 0.0;
    double meanFrequency = 0.0;
    qint64 meanMonetaryMinor = 0; // mean net revenue (unclamped), rounded half away from zero
    qint64 revenueMinor = 0;      // sum of net revenue (unclamped)
    double revenueShare = 0.0;    // revenueMinor / total net revenue of active customers (0 if total ≤ 0)
    double meanAovMinor = 0.0;
    double meanTenureDays = 0.0;
    std::vector<double> centroidZ; // per feature, standardised
    QString labelEnglish;
    QString labelChinese;
};

struct ClusteringResult
{
    ClusteringError error = ClusteringError::None;
    QString errorMessage; // translated, for the user
    std::vector<ClusterFeature> features;
    std::vector<double> featureMeans; // of log1p(raw), over active customers
    std::vector<double> featureSds;   // population sd; 0 = constant feature (all z = 0)
    quint64 seed = 0;
    int k = 0;
    bool chosenBySilhouette = false;
    qint64 customers = 0;        // active customers clustered
    qint64 searchSampleSize = 0; // customers the k search fitted on (= customers when smaller)
    qint64 silhouetteSampleSize = 0;
    std::vector<KCandidate> candidates;            // one per k tried (just the fixed k when k was given)
    double inertia = 0.0;                          // final model, all customers, standardised units
    Eigen::MatrixXd centroids;                     // d × k, standardised, columns in profile order
    std::vector<ClusterProfile> profiles;          // ordered by revenue, descending; profiles[i].id == i
    std::vector<qint32> assignment;                // per snapshot customer: cluster id, −1 if not active
    std::vector<quint32> rows;                     // active customers in ascending order (the row order below)
    std::vector<double> pcaX;                      // per row: first principal component score
    std::vector<double> pcaY;                      // per row: second principal component score
    std::vector<double> pcaExplainedVarianceRatio; // two entries
    Eigen::MatrixXd pcaComponents;                 // d × 2 loadings

    bool ok() const { return error == ClusteringError::None; }
};

// Segments the active customers of `snapshot`. Pure and deterministic for (snapshot, options); the thread
// count never changes the result. Polls `cancel` between Lloyd iterations and between k values.
ClusteringResult runClustering(
    const CustomerSnapshot &snapshot, const ClusteringOptions &options, const CancelToken &cancel);

// The object the CLI puts under "clusters" in `summary --json` (shape in docs/metrics/clusters.md).
QJsonObject clusteringToJson(const ClusteringResult &result);

} // namespace clientele
