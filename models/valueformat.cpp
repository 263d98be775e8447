#include "models/valueformat.h"

#include <QCoreApplication>

#include <cmath>

namespace clientele {

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
