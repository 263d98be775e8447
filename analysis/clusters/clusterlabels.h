#pragma once

#include "analysis/clusters/clusterfeatures.h"

#include <QString>

#include <vector>

namespace clientele {

// Where a centroid sits on one standardised feature: High when z > 0.5, Low when z < −0.5, else Mid.
// 0.5 sd is far enough from the mean to be worth naming and close enough that most clusters get a word.
enum class FeatureLevel { Low, Mid, High };
FeatureLevel featureLevel(double z);

struct ClusterLabel
{
    QString english; // "High value, frequent, recent"
    QString chinese; // "高价值·高频·近期"
};

// Plain-language name of a cluster from its centroid (z-scores, one per feature, same order as
// `features`). Rules and phrase table are in docs/metrics/clusters.md; in short: a few named archetypes
// ("Lapsed one-timers" / "流失的一次性客户") first, otherwise "<value>, <frequency>, <recency>",
// then optional AOV / tenure words when those features are used and High or Low.
ClusterLabel clusterLabel(const std::vector<ClusterFeature> &features, const std::vector<double> &centroidZ);

} // namespace clientele
