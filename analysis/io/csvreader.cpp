#include "analysis/io/csvreader.h"

#include "analysis/io/csvrecordtokenizer.h"
#include "analysis/io/csvutf8input.h"
#include "analysis/io/textencoding.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>
#include <string>
#include <utility>

// The pieces: sniffCsvFormat() (csvsniffer.cpp) picks encoding and delimiter, csv::Utf8Input
// turns the file into chunks of UTF-8, csv::RecordTokenizer splits them into records; this file
// drives them and checks and reports what comes out.
namespace clientele {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype SniffSize = 64 * 1024;

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::CsvReader)
};

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return CsvReaderText::tr("comma-separated");
    case ';':
        return CsvReaderText::tr("semicolon-separated");
    case '\t':
        return CsvReaderText::tr("tab-separated");
    case '|':
        return CsvReaderText::tr("pipe-separated");
    default:
        return CsvReaderText::tr("separated by '%1'").arg(QLatin1Char(delimiter));
    }
}

bool isUtf16(const QByteArray &encoding)
{
    return encoding == "UTF-16LE" || encoding == "UTF-16BE";
}

} // namespace

struct CsvReader::Private
{
    bool open(const QString &path, std::optional<CsvFormat> requested);
    bool fill();
    void deliver(Record &record);
    void fail(qint64 line, const QString &message);
    void failTooLong(qint64 line, bool inQuotes);

    csv::Utf8Input input;
    csv::RecordTokenizer tokenizer;
    CsvFormat format;
    CsvReadOptions options;
    bool isOpen = false;
    bool detected = false;
    bool fromBom = false;
    std::optional<ReadError> error;
    qint64 fileSize = 0;
    qint64 bufferFileOffset = 0; // UTF-8 input: file offset of the tokenizer's buffer[0]
    bool eof = false;
    bool finished = false;
    std::string repairedRaw;
};

bool CsvReader::Private::open(const QString &path, std::optional<CsvFormat> requested)
{
    if (!input.open(path)) {
        fail(0, CsvReaderText::tr("cannot open %1: %2").arg(path, input.errorString()));
        return false;
    }
    fileSize = input.fileSize();
    const QByteArray head = input.read(SniffSize);
    const EncodingGuess guess = detectEncoding(head);
    qsizetype skip = 0;
    if (requested) {
        format = *requested;
        if (format.encoding.isEmpty())
            format.encoding = QByteArrayLiteral("UTF-8");
        if (guess.fromBom && (guess.name == format.encoding || (isUtf16(guess.name) && isUtf16(format.encoding)))) {
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
    tokenizer.setDelimiter(format.delimiter);

    if (format.encoding != "UTF-8" && !input.transcodeFrom(format.encoding)) {
        fail(0, CsvReaderText::tr("the encoding %1 is not supported").arg(QString::fromLatin1(format.encoding)));
        return false;
    }
    if (!input.seek(skip)) {
        fail(0, CsvReaderText::tr("cannot read %1: %2").arg(path, input.errorString()));
        return false;
    }
    bufferFileOffset = skip;
    tokenizer.buffer().reserve(size_t(options.chunkSize) * 2);
    tokenizer.buffer().setGrowthCeiling(size_t(options.maxRecordSize + 4 * options.chunkSize + 64));
    return true;
}

void CsvReader::Private::fail(qint64 line, const QString &message)
{
    error = ReadError{line, message};
    finished = true;
}

void CsvReader::Private::failTooLong(qint64 line, bool inQuotes)
{
    const QString limit = QLocale::c().formattedDataSize(options.maxRecordSize, 0, QLocale::DataSizeIecFormat);
    fail(line,
        inQuotes ? CsvReaderText::tr("the record starting at line %1 is longer than %2; is a quote never closed?")
                       .arg(line)
                       .arg(limit)
                 : CsvReaderText::tr("the record starting at line %1 is longer than %2").arg(line).arg(limit));
}

// Makes room and appends the next chunk of UTF-8 text; false on I/O error or an over-long record.
bool CsvReader::Private::fill()
{
    if (tokenizer.unconsumedSize() > options.maxRecordSize) {
        failTooLong(tokenizer.nextLine(), tokenizer.inQuotedField());
        return false;
    }
    bufferFileOffset += tokenizer.compact();
    const qint64 got = input.appendChunk(tokenizer.buffer(), options.chunkSize);
    if (got < 0) {
        fail(tokenizer.nextLine(), CsvReaderText::tr("cannot read %1: %2").arg(input.fileName(), input.errorString()));
        return false;
    }
    if (got == 0)
        eof = true;
    return true;
}

void CsvReader::Private::deliver(Record &record)
{
    tokenizer.fillRecord(record);
    const qsizetype rawLength = qsizetype(record.raw.size());
    record.problem.clear();
    if (tokenizer.unterminated())
        record.problem = CsvReaderText::tr("unterminated quoted field starting at line %1").arg(tokenizer.quoteLine());

    if (!input.transcodes()) {
        if (const qsizetype bad = utf8ErrorOffset(record.raw); bad >= 0) {
            const QString reason = CsvReaderText::tr(
                "invalid UTF-8 byte 0x%1 at byte %2 of the record (is the file in another encoding?)")
                                       .arg(uchar(record.raw[size_t(bad)]), 2, 16, QLatin1Char('0'))
                                       .arg(bad + 1);
            record.problem = record.problem.isEmpty() ? reason : record.problem + u"; "_s + reason;
            // Keep raw valid UTF-8 so that it can be stored and shown as a reject.
            repairedRaw = QString::fromUtf8(record.raw.data(), rawLength).toStdString();
            record.raw = repairedRaw;
        }
    } else if (input.hasDecodingErrors() && record.raw.find("\xEF\xBF\xBD") != std::string_view::npos) {
        const QString reason
            = CsvReaderText::tr("bytes that are not valid %1").arg(QString::fromLatin1(format.encoding));
        record.problem = record.problem.isEmpty() ? reason : record.problem + u"; "_s + reason;
    }

    tokenizer.consumeRecord();
    if (rawLength > options.maxRecordSize) {
        failTooLong(tokenizer.recordLine(), tokenizer.unterminated());
    } else if (tokenizer.tooManyFields()) {
        fail(tokenizer.recordLine(),
            CsvReaderText::tr("the record at line %1 has more than %2 fields, the most a spreadsheet can have; is the "
                              "delimiter right?")
                .arg(tokenizer.recordLine())
                .arg(MaxRecordFields));
    }
}

CsvReader::CsvReader(const QString &path, std::optional<CsvFormat> format, const CsvReadOptions &options)
    : d(std::make_unique<Private>())
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
        if (d->tokenizer.parse(d->eof) == csv::RecordTokenizer::Step::Record)
            break;
        if (d->eof) {
            if (!d->tokenizer.finishAtEof()) {
                d->finished = true;
                return false;
            }
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
    if (d->input.transcodes())
        return d->input.filePosition();
    return d->bufferFileOffset + d->tokenizer.recordStart();
}

qint64 CsvReader::size() const
{
    return d->fileSize;
}

QString CsvReader::description() const
{
    QString encoding = QString::fromLatin1(d->format.encoding);
    if (d->fromBom)
        encoding = CsvReaderText::tr("%1 (BOM)").arg(encoding);
    else if (d->detected)
        encoding = CsvReaderText::tr("%1 (detected)").arg(encoding);
    return encoding + u", "_s + delimiterName(d->format.delimiter);
}

} // namespace clientele
