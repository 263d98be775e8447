#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

// Money is an integer number of minor units with two minor digits (fen, cents) everywhere in Clientele.
// These are the only conversions to major units; display formatting with the locale's grouping lives in
// models/numberformat.h and builds on the same integer arithmetic.
namespace clientele {

// "-1234.50" from −123450: C locale, no grouping, built from the integer so nothing is lost (even INT64_MIN).
QString minorUnitsText(qint64 minor);
// The double nearest to minor / 100: what minorUnitsText() parses to.
double majorUnits(qint64 minor);
// A fractional amount of minor units (a mean) rounded half away from zero to whole minor units.
qint64 roundMinorUnits(double minor);
// The one way money goes into JSON: `key` as major units (a number, two decimals) and `key_minor` as the
// exact integer.
void insertMoney(QJsonObject &object, const QString &key, qint64 minor);

} // namespace clientele
