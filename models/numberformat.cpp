#include "models/numberformat.h"

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
    return formatMoney(qint64(std::llround(minor)), locale);
}

QString formatShare(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', 1) + locale.percent();
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
