#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>
#include <vector>

namespace clientele {

enum class DecimalSeparator { Point, Comma };

// Why a value was rejected. `reason` names the value and is meant for a single row; group rejects by
// `error` (amountErrorText gives the same words without the value) so a report does not get one
// entry per distinct bad cell.
enum class AmountError {
    None,
    Empty,                       // "empty amount"
    NotANumber,                  // "N/A", "abc", "1.2.3", "--5", "12%"
    MisplacedThousandsSeparator, // "¥1,2123.45", "1,23,456", "1,,234"
    MixedThousandsSeparators,    // "1,234 567"
    DecimalCommaInPointColumn,   // Point mode: "12,50", "1.234,56"
    DecimalPointInCommaColumn,   // Comma mode: "12.50", "1,234.56"
    ScientificNotation,          // "1.23E+05": Excel may already have rounded the digits away
    ConflictingSigns,            // "-(12)", "+-5", "-12-"
    OutOfRange,                  // |value| >= 2^63 micro-units (about 9.2 trillion)
};

// A parsed number in millionths (micro-units): exact for every amount and unit price that shops
// export, and a product with a quantity still fits in 64 bits.
struct AmountParse
{
    bool ok = false;
    qint64 micros = 0;
    QString reason; // when !ok: e.g. "not a number: \"N/A\"", "misplaced thousands separator: \"1,2123\""
    AmountError error = AmountError::None;
};

// The reason without the value, e.g. "misplaced thousands separator"; empty for None.
QString amountErrorText(AmountError error);

// Parses money and quantities as shops export them: currency signs and codes before or after
// (¥ ￥ $ € £ RMB CNY USD EUR 元), spaces and NBSP, thousands separators (, . ' space, groups of
// three only), decimal point or comma, leading '-' or '(x)' for negatives, '+' sign.
// Empty text is an error. More than six decimals are rounded half away from zero.
//
// Exact rules (the import documentation repeats them):
// - Surrounding whitespace (space, tab, NBSP, U+202F, U+2009, U+3000, CR/LF) is ignored.
// - At most one currency marker before and one after the number, with or without a space:
//   ¥ ￥ $ ＄ € £ 元 and the codes RMB CNY USD EUR GBP in any letter case.
// - Sign: leading '-' (also U+2212 and full-width '－'), leading '+' ('＋'), parentheses ('(' ')' or
//   full-width) or a trailing '-' as SAP-style ERPs write it ("12.50-"). Only one of them.
// - Digits: ASCII or full-width ０-９; '．' and '，' count as '.' and ','.
// - The decimal separator is '.' in Point mode and ',' in Comma mode; at most one, and nothing but
//   digits after it. ".5" and "5." are accepted.
// - Thousands separators: the other of '.'/',', apostrophe (' or ’) or a space (incl. NBSP, U+202F,
//   U+2009), one kind per value, first group 1-3 digits, every further group exactly 3 digits.
// - The decimal character of the other mode, used once and not followed by exactly three digits, is
//   rejected rather than guessed: "12,50" in Point mode is DecimalCommaInPointColumn (never 1250 or
//   12.5), "12.50" in Comma mode is DecimalPointInCommaColumn. "1,234" in Point mode is 1234 and
//   "1.234" in Comma mode is 1234 - pick the mode with detectDecimalSeparator over the whole column.
// - Scientific notation is rejected: Excel writes "1.23457E+11" after rounding the real digits away.
// The success path does not allocate; `reason` is only built for errors.
class AmountParser
{
public:
    explicit AmountParser(DecimalSeparator decimal = DecimalSeparator::Point);
    AmountParse parse(std::string_view text) const;
    DecimalSeparator decimalSeparator() const { return m_decimal; }

private:
    DecimalSeparator m_decimal;
};

// Decides the decimal separator of a column from sample values: Comma when values like "12,5" or
// "1.234,56" appear and none like "12.50" or "1,234.56"; Point otherwise.
// Evidence per value: both '.' and ',' present - the later one is the decimal separator; a single
// separator not followed by exactly three digits is decimal ("12,5" → Comma, "12.50" → Point); a
// repeated separator is grouping ("1.234.567" → Comma, "1,234,567" → Point); a single separator
// followed by exactly three digits ("1,234") is no evidence. Pass as many values as practical.
DecimalSeparator detectDecimalSeparator(const std::vector<std::string_view> &samples);

// Micro-units to minor units (cents/fen), rounding half away from zero: 12345 → 1, 15000 → 2,
// -5000 → -1, -4999 → 0.
qint64 microsToMinorUnits(qint64 micros);

} // namespace clientele
