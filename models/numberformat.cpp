#include "models/numberformat.h"

#include "analysis/core/money.h"

#include <QCoreApplication>

#include <cmath>

namespace clientele {

QString formatMoney(qint64 minor, const QLocale &locale)
{
    const bool negative = minor < 0;
    // Unsigned magnitude: −INT64_MIN does not fit in qint64.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 major = magnitude / 100;
    const quint64 cents = magnitude % 100;
    QString text = locale.toString(major) + locale.decimalPoint() + QString::number(cents).rightJustified(2, u'0');
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatMoney(double minor, const QLocale &locale)
{
    if (!std::isfinite(minor))
        return QStringLiteral("—");
    return formatMoney(roundMinorUnits(minor), locale);
}

QString formatPercent(double share, int decimals, const QLocale &locale)
{
    return locale.toString(share * 100.0, 'f', decimals) + locale.percent();
}

QString formatCustomers(qint64 count, const QLocale &locale)
{
    if (count == 1)
        return QCoreApplication::translate("clientele::Numbers", "1 customer");
    return QCoreApplication::translate("clientele::Numbers", "%1 customers").arg(locale.toString(count));
}

QString formatCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

} // namespace clientele
