#pragma once

#include "analysis/core/customersnapshot.h"
#include "analysis/measure/measure.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace clientele {

struct ParetoParams
{
    int headPercent = 20;     // the head is the top ⌈headPercent · n / 100⌉ customers by net revenue; 1–100
    int maxCurvePoints = 201; // Lorenz points kept for charts (the Gini uses the exact curve); ≥ 2
    int histogramBins = 10;   // target number of bins of the head distributions; ≥ 1
};

QString validateParetoParams(const ParetoParams &params);

struct LorenzPoint
{
    double customerShare = 0.0; // i / n: the poorest i customers …
    double revenueShare = 0.0;  // … hold this share of the (clamped) net revenue
};

// Distribution of an integer quantity over the head customers. Quantiles use linear interpolation
// (type 7, like Excel PERCENTILE.INC); for money they are in minor units and may have a fraction.
struct HeadDistribution
{
    qint64 count = 0;
    qint64 min = 0;
    qint64 max = 0;
    double mean = 0.0;
    double p10 = 0.0;
    double p25 = 0.0;
    double p50 = 0.0;
    double p75 = 0.0;
    double p90 = 0.0;
    measure::Histogram histogram;
};

struct ParetoResult
{
    QString error;
    qint64 customers = 0;            // customers in the snapshot (n)
    qint64 netRevenueMinor = 0;      // Σ net revenue as is (may include negatives)
    qint64 curveRevenueMinor = 0;    // Σ max(0, net revenue): the total the curve and shares use
    qint64 negativeCustomers = 0;    // customers with net revenue < 0 (counted as 0 on the curve)
    qint64 negativeRevenueMinor = 0; // Σ of their (negative) net revenue
    std::vector<LorenzPoint> lorenz; // ascending, from (0, 0) to (1, 1); empty when n = 0
    qint64 exactCurvePoints = 0;     // n + 1
    double gini = 0.0;               // 1 − 2 · trapezoid area under the exact curve

    int headPercent = 0;
    qint64 headCustomers = 0;         // ⌈headPercent · n / 100⌉
    qint64 headRevenueMinor = 0;      // Σ max(0, net) over the head
    double headRevenueShare = 0.0;    // headRevenue / curveRevenue; 0 when that is 0
    qint64 headBoundaryMinor = 0;     // the smallest net revenue in the head (clamped at 0)
    qint64 tiedOutsideHead = 0;       // customers left out of the head with exactly that value
    std::vector<quint32> headIndices; // descending net revenue, ties by ascending table index
    HeadDistribution headFirstOrder;  // first-order amount, minor units
    HeadDistribution headFrequency;   // number of orders up to the as-of day

    bool ok() const { return error.isEmpty(); }
};

// Sorts the customers once: O(n log n).
ParetoResult computePareto(const CustomerSnapshot &snapshot, const ParetoParams &params = {});

} // namespace clientele
