#include "analysis/rfm/rfmheatmap.h"

#include <algorithm>

namespace clientele {

RfmHeatmap buildRfmHeatmap(const CustomerSnapshot &snapshot, const RfmScores &scores)
{
    Q_ASSERT(scores.size() == snapshot.size());
    RfmHeatmap map;
    map.asOfDay = scores.asOfDay;
    map.monetaryBasis = scores.monetaryBasis;
    if (!scores.ok())
        return map;

    // Counting sort by cell: count, prefix sums, then place customers in ascending index order.
    auto cellOf = [&scores](size_t c) { return size_t((scores.r[c] - 1) * 5 + (scores.f[c] - 1)); };
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (scores.r[c] == 0)
            continue;
        RfmHeatmapCell &cell = map.cells[cellOf(c)];
        ++cell.count;
        cell.monetarySumMinor += monetaryValue(snapshot, scores.monetaryBasis, c);
        cell.revenueMinor += snapshot.monetaryMinor[c];
        ++map.activeCount;
        map.revenueMinor += snapshot.monetaryMinor[c];
    }
    for (size_t i = 0; i < map.cells.size(); ++i) {
        RfmHeatmapCell &cell = map.cells[i];
        map.cellBegin[i + 1] = map.cellBegin[i] + quint32(cell.count);
        cell.meanMonetaryMinor = roundedMeanMinor(cell.monetarySumMinor, cell.count);
        if (map.activeCount > 0)
            cell.share = double(cell.count) / double(map.activeCount);
    }
    map.customerIndices.resize(size_t(map.activeCount));
    std::array<quint32, 25> next{};
    std::copy(map.cellBegin.begin(), map.cellBegin.end() - 1, next.begin());
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (scores.r[c] != 0)
            map.customerIndices[next[cellOf(c)]++] = quint32(c);
    }
    return map;
}

} // namespace clientele
