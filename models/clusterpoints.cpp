#include "models/clusterpoints.h"

#include "analysis/clusters/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace clientele {

double pointAxisValue(const CustomerSnapshot &snapshot, size_t customer, PointAxis axis)
{
    switch (axis) {
    case PointAxis::Recency:
        return double(snapshot.recencyDays[customer]);
    case PointAxis::Orders:
        return double(snapshot.frequency[customer]);
    case PointAxis::NetRevenue:
        return double(snapshot.monetaryMinor[customer]) / 100.0;
    case PointAxis::AverageOrderValue:
        return double(snapshot.averageOrderValueMinor(customer)) / 100.0;
    case PointAxis::Tenure:
        return double(snapshot.tenureDays[customer]);
    }
    return 0.0;
}

double logPlotValue(double value)
{
    return std::max(0.0, value) + 1.0;
}

ClusterPointSample sampleClusterPoints(const ClusteringResult &clusters, qint64 maxPoints, quint64 seed)
{
    ClusterPointSample sample;
    const int k = int(clusters.profiles.size());
    sample.rowsByCluster.resize(size_t(k));
    for (size_t row = 0; row < clusters.rows.size(); ++row) {
        // A failed clustering (too few customers, cancelled) lists its rows but assigns nobody.
        if (clusters.rows[row] >= clusters.assignment.size())
            continue;
        const qint32 id = clusters.assignment[clusters.rows[row]];
        if (id >= 0 && id < k)
            sample.rowsByCluster[size_t(id)].push_back(quint32(row));
    }
    for (const auto &members : sample.rowsByCluster)
        sample.total += qint64(members.size());
    if (sample.total <= maxPoints) {
        sample.drawn = sample.total;
        return sample;
    }
    for (int id = 0; id < k; ++id) {
        auto &members = sample.rowsByCluster[size_t(id)];
        const qint64 size = qint64(members.size());
        if (size == 0)
            continue;
        const qint64 quota = std::clamp<qint64>(
            qint64(std::llround(double(maxPoints) * double(size) / double(sample.total))), 1, size);
        // Partial Fisher–Yates with a per-cluster stream: a cluster's sample does not depend on the others.
        SeededRandom random(SeededRandom::derive(seed, quint64(id)));
        for (qint64 i = 0; i < quota; ++i)
            std::swap(members[size_t(i)], members[size_t(i + qint64(random.below(quint64(size - i))))]);
        members.resize(size_t(quota));
        std::sort(members.begin(), members.end());
        sample.drawn += quota;
    }
    return sample;
}

QList<QPointF> pcaPoints(const ClusteringResult &clusters, const std::vector<quint32> &rows)
{
    QList<QPointF> points;
    if (clusters.pcaX.size() != clusters.rows.size() || clusters.pcaY.size() != clusters.rows.size())
        return points; // no projection (a failed clustering)
    points.reserve(qsizetype(rows.size()));
    for (const quint32 row : rows)
        points.append(QPointF(clusters.pcaX[row], clusters.pcaY[row]));
    return points;
}

QList<QPointF> axisPoints(const AnalysisResults &results, const std::vector<quint32> &rows, PointAxis x, PointAxis y)
{
    QList<QPointF> points;
    points.reserve(qsizetype(rows.size()));
    for (const quint32 row : rows) {
        const size_t c = results.clusters.rows[row];
        points.append(QPointF(logPlotValue(pointAxisValue(results.snapshot, c, x)),
            logPlotValue(pointAxisValue(results.snapshot, c, y))));
    }
    return points;
}

} // namespace clientele
