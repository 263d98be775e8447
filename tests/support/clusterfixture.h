#pragma once

#include "analysis/core/customersnapshot.h"

#include <Eigen/Dense>

#include <vector>

// Hand-made inputs for the clustering tests.
namespace testsupport {

constexpr qint32 kClusterAsOf = 1000;

// A group of similar customers: recency (days), orders, net revenue (minor units) per customer.
struct Group
{
    int count;
    qint32 recency;
    qint32 frequency;
    qint64 revenueMinor;
};

// Customer i of a group spends revenueMinor + i · revenueMinor / 1000 (under 10% apart), so groups are
// tight but not a few repeated points (silhouette rightly prefers splitting exact duplicates apart);
// recency gets no jitter, as log1p magnifies a day or two for recent buyers into real sub-groups.
// Customer ids run group by group: truth[c] = g. Snapshot at kClusterAsOf.
clientele::CustomerSnapshot snapshotOf(const std::vector<Group> &groups, std::vector<int> *truth = nullptr);

// True when two labellings are the same partition up to renaming (a bijection between label values).
bool samePartition(const std::vector<qint32> &a, const std::vector<int> &b);

// k well-separated 2-D blobs: centres 10 apart, perBlob points within radius 1 around each.
Eigen::MatrixXd blobs(int k, int perBlob, std::vector<int> *truth);

} // namespace testsupport
