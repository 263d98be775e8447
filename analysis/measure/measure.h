#pragma once

#include <QtGlobal>

#include <vector>

// Small numeric helpers shared by the value analyses (lifecycle, pareto, tiers). Pure functions.
namespace clientele::measure {

// a / b rounded half away from zero; 0 when b == 0. Used for averages in minor units.
qint64 divideRounded(qint64 a, qint64 b);

// part / whole as a fraction in [0, 1] for counts; 0 when whole == 0 (an empty population has no shares).
double ratio(qint64 part, qint64 whole);

// Quantile p in [0, 1] of ascending `sorted` values, linear interpolation between order statistics
// (Hyndman & Fan type 7: the default of R, NumPy and Excel PERCENTILE.INC). 0 for an empty input.
double quantileSorted(const std::vector<qint64> &sorted, double p);

// The 1–2–5 series in minor units: …, 100, 200, 500, 1000, 2000, 5000, … (1.00, 2.00, 5.00 … major).
// niceFloor: largest series value ≤ x (0 when x < 1). niceBelow: largest series value < x (0 if none).
// niceCeil: smallest series value ≥ x (1 when x ≤ 1).
qint64 niceFloor(qint64 x);
qint64 niceBelow(qint64 x);
qint64 niceCeil(qint64 x);

// Equal-width histogram over integer values. Width is a 1–2–5 number so bin edges read well in a
// chart (e.g. 0–499.99, 500–999.99 …); the first edge is the minimum rounded down to a multiple of it.
struct Histogram
{
    qint64 firstEdge = 0; // bin i covers [firstEdge + i·width, firstEdge + (i+1)·width)
    qint64 width = 1;
    std::vector<qint64> counts;
};
// At most about `targetBins` + 1 bins (the alignment of the first edge can add one). Empty input → no bins.
Histogram histogram(const std::vector<qint64> &sorted, int targetBins);

} // namespace clientele::measure
