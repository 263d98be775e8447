// AmountParser::parse on the input in Point and Comma mode, and detectDecimalSeparator.
#include "analysis/parse/amountparser.h"

#include <string_view>
#include <vector>

using namespace clientele;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AmountParser point(DecimalSeparator::Point);
    static const AmountParser comma(DecimalSeparator::Comma);
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    qint64 sum = 0;
    for (const AmountParser *parser : {&point, &comma}) {
        const AmountParse parsed = parser->parse(text);
        if (parsed.ok != (parsed.error == AmountError::None) || (!parsed.ok && parsed.reason.isEmpty()))
            __builtin_trap();
        if (parsed.ok)
            sum += microsToMinorUnits(parsed.micros);
    }
    // Split on newlines: a column of sample values.
    std::vector<std::string_view> samples;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            samples.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    (void)detectDecimalSeparator(samples);
    return sum == 1;
}
