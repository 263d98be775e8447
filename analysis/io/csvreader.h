#pragma once

#include "analysis/io/recordsource.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace clientele {

struct CsvFormat
{
    QByteArray encoding = "UTF-8"; // a canonicalEncodingName()
    char delimiter = ',';          // one of , ; \t |
};

// Tuning knobs; the defaults are what production uses, tests shrink them to hit chunk boundaries.
struct CsvReadOptions
{
    qsizetype chunkSize = qsizetype(1) << 20;      // bytes read from the file at a time
    qsizetype maxRecordSize = qsizetype(64) << 20; // longer records (in UTF-8) are a fatal ReadError
};

// Sniffs encoding (see detectEncoding) and delimiter (the candidate among , ; TAB | that splits the
// first lines, outside quotes, into the most consistent number of fields > 1) from a file's head.
CsvFormat sniffCsvFormat(QByteArrayView head);

// RFC 4180 reader that tolerates what real exports contain: BOM, UTF-8/UTF-16/GB18030 input
// (transcoded to UTF-8 in streaming chunks), CRLF / LF / CR line ends, quoted delimiters and
// newlines, doubled quotes, Excel text guards (="00123"). Memory use is bounded by the longest
// record, not by the file. Ragged rows are delivered as they are (the caller compares counts).
class CsvReader final : public RecordSource
{
public:
    // `format` empty: sniffed from the first 64 KiB of the file.
    // An explicit format is honoured, except that a UTF-16 BOM decides the byte order when the
    // encoding is UTF-16LE/BE, and a BOM of the chosen encoding is skipped.
    explicit CsvReader(const QString &path, std::optional<CsvFormat> format = {}, const CsvReadOptions &options = {});
    ~CsvReader() override;

    bool isOpen() const; // false: see error()
    const CsvFormat &format() const;

    bool next(Record &record) override;
    std::optional<ReadError> error() const override;
    qint64 position() const override;
    qint64 size() const override;
    QString description() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clientele
