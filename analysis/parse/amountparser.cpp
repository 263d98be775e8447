#include "analysis/parse/amountparser.h"

#include "analysis/parse/textscan.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace clientele {

namespace {

using namespace textscan;

enum class Sep : unsigned char { Point, Comma, Apostrophe, Space };

int separatorAt(std::string_view s, std::size_t i, Sep &sep)
{
    switch (s[i]) {
    case '.':
        sep = Sep::Point;
        return 1;
    case ',':
        sep = Sep::Comma;
        return 1;
    case '\'':
        sep = Sep::Apostrophe;
        return 1;
    default:
        break;
    }
    if (startsWithAt(s, i, "．")) {
        sep = Sep::Point;
        return 3;
    }
    if (startsWithAt(s, i, "，")) {
        sep = Sep::Comma;
        return 3;
    }
    if (startsWithAt(s, i, "’")) {
        sep = Sep::Apostrophe;
        return 3;
    }
    if (const int n = spaceAt(s, i)) {
        sep = Sep::Space;
        return n;
    }
    return 0;
}

constexpr std::string_view kCurrencySigns[] = {"¥", "￥", "$", "＄", "€", "£", "元"};
constexpr std::string_view kCurrencyCodes[] = {"rmb", "cny", "usd", "eur", "gbp"}; // lower-case
constexpr std::string_view kMinus[] = {"-", "−", "－"};
constexpr std::string_view kPlus[] = {"+", "＋"};
constexpr std::string_view kOpenParen[] = {"(", "（"};
constexpr std::string_view kCloseParen[] = {")", "）"};

template <std::size_t N> int matchAt(std::string_view s, std::size_t i, const std::string_view (&literals)[N])
{
    for (const std::string_view lit : literals) {
        if (startsWithAt(s, i, lit))
            return static_cast<int>(lit.size());
    }
    return 0;
}

// Matches a literal that ends exactly at s.size().
template <std::size_t N> int matchAtEnd(std::string_view s, const std::string_view (&literals)[N])
{
    for (const std::string_view lit : literals) {
        if (s.ends_with(lit))
            return static_cast<int>(lit.size());
    }
    return 0;
}

int currencyAt(std::string_view s, std::size_t i)
{
    if (const int n = matchAt(s, i, kCurrencySigns))
        return n;
    for (const std::string_view code : kCurrencyCodes) {
        if (startsWithNoCaseAt(s, i, code))
            return static_cast<int>(code.size());
    }
    return 0;
}

int currencyAtEnd(std::string_view s)
{
    if (const int n = matchAtEnd(s, kCurrencySigns))
        return n;
    for (const std::string_view code : kCurrencyCodes) {
        if (s.size() >= code.size() && startsWithNoCaseAt(s, s.size() - code.size(), code))
            return static_cast<int>(code.size());
    }
    return 0;
}

// Groups are valid when all `count` separators are of one kind, the first group has 1-3 digits and
// every later group exactly three. runs[k] is the digit count before separator k (runs[count] after
// the last one).
bool groupsValid(const Sep *seps, const int *runs, int count)
{
    if (count == 0)
        return true;
    if (runs[0] < 1 || runs[0] > 3)
        return false;
    for (int k = 0; k < count; ++k) {
        if (seps[k] != seps[0] || runs[k + 1] != 3)
            return false;
    }
    return true;
}

Q_DECL_COLD_FUNCTION AmountParse failure(AmountError error, std::string_view text)
{
    AmountParse result;
    result.error = error;
    result.reason
        = error == AmountError::Empty ? amountErrorText(error) : amountErrorText(error) + u": " + quoted(text);
    return result;
}

constexpr quint64 kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
// Largest whole part whose micro-units can still fit in qint64 (9223372036854.775807).
constexpr quint64 kMaxWhole = static_cast<quint64>(std::numeric_limits<qint64>::max()) / 1000000;

} // namespace

QString amountErrorText(AmountError error)
{
    switch (error) {
    case AmountError::None:
        return {};
    case AmountError::Empty:
        return QCoreApplication::translate("clientele::AmountParser", "empty amount");
    case AmountError::NotANumber:
        return QCoreApplication::translate("clientele::AmountParser", "not a number");
    case AmountError::MisplacedThousandsSeparator:
        return QCoreApplication::translate("clientele::AmountParser", "misplaced thousands separator");
    case AmountError::MixedThousandsSeparators:
        return QCoreApplication::translate("clientele::AmountParser", "mixed thousands separators");
    case AmountError::DecimalCommaInPointColumn:
        return QCoreApplication::translate("clientele::AmountParser", "decimal comma in a decimal-point column");
    case AmountError::DecimalPointInCommaColumn:
        return QCoreApplication::translate("clientele::AmountParser", "decimal point in a decimal-comma column");
    case AmountError::ScientificNotation:
        return QCoreApplication::translate(
            "clientele::AmountParser", "scientific notation (digits may have been rounded away)");
    case AmountError::ConflictingSigns:
        return QCoreApplication::translate("clientele::AmountParser", "conflicting signs");
    case AmountError::OutOfRange:
        return QCoreApplication::translate("clientele::AmountParser", "amount out of range");
    }
    return {};
}

AmountParser::AmountParser(DecimalSeparator decimal)
    : m_decimal(decimal)
{
}

AmountParse AmountParser::parse(std::string_view text) const
{
    const std::string_view t = trimmed(text);
    if (t.empty())
        return failure(AmountError::Empty, text);

    // Peel signs, parentheses and currency markers off both ends; what remains must be the number.
    std::size_t b = 0;
    std::size_t e = t.size();
    bool negative = false;
    bool signSeen = false;
    bool conflict = false;
    bool openParen = false;
    bool closeParen = false;
    bool currencyBefore = false;
    bool currencyAfter = false;
    for (;;) {
        int n = 0;
        if ((n = spaceAt(t, b))) {
        } else if ((n = matchAt(t, b, kMinus))) {
            conflict = conflict || signSeen;
            signSeen = negative = true;
        } else if ((n = matchAt(t, b, kPlus))) {
            conflict = conflict || signSeen;
            signSeen = true;
        } else if (!openParen && (n = matchAt(t, b, kOpenParen))) {
            openParen = true;
        } else if (!currencyBefore && (n = currencyAt(t, b))) {
            currencyBefore = true;
        } else {
            break;
        }
        b += static_cast<std::size_t>(n);
    }
    while (e > b) {
        const std::string_view head = t.substr(b, e - b);
        int n = 0;
        if ((n = spaceBefore(head, head.size()))) {
        } else if (!closeParen && (n = matchAtEnd(head, kCloseParen))) {
            closeParen = true;
        } else if ((n = matchAtEnd(head, kMinus))) {
            // SAP-style trailing minus: "12.50-".
            conflict = conflict || signSeen;
            signSeen = negative = true;
        } else if (!currencyAfter && (n = currencyAtEnd(head))) {
            currencyAfter = true;
        } else {
            break;
        }
        e -= static_cast<std::size_t>(n);
    }
    if (openParen != closeParen)
        return failure(AmountError::NotANumber, text);
    if (conflict || (openParen && signSeen))
        return failure(AmountError::ConflictingSigns, text);
    negative = negative || openParen;

    // One pass over the number: accumulate digits and remember the separator layout; the layout is
    // judged afterwards, when the whole picture is known.
    const std::string_view core = t.substr(b, e - b);
    const Sep decimalSep = m_decimal == DecimalSeparator::Point ? Sep::Point : Sep::Comma;
    const Sep foreignDecimal = m_decimal == DecimalSeparator::Point ? Sep::Comma : Sep::Point;
    constexpr int kMaxSeps = 12; // far more than any amount below 2^63 micro-units needs
    Sep seps[kMaxSeps];
    int runs[kMaxSeps + 1] = {};
    int sepCount = 0;
    int decimalAt = -1;
    bool twoDecimals = false;
    quint64 whole = 0;
    bool tooBig = false;
    quint64 frac = 0;
    int fracDigits = 0;
    bool roundUp = false;
    int digitCount = 0;
    for (std::size_t i = 0; i < core.size();) {
        int v = 0;
        if (const int n = digitAt(core, i, v)) {
            i += static_cast<std::size_t>(n);
            ++digitCount;
            ++runs[sepCount];
            if (decimalAt < 0) {
                if (!tooBig) {
                    whole = whole * 10 + static_cast<quint64>(v);
                    tooBig = whole > kMaxWhole;
                }
            } else {
                if (fracDigits < 6)
                    frac = frac * 10 + static_cast<quint64>(v);
                else if (fracDigits == 6)
                    roundUp = v >= 5; // magnitude rounding = half away from zero once the sign is applied
                ++fracDigits;
            }
            continue;
        }
        Sep sep;
        const int n = separatorAt(core, i, sep);
        if (n == 0) {
            if ((core[i] == 'e' || core[i] == 'E') && digitCount > 0)
                return failure(AmountError::ScientificNotation, text);
            return failure(AmountError::NotANumber, text);
        }
        if (sepCount == kMaxSeps)
            return failure(AmountError::NotANumber, text);
        if (sep == decimalSep) {
            if (decimalAt >= 0)
                twoDecimals = true;
            else
                decimalAt = sepCount;
        }
        seps[sepCount++] = sep;
        i += static_cast<std::size_t>(n);
    }

    if (digitCount == 0 || twoDecimals)
        return failure(AmountError::NotANumber, text);
    const AmountError wrongDecimal = m_decimal == DecimalSeparator::Point ? AmountError::DecimalCommaInPointColumn
                                                                          : AmountError::DecimalPointInCommaColumn;
    if (decimalAt >= 0 && decimalAt != sepCount - 1) {
        // Only digits may follow the decimal separator; "1.234,56" in Point mode is a comma column.
        return failure(seps[decimalAt + 1] == foreignDecimal ? wrongDecimal : AmountError::NotANumber, text);
    }
    const int groupSeps = decimalAt >= 0 ? decimalAt : sepCount;
    if (decimalAt < 0 && groupSeps > 0 && seps[groupSeps - 1] == foreignDecimal && runs[groupSeps] > 0
        && runs[groupSeps] != 3 && std::count(seps, seps + groupSeps, foreignDecimal) == 1
        && groupsValid(seps, runs, groupSeps - 1)) {
        // "12,50" in Point mode: a decimal comma, not grouping. Guessing either way risks a
        // hundredfold error, so the column's mode must be fixed instead.
        return failure(wrongDecimal, text);
    }
    if (!groupsValid(seps, runs, groupSeps)) {
        const bool mixed = std::any_of(seps, seps + groupSeps, [&](Sep s) { return s != seps[0]; });
        return failure(mixed ? AmountError::MixedThousandsSeparators : AmountError::MisplacedThousandsSeparator, text);
    }
    if (tooBig)
        return failure(AmountError::OutOfRange, text);

    const quint64 magnitude = whole * 1000000 + frac * kPow10[6 - std::min(fracDigits, 6)] + (roundUp ? 1 : 0);
    if (magnitude > static_cast<quint64>(std::numeric_limits<qint64>::max()))
        return failure(AmountError::OutOfRange, text);
    AmountParse result;
    result.ok = true;
    result.micros = negative ? -static_cast<qint64>(magnitude) : static_cast<qint64>(magnitude);
    return result;
}

DecimalSeparator detectDecimalSeparator(const std::vector<std::string_view> &samples)
{
    qint64 pointEvidence = 0;
    qint64 commaEvidence = 0;
    for (const std::string_view s : samples) {
        int points = 0;
        int commas = 0;
        Sep last = Sep::Point;
        int digitsAfterLast = 0;
        for (std::size_t i = 0; i < s.size();) {
            int v = 0;
            if (const int n = digitAt(s, i, v)) {
                ++digitsAfterLast;
                i += static_cast<std::size_t>(n);
                continue;
            }
            Sep sep;
            if (const int n = separatorAt(s, i, sep); n > 0 && (sep == Sep::Point || sep == Sep::Comma)) {
                (sep == Sep::Point ? points : commas) += 1;
                last = sep;
                digitsAfterLast = 0;
                i += static_cast<std::size_t>(n);
                continue;
            }
            ++i;
        }
        if (points > 0 && commas > 0) {
            (last == Sep::Point ? pointEvidence : commaEvidence) += 1;
        } else if (points + commas > 1) {
            // A repeated separator can only be grouping: "1.234.567" is a comma-decimal value.
            (points > 0 ? commaEvidence : pointEvidence) += 1;
        } else if (points + commas == 1 && digitsAfterLast > 0 && digitsAfterLast != 3) {
            (points > 0 ? pointEvidence : commaEvidence) += 1;
        }
    }
    return commaEvidence > 0 && pointEvidence == 0 ? DecimalSeparator::Comma : DecimalSeparator::Point;
}

qint64 microsToMinorUnits(qint64 micros)
{
    const qint64 quotient = micros / 10000;
    const qint64 remainder = micros % 10000; // same sign as micros
    if (remainder >= 5000)
        return quotient + 1;
    if (remainder <= -5000)
        return quotient - 1;
    return quotient;
}

} // namespace clientele
