#include "analysis/io/csvreader.h"

#include "analysis/io/textencoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace clientele {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype SniffSize = 64 * 1024;
constexpr int SniffRecords = 50;
constexpr std::array<char, 4> Delimiters = { ',', ';', '\t', '|' };

QString tr(const char *text)
{
    return QCoreApplication::translate("clientele::CsvReader", text);
}

// Counts fields per record with the same quoting rules as the reader (a quote opens a quoted
// section only at the start of a field), over at most SniffRecords records.
std::vector<int> fieldCounts(QByteArrayView text, char delimiter)
{
    std::vector<int> counts;
    int fields = 1;
    bool quoted = false;
    bool fieldStart = true;
    bool recordHasData = false;
    qsizetype lastComplete = 0;
    for (qsizetype i = 0; i < text.size() && int(counts.size()) < SniffRecords; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (recordHasData)
                counts.push_back(fields);
            fields = 1;
            fieldStart = true;
            recordHasData = false;
            lastComplete = i + 1;
            continue;
        }
        recordHasData = true;
        if (c == delimiter) {
            ++fields;
            fieldStart = true;
            continue;
        }
        if (c == '"' && fieldStart)
            quoted = true;
        fieldStart = c == '=' && fieldStart; // ="..." text guard
    }
    // The head usually ends inside a record; count that last piece only when it is all we have.
    if (recordHasData && (counts.empty() || lastComplete == text.size()))
        counts.push_back(fields);
    return counts;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma-separated");
    case ';':
        return tr("semicolon-separated");
    case '\t':
        return tr("tab-separated");
    case '|':
        return tr("pipe-separated");
    default:
        return tr("separated by '%1'").arg(QLatin1Char(delimiter));
    }
}

bool isUtf16(const QByteArray &encoding)
{
    return encoding == "UTF-16LE" || encoding == "UTF-16BE";
}

enum class State : quint8 {
    RecordStart, // nothing of the record seen yet (blank lines are skipped here)
    FieldStart, // after a delimiter
    Unquoted, // inside an unquoted field; quotes are literal
    Quoted, // inside a quoted field
    QuoteInQuoted, // saw a quote inside a quoted field: end of field or first half of ""
    AfterQuoted, // text after the closing quote ("abc"def): kept literally
};

// Where a field's value lives once the record is complete: offsets relative to the record start
// in the read buffer, or offsets into the scratch buffer (values that had to be unescaped).
struct Span
{
    qsizetype begin;
    qsizetype end;
    bool inScratch;
};

// Lookup tables of the bytes that stop the fast scanning loops.
struct StopTable
{
    std::array<bool, 256> unquoted {};
    std::array<bool, 256> quoted {};

    explicit StopTable(char delimiter)
    {
        unquoted[uchar(delimiter)] = unquoted['\n'] = unquoted['\r'] = true;
        quoted['"'] = quoted['\n'] = quoted['\r'] = true;
    }
};

// The read buffer. realloc() rather than std::vector: glibc grows large blocks with mremap,
// without holding the old and the new block at once, and resize() need not zero-fill.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ByteBuffer(const ByteBuffer &) = delete;
    ByteBuffer &operator=(const ByteBuffer &) = delete;
    ~ByteBuffer() { std::free(m_data); }

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }

    void reserve(size_t capacity)
    {
        if (capacity <= m_capacity)
            return;
        auto *grown = static_cast<char *>(std::realloc(m_data, capacity));
        if (!grown)
            throw std::bad_alloc();
        m_data = grown;
        m_capacity = capacity;
    }
    void resize(size_t size)
    {
        reserve(size);
        m_size = size;
    }

private:
    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace

CsvFormat sniffCsvFormat(QByteArrayView head)
{
    CsvFormat format;
    const EncodingGuess guess = detectEncoding(head);
    format.encoding = guess.name;

    QByteArray utf8;
    QByteArrayView text = head.sliced(guess.bomLength);
    if (guess.name != "UTF-8") {
        QStringDecoder decoder(guess.name.constData());
        utf8 = QString(decoder(text)).toUtf8();
        text = utf8;
    }

    struct Score
    {
        double consistency = 0;
        int fields = 0;
    };
    Score best;
    for (const char delimiter : Delimiters) {
        const std::vector<int> counts = fieldCounts(text, delimiter);
        if (counts.empty())
            continue;
        // The mode of the field counts, the larger count on ties.
        std::vector<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = 0;
        qsizetype modeRun = 0;
        for (qsizetype i = 0; i < qsizetype(sorted.size());) {
            qsizetype j = i;
            while (j < qsizetype(sorted.size()) && sorted[j] == sorted[i])
                ++j;
            if (j - i >= modeRun) {
                modeRun = j - i;
                mode = sorted[i];
            }
            i = j;
        }
        if (mode <= 1)
            continue;
        const Score score { double(modeRun) / double(counts.size()), mode };
        // Candidates are tried in order , ; TAB |, so on a full tie the earlier one (comma) stays.
        if (score.consistency > best.consistency
            || (score.consistency == best.consistency && score.fields > best.fields)) {
            best = score;
            format.delimiter = delimiter;
        }
    }
    return format;
}

struct CsvReader::Private
{
    explicit Private(char delimiter)
        : stops(delimiter)
    {
    }

    enum class Step { Record, NeedMore };

    bool open(const QString &path, std::optional<CsvFormat> requested);
    bool fill();
    Step parse();
    void finishAtEof();
    void endField(const char *fieldEnd, State fieldState);
    void completeRecord(qsizetype terminator, qsizetype next);
    void deliver(Record &record);
    void fail(qint64 line, const QString &message);
    void failTooLong(qint64 line, bool inQuotes);
    void grow(qsizetype size);

    QFile file;
    CsvFormat format;
    CsvReadOptions options;
    StopTable stops;
    bool isOpen = false;
    bool detected = false;
    bool fromBom = false;
    std::optional<ReadError> error;
    qint64 fileSize = 0;

    // Transcoding of non-UTF-8 input: file bytes -> UTF-16 -> UTF-8, both stateful so that a
    // character split between two chunks is completed by the next one.
    bool transcode = false;
    std::optional<QStringDecoder>
        decoder; // emplaced: a move-assigned ICU decoder forgets its errors (Qt 6.4)
    QStringEncoder encoder { QStringConverter::Utf8 };
    QByteArray rawChunk;
    QString utf16Chunk;

    // The read buffer always holds the current record contiguously from recordStart on.
    ByteBuffer buffer;
    qint64 bufferFileOffset = 0; // UTF-8 input: file offset of buffer[0]
    bool eof = false;
    bool finished = false;

    // Parser state; positions are indices into buffer (kept valid across compaction).
    State state = State::RecordStart;
    qsizetype recordStart = 0;
    qsizetype scan = 0;
    qsizetype fieldBegin = 0;
    bool fieldNeedsUnescape = false;
    bool fieldGuarded = false;
    bool pendingCr = false; // the last record ended in CR: a following LF belongs to it
    qint64 nextLine = 1;
    qint64 recordLine = 1;
    qint64 innerNewlines = 0;
    qint64 quoteLine = 0;
    std::vector<Span> spans;
    std::string scratch;

    // The completed record, handed out by deliver().
    qsizetype recordEnd = 0;
    bool unterminated = false;
    std::string repairedRaw;
};

bool CsvReader::Private::open(const QString &path, std::optional<CsvFormat> requested)
{
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(0, tr("cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    fileSize = file.size();
    const QByteArray head = file.read(SniffSize);
    const EncodingGuess guess = detectEncoding(head);
    qsizetype skip = 0;
    if (requested) {
        format = *requested;
        if (format.encoding.isEmpty())
            format.encoding = QByteArrayLiteral("UTF-8");
        if (guess.fromBom
            && (guess.name == format.encoding || (isUtf16(guess.name) && isUtf16(format.encoding)))) {
            format.encoding = guess.name;
            skip = guess.bomLength;
            fromBom = true;
        }
    } else {
        format = sniffCsvFormat(head);
        detected = true;
        fromBom = guess.fromBom;
        skip = guess.bomLength;
    }
    stops = StopTable(format.delimiter);

    if (format.encoding != "UTF-8") {
        decoder.emplace(format.encoding.constData());
        if (!decoder->isValid()) {
            fail(0, tr("the encoding %1 is not supported").arg(QString::fromLatin1(format.encoding)));
            return false;
        }
        transcode = true;
    }
    if (!file.seek(skip)) {
        fail(0, tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    bufferFileOffset = skip;
    buffer.reserve(size_t(options.chunkSize) * 2);
    return true;
}

void CsvReader::Private::fail(qint64 line, const QString &message)
{
    error = ReadError { line, message };
    finished = true;
}

void CsvReader::Private::failTooLong(qint64 line, bool inQuotes)
{
    const QString limit
        = QLocale::c().formattedDataSize(options.maxRecordSize, 0, QLocale::DataSizeIecFormat);
    fail(line,
        inQuotes ? tr("the record starting at line %1 is longer than %2; is a quote never closed?")
                       .arg(line)
                       .arg(limit)
                 : tr("the record starting at line %1 is longer than %2").arg(line).arg(limit));
}

// Grows the buffer without the usual doubling past what the record limit can ever need, so that
// a huge single-line file costs at most the limit plus a few chunks of memory.
void CsvReader::Private::grow(qsizetype size)
{
    if (size_t(size) > buffer.capacity()) {
        const qsizetype ceiling = options.maxRecordSize + 4 * options.chunkSize + 64;
        buffer.reserve(size_t(qMax(size, qMin(2 * qsizetype(buffer.capacity()), ceiling))));
    }
    buffer.resize(size_t(size));
}

// Makes room and appends the next chunk of UTF-8 text; false on I/O error or an over-long record.
bool CsvReader::Private::fill()
{
    const qsizetype pending = qsizetype(buffer.size()) - recordStart;
    if (pending > options.maxRecordSize) {
        failTooLong(nextLine, state == State::Quoted);
        return false;
    }
    if (recordStart > 0) {
        std::memmove(buffer.data(), buffer.data() + recordStart, size_t(pending));
        buffer.resize(size_t(pending));
        bufferFileOffset += recordStart;
        scan -= recordStart;
        fieldBegin -= recordStart;
        recordEnd -= recordStart;
        recordStart = 0;
    }

    const qsizetype old = qsizetype(buffer.size());
    qint64 got = 0;
    if (!transcode) {
        grow(old + options.chunkSize);
        got = file.read(buffer.data() + old, options.chunkSize);
        buffer.resize(size_t(old + qMax<qint64>(got, 0)));
    } else {
        rawChunk.resize(options.chunkSize);
        got = file.read(rawChunk.data(), options.chunkSize);
        if (got > 0) {
            const QByteArrayView bytes(rawChunk.constData(), got);
            utf16Chunk.resize(decoder->requiredSpace(bytes.size()));
            QChar *utf16End = decoder->appendToBuffer(utf16Chunk.data(), bytes);
            const QStringView text(utf16Chunk.constData(), utf16End - utf16Chunk.constData());
            grow(old + encoder.requiredSpace(text.size()));
            char *utf8End = encoder.appendToBuffer(buffer.data() + old, text);
            buffer.resize(size_t(utf8End - buffer.data()));
        }
    }
    if (got < 0) {
        fail(nextLine, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    if (got == 0)
        eof = true;
    return true;
}

void CsvReader::Private::endField(const char *fieldEnd, State fieldState)
{
    const char *const base = buffer.data();
    const qsizetype end = fieldEnd - base;
    if (fieldState == State::Unquoted || fieldState == State::FieldStart) {
        spans.push_back({ fieldBegin - recordStart, end - recordStart, false });
        return;
    }

    Span span {};
    if (!fieldNeedsUnescape) {
        // "abc" without inner quotes: the value is in the buffer, minus the closing quote.
        const qsizetype valueEnd = fieldState == State::QuoteInQuoted ? end - 1 : end;
        span = { fieldBegin - recordStart, valueEnd - recordStart, false };
    } else {
        const qsizetype scratchBegin = qsizetype(scratch.size());
        bool inQuotes = true;
        for (const char *p = base + fieldBegin; p < fieldEnd; ++p) {
            if (inQuotes && *p == '"') {
                if (p + 1 < fieldEnd && p[1] == '"')
                    ++p;
                else {
                    inQuotes = false;
                    continue;
                }
            }
            scratch.push_back(*p);
        }
        span = { scratchBegin, qsizetype(scratch.size()), true };
    }

    // Excel's guard inside a quoted field: "=""00123""" has the value ="00123".
    if (!fieldGuarded && span.end - span.begin >= 3) {
        const char *value = span.inScratch ? scratch.data() + span.begin : base + recordStart + span.begin;
        const qsizetype length = span.end - span.begin;
        if (value[0] == '=' && value[1] == '"' && value[length - 1] == '"') {
            span.begin += 2;
            span.end -= 1;
        }
    }
    spans.push_back(span);
}

void CsvReader::Private::completeRecord(qsizetype terminator, qsizetype next)
{
    recordEnd = terminator;
    nextLine = recordLine + innerNewlines + 1;
    scan = next;
    state = State::RecordStart;
}

CsvReader::Private::Step CsvReader::Private::parse()
{
    const char *const base = buffer.data();
    const char *const end = base + buffer.size();
    const char *p = base + scan;
    const char delimiter = format.delimiter;
    const bool *const stopUnquoted = stops.unquoted.data();
    const bool *const stopQuoted = stops.quoted.data();

    auto needMore = [&] {
        scan = p - base;
        return Step::NeedMore;
    };
    // Ends the record at the line terminator under p.
    auto endRecord = [&] {
        pendingCr = *p == '\r';
        completeRecord(p - base, p + 1 - base);
        return Step::Record;
    };

    for (;;) {
        switch (state) {
        case State::RecordStart:
            if (p == end)
                return needMore();
            if (pendingCr) {
                pendingCr = false;
                if (*p == '\n') {
                    ++p;
                    recordStart = p - base;
                    continue;
                }
            }
            if (*p == '\n' || *p == '\r') { // blank line: skipped, but it is a line
                pendingCr = *p == '\r';
                ++nextLine;
                ++p;
                recordStart = p - base;
                continue;
            }
            recordStart = p - base;
            recordLine = nextLine;
            innerNewlines = 0;
            unterminated = false;
            spans.clear();
            scratch.clear();
            state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            fieldBegin = p - base;
            fieldNeedsUnescape = false;
            fieldGuarded = false;
            if (p == end)
                return needMore();
            if (*p == '"') {
                quoteLine = recordLine + innerNewlines;
                fieldBegin = p + 1 - base;
                ++p;
                state = State::Quoted;
                continue;
            }
            if (*p == '=') {
                if (p + 1 == end && !eof)
                    return needMore();
                if (p + 1 < end && p[1] == '"') {
                    quoteLine = recordLine + innerNewlines;
                    fieldGuarded = true;
                    fieldBegin = p + 2 - base;
                    p += 2;
                    state = State::Quoted;
                    continue;
                }
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuoted:
            while (p != end && !stopUnquoted[uchar(*p)])
                ++p;
            if (p == end)
                return needMore();
            endField(p, state);
            if (*p == delimiter) {
                ++p;
                state = State::FieldStart;
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
                    ++innerNewlines;
                ++p;
            }
            ++p;
            state = State::QuoteInQuoted;
            [[fallthrough]];
        case State::QuoteInQuoted:
            if (p == end)
                return needMore();
            if (*p == '"') { // "" is a literal quote
                fieldNeedsUnescape = true;
                ++p;
                state = State::Quoted;
                continue;
            }
            if (*p == delimiter || *p == '\n' || *p == '\r') {
                endField(p, State::QuoteInQuoted);
                if (*p == delimiter) {
                    ++p;
                    state = State::FieldStart;
                    continue;
                }
                return endRecord();
            }
            fieldNeedsUnescape = true;
            state = State::AfterQuoted;
            continue;
        }
    }
}

void CsvReader::Private::finishAtEof()
{
    const char *const end = buffer.data() + buffer.size();
    switch (state) {
    case State::RecordStart:
        finished = true;
        return;
    case State::Quoted:
        unterminated = true;
        endField(end, State::Quoted);
        break;
    default:
        endField(end, state);
        break;
    }
    pendingCr = false;
    completeRecord(qsizetype(buffer.size()), qsizetype(buffer.size()));
}

void CsvReader::Private::deliver(Record &record)
{
    const char *const recordBase = buffer.data() + recordStart;
    const qsizetype rawLength = recordEnd - recordStart;
    record.line = recordLine;
    record.raw = std::string_view(recordBase, size_t(rawLength));
    record.fields.clear();
    for (const Span &span : spans) {
        const char *begin = span.inScratch ? scratch.data() + span.begin : recordBase + span.begin;
        record.fields.emplace_back(begin, size_t(span.end - span.begin));
    }
    record.problem.clear();
    if (unterminated)
        record.problem = tr("unterminated quoted field starting at line %1").arg(quoteLine);

    if (!transcode) {
        if (const qsizetype bad = utf8ErrorOffset(record.raw); bad >= 0) {
            const QString reason
                = tr("invalid UTF-8 byte 0x%1 at byte %2 of the record (is the file in another encoding?)")
                      .arg(uchar(record.raw[size_t(bad)]), 2, 16, QLatin1Char('0'))
                      .arg(bad + 1);
            record.problem = record.problem.isEmpty() ? reason : record.problem + u"; "_s + reason;
            // Keep raw valid UTF-8 so that it can be stored and shown as a reject.
            repairedRaw = QString::fromUtf8(record.raw.data(), rawLength).toStdString();
            record.raw = repairedRaw;
        }
    } else if (decoder->hasError() && record.raw.find("\xEF\xBF\xBD") != std::string_view::npos) {
        const QString reason = tr("bytes that are not valid %1").arg(QString::fromLatin1(format.encoding));
        record.problem = record.problem.isEmpty() ? reason : record.problem + u"; "_s + reason;
    }

    recordStart = scan;
    if (rawLength > options.maxRecordSize) {
        failTooLong(recordLine, unterminated);
    }
}

CsvReader::CsvReader(const QString &path, std::optional<CsvFormat> format, const CsvReadOptions &options)
    : d(std::make_unique<Private>(format ? format->delimiter : ','))
{
    d->options = options;
    d->options.chunkSize = qMax<qsizetype>(1, d->options.chunkSize);
    d->isOpen = d->open(path, std::move(format));
}

CsvReader::~CsvReader() = default;

bool CsvReader::isOpen() const
{
    return d->isOpen;
}

const CsvFormat &CsvReader::format() const
{
    return d->format;
}

bool CsvReader::next(Record &record)
{
    if (!d->isOpen || d->finished)
        return false;
    for (;;) {
        if (d->parse() == Private::Step::Record)
            break;
        if (d->eof) {
            d->finishAtEof();
            if (d->finished)
                return false;
            break;
        }
        if (!d->fill())
            return false;
    }
    d->deliver(record);
    if (d->error)
        return false;
    return true;
}

std::optional<ReadError> CsvReader::error() const
{
    return d->error;
}

qint64 CsvReader::position() const
{
    if (d->finished && !d->error)
        return d->fileSize;
    if (d->transcode)
        return d->file.pos();
    return d->bufferFileOffset + d->recordStart;
}

qint64 CsvReader::size() const
{
    return d->fileSize;
}

QString CsvReader::description() const
{
    QString encoding = QString::fromLatin1(d->format.encoding);
    if (d->fromBom)
        encoding = tr("%1 (BOM)").arg(encoding);
    else if (d->detected)
        encoding = tr("%1 (detected)").arg(encoding);
    return encoding + u", "_s + delimiterName(d->format.delimiter);
}

} // namespace clientele
