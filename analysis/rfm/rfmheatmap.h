#pragma once

#include "analysis/rfm/rfmscorer.h"

#include <array>
#include <span>
#include <vector>

namespace clientele {

// One cell of the R × F grid.
struct RfmHeatmapCell
{
    qint64 count = 0;
    double share = 0;             // count / active customers (0 when there are none)
    qint64 meanMonetaryMinor = 0; // mean M in the scores' basis, rounded half away from zero; 0 when empty
    qint64 monetarySumMinor = 0;  // sum of M in the scores' basis (meanMonetaryMinor = this / count)
    qint64 revenueMinor = 0;      // net revenue (orders − returns), whatever the M basis
};

struct RfmHeatmap
{
    qint32 asOfDay = 0;
    MonetaryBasis monetaryBasis = MonetaryBasis::NetRevenue;
    qint64 activeCount = 0;
    qint64 revenueMinor = 0; // total net revenue of the active customers
    // cells[(r − 1) * 5 + (f − 1)], r and f in 1..5
    std::array<RfmHeatmapCell, 25> cells{};
    // Customer indices (into the CustomerTable) of cell i are customerIndices[cellBegin[i], cellBegin[i + 1]),
    // ascending. One flat array rather than 25 vectors: a single allocation, and a cell is a cheap span.
    std::array<quint32, 26> cellBegin{};
    std::vector<quint32> customerIndices;

    const RfmHeatmapCell &cell(int r, int f) const { return cells[size_t((r - 1) * 5 + (f - 1))]; }
    std::span<const quint32> customers(int r, int f) const
    {
        const size_t i = size_t((r - 1) * 5 + (f - 1));
        return std::span<const quint32>(customerIndices).subspan(cellBegin[i], cellBegin[i + 1] - cellBegin[i]);
    }
};

// O(n). `scores` must come from `snapshot`. Failed scores (errors) give an empty grid.
RfmHeatmap buildRfmHeatmap(const CustomerSnapshot &snapshot, const RfmScores &scores);

} // namespace clientele
