#pragma once

#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <limits>
#include <string_view>
#include <unordered_map>

namespace clientele {

// Order of day and month in slash/dot dates whose year comes last (3/5/2024).
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// Looks at every value of a date column and decides DateOrder: a value that is a valid date only with
// the day first (25/5/2024) proves DayFirst, and vice versa. Impossible dates and other forms are ignored.
class DateOrderDetector
{
public:
    void add(std::string_view text);
    bool sawDayMonthForm() const { return m_sawForm; } // any value like a/b/yyyy at all
    bool isAmbiguous() const;                          // values valid both ways (3/5/2024) seen, none decisive
    bool isContradictory() const;                      // evidence for both orders
    DateOrder decision() const;                        // Unknown when ambiguous or contradictory

private:
    bool m_sawForm = false;
    qint64 m_dayFirstEvidence = 0;
    qint64 m_monthFirstEvidence = 0;
    qint64 m_ambiguousValues = 0;
};

// Why a value was rejected; group rejects by this (dateTimeErrorText gives the words without the
// value), `reason` names the value for the single row.
enum class DateTimeError {
    None,
    Empty,                  // "empty date"
    NotADate,               // no accepted form, e.g. "yesterday", "12345", "2024-03-05 14"
    ImpossibleDate,         // "31/02/2023", "2023-13-01"
    ImpossibleTime,         // "25:61", "0:30 PM"
    YearOutOfRange,         // outside 1970..2100, including Excel serials before 25569
    AmbiguousDayMonthOrder, // "3/5/2024" with DateOrder::Unknown
    UnknownTimeZone,        // trailing zone text without an offset, other than Z/UTC/GMT ("CST" is ambiguous)
    InvalidOffset,          // "+25:00", "+08:75"
};

struct DateTimeParse
{
    bool ok = false;
    qint64 utcSeconds = 0; // seconds since 1970-01-01T00:00:00Z
    QString reason;        // when !ok, e.g. "impossible date: \"31/02/2023 25:61\""
    DateTimeError error = DateTimeError::None;
};

// The reason without the value, e.g. "impossible date"; empty for None.
QString dateTimeErrorText(DateTimeError error);

// Parses order times as exports write them, to UTC:
//   ISO 8601 (2024-03-05, 2024-03-05 14:22[:33[.fff]], T separator, Z, +08:00, +0800, +08),
//   2024/3/5 14:22, 2024.3.5, 20240305, 2024年3月5日 14时22分, 3/5/2024 14:22 and 5.3.2024 per DateOrder,
//   12-hour times with AM/PM, two-digit years (→ 20yy), trailing zone text like "+0800 CST" or " UTC",
//   Excel serial numbers (1900 system, with its fictitious 1900-02-29; fractional part = time).
// Times without offset are local times of `naiveZone` (DST-aware). Years outside 1970..2100 and
// impossible dates/times are rejected.
//
// Exact rules (the import documentation repeats them):
// - Dates: yyyy-M-d, yyyy/M/d, yyyy.M.d (1-2 digit month/day), yyyyMMdd (exactly 8 digits),
//   yyyy年M月d日, and a/b/yyyy, a.b.yyyy, a-b-yyyy, a/b/yy with the year last. Digits may be full-width.
// - Year-last dates follow DateOrder. With Unknown, a value is accepted only if it reads the same
//   both ways or one of a/b is > 12 (then only one reading is a date); otherwise
//   AmbiguousDayMonthOrder. With DayFirst/MonthFirst the order is applied strictly ("3/25/2024" in
//   a DayFirst column is an impossible date, not silently swapped).
// - Two-digit years are 20yy and always the last component.
// - Time (optional; none means 00:00:00), after 'T', spaces, or directly after 日: H:mm, H:mm:ss,
//   H:mm:ss.fff (fractional seconds are truncated, never rounded into the next day), H时m分[s秒] and
//   H点m分[s秒]. 12-hour clock: a trailing AM/PM (any case, space optional) or a leading 上午/下午;
//   hours must be 1..12 then, 12 AM is 00.
// - Offset after the time: Z, ±hh:mm, ±hhmm, ±hh, optionally "UTC"/"GMT" before it, space allowed.
//   A trailing word ("+0800 CST") after an offset is ignored; "UTC"/"GMT"/"Z" alone mean +00:00; any
//   other word without an offset is UnknownTimeZone ("CST" means China or US Central).
// - A plain number with an integer part 20000..79999 is an Excel serial (1900 system: serial 61 is
//   1900-03-01, 60 is Excel's fictitious 1900-02-29, so day = 1899-12-30 + serial); the fraction is
//   the time of day rounded to the nearest second. Serials are naive local times. Other plain numbers
//   (except 8-digit yyyyMMdd) are NotADate.
// - Naive local times are converted with `naiveZone`. In a spring-forward gap the time is moved
//   forward by the gap (Berlin 02:30 on the switch day → 03:30 CEST = 01:30Z), as if the clock had
//   not been changed yet. In a fall-back overlap the first occurrence (the daylight-saving one) is
//   taken (Berlin 02:30 → 02:30 CEST = 00:30Z). Offsets are cached per local hour.
// - parse() is not const (the cache) and a parser must not be shared between threads. The success
//   path does not allocate, except when the cache learns a new local hour.
class DateTimeParser
{
public:
    explicit DateTimeParser(const QTimeZone &naiveZone = QTimeZone::utc(), DateOrder order = DateOrder::Unknown);
    DateTimeParse parse(std::string_view text);
    void setDateOrder(DateOrder order) { m_order = order; }
    DateOrder dateOrder() const { return m_order; }

private:
    // A local hour in which the offset changes (transitions not on an hour boundary, e.g. Lord Howe).
    struct SplitHour
    {
        qint64 threshold; // first naive second that uses `after`
        int before;
        int after;
    };

    qint64 naiveToUtc(qint64 naiveSeconds);
    int offsetAtUtc(qint64 utcSeconds) const;
    QTimeZone m_zone;
    DateOrder m_order;
    std::unordered_map<qint64, int> m_offsetByLocalHour; // cache: local hour → UTC offset seconds
    std::unordered_map<qint64, SplitHour> m_splitHours;
    bool m_fixedOffset = false; // zone without transitions: no lookups at all
    int m_offset = 0;           // the fixed offset, or the offset of m_lastHour
    qint64 m_lastHour = std::numeric_limits<qint64>::min();
};

} // namespace clientele
