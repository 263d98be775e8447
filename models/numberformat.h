#pragma once

#include <QLocale>
#include <QString>

namespace clientele {

// The display text of numbers, shared by every model and view. Money is shown in major units with two
// decimals and the locale's grouping ("1,234,567.50"); the workspace does not know its currency, so no
// symbol is added. Built from the integer minor units (as minorUnitsText() in analysis/core/money.h), so
// the table shows the digits the CLI's JSON and the exports carry.
QString formatMoney(qint64 minor, const QLocale &locale = QLocale());
// Money given as a (possibly fractional) number of minor units, e.g. a mean: rounded half away from zero
// to whole minor units; "—" when not finite.
QString formatMoney(double minor, const QLocale &locale = QLocale());
// A fraction as a percentage: 0.1234 → "12.3%" (one decimal unless told).
QString formatPercent(double share, int decimals = 1, const QLocale &locale = QLocale());
// "1 customer", "1,234 customers" (translated).
QString formatCustomers(qint64 count, const QLocale &locale = QLocale());
// An integer with the locale's grouping.
QString formatCount(qint64 value, const QLocale &locale = QLocale());

} // namespace clientele
