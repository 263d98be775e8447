#include "analysis/core/days.h"

namespace clientele {

namespace {

// QDate counts Julian days; day 0 of ours is 1970-01-01.
constexpr qint64 EpochJulianDay = 2440588;

} // namespace

QDate dateOfDay(qint32 day)
{
    return QDate::fromJulianDay(EpochJulianDay + day);
}

qint32 dayOfDate(const QDate &date)
{
    Q_ASSERT(date.isValid());
    return qint32(date.toJulianDay() - EpochJulianDay);
}

QString dayToIsoDate(qint32 day)
{
    return dateOfDay(day).toString(Qt::ISODate);
}

std::optional<qint32> dayFromIsoDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return dayOfDate(date);
}

} // namespace clientele
