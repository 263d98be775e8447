#include "analysis/predict/repeatsummary.h"

namespace clientele::predict {

RepeatSummary summarizeRepeats(const CustomerTable &table, qint32 asOfDay)
{
    const size_t n = table.size();
    RepeatSummary s;
    s.asOfDay = asOfDay;
    s.included.assign(n, false);
    s.x.assign(n, 0);
    s.txDays.assign(n, 0);
    s.TDays.assign(n, 0);
    s.repeatMeanMinor.assign(n, 0);
    for (size_t c = 0; c < n; ++c) {
        const quint32 begin = table.orderBegin[c], end = table.orderBegin[c + 1];
        if (begin == end || table.orderDay[begin] > asOfDay)
            continue;
        const qint32 first = table.orderDay[begin];
        qint32 last = first, days = 1;
        qint64 repeatSum = 0;
        for (quint32 i = begin + 1; i < end && table.orderDay[i] <= asOfDay; ++i) {
            // Orders are sorted by day, so a new day starts whenever the day changes.
            if (table.orderDay[i] != last) {
                ++days;
                last = table.orderDay[i];
            }
            if (table.orderDay[i] != first)
                repeatSum += table.orderAmountMinor[i];
        }
        s.included[c] = true;
        ++s.includedCount;
        s.x[c] = days - 1;
        s.txDays[c] = last - first;
        s.TDays[c] = asOfDay - first;
        s.repeatMeanMinor[c] = days > 1 ? double(repeatSum) / (days - 1) : 0.0;
    }
    return s;
}

BgNbdData bgnbdData(const RepeatSummary &s, double unitDays)
{
    std::vector<qint32> x;
    std::vector<double> tx, T;
    x.reserve(size_t(s.includedCount));
    tx.reserve(size_t(s.includedCount));
    T.reserve(size_t(s.includedCount));
    for (size_t c = 0; c < s.size(); ++c) {
        if (!s.included[c])
            continue;
        x.push_back(s.x[c]);
        tx.push_back(s.txDays[c] / unitDays);
        T.push_back(s.TDays[c] / unitDays);
    }
    return BgNbdData::fromColumns(x, tx, T);
}

GammaGammaData gammaGammaData(const RepeatSummary &s)
{
    std::vector<qint32> x;
    std::vector<double> value;
    for (size_t c = 0; c < s.size(); ++c) {
        if (!s.included[c] || s.x[c] < 1)
            continue;
        x.push_back(s.x[c]);
        value.push_back(s.repeatMeanMinor[c] / 100.0);
    }
    return GammaGammaData::fromColumns(x, value);
}

qint32 purchaseDaysBetween(const CustomerTable &table, size_t c, qint32 afterDay, qint32 untilDay)
{
    qint32 count = 0, previous = afterDay;
    for (quint32 i = table.orderBegin[c]; i < table.orderBegin[c + 1]; ++i) {
        const qint32 day = table.orderDay[i];
        if (day > untilDay)
            break;
        if (day > afterDay && day != previous) {
            ++count;
            previous = day;
        }
    }
    return count;
}

} // namespace clientele::predict
