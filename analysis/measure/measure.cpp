#include "analysis/measure/measure.h"

#include <cmath>
#include <limits>

namespace clientele::measure {

qint64 divideRounded(qint64 a, qint64 b)
{
    if (b == 0)
        return 0;
    if (b < 0) {
        a = -a;
        b = -b;
    }
    const qint64 half = b / 2;
    // Round the magnitude so −2.5 and 2.5 both move away from zero (as amounts are rounded on import).
    return a >= 0 ? (a + half) / b : -((-a + half) / b);
}

double ratio(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

double quantileSorted(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double h = double(sorted.size() - 1) * p;
    const auto lo = size_t(std::floor(h));
    if (lo + 1 >= sorted.size())
        return double(sorted.back());
    const double fraction = h - double(lo);
    return double(sorted[lo]) + fraction * double(sorted[lo + 1] - sorted[lo]);
}

namespace {

// Walks the series 1, 2, 5, 10, 20, 50 … and returns the last value ≤ x (and the next one).
std::pair<qint64, qint64> bracket(qint64 x)
{
    qint64 decade = 1;
    qint64 previous = 0;
    static constexpr qint64 steps[] = {1, 2, 5};
    for (;;) {
        for (qint64 step : steps) {
            const qint64 value = step * decade;
            if (value > x)
                return {previous, value};
            previous = value;
        }
        if (decade > std::numeric_limits<qint64>::max() / 100)
            return {previous, previous};
        decade *= 10;
    }
}

} // namespace

qint64 niceFloor(qint64 x)
{
    return x < 1 ? 0 : bracket(x).first;
}

qint64 niceBelow(qint64 x)
{
    return x <= 1 ? 0 : bracket(x - 1).first;
}

qint64 niceCeil(qint64 x)
{
    if (x <= 1)
        return 1;
    const auto [floor, next] = bracket(x);
    return floor == x ? x : next;
}

Histogram histogram(const std::vector<qint64> &sorted, int targetBins)
{
    Histogram h;
    if (sorted.empty() || targetBins < 1)
        return h;
    const qint64 lo = sorted.front();
    const qint64 hi = sorted.back();
    const qint64 span = hi - lo + 1;
    h.width = niceCeil((span + targetBins - 1) / targetBins);
    // Floor division so negative minima (net amounts after returns) align too.
    h.firstEdge = (lo >= 0 ? lo / h.width : -((-lo + h.width - 1) / h.width)) * h.width;
    const qint64 bins = (hi - h.firstEdge) / h.width + 1;
    h.counts.assign(size_t(bins), 0);
    for (qint64 v : sorted)
        ++h.counts[size_t((v - h.firstEdge) / h.width)];
    return h;
}

} // namespace clientele::measure
