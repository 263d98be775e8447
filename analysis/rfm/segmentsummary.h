#pragma once

#include "analysis/rfm/rfmsegments.h"

#include <vector>

namespace clientele {

// One segment's figures. Shares are of the active customers / of their total net revenue.
struct SegmentStats
{
    Segment segment = Segment::None;
    qint64 count = 0;
    double share = 0;           // count / active customers
    qint64 revenueMinor = 0;    // net revenue (orders − returns) of the segment, whatever the M basis
    double revenueShare = 0;    // revenueMinor / total net revenue; 0 when the total is ≤ 0
    double meanRecencyDays = 0; // 0 for an empty segment, like every mean here
    double meanFrequency = 0;
    double meanMonetaryMinor = 0; // mean M in the assignment's basis (net revenue or order value)
    qint64 monetarySumMinor = 0;  // sum of M in that basis: exact source of the mean
};

struct SegmentSummary
{
    SegmentScheme scheme = SegmentScheme::RfmGrid;
    qint32 asOfDay = 0;
    MonetaryBasis monetaryBasis = MonetaryBasis::NetRevenue;
    qint64 activeCount = 0;
    qint64 revenueMinor = 0; // total net revenue of the active customers
    // Means over all active customers; for ValueClasses these are the means that split high from low.
    double meanRecencyDays = 0;
    double meanFrequency = 0;
    double meanMonetaryMinor = 0;
    // Every segment of the scheme in display order, empty ones included, so tables never reshuffle.
    std::vector<SegmentStats> segments;

    const SegmentStats *find(Segment s) const;
};

// O(n); `assignment` must come from `snapshot` (same customers and as-of day).
SegmentSummary summarizeSegments(const CustomerSnapshot &snapshot, const SegmentAssignment &assignment);

} // namespace clientele
