#pragma once

#include "analysis/engine/analysisrun.h"

#include <QList>
#include <QPointF>

#include <vector>

namespace clientele {

// A quantity per customer for the "two chosen axes" scatter mode.
enum class PointAxis { Recency, Orders, NetRevenue, AverageOrderValue, Tenure };
inline constexpr int PointAxisCount = 5;

// Natural units: days, orders, or major currency units (minor / 100; net revenue may be negative).
double pointAxisValue(const CustomerSnapshot &snapshot, size_t customer, PointAxis axis);
// What a log-scale axis plots: max(0, value) + 1, so zero (bought today, no net revenue) stays on the
// chart; the axis title says "+ 1".
double logPlotValue(double value);

// A seeded, stratified sample of the clustered customers for drawing: per cluster, positions into
// ClusteringResult::rows (ascending). Every non-empty cluster gets at least one point; otherwise the
// quota is proportional to cluster size, so the picture keeps the clusters' relative sizes. Takes
// everyone when there are at most `maxPoints` customers. Deterministic for (result, maxPoints, seed).
struct ClusterPointSample
{
    std::vector<std::vector<quint32>> rowsByCluster; // index = cluster id
    qint64 total = 0;                                // clustered customers
    qint64 drawn = 0;                                // sum of the sizes above

    bool sampled() const { return drawn < total; }
};
ClusterPointSample sampleClusterPoints(const ClusteringResult &clusters, qint64 maxPoints = 20000, quint64 seed = 1);

// The points of one cluster: PCA scores, or the two chosen axes through logPlotValue().
QList<QPointF> pcaPoints(const ClusteringResult &clusters, const std::vector<quint32> &rows);
QList<QPointF> axisPoints(const AnalysisResults &results, const std::vector<quint32> &rows, PointAxis x, PointAxis y);

} // namespace clientele
