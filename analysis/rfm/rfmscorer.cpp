#include "analysis/rfm/rfmscorer.h"

#include "analysis/core/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace clientele {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives free functions a tr() that lupdate recognises, in a fixed context.
class RfmText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::RfmScorer)
};

QString describe(RfmDimension d, qint64 value)
{
    switch (d) {
    case RfmDimension::Recency:
        return value == 1 ? RfmText::tr("1 day") : RfmText::tr("%1 days").arg(value);
    case RfmDimension::Frequency:
        return value == 1 ? RfmText::tr("1 order") : RfmText::tr("%1 orders").arg(value);
    case RfmDimension::Monetary:
        return minorUnitsText(value);
    }
    return QString();
}

QString dimensionName(RfmDimension d)
{
    switch (d) {
    case RfmDimension::Recency:
        return RfmText::tr("Recency");
    case RfmDimension::Frequency:
        return RfmText::tr("Frequency");
    case RfmDimension::Monetary:
        return RfmText::tr("Monetary value");
    }
    return QString();
}

// The score a cut point opens: recency cuts bound scores 5, 4, 3, 2; the others start scores 2, 3, 4, 5.
int scoreOfCut(RfmDimension d, int index)
{
    return d == RfmDimension::Recency ? 5 - index : 2 + index;
}

void validateCuts(RfmDimension d, const RfmCutPoints &cuts, std::vector<RfmParameterError> &errors)
{
    const QString boundKind = d == RfmDimension::Recency ? RfmText::tr("upper bound") : RfmText::tr("lower bound");
    for (int i = 0; i < int(cuts.size()); ++i) {
        RfmParameterError e;
        e.dimension = d;
        e.index = i;
        if (d == RfmDimension::Recency && cuts[size_t(i)] < 0) {
            e.reason = RfmParameterError::Reason::Negative;
            e.message = RfmText::tr("%1: the upper bound for score %2 is %3; recency cannot be negative.")
                            .arg(dimensionName(d))
                            .arg(scoreOfCut(d, i))
                            .arg(describe(d, cuts[size_t(i)]));
        } else if (d == RfmDimension::Frequency && cuts[size_t(i)] < 2) {
            // Every active customer has at least one order, so a bound of 1 (or less) would leave
            // score 1 empty and make the scale mean something other than what it says.
            e.reason = RfmParameterError::Reason::TooFewOrders;
            e.message = RfmText::tr("%1: the lower bound for score %2 is %3; it must be at least 2 orders, because "
                                    "every customer has at least 1 order.")
                            .arg(dimensionName(d))
                            .arg(scoreOfCut(d, i))
                            .arg(describe(d, cuts[size_t(i)]));
        } else if (i > 0 && cuts[size_t(i)] <= cuts[size_t(i - 1)]) {
            e.reason = RfmParameterError::Reason::NotIncreasing;
            e.message = RfmText::tr("%1: the %2 for score %3 (%4) must be larger than the %2 for score %5 (%6).")
                            .arg(dimensionName(d), boundKind)
                            .arg(scoreOfCut(d, i))
                            .arg(describe(d, cuts[size_t(i)]))
                            .arg(scoreOfCut(d, i - 1))
                            .arg(describe(d, cuts[size_t(i - 1)]));
        } else {
            continue;
        }
        errors.push_back(std::move(e));
    }
}

// The raw value of customer c in dimension d (days, orders, minor units).
qint64 rawValue(const CustomerSnapshot &s, MonetaryBasis basis, RfmDimension d, size_t c)
{
    switch (d) {
    case RfmDimension::Recency:
        return s.recencyDays[c];
    case RfmDimension::Frequency:
        return s.frequency[c];
    case RfmDimension::Monetary:
        return monetaryValue(s, basis, c);
    }
    return 0;
}

struct Keyed
{
    quint64 key; // "goodness" shifted to start at 0: larger is better
    quint32 customer;
};

// Stable LSD radix sort on 11-bit digits. Digits that are equal for every key are skipped, so small
// ranges (F, R in days) take one or two passes and net revenue in minor units three or four:
// measurably cheaper than std::sort's n log n comparisons on 300k customers.
void radixSort(std::vector<Keyed> &items, std::vector<Keyed> &scratch)
{
    constexpr int Bits = 11;
    constexpr quint64 Mask = (quint64(1) << Bits) - 1;
    const size_t n = items.size();
    scratch.resize(n);
    quint64 allBits = 0;
    for (const Keyed &k : items)
        allBits |= k.key;
    std::vector<quint32> counts(size_t(Mask) + 1);
    for (int shift = 0; shift < 64 && (allBits >> shift) != 0; shift += Bits) {
        std::fill(counts.begin(), counts.end(), 0);
        for (const Keyed &k : items)
            ++counts[(k.key >> shift) & Mask];
        if (std::find(counts.begin(), counts.end(), quint32(n)) != counts.end())
            continue; // one digit value for everybody: this pass would not move anything
        quint32 offset = 0;
        for (quint32 &c : counts) {
            const quint32 here = c;
            c = offset;
            offset += here;
        }
        for (const Keyed &k : items)
            scratch[counts[(k.key >> shift) & Mask]++] = k;
        items.swap(scratch);
    }
}

// Quintile scores for one dimension: sort by goodness, then every run of equal values gets
// 1 + floor(5 × (position of the run's first member) / n) — that position is exactly the number of
// active customers strictly worse.
void scoreQuintiles(const CustomerSnapshot &s, MonetaryBasis basis, RfmDimension d, std::vector<quint8> &scores,
    std::vector<Keyed> &items, std::vector<Keyed> &scratch)
{
    // Recency: fewer days is better, so goodness = −days.
    const bool lowerIsBetter = d == RfmDimension::Recency;
    items.clear();
    qint64 minGoodness = std::numeric_limits<qint64>::max();
    for (size_t c = 0; c < s.size(); ++c) {
        if (!s.active[c])
            continue;
        const qint64 raw = rawValue(s, basis, d, c);
        const qint64 goodness = lowerIsBetter ? -raw : raw;
        minGoodness = std::min(minGoodness, goodness);
        items.push_back({quint64(goodness), quint32(c)});
    }
    // Unsigned subtraction wraps correctly even when the span exceeds qint64.
    for (Keyed &k : items)
        k.key -= quint64(minGoodness);
    radixSort(items, scratch);

    const quint64 n = items.size();
    size_t runStart = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].key != items[runStart].key)
            runStart = i;
        scores[items[i].customer] = quint8(1 + (5 * quint64(runStart)) / n);
    }
}

quint8 thresholdScore(RfmDimension d, const RfmCutPoints &cuts, qint64 value)
{
    if (d == RfmDimension::Recency) {
        for (int i = 0; i < 4; ++i) {
            if (value <= cuts[size_t(i)])
                return quint8(5 - i);
        }
        return 1;
    }
    quint8 score = 1;
    for (qint64 cut : cuts)
        score += value >= cut ? 1 : 0;
    return score;
}

} // namespace

std::vector<RfmParameterError> validateRfmParameters(const RfmParameters &parameters)
{
    std::vector<RfmParameterError> errors;
    if (parameters.method != ScoringMethod::Thresholds)
        return errors;
    validateCuts(RfmDimension::Recency, parameters.recencyCuts, errors);
    validateCuts(RfmDimension::Frequency, parameters.frequencyCuts, errors);
    validateCuts(RfmDimension::Monetary, parameters.monetaryCuts, errors);
    return errors;
}

qint64 monetaryValue(const CustomerSnapshot &snapshot, MonetaryBasis basis, size_t c)
{
    return basis == MonetaryBasis::AverageOrderValue ? snapshot.averageOrderValueMinor(c) : snapshot.monetaryMinor[c];
}

RfmScores scoreRfm(const CustomerSnapshot &snapshot, const RfmParameters &parameters)
{
    const size_t n = snapshot.size();
    RfmScores result;
    result.asOfDay = snapshot.asOfDay;
    result.method = parameters.method;
    result.monetaryBasis = parameters.monetaryBasis;
    result.r.assign(n, 0);
    result.f.assign(n, 0);
    result.m.assign(n, 0);
    result.errors = validateRfmParameters(parameters);
    if (!result.errors.empty())
        return result;

    std::array<std::vector<quint8> *, RfmDimensionCount> scores{&result.r, &result.f, &result.m};
    constexpr std::array<RfmDimension, RfmDimensionCount> dimensions{
        RfmDimension::Recency, RfmDimension::Frequency, RfmDimension::Monetary};
    if (parameters.method == ScoringMethod::Quintiles) {
        std::vector<Keyed> items;
        std::vector<Keyed> scratch;
        items.reserve(size_t(snapshot.activeCount));
        scratch.reserve(size_t(snapshot.activeCount));
        for (RfmDimension d : dimensions)
            scoreQuintiles(snapshot, parameters.monetaryBasis, d, *scores[size_t(d)], items, scratch);
    } else {
        result.recencyCuts = parameters.recencyCuts;
        result.frequencyCuts = parameters.frequencyCuts;
        result.monetaryCuts = parameters.monetaryCuts;
        const std::array<const RfmCutPoints *, RfmDimensionCount> cuts{
            &result.recencyCuts, &result.frequencyCuts, &result.monetaryCuts};
        for (size_t c = 0; c < n; ++c) {
            if (!snapshot.active[c])
                continue;
            for (RfmDimension d : dimensions)
                (*scores[size_t(d)])[c]
                    = thresholdScore(d, *cuts[size_t(d)], rawValue(snapshot, parameters.monetaryBasis, d, c));
        }
    }

    // Legends: which raw values each score ended up covering.
    for (size_t c = 0; c < n; ++c) {
        if (!snapshot.active[c])
            continue;
        ++result.activeCount;
        for (RfmDimension d : dimensions) {
            const qint64 value = rawValue(snapshot, parameters.monetaryBasis, d, c);
            RfmScoreRange &range = result.ranges[size_t(d)][size_t((*scores[size_t(d)])[c] - 1)];
            if (range.count == 0 || value < range.min)
                range.min = value;
            if (range.count == 0 || value > range.max)
                range.max = value;
            ++range.count;
        }
    }
    return result;
}

qint64 roundedMeanMinor(qint64 sum, qint64 count)
{
    if (count <= 0)
        return 0;
    const qint64 half = count / 2;
    return sum >= 0 ? (sum + half) / count : -((-sum + half) / count);
}

QLatin1StringView rfmDimensionKey(RfmDimension d)
{
    switch (d) {
    case RfmDimension::Recency:
        return QLatin1StringView("recency");
    case RfmDimension::Frequency:
        return QLatin1StringView("frequency");
    case RfmDimension::Monetary:
        return QLatin1StringView("monetary");
    }
    return {};
}

QLatin1StringView scoringMethodKey(ScoringMethod m)
{
    return m == ScoringMethod::Thresholds ? QLatin1StringView("thresholds") : QLatin1StringView("quintiles");
}

QLatin1StringView monetaryBasisKey(MonetaryBasis b)
{
    return b == MonetaryBasis::AverageOrderValue ? QLatin1StringView("average_order_value")
                                                 : QLatin1StringView("net_revenue");
}

} // namespace clientele
