#pragma once

#include "models/numberformat.h"

#include <QString>
#include <QtGlobal>

namespace clientele {

// Display values of the value models (lifecycle, 80/20, tiers) beyond the plain numbers of numberformat.h.
// A share as a number of percent rounded to one decimal (0.1234 → 12.3): the value that percent columns
// hold for display and for the chart model mappers.
double percentValue(double share);
// "0–63" / "≥ 366" (days; `to` < 0 means open-ended).
QString formatDayRange(qint32 from, qint32 to);

} // namespace clientele
