#pragma once

#include <QString>
#include <QtGlobal>

namespace clientele {

// Display text shared by the value models (lifecycle, 80/20, tiers). Money is shown in major units with
// two decimals and group separators; the workspace does not know its currency, so no symbol is added.
QString formatMoney(qint64 minor);
QString formatCount(qint64 count);
// `share` is a fraction (0.123 → "12.3%").
QString formatPercent(double share, int decimals = 1);
// A share as a number of percent rounded to one decimal (0.1234 → 12.3): the value that percent columns
// hold for display and for the chart model mappers.
double percentValue(double share);
// "0–63" / "≥ 366" (days; `to` < 0 means open-ended).
QString formatDayRange(qint32 from, qint32 to);

} // namespace clientele
