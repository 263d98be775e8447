// DateTimeParser::parse on the input with every DateOrder, in UTC and in a zone with DST (the
// gap/overlap code), plus DateOrderDetector.
#include "analysis/parse/datetimeparser.h"

#include <string_view>

using namespace clientele;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    static DateTimeParser utcParsers[3] = {DateTimeParser(QTimeZone::utc(), DateOrder::Unknown),
        DateTimeParser(QTimeZone::utc(), DateOrder::DayFirst), DateTimeParser(QTimeZone::utc(), DateOrder::MonthFirst)};
    static DateTimeParser berlinParsers[3] = {DateTimeParser(berlin, DateOrder::Unknown),
        DateTimeParser(berlin, DateOrder::DayFirst), DateTimeParser(berlin, DateOrder::MonthFirst)};
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    qint64 sum = 0;
    for (DateTimeParser &parser : utcParsers) {
        const DateTimeParse parsed = parser.parse(text);
        if (parsed.ok != (parsed.error == DateTimeError::None) || (!parsed.ok && parsed.reason.isEmpty()))
            __builtin_trap();
        sum += parsed.utcSeconds;
    }
    for (DateTimeParser &parser : berlinParsers) {
        const DateTimeParse parsed = parser.parse(text);
        if (parsed.ok != (parsed.error == DateTimeError::None))
            __builtin_trap();
        sum += parsed.utcSeconds;
    }
    DateOrderDetector detector;
    detector.add(text);
    (void)detector.decision();
    return sum == 1;
}
