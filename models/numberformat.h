#pragma once

#include <QLocale>
#include <QString>

namespace clientele {

// Currency-neutral money: two decimals, the locale's grouping, no symbol ("1,234,567.50"). Built from the
// integer minor units so nothing is lost to floating point.
QString formatMoney(qint64 minor, const QLocale &locale = QLocale());
// Money given as a (possibly fractional) number of minor units, e.g. a mean.
QString formatMoney(double minor, const QLocale &locale = QLocale());
// A fraction as a percentage with one decimal: 0.1234 → "12.3%".
QString formatShare(double fraction, const QLocale &locale = QLocale());
// "1 customer", "1,234 customers" (translated).
QString formatCustomers(qint64 count, const QLocale &locale = QLocale());
// An integer with the locale's grouping.
QString formatCount(qint64 value, const QLocale &locale = QLocale());

} // namespace clientele
