#pragma once

#include "analysis/core/customersnapshot.h"

#include <Eigen/Dense>
#include <QString>

#include <vector>

namespace clientele {

enum class ClusterFeature { Recency, Frequency, Monetary, AverageOrderValue, Tenure };

// Stable machine name ("recency", "frequency", "monetary", "aov", "tenure") used in JSON.
QString clusterFeatureKey(ClusterFeature feature);
std::vector<ClusterFeature> defaultClusterFeatures(); // R, F, M

// The value a feature starts from, in natural units, before log1p: days for recency and tenure,
// orders for frequency, major currency units (minor / 100) for money. Negative money (more returned
// than bought) is clamped to 0: log1p needs x > −1, and for grouping such a customer is "no value".
double rawClusterFeature(const CustomerSnapshot &snapshot, size_t customer, ClusterFeature feature);

// The clustering input: one column per active customer, one row per feature, z-scores of log1p(raw).
struct FeatureMatrix
{
    std::vector<ClusterFeature> features;
    std::vector<quint32> customers; // column j is snapshot customer customers[j] (ascending)
    Eigen::MatrixXd points;         // features.size() × customers.size(), standardised
    std::vector<double> means;      // per feature, of log1p(raw)
    std::vector<double> sds;        // per feature, population sd of log1p(raw); 0 = constant feature

    qint64 count() const { return qint64(customers.size()); }
};

FeatureMatrix buildFeatureMatrix(const CustomerSnapshot &snapshot, const std::vector<ClusterFeature> &features);

// Standardises each row of `values` in place: z = (x − mean) / sd with the population sd (divide by n).
// A row whose sd is 0, or within rounding of 0 relative to its mean, becomes all zeros and reports sd 0:
// a constant feature carries no information and must not be blown up from rounding noise.
void standardiseRows(Eigen::MatrixXd &values, std::vector<double> *means, std::vector<double> *sds);

} // namespace clientele
