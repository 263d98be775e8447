#pragma once

#include "analysis/core/customersnapshot.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <vector>

namespace clientele {

// The three RFM dimensions; also the first index of RfmScores::ranges.
enum class RfmDimension : quint8 { Recency = 0, Frequency = 1, Monetary = 2 };
inline constexpr int RfmDimensionCount = 3;
inline constexpr int RfmScoreCount = 5; // scores are 1..5; 0 marks a customer outside the snapshot

// What M measures. Net revenue rewards big baskets and many orders alike; average order value
// separates "buys big" from "buys often", which F already captures.
enum class MonetaryBasis : quint8 { NetRevenue, AverageOrderValue };

enum class ScoringMethod : quint8 {
    // score = 1 + floor(5 × (active customers strictly worse) / (active customers)): ties share a score.
    Quintiles,
    // Fixed cut points given by the user (see RfmCutPoints).
    Thresholds,
};

// Four strictly increasing cut points per dimension, for ScoringMethod::Thresholds.
//  Recency:   upper bounds in days for scores 5, 4, 3, 2: R = 5 if days ≤ cut[0], 4 if ≤ cut[1], …, else 1.
//  Frequency: lower bounds in orders for scores 2, 3, 4, 5: F = 1 + number of cuts ≤ orders.
//  Monetary:  lower bounds in minor units for scores 2, 3, 4, 5, like frequency.
// So F cut points {2, 3, 4, 5} mean "1, 2, 3, 4, 5+ orders".
using RfmCutPoints = std::array<qint64, 4>;

struct RfmParameters
{
    ScoringMethod method = ScoringMethod::Quintiles;
    MonetaryBasis monetaryBasis = MonetaryBasis::NetRevenue;
    RfmCutPoints recencyCuts{30, 90, 180, 365};
    RfmCutPoints frequencyCuts{2, 3, 4, 5};
    RfmCutPoints monetaryCuts{100'00, 300'00, 1000'00, 3000'00};
};

// A rejected cut point, typed so a settings dialog can mark the field; `message` is an English sentence.
struct RfmParameterError
{
    enum class Reason : quint8 { NotIncreasing, Negative, TooFewOrders };
    RfmDimension dimension = RfmDimension::Recency;
    int index = 0; // 0..3: the offending cut point
    Reason reason = Reason::NotIncreasing;
    QString message;
};

// Empty when the parameters can be used. Quintile scoring ignores the cut points, so it never fails.
std::vector<RfmParameterError> validateRfmParameters(const RfmParameters &parameters);

// The raw values a score covers among the active customers, for legends ("F 3: 4–6 orders").
// R in days, F in orders, M in minor units of the chosen basis. min/max are 0 when count is 0.
struct RfmScoreRange
{
    qint64 count = 0;
    qint64 min = 0;
    qint64 max = 0;
};

struct RfmScores
{
    qint32 asOfDay = 0;
    ScoringMethod method = ScoringMethod::Quintiles;
    MonetaryBasis monetaryBasis = MonetaryBasis::NetRevenue;
    RfmCutPoints recencyCuts{}; // the cut points used (thresholds method only; zeros otherwise)
    RfmCutPoints frequencyCuts{};
    RfmCutPoints monetaryCuts{};
    qint64 activeCount = 0;
    // Per customer, indexed like the CustomerTable: 1..5 for active customers, 0 otherwise
    // (and 0 for everyone when `errors` is not empty).
    std::vector<quint8> r;
    std::vector<quint8> f;
    std::vector<quint8> m;
    // ranges[dimension][score − 1]
    std::array<std::array<RfmScoreRange, RfmScoreCount>, RfmDimensionCount> ranges{};
    std::vector<RfmParameterError> errors;

    size_t size() const { return r.size(); }
    bool ok() const { return errors.empty(); }
    const RfmScoreRange &range(RfmDimension d, int score) const { return ranges[size_t(d)][size_t(score - 1)]; }
};

// The M value of customer c under `basis` (minor units).
qint64 monetaryValue(const CustomerSnapshot &snapshot, MonetaryBasis basis, size_t c);

// Scores every customer of the snapshot. O(n) plus one radix ordering per dimension; no allocation
// per customer. Invalid threshold parameters give all-zero scores and the reasons in `errors`.
RfmScores scoreRfm(const CustomerSnapshot &snapshot, const RfmParameters &parameters = {});

// Mean of integer minor units, rounded half away from zero like CustomerSnapshot::averageOrderValueMinor;
// 0 when count ≤ 0.
qint64 roundedMeanMinor(qint64 sum, qint64 count);

QLatin1StringView rfmDimensionKey(RfmDimension d);   // "recency", "frequency", "monetary"
QLatin1StringView scoringMethodKey(ScoringMethod m); // "quintiles", "thresholds"
QLatin1StringView monetaryBasisKey(MonetaryBasis b); // "net_revenue", "average_order_value"

} // namespace clientele
