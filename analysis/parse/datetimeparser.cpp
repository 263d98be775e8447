#include "analysis/parse/datetimeparser.h"

#include <QDate>

#include "analysis/parse/textscan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace clientele {

namespace {

using namespace textscan;

constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2100;
constexpr qint64 kSecondsPerDay = 86400;

struct Cursor
{
    std::string_view s;
    std::size_t i = 0;

    bool atEnd() const { return i >= s.size(); }
    char peek() const { return i < s.size() ? s[i] : '\0'; }

    // Reads a whole run of digits; returns how many there were (value saturates harmlessly: callers
    // reject runs longer than they expect).
    int digits(qint64 &value)
    {
        int count = 0;
        value = 0;
        int v = 0;
        while (const int n = digitAt(s, i, v)) {
            if (count < 18)
                value = value * 10 + v;
            ++count;
            i += static_cast<std::size_t>(n);
        }
        return count;
    }
    bool eat(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++i;
        return true;
    }
    bool eat(std::string_view literal)
    {
        if (!startsWithAt(s, i, literal))
            return false;
        i += literal.size();
        return true;
    }
    bool eatNoCase(std::string_view literal)
    {
        if (!startsWithNoCaseAt(s, i, literal))
            return false;
        i += literal.size();
        return true;
    }
    bool skipSpaces()
    {
        const std::size_t start = i;
        while (const int n = spaceAt(s, i))
            i += static_cast<std::size_t>(n);
        return i != start;
    }
};

enum class DateForm { YearFirst, YearLast, Compact, Chinese };

struct DateFields
{
    DateForm form = DateForm::YearFirst;
    int a = 0; // year-first: year, month, day; year-last: a, b, year as written
    int b = 0;
    int c = 0;
    int yearDigits = 4;
};

bool between(int n, int lo, int hi)
{
    return n >= lo && n <= hi;
}

// Reads the date part of a value; leaves the cursor after it.
bool scanDate(Cursor &c, DateFields &f)
{
    qint64 v1 = 0;
    const int n1 = c.digits(v1);
    if (n1 == 8) {
        f = {DateForm::Compact, static_cast<int>(v1 / 10000), static_cast<int>(v1 / 100 % 100),
            static_cast<int>(v1 % 100), 4};
        return true;
    }
    qint64 v2 = 0;
    qint64 v3 = 0;
    if (n1 == 4) {
        if (c.eat("年")) {
            if (!between(c.digits(v2), 1, 2) || !c.eat("月") || !between(c.digits(v3), 1, 2) || !c.eat("日"))
                return false;
            f = {DateForm::Chinese, static_cast<int>(v1), static_cast<int>(v2), static_cast<int>(v3), 4};
            return true;
        }
        const char sep = c.peek();
        if (sep != '-' && sep != '/' && sep != '.')
            return false;
        ++c.i;
        if (!between(c.digits(v2), 1, 2) || !c.eat(sep) || !between(c.digits(v3), 1, 2))
            return false;
        f = {DateForm::YearFirst, static_cast<int>(v1), static_cast<int>(v2), static_cast<int>(v3), 4};
        return true;
    }
    if (between(n1, 1, 2)) {
        const char sep = c.peek();
        if (sep != '-' && sep != '/' && sep != '.')
            return false;
        ++c.i;
        if (!between(c.digits(v2), 1, 2) || !c.eat(sep))
            return false;
        const int n3 = c.digits(v3);
        if (n3 != 2 && n3 != 4)
            return false;
        f = {DateForm::YearLast, static_cast<int>(v1), static_cast<int>(v2), static_cast<int>(v3), n3};
        return true;
    }
    return false;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 for a valid date with y >= 1.
constexpr qint64 daysSinceEpoch(int y, int m, int d)
{
    constexpr int kDaysBeforeMonth[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    const auto leapYearsBefore = [](qint64 year) { // leap years in [1, year)
        const qint64 p = year - 1;
        return p / 4 - p / 100 + p / 400;
    };
    return 365 * (qint64(y) - 1970) + leapYearsBefore(y) - leapYearsBefore(1970) + kDaysBeforeMonth[m - 1]
        + ((m > 2 && isLeap(y)) ? 1 : 0) + d - 1;
}

constexpr qint64 kLastNaiveSecond = (daysSinceEpoch(kMaxYear, 12, 31) + 1) * kSecondsPerDay - 1;

// Excel's 1900 date system: serial 25569 is 1970-01-01 (serials from 61 on count from 1899-12-30).
constexpr qint64 kExcelSerialOfEpoch = 25569;
constexpr qint64 kMinSerial = 20000;
constexpr qint64 kMaxSerial = 80000; // exclusive

Q_DECL_COLD_FUNCTION DateTimeParse failure(DateTimeError error, std::string_view text)
{
    DateTimeParse result;
    result.error = error;
    result.reason
        = error == DateTimeError::Empty ? dateTimeErrorText(error) : dateTimeErrorText(error) + u": " + quoted(text);
    return result;
}

bool isAsciiLetter(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

} // namespace

QString dateTimeErrorText(DateTimeError error)
{
    switch (error) {
    case DateTimeError::None:
        return {};
    case DateTimeError::Empty:
        return QCoreApplication::translate("clientele::DateTimeParser", "empty date");
    case DateTimeError::NotADate:
        return QCoreApplication::translate("clientele::DateTimeParser", "not a date");
    case DateTimeError::ImpossibleDate:
        return QCoreApplication::translate("clientele::DateTimeParser", "impossible date");
    case DateTimeError::ImpossibleTime:
        return QCoreApplication::translate("clientele::DateTimeParser", "impossible time");
    case DateTimeError::YearOutOfRange:
        return QCoreApplication::translate("clientele::DateTimeParser", "year outside 1970..2100");
    case DateTimeError::AmbiguousDayMonthOrder:
        return QCoreApplication::translate("clientele::DateTimeParser", "ambiguous day/month order");
    case DateTimeError::UnknownTimeZone:
        return QCoreApplication::translate("clientele::DateTimeParser", "unknown time zone");
    case DateTimeError::InvalidOffset:
        return QCoreApplication::translate("clientele::DateTimeParser", "impossible UTC offset");
    }
    return {};
}

void DateOrderDetector::add(std::string_view text)
{
    Cursor c{trimmed(text)};
    DateFields f;
    if (!scanDate(c, f) || f.form != DateForm::YearLast)
        return;
    m_sawForm = true;
    // Only a value that is a real date in exactly one reading is evidence; "31/02/2023" is no date at all
    // and must not decide the column (it is rejected as impossible on import).
    const int year = f.yearDigits == 2 ? 2000 + f.c : f.c;
    const bool validDayFirst = QDate::isValid(year, f.b, f.a);
    const bool validMonthFirst = QDate::isValid(year, f.a, f.b);
    if (validDayFirst && !validMonthFirst)
        ++m_dayFirstEvidence;
    else if (validMonthFirst && !validDayFirst)
        ++m_monthFirstEvidence;
    else if (validDayFirst && validMonthFirst && f.a != f.b)
        ++m_ambiguousValues;
}

bool DateOrderDetector::isAmbiguous() const
{
    return m_ambiguousValues > 0 && m_dayFirstEvidence == 0 && m_monthFirstEvidence == 0;
}

bool DateOrderDetector::isContradictory() const
{
    return m_dayFirstEvidence > 0 && m_monthFirstEvidence > 0;
}

DateOrder DateOrderDetector::decision() const
{
    if (isContradictory())
        return DateOrder::Unknown;
    if (m_dayFirstEvidence > 0)
        return DateOrder::DayFirst;
    if (m_monthFirstEvidence > 0)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

DateTimeParser::DateTimeParser(const QTimeZone &naiveZone, DateOrder order)
    : m_zone(naiveZone.isValid() ? naiveZone : QTimeZone::utc())
    , m_order(order)
{
    // UTC and fixed-offset zones need no lookups at all.
    if (!m_zone.hasTransitions() && !m_zone.hasDaylightTime()) {
        m_fixedOffset = true;
        m_offset = offsetAtUtc(0);
    }
}

int DateTimeParser::offsetAtUtc(qint64 utcSeconds) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

qint64 DateTimeParser::naiveToUtc(qint64 naiveSeconds)
{
    if (m_fixedOffset)
        return naiveSeconds - m_offset;
    const qint64 hour = naiveSeconds >= 0 ? naiveSeconds / 3600 : (naiveSeconds - 3599) / 3600;
    if (hour == m_lastHour)
        return naiveSeconds - m_offset;
    if (const auto it = m_offsetByLocalHour.find(hour); it != m_offsetByLocalHour.end()) {
        m_lastHour = hour;
        m_offset = it->second;
        return naiveSeconds - m_offset;
    }
    if (const auto it = m_splitHours.find(hour); it != m_splitHours.end())
        return naiveSeconds - (naiveSeconds < it->second.threshold ? it->second.before : it->second.after);

    // Learn this local hour. The UTC instants that can show a local time in it lie within the window
    // below (no zone is more than 16 h from UTC); with the same offset at both ends there is no
    // transition in between (real zones never change twice within 33 hours).
    constexpr qint64 kMargin = 16 * 3600;
    constexpr std::size_t kMaxCachedHours = 1 << 18; // ~30 years of hours; bounds memory
    const qint64 start = hour * 3600;
    const qint64 windowStart = start - kMargin;
    const qint64 windowEnd = start + 3600 + kMargin;
    const int first = offsetAtUtc(windowStart);
    int offset = first;
    if (offsetAtUtc(windowEnd) != first) {
        QDateTime from = QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC);
        for (int guard = 0; guard < 8; ++guard) { // skip transitions that change only the abbreviation
            const QTimeZone::OffsetData transition = m_zone.nextTransition(from);
            if (!transition.atUtc.isValid() || transition.atUtc.toSecsSinceEpoch() > windowEnd)
                break;
            if (transition.offsetFromUtc == first) {
                from = transition.atUtc;
                continue;
            }
            // Before the transition local times use `first`, after it `after`. Local times in the
            // gap (spring forward) or the overlap (fall back) both lie in [at + min, at + max); using
            // `first` there moves gap times forward and picks the first occurrence in an overlap.
            const int after = transition.offsetFromUtc;
            const qint64 threshold = transition.atUtc.toSecsSinceEpoch() + std::max(first, after);
            if (threshold <= start) {
                offset = after;
            } else if (threshold < start + 3600) {
                if (m_splitHours.size() >= kMaxCachedHours)
                    m_splitHours.clear();
                m_splitHours.emplace(hour, SplitHour{threshold, first, after});
                return naiveSeconds - (naiveSeconds < threshold ? first : after);
            }
            break;
        }
    }
    if (m_offsetByLocalHour.size() >= kMaxCachedHours)
        m_offsetByLocalHour.clear();
    m_offsetByLocalHour.emplace(hour, offset);
    m_lastHour = hour;
    m_offset = offset;
    return naiveSeconds - offset;
}

DateTimeParse DateTimeParser::parse(std::string_view text)
{
    const std::string_view t = trimmed(text);
    if (t.empty())
        return failure(DateTimeError::Empty, text);

    DateTimeParse result;

    // A plain number: an Excel serial, or yyyyMMdd (8 digits) which the general path reads.
    {
        std::size_t i = 0;
        qint64 whole = 0;
        int wholeDigits = 0;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            if (wholeDigits < 18)
                whole = whole * 10 + (t[i] - '0');
            ++wholeDigits;
            ++i;
        }
        const std::size_t fracStart = i + 1;
        bool plain = wholeDigits > 0 && i == t.size();
        if (wholeDigits > 0 && i + 1 < t.size() && t[i] == '.') {
            std::size_t j = fracStart;
            while (j < t.size() && t[j] >= '0' && t[j] <= '9')
                ++j;
            plain = j == t.size();
        }
        if (plain && !(wholeDigits == 8 && i == t.size())) {
            if (wholeDigits != 5 || whole < kMinSerial || whole >= kMaxSerial)
                return failure(DateTimeError::NotADate, text);
            // Time of day = fraction × 86400 rounded to the second; 14 digits keep it exact in 64 bits.
            qint64 fraction = 0;
            qint64 scale = 1;
            for (std::size_t j = fracStart; j < t.size() && scale < 100000000000000; ++j) {
                fraction = fraction * 10 + (t[j] - '0');
                scale *= 10;
            }
            const qint64 seconds = (fraction * kSecondsPerDay + scale / 2) / scale;
            const qint64 naive = (whole - kExcelSerialOfEpoch) * kSecondsPerDay + seconds;
            if (naive < 0 || naive > kLastNaiveSecond)
                return failure(DateTimeError::YearOutOfRange, text);
            result.ok = true;
            result.utcSeconds = naiveToUtc(naive);
            return result;
        }
    }

    Cursor c{t};
    DateFields f;
    if (!scanDate(c, f))
        return failure(DateTimeError::NotADate, text);

    // Time, 12-hour marker and offset first: a malformed value is "not a date" even if the date
    // part alone would be ambiguous.
    qint64 hour = 0;
    qint64 minute = 0;
    qint64 second = 0;
    int meridiem = 0; // 1 AM, 2 PM
    bool haveOffset = false;
    qint64 offset = 0;
    if (!c.atEnd()) {
        const bool separated = c.skipSpaces() || c.eat('T') || c.eat('t');
        if (!separated && f.form != DateForm::Chinese)
            return failure(DateTimeError::NotADate, text);
        if (c.eat("上午"))
            meridiem = 1;
        else if (c.eat("下午"))
            meridiem = 2;
        if (meridiem)
            c.skipSpaces();
        if (!between(c.digits(hour), 1, 2))
            return failure(DateTimeError::NotADate, text);
        qint64 ignored = 0;
        if (c.eat(':')) {
            if (c.digits(minute) != 2)
                return failure(DateTimeError::NotADate, text);
            if (c.eat(':')) {
                if (c.digits(second) != 2)
                    return failure(DateTimeError::NotADate, text);
                if ((c.eat('.') || c.eat(',')) && c.digits(ignored) == 0) // fractions are truncated
                    return failure(DateTimeError::NotADate, text);
            }
        } else if (c.eat("时") || c.eat("点")) {
            if (const int n = c.digits(minute)) {
                if (n > 2 || !c.eat("分"))
                    return failure(DateTimeError::NotADate, text);
                if (const int ns = c.digits(second); ns > 0 && (ns > 2 || !c.eat("秒")))
                    return failure(DateTimeError::NotADate, text);
            }
        } else {
            return failure(DateTimeError::NotADate, text);
        }

        std::size_t mark = c.i;
        c.skipSpaces();
        if (meridiem == 0 && (c.eatNoCase("am") || c.eatNoCase("a.m."))) {
            meridiem = 1;
        } else if (meridiem == 0 && (c.eatNoCase("pm") || c.eatNoCase("p.m."))) {
            meridiem = 2;
        } else {
            c.i = mark;
        }

        mark = c.i;
        c.skipSpaces();
        if (c.eat('Z')) {
            haveOffset = true;
        } else {
            const bool named = c.eatNoCase("utc") || c.eatNoCase("gmt");
            const char sign = c.peek();
            if (sign == '+' || sign == '-') {
                ++c.i;
                qint64 hh = 0;
                qint64 mm = 0;
                const int n = c.digits(hh);
                if (n == 4) {
                    mm = hh % 100;
                    hh /= 100;
                } else if (n == 2 || (n == 1 && named)) {
                    if (c.eat(':') && c.digits(mm) != 2)
                        return failure(DateTimeError::NotADate, text);
                } else {
                    return failure(DateTimeError::NotADate, text);
                }
                if (hh > 18 || mm > 59)
                    return failure(DateTimeError::InvalidOffset, text);
                offset = (hh * 3600 + mm * 60) * (sign == '-' ? -1 : 1);
                haveOffset = true;
            } else if (named) {
                haveOffset = true;
            } else {
                c.i = mark;
            }
        }
        c.skipSpaces();
        if (!c.atEnd()) {
            // A trailing zone name ("+0800 CST"): only letters, and only meaningful with an offset.
            const std::size_t wordStart = c.i;
            while (!c.atEnd() && isAsciiLetter(c.peek()))
                ++c.i;
            if (c.i == wordStart || !c.atEnd())
                return failure(DateTimeError::NotADate, text);
            if (!haveOffset)
                return failure(DateTimeError::UnknownTimeZone, text);
        }
    }

    int year = 0;
    int month = 0;
    int day = 0;
    if (f.form == DateForm::YearLast) {
        year = f.yearDigits == 2 ? 2000 + f.c : f.c;
        bool dayFirst = m_order == DateOrder::DayFirst;
        if (m_order == DateOrder::Unknown) {
            if (f.a == f.b || (f.a > 12 && f.b <= 12)) {
                dayFirst = true;
            } else if (f.b > 12 && f.a <= 12) {
                dayFirst = false;
            } else if (f.a >= 1 && f.b >= 1 && f.a <= 12 && f.b <= 12) {
                return failure(DateTimeError::AmbiguousDayMonthOrder, text);
            }
        }
        day = dayFirst ? f.a : f.b;
        month = dayFirst ? f.b : f.a;
    } else {
        year = f.a;
        month = f.b;
        day = f.c;
    }
    if (year < 1 || !between(month, 1, 12) || day < 1 || day > daysInMonth(year, month))
        return failure(DateTimeError::ImpossibleDate, text);
    if (year < kMinYear || year > kMaxYear)
        return failure(DateTimeError::YearOutOfRange, text);
    if (meridiem != 0) {
        if (!between(static_cast<int>(hour), 1, 12))
            return failure(DateTimeError::ImpossibleTime, text);
        hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return failure(DateTimeError::ImpossibleTime, text);

    const qint64 naive = daysSinceEpoch(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second;
    result.ok = true;
    result.utcSeconds = haveOffset ? naive - offset : naiveToUtc(naive);
    return result;
}

} // namespace clientele
