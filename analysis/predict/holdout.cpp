#include "analysis/predict/holdout.h"

#include "analysis/predict/repeatsummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele::predict {

HoldoutCheck runHoldoutCheck(const CustomerTable &table, qint32 splitDay, qint32 endDay, double unitDays,
    DropoutVariant variant, qint32 maxFrequency, const CancelToken &cancel)
{
    HoldoutCheck h;
    h.splitDay = splitDay;
    h.endDay = endDay;
    h.unitDays = unitDays;
    if (endDay <= splitDay) {
        h.error = QCoreApplication::translate("HoldoutCheck", "The holdout period is empty.");
        return h;
    }
    const RepeatSummary s = summarizeRepeats(table, splitDay);
    h.fit = fitBgNbd(bgnbdData(s, unitDays), variant, {}, cancel);
    if (cancel.isCancelled())
        return h;
    if (!h.fit.ok) {
        h.error = QCoreApplication::translate(
            "HoldoutCheck", "The calibration period has no repeat purchases to fit the model on.");
        return h;
    }
    h.rows.resize(size_t(maxFrequency) + 1);
    for (qint32 f = 0; f <= maxFrequency; ++f)
        h.rows[size_t(f)].frequency = f;
    const double t = (endDay - splitDay) / unitDays;
    for (size_t c = 0; c < s.size(); ++c) {
        if (!s.included[c])
            continue;
        HoldoutRow &row = h.rows[size_t(std::min(s.x[c], maxFrequency))];
        const double predicted
            = expectedPurchases(h.fit.params, s.x[c], s.txDays[c] / unitDays, s.TDays[c] / unitDays, t);
        const double actual = purchaseDaysBetween(table, c, splitDay, endDay);
        ++row.customers;
        row.predictedTotal += predicted;
        row.actualTotal += actual;
        ++h.customers;
        h.predictedTotal += predicted;
        h.actualTotal += actual;
    }
    h.ok = true;
    return h;
}

} // namespace clientele::predict
