#include "analysis/io/xlsxcells.h"

#include <QDate>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace clientele::xlsx {

namespace {

constexpr int kMaxColumns = 16384; // XFD
constexpr qint64 kSecondsPerDay = 86400;

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Parses "_xHHHH_" at `pos`; -1 if there is none.
int escapeAt(std::string_view text, size_t pos)
{
    if (pos + 7 > text.size() || text[pos] != '_' || text[pos + 1] != 'x' || text[pos + 6] != '_')
        return -1;
    int value = 0;
    for (size_t i = pos + 2; i < pos + 6; ++i) {
        const int h = hexValue(text[i]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

} // namespace

int columnFromReference(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    for (; i < reference.size() && isAsciiLetter(reference[i]); ++i) {
        const char c = char(reference[i] & ~0x20); // upper case
        column = column * 26 + (c - 'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

qint64 rowFromReference(std::string_view reference)
{
    size_t i = 0;
    while (i < reference.size() && isAsciiLetter(reference[i]))
        ++i;
    qint64 row = 0;
    const auto result = std::from_chars(reference.data() + i, reference.data() + reference.size(), row);
    if (result.ec != std::errc() || result.ptr != reference.data() + reference.size() || row < 1)
        return 0;
    return row;
}

std::string formatDouble(double value)
{
    if (value == 0.0 || !std::isfinite(value))
        return value == 0.0 ? std::string("0") : std::string();
    char buffer[400];
    const double magnitude = std::fabs(value);
    // Fixed notation reads naturally for amounts and ids; beyond that range it would print
    // hundreds of digits, so fall back to the shortest form (which then uses an exponent).
    const auto format = (magnitude >= 1e-7 && magnitude < 1e21) ? std::chars_format::fixed : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    std::string text(buffer, result.ptr);
    if (format == std::chars_format::general) {
        for (char &c : text) {
            if (c == 'e')
                c = 'E';
        }
    }
    return text;
}

bool formatNumber(std::string_view text, std::string &out)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return false;
    out = formatDouble(value);
    return true;
}

bool serialToDateTime(double serial, bool date1904, std::string &out)
{
    // Beyond 9999-12-31 Excel shows ####; negative serials are not dates either.
    constexpr double kLastSerial1900 = 2958466.0;
    const double limit = date1904 ? kLastSerial1900 - 1462.0 : kLastSerial1900;
    if (!std::isfinite(serial) || serial < 0.0 || serial >= limit)
        return false;
    const qint64 total = std::llround(serial * double(kSecondsPerDay));
    qint64 day = total / kSecondsPerDay;
    const qint64 seconds = total % kSecondsPerDay;

    int year = 0, month = 0, dayOfMonth = 0;
    if (!date1904 && day == 60) {
        // Lotus 1-2-3 treated 1900 as a leap year and Excel kept the bug: serial 60 is a day
        // that never existed. Show it as Excel does rather than silently shifting it.
        year = 1900, month = 2, dayOfMonth = 29;
    } else {
        QDate date;
        if (date1904)
            date = QDate(1904, 1, 1).addDays(day);
        else if (day < 60)
            date = QDate(1899, 12, 31).addDays(day); // serial 1 = 1900-01-01, 0 = "1900-01-00"
        else
            date = QDate(1899, 12, 30).addDays(day);
        if (!date.isValid() || date.year() > 9999)
            return false;
        year = date.year(), month = date.month(), dayOfMonth = date.day();
    }
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", year, month, dayOfMonth,
        int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
    out.assign(buffer, size_t(n));
    return true;
}

bool isDateFormatId(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
}

bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        switch (c) {
        case u'"': {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'[': {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'\\': // escaped literal
        case u'_':  // space as wide as the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        case u'y':
        case u'Y':
        case u'm':
        case u'M':
        case u'd':
        case u'D':
        case u'h':
        case u'H':
        case u's':
        case u'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

void decodeEscapes(std::string &text)
{
    if (text.find("_x") == std::string::npos)
        return;
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const int unit = escapeAt(text, i);
        if (unit < 0) {
            out += text[i++];
            continue;
        }
        i += 7;
        char32_t cp = char32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapeAt(text, i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                i += 7;
            } else {
                cp = 0xFFFD;
            }
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            cp = 0xFFFD;
        }
        appendUtf8(out, cp);
    }
    text = std::move(out);
}

} // namespace clientele::xlsx
