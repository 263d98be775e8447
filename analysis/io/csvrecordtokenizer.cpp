#include "analysis/io/csvrecordtokenizer.h"

#include <cstring>

namespace clientele::csv {

void RecordTokenizer::setDelimiter(char delimiter)
{
    m_delimiter = delimiter;
    m_stops = StopTable(delimiter);
}

qsizetype RecordTokenizer::compact()
{
    const qsizetype dropped = m_recordStart;
    if (dropped > 0) {
        const qsizetype pending = unconsumedSize();
        std::memmove(m_buffer.data(), m_buffer.data() + dropped, size_t(pending));
        m_buffer.resize(size_t(pending));
        m_scan -= dropped;
        m_fieldBegin -= dropped;
        m_recordEnd -= dropped;
        m_recordStart = 0;
    }
    return dropped;
}

void RecordTokenizer::fillRecord(Record &record) const
{
    const char *const recordBase = m_buffer.data() + m_recordStart;
    record.line = m_recordLine;
    record.raw = std::string_view(recordBase, size_t(m_recordEnd - m_recordStart));
    record.fields.clear();
    for (const Span &span : m_spans) {
        const char *begin = span.inScratch ? m_scratch.data() + span.begin : recordBase + span.begin;
        record.fields.emplace_back(begin, size_t(span.end - span.begin));
    }
}

void RecordTokenizer::endField(const char *fieldEnd, State fieldState)
{
    if (m_spans.size() >= size_t(MaxRecordFields)) {
        m_tooManyFields = true; // the rest of the record is scanned, but not kept
        return;
    }
    const char *const base = m_buffer.data();
    const qsizetype end = fieldEnd - base;
    if (fieldState == State::Unquoted || fieldState == State::FieldStart) {
        m_spans.push_back({m_fieldBegin - m_recordStart, end - m_recordStart, false});
        return;
    }

    Span span{};
    if (!m_fieldNeedsUnescape) {
        // "abc" without inner quotes: the value is in the buffer, minus the closing quote.
        const qsizetype valueEnd = fieldState == State::QuoteInQuoted ? end - 1 : end;
        span = {m_fieldBegin - m_recordStart, valueEnd - m_recordStart, false};
    } else {
        const qsizetype scratchBegin = qsizetype(m_scratch.size());
        bool inQuotes = true;
        for (const char *p = base + m_fieldBegin; p < fieldEnd; ++p) {
            if (inQuotes && *p == '"') {
                if (p + 1 < fieldEnd && p[1] == '"')
                    ++p;
                else {
                    inQuotes = false;
                    continue;
                }
            }
            m_scratch.push_back(*p);
        }
        span = {scratchBegin, qsizetype(m_scratch.size()), true};
    }

    // Excel's guard inside a quoted field: "=""00123""" has the value ="00123".
    if (!m_fieldGuarded && span.end - span.begin >= 3) {
        const char *value = span.inScratch ? m_scratch.data() + span.begin : base + m_recordStart + span.begin;
        const qsizetype length = span.end - span.begin;
        if (value[0] == '=' && value[1] == '"' && value[length - 1] == '"') {
            span.begin += 2;
            span.end -= 1;
        }
    }
    m_spans.push_back(span);
}

void RecordTokenizer::completeRecord(qsizetype terminator, qsizetype next)
{
    m_recordEnd = terminator;
    m_nextLine = m_recordLine + m_innerNewlines + 1;
    m_scan = next;
    m_state = State::RecordStart;
}

RecordTokenizer::Step RecordTokenizer::parse(bool atEof)
{
    const char *const base = m_buffer.data();
    const char *const end = base + m_buffer.size();
    const char *p = base + m_scan;
    const char delimiter = m_delimiter;
    const bool *const stopUnquoted = m_stops.unquoted.data();
    const bool *const stopQuoted = m_stops.quoted.data();

    auto needMore = [&] {
        m_scan = p - base;
        return Step::NeedMore;
    };
    // Ends the record at the line terminator under p.
    auto endRecord = [&] {
        m_pendingCr = *p == '\r';
        completeRecord(p - base, p + 1 - base);
        return Step::Record;
    };

    for (;;) {
        switch (m_state) {
        case State::RecordStart:
            if (p == end)
                return needMore();
            if (m_pendingCr) {
                m_pendingCr = false;
                if (*p == '\n') {
                    ++p;
                    m_recordStart = p - base;
                    continue;
                }
            }
            if (*p == '\n' || *p == '\r') { // blank line: skipped, but it is a line
                m_pendingCr = *p == '\r';
                ++m_nextLine;
                ++p;
                m_recordStart = p - base;
                continue;
            }
            m_recordStart = p - base;
            m_recordLine = m_nextLine;
            m_innerNewlines = 0;
            m_unterminated = false;
            m_tooManyFields = false;
            m_spans.clear();
            m_scratch.clear();
            m_state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            m_fieldBegin = p - base;
            m_fieldNeedsUnescape = false;
            m_fieldGuarded = false;
            if (p == end)
                return needMore();
            if (*p == '"') {
                m_quoteLine = m_recordLine + m_innerNewlines;
                m_fieldBegin = p + 1 - base;
                ++p;
                m_state = State::Quoted;
                continue;
            }
            if (*p == '=') {
                if (p + 1 == end && !atEof)
                    return needMore();
                if (p + 1 < end && p[1] == '"') {
                    m_quoteLine = m_recordLine + m_innerNewlines;
                    m_fieldGuarded = true;
                    m_fieldBegin = p + 2 - base;
                    p += 2;
                    m_state = State::Quoted;
                    continue;
                }
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuoted:
            while (p != end && !stopUnquoted[uchar(*p)])
                ++p;
            if (p == end)
                return needMore();
            endField(p, m_state);
            if (*p == delimiter) {
                ++p;
                m_state = State::FieldStart;
                continue;
            }
            return endRecord();
        case State::Quoted:
            for (;;) {
                while (p != end && !stopQuoted[uchar(*p)])
                    ++p;
                if (p == end)
                    return needMore();
                if (*p == '"')
                    break;
                // CRLF inside quotes is one line break; p[-1] is at worst the opening quote.
                if (*p == '\r' || p[-1] != '\r')
                    ++m_innerNewlines;
                ++p;
            }
            ++p;
            m_state = State::QuoteInQuoted;
            [[fallthrough]];
        case State::QuoteInQuoted:
            if (p == end)
                return needMore();
            if (*p == '"') { // "" is a literal quote
                m_fieldNeedsUnescape = true;
                ++p;
                m_state = State::Quoted;
                continue;
            }
            if (*p == delimiter || *p == '\n' || *p == '\r') {
                endField(p, State::QuoteInQuoted);
                if (*p == delimiter) {
                    ++p;
                    m_state = State::FieldStart;
                    continue;
                }
                return endRecord();
            }
            m_fieldNeedsUnescape = true;
            m_state = State::AfterQuoted;
            continue;
        }
    }
}

bool RecordTokenizer::finishAtEof()
{
    const char *const end = m_buffer.data() + m_buffer.size();
    switch (m_state) {
    case State::RecordStart:
        return false;
    case State::Quoted:
        m_unterminated = true;
        endField(end, State::Quoted);
        break;
    default:
        endField(end, m_state);
        break;
    }
    m_pendingCr = false;
    completeRecord(qsizetype(m_buffer.size()), qsizetype(m_buffer.size()));
    return true;
}

} // namespace clientele::csv
