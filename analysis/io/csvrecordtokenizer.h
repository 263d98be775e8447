#pragma once

#include "analysis/io/csvbytebuffer.h"
#include "analysis/io/recordsource.h"

#include <QtGlobal>

#include <array>
#include <string>
#include <vector>

namespace clientele::csv {

// Splits the UTF-8 text in its buffer into records and fields (RFC 4180 plus what real exports
// contain: CRLF / LF / CR line ends, quoted delimiters and newlines, doubled quotes, Excel text
// guards ="00123"). The caller appends text to buffer() and calls parse() until it yields a
// record; the buffer always holds the current record contiguously from recordStart() on.
class RecordTokenizer
{
public:
    enum class Step { Record, NeedMore };

    RecordTokenizer()
        : m_stops(',')
    {
    }

    void setDelimiter(char delimiter);
    ByteBuffer &buffer() { return m_buffer; }

    // Scans on from where the last call stopped. `atEof`: no more text will come, so a trailing
    // '=' need not wait for a quote after it.
    Step parse(bool atEof);
    // At the end of the input: completes the record in progress (an open quote makes it
    // unterminated()); false when there is none.
    bool finishAtEof();
    // Moves the current record to the start of the buffer; returns the number of bytes dropped
    // in front of it.
    qsizetype compact();

    // The completed record: its line, fields and raw text (views into the buffer, valid until
    // the next parse()).
    void fillRecord(Record &record) const;
    // Done with the completed record: the next one starts after it.
    void consumeRecord() { m_recordStart = m_scan; }

    qsizetype recordStart() const { return m_recordStart; }
    qsizetype unconsumedSize() const { return qsizetype(m_buffer.size()) - m_recordStart; }
    qint64 recordLine() const { return m_recordLine; }
    qint64 nextLine() const { return m_nextLine; }
    bool inQuotedField() const { return m_state == State::Quoted; }
    bool unterminated() const { return m_unterminated; }
    // The record had more than MaxRecordFields fields; only the first ones were kept.
    bool tooManyFields() const { return m_tooManyFields; }
    qint64 quoteLine() const { return m_quoteLine; }

private:
    enum class State : quint8 {
        RecordStart,   // nothing of the record seen yet (blank lines are skipped here)
        FieldStart,    // after a delimiter
        Unquoted,      // inside an unquoted field; quotes are literal
        Quoted,        // inside a quoted field
        QuoteInQuoted, // saw a quote inside a quoted field: end of field or first half of ""
        AfterQuoted,   // text after the closing quote ("abc"def): kept literally
    };

    // Where a field's value lives once the record is complete: offsets relative to the record
    // start in the buffer, or offsets into the scratch buffer (values that had to be unescaped).
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool inScratch;
    };

    // Lookup tables of the bytes that stop the fast scanning loops.
    struct StopTable
    {
        std::array<bool, 256> unquoted{};
        std::array<bool, 256> quoted{};

        explicit StopTable(char delimiter)
        {
            unquoted[uchar(delimiter)] = unquoted['\n'] = unquoted['\r'] = true;
            quoted['"'] = quoted['\n'] = quoted['\r'] = true;
        }
    };

    void endField(const char *fieldEnd, State fieldState);
    void completeRecord(qsizetype terminator, qsizetype next);

    ByteBuffer m_buffer;
    char m_delimiter = ',';
    StopTable m_stops;

    // Positions are indices into the buffer (kept valid across compaction).
    State m_state = State::RecordStart;
    qsizetype m_recordStart = 0;
    qsizetype m_scan = 0;
    qsizetype m_fieldBegin = 0;
    bool m_fieldNeedsUnescape = false;
    bool m_fieldGuarded = false;
    bool m_pendingCr = false; // the last record ended in CR: a following LF belongs to it
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 1;
    qint64 m_innerNewlines = 0;
    qint64 m_quoteLine = 0;
    std::vector<Span> m_spans;
    std::string m_scratch;

    // The completed record.
    qsizetype m_recordEnd = 0;
    bool m_unterminated = false;
    bool m_tooManyFields = false;
};

} // namespace clientele::csv
