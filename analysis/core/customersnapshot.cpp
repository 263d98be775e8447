#include "analysis/core/customersnapshot.h"

namespace clientele {

qint64 CustomerSnapshot::averageOrderValueMinor(size_t c) const
{
    const qint64 f = frequency[c];
    if (f <= 0)
        return 0;
    const qint64 m = monetaryMinor[c];
    const qint64 half = f / 2;
    return m >= 0 ? (m + half) / f : -((-m + half) / f);
}

CustomerSnapshot takeSnapshot(const CustomerTable &table, qint32 asOfDay, qint32 trailingWindowDays)
{
    const size_t n = table.size();
    CustomerSnapshot s;
    s.asOfDay = asOfDay;
    s.trailingWindowDays = trailingWindowDays;
    s.active.assign(n, false);
    s.recencyDays.assign(n, 0);
    s.frequency.assign(n, 0);
    s.monetaryMinor.assign(n, 0);
    s.grossMinor.assign(n, 0);
    s.tenureDays.assign(n, 0);
    s.firstOrderMinor.assign(n, 0);
    s.firstToSecondDays.assign(n, -1);
    s.trailingSpendMinor.assign(n, 0);
    s.trailingOrders.assign(n, 0);
    const qint32 windowStart = asOfDay - trailingWindowDays; // exclusive
    for (size_t c = 0; c < n; ++c) {
        const quint32 begin = table.orderBegin[c];
        const quint32 end = table.orderBegin[c + 1];
        quint32 last = begin;
        qint64 gross = 0;
        qint64 trailing = 0;
        qint32 trailingCount = 0;
        while (last < end && table.orderDay[last] <= asOfDay) {
            gross += table.orderAmountMinor[last];
            if (table.orderDay[last] > windowStart) {
                trailing += table.orderAmountMinor[last];
                ++trailingCount;
            }
            ++last;
        }
        const qint32 f = qint32(last - begin);
        if (f == 0)
            continue;
        qint64 returned = 0;
        qint64 trailingReturned = 0;
        for (quint32 r = table.returnBegin[c]; r < table.returnBegin[c + 1] && table.returnDay[r] <= asOfDay; ++r) {
            returned += table.returnAmountMinor[r];
            if (table.returnDay[r] > windowStart)
                trailingReturned += table.returnAmountMinor[r];
        }
        s.active[c] = true;
        ++s.activeCount;
        s.frequency[c] = f;
        s.recencyDays[c] = asOfDay - table.orderDay[last - 1];
        s.tenureDays[c] = asOfDay - table.orderDay[begin];
        s.grossMinor[c] = gross;
        s.monetaryMinor[c] = gross - returned;
        s.firstOrderMinor[c] = table.orderAmountMinor[begin];
        if (f >= 2)
            s.firstToSecondDays[c] = table.orderDay[begin + 1] - table.orderDay[begin];
        s.trailingSpendMinor[c] = trailing - trailingReturned;
        s.trailingOrders[c] = trailingCount;
    }
    return s;
}

} // namespace clientele
