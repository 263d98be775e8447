#include "models/valueformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace clientele {

QString formatMoney(qint64 minor)
{
    return QLocale().toString(double(minor) / 100.0, 'f', 2);
}

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatPercent(double share, int decimals)
{
    return QLocale().toString(share * 100.0, 'f', decimals) + u'%';
}

double percentValue(double share)
{
    return std::round(share * 1000.0) / 10.0;
}

QString formatDayRange(qint32 from, qint32 to)
{
    if (to < 0)
        return QCoreApplication::translate("clientele::ValueFormat", "≥ %1").arg(from);
    return QCoreApplication::translate("clientele::ValueFormat", "%1–%2").arg(from).arg(to);
}

} // namespace clientele
