#pragma once

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace clientele {

// The most fields a record may have: Excel's column limit (XFD). Readers stop with an error at a wider
// record, so that the memory a row takes is bounded by the file's width limit, not by the file.
inline constexpr int MaxRecordFields = 16384;

// One row of a tabular file as decoded UTF-8 text fields. The views point into the
// reader's buffers and stay valid only until the next call to RecordSource::next().
struct Record
{
    qint64 line = 0;                      // 1-based line (CSV: physical line where the record starts; XLSX: sheet row)
    std::vector<std::string_view> fields; // UTF-8, quotes removed, Excel text guards ="..." removed
    std::string_view raw;                 // the record as it appeared in the file, decoded to UTF-8 (for rejects)
    QString problem; // non-empty: this record is damaged (e.g. invalid bytes); reject it with this reason
};

// A problem that stops reading altogether (unreadable file, corrupt zip, I/O error).
struct ReadError
{
    qint64 line = 0;
    QString message;
};

// A pull-style reader over the records of one file; the header row is an ordinary record.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // Fills `record` with the next record; false at end of data or after a fatal error (see error()).
    virtual bool next(Record &record) = 0;
    virtual std::optional<ReadError> error() const = 0;
    // Progress in input bytes (for XLSX: bytes of the uncompressed sheet XML consumed vs. its size).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
    // Human-readable description of how the file is being read, e.g. "UTF-8, comma" or "sheet Orders".
    virtual QString description() const = 0;
};

} // namespace clientele
