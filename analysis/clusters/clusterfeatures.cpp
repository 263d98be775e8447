#include "analysis/clusters/clusterfeatures.h"

#include <cmath>

namespace clientele {

QString clusterFeatureKey(ClusterFeature feature)
{
    switch (feature) {
    case ClusterFeature::Recency:
        return QStringLiteral("recency");
    case ClusterFeature::Frequency:
        return QStringLiteral("frequency");
    case ClusterFeature::Monetary:
        return QStringLiteral("monetary");
    case ClusterFeature::AverageOrderValue:
        return QStringLiteral("aov");
    case ClusterFeature::Tenure:
        return QStringLiteral("tenure");
    }
    return {};
}

std::vector<ClusterFeature> defaultClusterFeatures()
{
    return {ClusterFeature::Recency, ClusterFeature::Frequency, ClusterFeature::Monetary};
}

double rawClusterFeature(const CustomerSnapshot &snapshot, size_t customer, ClusterFeature feature)
{
    switch (feature) {
    case ClusterFeature::Recency:
        return double(snapshot.recencyDays[customer]);
    case ClusterFeature::Frequency:
        return double(snapshot.frequency[customer]);
    case ClusterFeature::Monetary:
        return double(std::max<qint64>(0, snapshot.monetaryMinor[customer])) / 100.0;
    case ClusterFeature::AverageOrderValue:
        return double(std::max<qint64>(0, snapshot.averageOrderValueMinor(customer))) / 100.0;
    case ClusterFeature::Tenure:
        return double(snapshot.tenureDays[customer]);
    }
    return 0.0;
}

void standardiseRows(Eigen::MatrixXd &values, std::vector<double> *means, std::vector<double> *sds)
{
    const Eigen::Index d = values.rows();
    const Eigen::Index n = values.cols();
    means->assign(size_t(d), 0.0);
    sds->assign(size_t(d), 0.0);
    if (n == 0)
        return;
    for (Eigen::Index f = 0; f < d; ++f) {
        // Two passes (mean, then squared deviations) in column order: stable and reproducible.
        double sum = 0.0;
        for (Eigen::Index j = 0; j < n; ++j)
            sum += values(f, j);
        const double mean = sum / double(n);
        double squares = 0.0;
        for (Eigen::Index j = 0; j < n; ++j) {
            const double dev = values(f, j) - mean;
            squares += dev * dev;
        }
        double sd = std::sqrt(squares / double(n));
        if (!(sd > 1e-12 * std::max(1.0, std::abs(mean))))
            sd = 0.0;
        (*means)[size_t(f)] = mean;
        (*sds)[size_t(f)] = sd;
        for (Eigen::Index j = 0; j < n; ++j)
            values(f, j) = sd > 0.0 ? (values(f, j) - mean) / sd : 0.0;
    }
}

FeatureMatrix buildFeatureMatrix(const CustomerSnapshot &snapshot, const std::vector<ClusterFeature> &features)
{
    FeatureMatrix m;
    m.features = features;
    m.customers.reserve(size_t(snapshot.activeCount));
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (snapshot.active[c])
            m.customers.push_back(quint32(c));
    }
    const Eigen::Index d = Eigen::Index(features.size());
    const Eigen::Index n = Eigen::Index(m.customers.size());
    m.points.resize(d, n);
    for (Eigen::Index j = 0; j < n; ++j) {
        for (Eigen::Index f = 0; f < d; ++f)
            m.points(f, j) = std::log1p(rawClusterFeature(snapshot, m.customers[size_t(j)], features[size_t(f)]));
    }
    standardiseRows(m.points, &m.means, &m.sds);
    return m;
}

} // namespace clientele
