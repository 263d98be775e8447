#include "analysis/export/tablewriter.h"

#include "analysis/core/days.h"
#include "analysis/core/money.h"

#include "analysis/export/exportfile.h"
#include "analysis/export/workbookcheck.h"
#include "analysis/export/xlsxwriterlibrary.h"
#include "analysis/store/csvexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringEncoder>

#include <algorithm>
#include <cerrno>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct TableWriterText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::TableWriter)
};

QString cellText(const QVariant &value, ExportTable::Kind kind)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case ExportTable::Kind::Money:
        return minorUnitsText(value.toLongLong());
    case ExportTable::Kind::Date:
        return dateOfDay(value.toInt()).toString(Qt::ISODate);
    case ExportTable::Kind::Integer:
        return QString::number(value.toLongLong());
    case ExportTable::Kind::Number:
        return QString::number(value.toDouble(), 'g', 15);
    case ExportTable::Kind::Text:
        break;
    }
    return value.toString();
}

// "_xHHHH_" at `i`: what Excel reads as the character HHHH.
bool looksLikeEscape(const QString &text, qsizetype i)
{
    if (i + 6 >= text.size() || text.at(i) != u'_' || text.at(i + 1) != u'x' || text.at(i + 6) != u'_')
        return false;
    for (qsizetype h = i + 2; h < i + 6; ++h) {
        const char16_t c = text.at(h).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// U+FFFD for what XML 1.0 cannot hold (NUL, U+FFFE, U+FFFF, lone surrogates); with `escapeEscapes`, the
// underscore of a literal _xHHHH_ escaped as _x005F_.
QString xmlText(const QString &text, bool escapeEscapes)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            out += QChar(0xFFFD);
        } else if (escapeEscapes && looksLikeEscape(text, i)) {
            out += QStringLiteral("_x005F_");
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString xlsxCellText(const QString &text)
{
    return xmlText(text, true);
}

bool writeCsv(const QString &path, const ExportTable &table, const QByteArray &encoding, QString *error,
    const QString &workspacePath)
{
    const bool utf8 = encoding.isEmpty() || encoding.compare("UTF-8", Qt::CaseInsensitive) == 0;
    QStringEncoder encoder(utf8 ? QByteArray("UTF-8").constData() : encoding.constData());
    if (!encoder.isValid()) {
        *error = TableWriterText::tr("Unknown text encoding \"%1\".").arg(QString::fromLatin1(encoding));
        return false;
    }
    ExportFile file(path, workspacePath);
    if (!file.open(error))
        return false;
    if (utf8)
        file.write("\xEF\xBB\xBF");
    auto writeLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += u',';
            line += csvField(cells[i]);
        }
        line += QStringLiteral("\r\n");
        file.write(encoder.encode(line));
    };
    QStringList cells;
    for (const ExportTable::Column &column : table.columns)
        cells.append(column.header);
    writeLine(cells);
    for (const std::vector<QVariant> &row : table.rows) {
        cells.clear();
        for (size_t c = 0; c < table.columns.size(); ++c)
            cells.append(c < row.size() ? cellText(row[c], table.columns[c].kind) : QString());
        writeLine(cells);
    }
    if (encoder.hasError()) {
        file.cancel();
        *error = TableWriterText::tr("Some text cannot be written in %1; choose UTF-8.")
                     .arg(QString::fromLatin1(encoding));
        return false;
    }
    return file.commit(error);
}

bool writeXlsx(const QString &path, const ExportTable &table, const QString &sheetName, QString *error,
    const QString &workspacePath)
{
    // An unsafe target is refused first, whatever else would stop the export.
    if (const QString problem = exportTargetProblem(path, workspacePath); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const XlsxWriterLibrary &lib = XlsxWriterLibrary::instance();
    if (!lib.isLoaded()) {
        *error = TableWriterText::tr("Excel export is not available: %1").arg(lib.errorString());
        return false;
    }
    // libxlsxwriter writes by name: into the export's temporary file, which commit() renames into place.
    ExportFile target(path, workspacePath);
    if (!target.open(error))
        return false;
    lxw_workbook *workbook = lib.workbookNew(QFile::encodeName(target.temporaryPath()).constData());
    if (!workbook) {
        target.cancel();
        *error = TableWriterText::tr("Cannot write %1.").arg(path);
        return false;
    }
    // Excel limits sheet names to 31 characters without []:*?/\.
    // Sheet names are attributes, not cells: no _xHHHH_ decoding, and libxlsxwriter writes control
    // characters in them raw (a broken workbook), so those become '_' as well.
    QString name = sheetName.isEmpty() ? QStringLiteral("Customers") : xmlText(sheetName, false);
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    lxw_worksheet *sheet = lib.addWorksheet(workbook, name.left(31).toUtf8().constData());
    if (!sheet) // a name libxlsxwriter refuses (control characters …): the default one
        sheet = lib.addWorksheet(workbook, "Customers");
    lxw_format *bold = lib.addFormat(workbook);
    lib.setBold(bold);
    lxw_format *money = lib.addFormat(workbook);
    lib.setNumFormat(money, "#,##0.00");
    lxw_format *date = lib.addFormat(workbook);
    lib.setNumFormat(date, "yyyy-mm-dd");

    std::vector<int> widths(table.columns.size(), 8);
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const QByteArray header = xlsxCellText(table.columns[c].header).toUtf8();
        lib.writeString(sheet, 0, lxw_col_t(c), header.constData(), bold);
        widths[c] = std::max(widths[c], int(header.size()));
    }
    lxw_row_t r = 1;
    for (const std::vector<QVariant> &row : table.rows) {
        for (size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
            const QVariant &value = row[c];
            if (value.isNull())
                continue;
            const lxw_col_t col = lxw_col_t(c);
            switch (table.columns[c].kind) {
            case ExportTable::Kind::Money:
                lib.writeNumber(sheet, r, col, majorUnits(value.toLongLong()), money);
                widths[c] = std::max(widths[c], 12);
                break;
            case ExportTable::Kind::Integer:
                lib.writeNumber(sheet, r, col, double(value.toLongLong()), nullptr);
                break;
            case ExportTable::Kind::Number:
                lib.writeNumber(sheet, r, col, value.toDouble(), nullptr);
                break;
            case ExportTable::Kind::Date: {
                const QDate d = dateOfDay(value.toInt());
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                lib.writeDatetime(sheet, r, col, &when, date);
                widths[c] = std::max(widths[c], 11);
                break;
            }
            case ExportTable::Kind::Text: {
                const QByteArray text = xlsxCellText(value.toString()).toUtf8();
                lib.writeString(sheet, r, col, text.constData(), nullptr);
                widths[c] = std::max(widths[c], std::min(int(text.size()), 40));
                break;
            }
            }
        }
        ++r;
    }
    for (size_t c = 0; c < widths.size(); ++c)
        lib.setColumn(sheet, lxw_col_t(c), lxw_col_t(c), widths[c] + 2, nullptr);
    lib.freezePanes(sheet, 1, 0);
    errno = 0;
    const lxw_error closed = lib.close(workbook);
    const int reason = errno;
    if (closed != LXW_NO_ERROR) {
        // libxlsxwriter's message is generic ("Error creating output xlsx file"); errno has the reason.
        target.fail(reason != 0 ? systemErrorText(reason) : QString::fromUtf8(lib.strerror(closed)));
    } else if (const QString part = incompleteWorkbookPart(target.temporaryPath()); !part.isEmpty()) {
        const QString cut
            = TableWriterText::tr("the workbook came out incomplete (%1 is cut short); is the disk full?").arg(part);
        target.fail(reason != 0 ? systemErrorText(reason) + QStringLiteral("; ") + cut : cut);
    }
    return target.commit(error);
}

} // namespace clientele
