#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/core/customertable.h"
#include "analysis/predict/bgnbd.h"

#include <QString>

#include <vector>

// Calibration/holdout check of the BG/NBD model: fit on the purchases up to a split day, predict each
// customer's purchases in the holdout period (split, end], and compare with what happened, grouped by
// the number of repeat purchases in the calibration period (0, 1, …, maxFrequency or more) — the
// published BG/NBD paper's Figure 4. Only customers whose first purchase is on or before the split
// day take part (later customers are not in the calibration data).
namespace clientele::predict {

struct HoldoutRow
{
    qint32 frequency = 0; // calibration repeat purchases; the last row means "this or more"
    qint64 customers = 0;
    double actualTotal = 0;    // purchase days in the holdout period
    double predictedTotal = 0; // Σ E[Y(t) | x, t_x, T]
    double actualMean() const { return customers ? actualTotal / double(customers) : 0.0; }
    double predictedMean() const { return customers ? predictedTotal / double(customers) : 0.0; }
};

struct HoldoutCheck
{
    bool ok = false;
    QString error;
    qint32 splitDay = 0; // last calibration day (inclusive)
    qint32 endDay = 0;   // last holdout day (inclusive)
    double unitDays = 1;
    BgNbdFit fit;
    std::vector<HoldoutRow> rows;
    qint64 customers = 0;
    double actualTotal = 0;
    double predictedTotal = 0;
};

HoldoutCheck runHoldoutCheck(const CustomerTable &table, qint32 splitDay, qint32 endDay, double unitDays,
    DropoutVariant variant = DropoutVariant::BgNbd, qint32 maxFrequency = 7, const CancelToken &cancel = {});

} // namespace clientele::predict
