#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>

// Day numbers: whole calendar days since 1970-01-01 (day 0), negative before. The only conversions
// between day numbers and dates; the engine, the exports and the GUI all use them.
namespace clientele {

QDate dateOfDay(qint32 day);
qint32 dayOfDate(const QDate &date);
QString dayToIsoDate(qint32 day); // "2024-03-05"
// "2024-03-05" → its day; std::nullopt for anything that is not a valid ISO date.
std::optional<qint32> dayFromIsoDate(const QString &isoDate);

} // namespace clientele
