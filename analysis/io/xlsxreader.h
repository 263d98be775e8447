#pragma once

#include "analysis/io/recordsource.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace clientele {

// Limits; the defaults are what production uses, tests shrink them.
struct XlsxReadOptions
{
    // The shared-string table, the one part held in memory: its text plus 4 bytes per string.
    qint64 maxSharedStringBytes = qint64(256) << 20;
};

// Streams one worksheet of an .xlsx workbook (QuaZip + QXmlStreamReader): memory does not grow
// with the number of rows (only the shared-string table is held). Cells come out as text:
// shared and inline strings as they are; numbers in their shortest exact decimal form; numbers
// whose cell style is a date/time format as ISO "yyyy-MM-dd HH:mm:ss" (1900 or 1904 date system
// as the workbook declares); booleans as TRUE/FALSE; gaps between cells filled with empty fields.
// Record::line is the sheet row number; Record::raw is the fields joined by TAB.
class XlsxReader final : public RecordSource
{
public:
    static QStringList sheetNames(const QString &path, QString *error = nullptr);

    // `sheet` empty: the first sheet of the workbook.
    explicit XlsxReader(const QString &path, const QString &sheet = {}, const XlsxReadOptions &options = {});
    ~XlsxReader() override;

    bool isOpen() const; // false: see error()
    bool date1904() const;

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
