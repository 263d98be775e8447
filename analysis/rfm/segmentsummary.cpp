#include "analysis/rfm/segmentsummary.h"

#include <array>

namespace clientele {

const SegmentStats *SegmentSummary::find(Segment s) const
{
    for (const SegmentStats &stats : segments) {
        if (stats.segment == s)
            return &stats;
    }
    return nullptr;
}

SegmentSummary summarizeSegments(const CustomerSnapshot &snapshot, const SegmentAssignment &assignment)
{
    Q_ASSERT(assignment.size() == snapshot.size());
    SegmentSummary summary;
    summary.scheme = assignment.scheme;
    summary.asOfDay = assignment.asOfDay;
    summary.monetaryBasis = assignment.monetaryBasis;

    // Integer sums per Segment value; means are divided once at the end.
    struct Sums
    {
        qint64 count = 0;
        qint64 revenue = 0;
        qint64 recency = 0;
        qint64 frequency = 0;
        qint64 monetary = 0;
    };
    std::array<Sums, 256> sums{};
    Sums all;
    for (size_t c = 0; c < snapshot.size(); ++c) {
        const Segment s = assignment.segments[c];
        if (s == Segment::None || !snapshot.active[c])
            continue;
        Sums &x = sums[size_t(s)];
        ++x.count;
        x.revenue += snapshot.monetaryMinor[c];
        x.recency += snapshot.recencyDays[c];
        x.frequency += snapshot.frequency[c];
        x.monetary += monetaryValue(snapshot, assignment.monetaryBasis, c);
        ++all.count;
        all.revenue += snapshot.monetaryMinor[c];
        all.recency += snapshot.recencyDays[c];
        all.frequency += snapshot.frequency[c];
        all.monetary += monetaryValue(snapshot, assignment.monetaryBasis, c);
    }
    summary.activeCount = all.count;
    summary.revenueMinor = all.revenue;
    if (all.count > 0) {
        summary.meanRecencyDays = double(all.recency) / double(all.count);
        summary.meanFrequency = double(all.frequency) / double(all.count);
        summary.meanMonetaryMinor = double(all.monetary) / double(all.count);
    }

    for (Segment s : segmentsOf(assignment.scheme)) {
        const Sums &x = sums[size_t(s)];
        SegmentStats stats;
        stats.segment = s;
        stats.count = x.count;
        stats.revenueMinor = x.revenue;
        stats.monetarySumMinor = x.monetary;
        if (summary.activeCount > 0)
            stats.share = double(x.count) / double(summary.activeCount);
        if (summary.revenueMinor > 0)
            stats.revenueShare = double(x.revenue) / double(summary.revenueMinor);
        if (x.count > 0) {
            stats.meanRecencyDays = double(x.recency) / double(x.count);
            stats.meanFrequency = double(x.frequency) / double(x.count);
            stats.meanMonetaryMinor = double(x.monetary) / double(x.count);
        }
        summary.segments.push_back(stats);
    }
    return summary;
}

} // namespace clientele
