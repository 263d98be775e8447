#pragma once

#include "analysis/core/customertable.h"
#include "analysis/predict/bgnbd.h"
#include "analysis/predict/gammagamma.h"

#include <vector>

// From a CustomerTable to the per-customer inputs of the BG/NBD and Gamma-Gamma models.
//
// A "purchase" here is a calendar day with at least one order: orders of one customer on the same day
// are one purchase whose value is their sum. The BG/NBD purchase process cannot produce two purchases
// at the same instant, a split basket is one decision, and the published CDNOW summaries are built the
// same way. Returns are ignored (the models describe buying; net revenue is used elsewhere).
namespace clientele::predict {

struct RepeatSummary
{
    qint32 asOfDay = 0;
    std::vector<bool> included;          // first order on or before asOfDay
    std::vector<qint32> x;               // repeat purchases: purchase days − 1
    std::vector<qint32> txDays;          // last purchase day − first purchase day
    std::vector<qint32> TDays;           // asOfDay − first purchase day
    std::vector<double> repeatMeanMinor; // mean value of the x repeat purchases (first excluded); 0 when x = 0
    qint64 includedCount = 0;

    size_t size() const { return included.size(); }
};

// Orders after asOfDay are ignored. O(orders).
RepeatSummary summarizeRepeats(const CustomerTable &table, qint32 asOfDay);

// BG/NBD data of the included customers with t_x and T in units of `unitDays` days (1 or 7).
BgNbdData bgnbdData(const RepeatSummary &summary, double unitDays);

// Gamma-Gamma data in major units (minor / 100): customers with x ≥ 1 and a positive repeat mean.
GammaGammaData gammaGammaData(const RepeatSummary &summary);

// Purchase days of customer c in (afterDay, untilDay].
qint32 purchaseDaysBetween(const CustomerTable &table, size_t c, qint32 afterDay, qint32 untilDay);

} // namespace clientele::predict
