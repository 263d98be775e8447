#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>
#include <vector>

namespace clientele {

enum class DecimalSeparator { Point, Comma };

// A parsed number in millionths (micro-units): exact for every amount and unit price that shops
// export, and a product with a quantity still fits in 64 bits.
struct AmountParse
{
    bool ok = false;
    qint64 micros = 0;
    QString reason; // when !ok: e.g. "not a number: \"N/A\"", "misplaced thousands separator"
};

// Parses money and quantities as shops export them: currency signs and codes before or after
// (¥ ￥ $ € £ RMB CNY USD EUR 元), spaces and NBSP, thousands separators (, . ' space, groups of
// three only), decimal point or comma, leading '-' or '(x)' for negatives, '+' sign.
// Empty text is an error. More than six decimals are rounded half away from zero.
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
DecimalSeparator detectDecimalSeparator(const std::vector<std::string_view> &samples);

// Micro-units to minor units (cents/fen), rounding half away from zero.
qint64 microsToMinorUnits(qint64 micros);

} // namespace clientele
