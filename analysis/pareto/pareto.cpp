#include "analysis/pareto/pareto.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct ParetoText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Pareto)
};

HeadDistribution distribution(std::vector<qint64> values, int bins)
{
    HeadDistribution d;
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = qint64(values.size());
    d.min = values.front();
    d.max = values.back();
    long double sum = 0;
    for (qint64 v : values)
        sum += v;
    d.mean = double(sum / (long double)values.size());
    d.p10 = measure::quantileSorted(values, 0.10);
    d.p25 = measure::quantileSorted(values, 0.25);
    d.p50 = measure::quantileSorted(values, 0.50);
    d.p75 = measure::quantileSorted(values, 0.75);
    d.p90 = measure::quantileSorted(values, 0.90);
    d.histogram = measure::histogram(values, bins);
    return d;
}

} // namespace

QString validateParetoParams(const ParetoParams &params)
{
    if (params.headPercent < 1 || params.headPercent > 100)
        return ParetoText::tr("The head must be between 1% and 100% of the customers (got %1%).")
            .arg(params.headPercent);
    if (params.maxCurvePoints < 2)
        return ParetoText::tr("The Lorenz curve needs at least 2 points (got %1).").arg(params.maxCurvePoints);
    if (params.histogramBins < 1)
        return ParetoText::tr("A histogram needs at least 1 bin (got %1).").arg(params.histogramBins);
    return {};
}

ParetoResult computePareto(const CustomerSnapshot &snapshot, const ParetoParams &params)
{
    ParetoResult r;
    r.headPercent = params.headPercent;
    r.error = validateParetoParams(params);
    if (!r.error.isEmpty())
        return r;

    struct Entry
    {
        qint64 value; // net revenue clamped at 0
        quint32 index;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(snapshot.activeCount));
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (!snapshot.active[c])
            continue;
        const qint64 net = snapshot.monetaryMinor[c];
        r.netRevenueMinor += net;
        if (net < 0) {
            ++r.negativeCustomers;
            r.negativeRevenueMinor += net;
        }
        entries.push_back({std::max<qint64>(net, 0), quint32(c)});
    }
    const auto n = qint64(entries.size());
    r.customers = n;
    if (n == 0)
        return r;
    // Ascending value; among equal values the higher index first, so that reading from the back gives
    // descending value with ties in ascending index (the head's tie rule).
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.value != b.value ? a.value < b.value : a.index > b.index; });

    // Exact curve: S_i = sum of the i smallest. Trapezoid area = Σ (S_{i−1} + S_i) / (2 n T).
    long double prefix = 0;
    long double twiceArea = 0; // Σ (S_{i−1} + S_i), in minor units; long double keeps it exact enough
    for (const Entry &e : entries) {
        const long double previous = prefix;
        prefix += e.value;
        twiceArea += previous + prefix;
    }
    r.curveRevenueMinor = qint64(prefix);
    r.exactCurvePoints = n + 1;
    const long double total = prefix;
    // All-zero revenue: everyone holds the same (nothing), so the curve is the diagonal and the Gini 0.
    r.gini = total > 0 ? double(1.0L - twiceArea / ((long double)n * total)) : 0.0;

    // Downsample: keep evenly spaced customer counts i_k = round(k · n / (m − 1)), always 0 and n.
    const qint64 m = std::min<qint64>(params.maxCurvePoints, n + 1);
    r.lorenz.reserve(size_t(m));
    qint64 sumSoFar = 0;
    qint64 taken = 0;
    for (qint64 k = 0; k < m; ++k) {
        const qint64 i = (2 * k * n + (m - 1)) / (2 * (m - 1));
        while (taken < i)
            sumSoFar += entries[size_t(taken++)].value;
        const double customerShare = double(i) / double(n);
        r.lorenz.push_back({customerShare, total > 0 ? double(sumSoFar) / double(total) : customerShare});
    }

    // Head: the top k from the back of the ascending order.
    const qint64 k = (params.headPercent * n + 99) / 100;
    r.headCustomers = k;
    r.headIndices.reserve(size_t(k));
    std::vector<qint64> firstOrders;
    std::vector<qint64> frequencies;
    firstOrders.reserve(size_t(k));
    frequencies.reserve(size_t(k));
    for (qint64 j = 0; j < k; ++j) {
        const Entry &e = entries[size_t(n - 1 - j)];
        r.headRevenueMinor += e.value;
        r.headIndices.push_back(e.index);
        firstOrders.push_back(snapshot.firstOrderMinor[e.index]);
        frequencies.push_back(snapshot.frequency[e.index]);
    }
    r.headBoundaryMinor = entries[size_t(n - k)].value;
    for (qint64 j = n - k - 1; j >= 0 && entries[size_t(j)].value == r.headBoundaryMinor; --j)
        ++r.tiedOutsideHead;
    r.headRevenueShare = total > 0 ? double((long double)r.headRevenueMinor / total) : 0.0;
    r.headFirstOrder = distribution(std::move(firstOrders), params.histogramBins);
    r.headFrequency = distribution(std::move(frequencies), params.histogramBins);
    return r;
}

} // namespace clientele
