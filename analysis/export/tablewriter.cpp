#include "analysis/export/tablewriter.h"

#include "analysis/core/days.h"
#include "analysis/core/money.h"

#include "analysis/export/xlsxwriterlibrary.h"
#include "analysis/store/csvexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>

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

} // namespace

bool writeCsv(const QString &path, const ExportTable &table, const QByteArray &encoding, QString *error)
{
    const bool utf8 = encoding.isEmpty() || encoding.compare("UTF-8", Qt::CaseInsensitive) == 0;
    QStringEncoder encoder(utf8 ? QByteArray("UTF-8").constData() : encoding.constData());
    if (!encoder.isValid()) {
        *error = TableWriterText::tr("Unknown text encoding \"%1\".").arg(QString::fromLatin1(encoding));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = TableWriterText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
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
        file.cancelWriting();
        *error = TableWriterText::tr("Some text cannot be written in %1; choose UTF-8.")
                     .arg(QString::fromLatin1(encoding));
        return false;
    }
    if (!file.commit()) {
        *error = TableWriterText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeXlsx(const QString &path, const ExportTable &table, const QString &sheetName, QString *error)
{
    const XlsxWriterLibrary &lib = XlsxWriterLibrary::instance();
    if (!lib.isLoaded()) {
        *error = TableWriterText::tr("Excel export is not available: %1").arg(lib.errorString());
        return false;
    }
    // libxlsxwriter writes in place; write next to the target and rename, so a failure leaves no half file.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = TableWriterText::tr("Cannot write %1: %2").arg(path, target.errorString());
        return false;
    }
    QTemporaryDir scratch;
    const QByteArray scratchPath = QFile::encodeName(scratch.filePath(QStringLiteral("export.xlsx")));
    lxw_workbook *workbook = lib.workbookNew(scratchPath.constData());
    if (!workbook) {
        *error = TableWriterText::tr("Cannot write %1.").arg(path);
        return false;
    }
    // Excel limits sheet names to 31 characters without []:*?/\.
    QString name = sheetName.isEmpty() ? QStringLiteral("Customers") : sheetName;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u'_');
    lxw_worksheet *sheet = lib.addWorksheet(workbook, name.left(31).toUtf8().constData());
    lxw_format *bold = lib.addFormat(workbook);
    lib.setBold(bold);
    lxw_format *money = lib.addFormat(workbook);
    lib.setNumFormat(money, "#,##0.00");
    lxw_format *date = lib.addFormat(workbook);
    lib.setNumFormat(date, "yyyy-mm-dd");

    std::vector<int> widths(table.columns.size(), 8);
    for (size_t c = 0; c < table.columns.size(); ++c) {
        lib.writeString(sheet, 0, lxw_col_t(c), table.columns[c].header.toUtf8().constData(), bold);
        widths[c] = std::max(widths[c], int(table.columns[c].header.toUtf8().size()));
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
                const QByteArray text = value.toString().toUtf8();
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
    const lxw_error closed = lib.close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = TableWriterText::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lib.strerror(closed)));
        return false;
    }
    QFile written(QFile::decodeName(scratchPath));
    if (!written.open(QIODevice::ReadOnly) || target.write(written.readAll()) != written.size() || !target.commit()) {
        *error = TableWriterText::tr("Cannot write %1: %2").arg(path, target.errorString());
        return false;
    }
    return true;
}

} // namespace clientele
