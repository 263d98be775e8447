#include "analysis/core/money.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <limits>

namespace clientele {

QString minorUnitsText(qint64 minor)
{
    const bool negative = minor < 0;
    // Unsigned magnitude: −INT64_MIN does not fit in qint64.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 cents = magnitude % 100;
    return (negative ? QStringLiteral("-") : QString()) % QString::number(magnitude / 100) % u'.'
        % QChar(u'0' + char16_t(cents / 10)) % QChar(u'0' + char16_t(cents % 10));
}

double majorUnits(qint64 minor)
{
    // Below 2^53 the integer is exact as a double and IEEE division is correctly rounded, so the quotient
    // is the double nearest to minor / 100; above, go through the exact decimal text.
    constexpr qint64 exact = qint64(1) << 53;
    if (minor > -exact && minor < exact)
        return double(minor) / 100.0;
    return minorUnitsText(minor).toDouble();
}

qint64 roundMinorUnits(double minor)
{
    if (!std::isfinite(minor))
        return 0;
    // llround is undefined outside the range of long long: clamp first.
    constexpr double limit = 9.2e18;
    return qint64(std::llround(std::clamp(minor, -limit, limit)));
}

void insertMoney(QJsonObject &object, const QString &key, qint64 minor)
{
    object.insert(key, majorUnits(minor));
    object.insert(key + QLatin1StringView("_minor"), minor);
}

} // namespace clientele
