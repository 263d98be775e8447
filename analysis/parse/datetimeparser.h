#pragma once

#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <string_view>
#include <unordered_map>

namespace clientele {

// Order of day and month in slash/dot dates whose year comes last (3/5/2024).
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// Looks at every value of a date column and decides DateOrder: a first component > 12 proves
// DayFirst, a second component > 12 proves MonthFirst. Values in other forms are ignored.
class DateOrderDetector
{
public:
    void add(std::string_view text);
    bool sawDayMonthForm() const { return m_sawForm; } // any value like a/b/yyyy at all
    bool isAmbiguous() const;                           // such values seen, none decisive
    bool isContradictory() const;                       // evidence for both orders
    DateOrder decision() const;                         // Unknown when ambiguous or contradictory

private:
    bool m_sawForm = false;
    qint64 m_dayFirstEvidence = 0;
    qint64 m_monthFirstEvidence = 0;
};

struct DateTimeParse
{
    bool ok = false;
    qint64 utcSeconds = 0; // seconds since 1970-01-01T00:00:00Z
    QString reason;        // when !ok, e.g. "impossible date \"31/02/2023 25:61\""
};

// Parses order times as exports write them, to UTC:
//   ISO 8601 (2024-03-05, 2024-03-05 14:22[:33[.fff]], T separator, Z, +08:00, +0800, +08),
//   2024/3/5 14:22, 2024.3.5, 20240305, 2024年3月5日 14时22分, 3/5/2024 14:22 and 5.3.2024 per DateOrder,
//   12-hour times with AM/PM, two-digit years (→ 20yy), trailing zone text like "+0800 CST" or " UTC",
//   Excel serial numbers (1900 system, with its fictitious 1900-02-29; fractional part = time).
// Times without offset are local times of `naiveZone` (DST-aware). Years outside 1970..2100 and
// impossible dates/times are rejected.
class DateTimeParser
{
public:
    explicit DateTimeParser(const QTimeZone &naiveZone = QTimeZone::utc(), DateOrder order = DateOrder::Unknown);
    DateTimeParse parse(std::string_view text);
    void setDateOrder(DateOrder order) { m_order = order; }
    DateOrder dateOrder() const { return m_order; }

private:
    qint64 naiveToUtc(qint64 naiveSeconds);
    QTimeZone m_zone;
    DateOrder m_order;
    std::unordered_map<qint64, int> m_offsetByLocalHour; // cache: local hour → UTC offset seconds
};

} // namespace clientele
