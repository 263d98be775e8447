#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace clientele {

// A table to hand to people: customer lists, segment exports. Cells are QString (text), qint64
// (integers), double (numbers), or a Money/Date value below, so each format can type them properly.
struct ExportTable
{
    enum class Kind { Text, Integer, Number, Money, Date };
    struct Column
    {
        QString header;
        Kind kind = Kind::Text;
    };
    std::vector<Column> columns;
    // One QVariant per column: Text → QString, Integer → qint64, Number → double,
    // Money → qint64 minor units, Date → qint32 day number (days since 1970-01-01). Null = empty cell.
    std::vector<std::vector<QVariant>> rows;
};

// CSV for Excel: UTF-8 with BOM by default (Excel then reads Chinese correctly) or any encoding
// QStringDecoder knows (e.g. "GB18030" for GBK consumers); CRLF; cells that would run as formulas
// are prefixed with an apostrophe. Money as 1234.50, dates as yyyy-MM-dd.
// Every writer here goes through ExportFile (exportfile.h): it refuses to replace the workspace
// `workspacePath` or any Clientele workspace, and writes atomically.
bool writeCsv(const QString &path, const ExportTable &table, const QByteArray &encoding, QString *error,
    const QString &workspacePath = {});

// XLSX with typed cells (numbers, money with two decimals, real dates), a bold frozen header row and
// column widths fitted to the content. Written through libxlsxwriter. Text is written so that Excel shows
// it unchanged (xlsxCellText).
bool writeXlsx(const QString &path, const ExportTable &table, const QString &sheetName, QString *error,
    const QString &workspacePath = {});

// Cell text for a workbook. Characters XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates, NUL, which would
// also cut libxlsxwriter's C string) become U+FFFD; libxlsxwriter itself writes the other control
// characters as _xHHHH_ escapes. Text that already looks like such an escape ("_x0041_") has its
// underscore escaped as _x005F_, Excel's convention, so Excel does not show it as "A".
QString xlsxCellText(const QString &text);

} // namespace clientele
