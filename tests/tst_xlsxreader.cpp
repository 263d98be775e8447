#include "analysis/io/xlsxcells.h"
#include "analysis/io/xlsxreader.h"
#include "support/testsupport.h"
#include "support/zipfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The tests link QuaZip through clientele_analysis but do not get its include folder.
#if __has_include(<quazip.h>)
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#else
#include <QuaZip-Qt6-1.4/quazip/quazip.h>
#include <QuaZip-Qt6-1.4/quazip/quazipfile.h>
#include <QuaZip-Qt6-1.4/quazip/quazipnewinfo.h>
#endif

#include <xlsxwriter.h>

using namespace clientele;
using testsupport::peakRssKiB;
using testsupport::writeZip;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    qint64 line = 0;
    QStringList fields;
    QString raw;
    QString problem;
};

struct Result
{
    bool open = false;
    QString description;
    QList<Row> rows;
    std::optional<ReadError> error;
};

Result readAll(const QString &path, const QString &sheet = {})
{
    Result result;
    XlsxReader reader(path, sheet);
    result.open = reader.isOpen();
    result.description = reader.description();
    Record record;
    while (reader.next(record)) {
        Row row;
        row.line = record.line;
        for (const std::string_view field : record.fields)
            row.fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        row.raw = QString::fromUtf8(record.raw.data(), qsizetype(record.raw.size()));
        row.problem = record.problem;
        result.rows.append(row);
    }
    result.error = reader.error();
    return result;
}

const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray kRelNs = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// Styles for crafted workbooks. cellXfs index: 0 General, 1 built-in 14 (date), 2 custom Chinese date,
// 3 custom number with a quoted "days", 4 built-in 4 (#,##0.00), 5 built-in 22 (date time),
// 6 custom [Red]0.00. The cellStyleXfs entry must not shift the indexes.
const QByteArray kStyles = "<styleSheet " + kMainNs
    + "><numFmts count=\"3\">"
      "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00 &quot;days&quot;\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"[Red]0.00\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"4\"/><xf numFmtId=\"22\"><alignment/></xf>"
      "<xf numFmtId=\"166\"/></cellXfs></styleSheet>";

struct Crafted
{
    QByteArray sheetData;     // inside <sheetData>
    QByteArray sharedStrings; // inside <sst>; no part at all if empty
    QByteArray workbookPr;    // e.g. date1904="1"
    QByteArray sheetPrologue; // between the XML declaration and <worksheet>
    QByteArray sharedPrologue;
    bool absoluteTargets = false;
    bool truncateSheet = false; // the sheet part ends right after sheetData's content
};

// A minimal workbook written part by part: sheets "Data" and "Second".
bool writeCrafted(const QString &path, const Crafted &c)
{
    const QByteArray decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray prefix = c.absoluteTargets ? "/xl/" : "";
    QByteArray rels = decl
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
        + prefix
        + "worksheets/sheet2.xml\"/>"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
        + prefix
        + "worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId3\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\""
        + prefix + "styles.xml\"/>";
    if (!c.sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId4\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\""
            + prefix + "sharedStrings.xml\"/>";
    rels += "</Relationships>";

    QList<std::pair<QString, QByteArray>> parts = {
        {u"[Content_Types].xml"_s,
            decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {u"_rels/.rels"_s,
            decl
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" "
                  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                  "officeDocument\" Target=\"xl/workbook.xml\"/>"
                  "</Relationships>"},
        {u"xl/workbook.xml"_s,
            decl + "<workbook " + kMainNs + ' ' + kRelNs + "><workbookPr " + c.workbookPr
                + "/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                  "<sheet name=\"Second\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s, rels},
        {u"xl/styles.xml"_s, decl + kStyles},
        {u"xl/worksheets/sheet1.xml"_s,
            decl + c.sheetPrologue + "<worksheet " + kMainNs + "><dimension ref=\"A1\"/><sheetData>" + c.sheetData
                + (c.truncateSheet ? QByteArray() : QByteArray("</sheetData><pageMargins left=\"0.7\"/></worksheet>"))},
        {u"xl/worksheets/sheet2.xml"_s,
            decl + "<worksheet " + kMainNs
                + "><sheetData><row r=\"1\"><c r=\"A1\" "
                  "t=\"inlineStr\"><is><t>second</t></is></c></row></sheetData></worksheet>"},
    };
    if (!c.sharedStrings.isEmpty())
        parts.append({u"xl/sharedStrings.xml"_s,
            decl + c.sharedPrologue + "<sst " + kMainNs + '>' + c.sharedStrings + "</sst>"});
    return writeZip(path, parts);
}

// The "Orders" workbook written by libxlsxwriter; constant_memory switches shared strings to inline ones.
// Runs only in the fixture child process (see makeFixture).
bool writeOrdersInChild(const char *path, bool constantMemory)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (!workbook)
        return false;
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_format *dateOnly = workbook_add_format(workbook);
    format_set_num_format_index(dateOnly, 14);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    lxw_worksheet *orders = workbook_add_worksheet(workbook, "Orders");
    const char *header[] = {"订单号", "客户", "金额", "下单时间", "已付款", "备注"};
    for (lxw_col_t col = 0; col < 6; ++col)
        worksheet_write_string(orders, 0, col, header[col], nullptr);

    lxw_datetime paid = {2023, 3, 15, 14, 30, 5.0};
    worksheet_write_number(orders, 1, 0, 1001, nullptr);
    worksheet_write_string(orders, 1, 1, "张三", nullptr);
    worksheet_write_number(orders, 1, 2, 12.5, nullptr);
    worksheet_write_datetime(orders, 1, 3, &paid, dateTime);
    worksheet_write_boolean(orders, 1, 4, 1, nullptr);
    worksheet_write_string(orders, 1, 5, "加急", nullptr);

    lxw_datetime leap = {2024, 2, 29, 0, 0, 0.0};
    worksheet_write_number(orders, 2, 0, 1002, nullptr);
    worksheet_write_string(orders, 2, 1, "李四", nullptr);
    worksheet_write_number(orders, 2, 2, 100, nullptr);
    worksheet_write_datetime(orders, 2, 3, &leap, dateOnly);
    worksheet_write_boolean(orders, 2, 4, 0, nullptr);

    // Row 4 (index 3) is left out entirely.
    worksheet_write_number(orders, 4, 0, 1003, nullptr);
    worksheet_write_number(orders, 4, 2, -0.1, nullptr);
    worksheet_write_string(orders, 4, 5, "备注 ok", nullptr);

    lxw_rich_string_tuple red = {nullptr, const_cast<char *>("红色")};
    lxw_rich_string_tuple strong = {bold, const_cast<char *>("粗体")};
    lxw_rich_string_tuple *rich[] = {&red, &strong, nullptr};
    worksheet_write_formula_num(orders, 5, 0, "=1+1", nullptr, 2);
    worksheet_write_formula_str(orders, 5, 1, "=\"A\"&\"B\"", nullptr, "AB");
    worksheet_write_number(orders, 5, 2, 1e20, nullptr);
    worksheet_write_rich_string(orders, 5, 3, rich, nullptr);
    worksheet_write_number(orders, 5, 4, 1234567890123.0, nullptr);

    // Formatting without a value: not a record.
    worksheet_write_blank(orders, 6, 0, bold);
    worksheet_write_blank(orders, 6, 1, bold);
    worksheet_write_string(orders, 7, 1, "  spaced  ", nullptr);

    lxw_worksheet *refunds = workbook_add_worksheet(workbook, "退款");
    worksheet_write_string(refunds, 0, 0, "订单号", nullptr);
    worksheet_write_string(refunds, 0, 1, "退款金额", nullptr);
    worksheet_write_number(refunds, 1, 0, 1001, nullptr);
    worksheet_write_number(refunds, 1, 1, 5.25, nullptr);

    workbook_add_worksheet(workbook, "Empty");
    return workbook_close(workbook) == LXW_NO_ERROR;
}

constexpr int kLargeRows = 200000;

bool writeLargeInChild(const char *path)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (!workbook)
        return false;
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd hh:mm:ss");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Orders");
    for (lxw_row_t row = 0; row < kLargeRows; ++row) {
        worksheet_write_number(sheet, row, 0, row + 1, nullptr);
        worksheet_write_string(sheet, row, 1, "上海市浦东新区客户", nullptr);
        worksheet_write_number(sheet, row, 2, 19.99 + row % 100, nullptr);
        worksheet_write_number(sheet, row, 3, 45000 + row / 1000 + (row % 86400) / 86400.0, date);
        worksheet_write_boolean(sheet, row, 4, row % 2, nullptr);
        worksheet_write_string(sheet, row, 5, "备注 remark text", nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

int writeFixtureInChild(const char *kind, const char *path)
{
    bool ok = false;
    if (qstrcmp(kind, "orders-shared") == 0)
        ok = writeOrdersInChild(path, false);
    else if (qstrcmp(kind, "orders-inline") == 0)
        ok = writeOrdersInChild(path, true);
    else if (qstrcmp(kind, "large") == 0)
        ok = writeLargeInChild(path);
    return ok ? 0 : 1;
}

// libquazip carries its own copy of minizip and exports the same symbols (zipOpen3, ...) as the
// libminizip that libxlsxwriter uses; in one process the first loaded copy serves both, and
// libxlsxwriter crashes inside QuaZip's variant. So fixtures are written by this executable
// re-run as a child with the real minizip preloaded, where QuaZip is never used.
bool makeFixture(const QString &kind, const QString &path)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString preload = env.value(u"LD_PRELOAD"_s);
    env.insert(u"LD_PRELOAD"_s, preload.isEmpty() ? u"libminizip.so.1"_s : u"libminizip.so.1:"_s + preload);
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(
        u"ASAN_OPTIONS"_s, asan.isEmpty() ? u"verify_asan_link_order=0"_s : asan + u":verify_asan_link_order=0"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--write-fixture"_s, kind, path});
    if (!child.waitForFinished(300000))
        return false;
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 && QFile::exists(path);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void largeSheetStreams();
    void readsLibxlsxwriterWorkbook_data();
    void readsLibxlsxwriterWorkbook();
    void choosesSheet_data();
    void choosesSheet();
    void craftedCells_data();
    void craftedCells();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void malformedSheetStopsWithRow_data();
    void malformedSheetStopsWithRow();
    void reportsProgress();
    void sharedStringsAreBounded();
    void oversizedCellIsFatal();
    void readsExcelAuthoredFile();
    void badSharedStringIndexIsARowProblem();
    void numberText_data();
    void numberText();
    void serialDates_data();
    void serialDates();
    void dateFormatCodes_data();
    void dateFormatCodes();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestXlsxReader::largeSheetStreams()
{
    const QString file = path(u"large.xlsx"_s);
    constexpr int rows = kLargeRows;
    QVERIFY(makeFixture(u"large"_s, file));
    const qint64 before = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader(file);
    QVERIFY2(reader.isOpen(), qPrintable(reader.error().value_or(ReadError{}).message));
    Record record;
    qint64 count = 0;
    qint64 lastLine = 0;
    QByteArray lastDate;
    while (reader.next(record)) {
        ++count;
        lastLine = record.line;
        QCOMPARE(record.fields.size(), size_t(6));
        if (record.line == rows)
            lastDate = QByteArray(record.fields[3].data(), qsizetype(record.fields[3].size()));
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!reader.error());
    QCOMPARE(count, rows);
    QCOMPARE(lastLine, rows);
    // row 199999: 45000 + 199 days, 199999 % 86400 = 27199 s = 07:33:19
    QCOMPARE(lastDate, QByteArray("2023-09-30 07:33:19"));
    QCOMPARE(reader.position(), reader.size());
    const qint64 after = peakRssKiB();
    qInfo("200k rows x 6 cells: sheet XML %lld bytes (zip %lld bytes), read in %lld ms; VmHWM %lld KiB before, "
          "%lld KiB after reading",
        reader.size(), QFileInfo(file).size(), elapsed, before, after);
#ifndef __SANITIZE_ADDRESS__ // ASan's quarantine keeps freed blocks, so RSS says nothing there
    // Not a timing assertion: a streaming reader must not hold the sheet (tens of MiB of XML).
    QVERIFY2(after - before < 16 * 1024, "peak RSS grew by more than 16 MiB while streaming");
#endif
}

void TestXlsxReader::readsLibxlsxwriterWorkbook_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings (constant_memory)") << true;
}

void TestXlsxReader::readsLibxlsxwriterWorkbook()
{
    QFETCH(bool, constantMemory);
    const QString file = path(constantMemory ? u"orders-inline.xlsx"_s : u"orders-shared.xlsx"_s);
    QVERIFY(makeFixture(constantMemory ? u"orders-inline"_s : u"orders-shared"_s, file));

    const Result result = readAll(file);
    QVERIFY(result.open);
    QVERIFY(!result.error);
    QCOMPARE(result.description, u"Excel workbook, sheet \"Orders\""_s);

    const QList<Row> expected = {
        {1, {u"订单号"_s, u"客户"_s, u"金额"_s, u"下单时间"_s, u"已付款"_s, u"备注"_s}, {}, {}},
        {2, {u"1001"_s, u"张三"_s, u"12.5"_s, u"2023-03-15 14:30:05"_s, u"TRUE"_s, u"加急"_s}, {}, {}},
        {3, {u"1002"_s, u"李四"_s, u"100"_s, u"2024-02-29 00:00:00"_s, u"FALSE"_s}, {}, {}},
        {5, {u"1003"_s, {}, u"-0.1"_s, {}, {}, u"备注 ok"_s}, {}, {}},
        {6, {u"2"_s, u"AB"_s, u"100000000000000000000"_s, u"红色粗体"_s, u"1234567890123"_s}, {}, {}},
        {8, {{}, u"  spaced  "_s}, {}, {}},
    };
    QCOMPARE(result.rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.rows[i].line, expected[i].line);
        QCOMPARE(result.rows[i].fields, expected[i].fields);
        QCOMPARE(result.rows[i].raw, expected[i].fields.join(u'\t'));
        QVERIFY(result.rows[i].problem.isEmpty());
    }
}

void TestXlsxReader::choosesSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("default is first") << QString() << true
                                      << QList<QStringList>{{u"订单号"_s, u"客户"_s, u"金额"_s, u"下单时间"_s,
                                             u"已付款"_s, u"备注"_s}}
                                      << QString();
    QTest::newRow("chinese name") << u"退款"_s << true
                                  << QList<QStringList>{{u"订单号"_s, u"退款金额"_s}, {u"1001"_s, u"5.25"_s}}
                                  << QString();
    QTest::newRow("empty sheet") << u"Empty"_s << true << QList<QStringList>{} << QString();
    QTest::newRow("unknown name") << u"Nope"_s << false << QList<QStringList>{}
                                  << u"no sheet \"Nope\"; available sheets: Orders, 退款, Empty"_s;
}

void TestXlsxReader::choosesSheet()
{
    QFETCH(QString, sheet);
    QFETCH(bool, open);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QString, errorPart);

    const QString file = path(u"sheets.xlsx"_s);
    if (!QFile::exists(file))
        QVERIFY(makeFixture(u"orders-shared"_s, file));
    QString error;
    QCOMPARE(XlsxReader::sheetNames(file, &error), (QStringList{u"Orders"_s, u"退款"_s, u"Empty"_s}));
    QVERIFY(error.isEmpty());

    const Result result = readAll(file, sheet);
    QCOMPARE(result.open, open);
    if (!open) {
        QVERIFY(result.error);
        QVERIFY2(result.error->message.contains(errorPart), qPrintable(result.error->message));
        QVERIFY(result.rows.isEmpty());
        return;
    }
    QVERIFY(!result.error);
    QCOMPARE(result.description, u"Excel workbook, sheet \"%1\""_s.arg(sheet.isEmpty() ? u"Orders"_s : sheet));
    if (sheet.isEmpty()) {
        QVERIFY(!result.rows.isEmpty());
        QCOMPARE(result.rows.first().fields, rows.first());
        return;
    }
    QCOMPARE(result.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(result.rows[i].fields, rows[i]);
}

void TestXlsxReader::craftedCells_data()
{
    QTest::addColumn<QByteArray>("cells");         // inside <row r="3">
    QTest::addColumn<QByteArray>("sharedStrings"); // inside <sst>
    QTest::addColumn<QByteArray>("workbookPr");
    QTest::addColumn<bool>("absoluteTargets");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("date1904");

    const QByteArray none;
    QTest::newRow("rich text runs, phonetic skipped, xml:space")
        << QByteArray("<c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>0</v></c>")
        << QByteArray("<si><t>plain</t></si><si><r><rPr><b/></rPr><t>红</t></r><r><t xml:space=\"preserve\"> "
                      "色 </t></r>"
                      "<rPh sb=\"0\" eb=\"1\"><t>hong</t></rPh></si>")
        << none << false << QStringList{u"红 色 "_s, u"plain"_s} << false;
    QTest::newRow("absolute relationship targets")
        << QByteArray("<c r=\"A3\" t=\"s\"><v>0</v></c>") << QByteArray("<si><t>顾客</t></si>") << none << true
        << QStringList{u"顾客"_s} << false;
    QTest::newRow("inline rich string, escapes, entities")
        << QByteArray("<c r=\"A3\" t=\"inlineStr\"><is><r><t>a&amp;b</t></r><r><t>_x000D_c</t></r></is></c>"
                      "<c r=\"B3\" t=\"inlineStr\"><is><t>_x005F_x0041_</t></is></c>")
        << none << none << false << QStringList{u"a&b\rc"_s, u"_x0041_"_s} << false;
    QTest::newRow("formula string, error, booleans")
        << QByteArray("<c r=\"A3\" t=\"str\"><f>A1&amp;\"x\"</f><v>abc</v></c><c r=\"B3\" "
                      "t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                      "<c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\" t=\"b\"><v>0</v></c><c r=\"E3\" "
                      "t=\"str\"><f>\"\"</f><v></v></c>")
        << none << none << false << QStringList{u"abc"_s, u"#DIV/0!"_s, u"TRUE"_s, u"FALSE"_s, QString()} << false;
    QTest::newRow("numbers in shortest exact form")
        << QByteArray("<c r=\"A3\"><v>12.50</v></c><c r=\"B3\"><v>1E+20</v></c><c r=\"C3\"><v>1.5E-3</v></c>"
                      "<c r=\"D3\"><v>0.30000000000000004</v></c><c r=\"E3\"><v>-0</v></c><c r=\"F3\"><v>1E-10</v></c>"
                      "<c r=\"G3\" t=\"n\"><v>13800138000</v></c><c r=\"H3\" s=\"4\"><v>1234.5</v></c>")
        << none << none << false
        << QStringList{u"12.5"_s, u"100000000000000000000"_s, u"0.0015"_s, u"0.30000000000000004"_s, u"0"_s, u"1E-10"_s,
               u"13800138000"_s, u"1234.5"_s}
        << false;
    QTest::newRow("gaps and cells without references")
        << QByteArray("<c r=\"B3\"><v>1</v></c><c r=\"D3\" s=\"1\"/><c r=\"E3\"><v>2</v></c><c><v>3</v></c>"
                      "<c r=\"AA3\"><v>4</v></c><c r=\"AC3\" s=\"1\"/>")
        << none << none << false
        << (QStringList{QString(), u"1"_s, QString(), QString(), u"2"_s, u"3"_s} + QStringList(20)
               + QStringList{u"4"_s})
        << false;
    // 1900 system: serial 1 = 1900-01-01, 59 = 1900-02-28, 60 = the fictitious 1900-02-29, 61 = 1900-03-01;
    // 45000 = 2023-03-15 (44927 = 2023-01-01, + 31 + 28 + 14).
    QTest::newRow("1900 serials around the phantom leap day")
        << QByteArray(
               "<c r=\"A3\" s=\"1\"><v>1</v></c><c r=\"B3\" s=\"1\"><v>59</v></c><c r=\"C3\" s=\"1\"><v>60</v></c>"
               "<c r=\"D3\" s=\"1\"><v>61</v></c><c r=\"E3\" s=\"5\"><v>1.5</v></c><c r=\"F3\" "
               "s=\"5\"><v>60.75</v></c>")
        << none << none << false
        << QStringList{u"1900-01-01 00:00:00"_s, u"1900-02-28 00:00:00"_s, u"1900-02-29 00:00:00"_s,
               u"1900-03-01 00:00:00"_s, u"1900-01-01 12:00:00"_s, u"1900-02-29 18:00:00"_s}
        << false;
    // 0.25 d = 06:00:00; 0.999999 d = 86399.91 s rounds up into the next day; 1/86400*0.4 rounds down.
    QTest::newRow("styles decide dates; rounding to seconds")
        << QByteArray("<c r=\"A3\" s=\"2\"><v>45000.25</v></c><c r=\"B3\" s=\"3\"><v>45000</v></c>"
                      "<c r=\"C3\" s=\"5\"><v>45000.999999</v></c><c r=\"D3\" s=\"5\"><v>45000.0000046</v></c>"
                      "<c r=\"E3\" s=\"6\"><v>45000</v></c><c r=\"F3\" s=\"0\"><v>45000</v></c>"
                      "<c r=\"G3\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"H3\" s=\"1\"><v>-1</v></c>")
        << QByteArray("<si><t>不是日期</t></si>") << none << false
        << QStringList{u"2023-03-15 06:00:00"_s, u"45000"_s, u"2023-03-16 00:00:00"_s, u"2023-03-15 00:00:00"_s,
               u"45000"_s, u"45000"_s, u"不是日期"_s, u"-1"_s}
        << false;
    // 1904 system: serial 0 = 1904-01-01; 43538 = 45000 - 1462 = 2023-03-15.
    QTest::newRow("1904 date system") << QByteArray(
        "<c r=\"A3\" s=\"1\"><v>0</v></c><c r=\"B3\" s=\"5\"><v>43538.5</v></c><c r=\"C3\" "
        "s=\"1\"><v>60</v></c>") << none
                                      << QByteArray("date1904=\"1\"") << false
                                      << QStringList{u"1904-01-01 00:00:00"_s, u"2023-03-15 12:00:00"_s,
                                             u"1904-03-01 00:00:00"_s}
                                      << true;
    QTest::newRow("1904 spelled true") << QByteArray("<c r=\"A3\" s=\"1\"><v>1</v></c>") << none
                                       << QByteArray("date1904=\"true\"") << false
                                       << QStringList{u"1904-01-02 00:00:00"_s} << true;
}

void TestXlsxReader::craftedCells()
{
    QFETCH(QByteArray, cells);
    QFETCH(QByteArray, sharedStrings);
    QFETCH(QByteArray, workbookPr);
    QFETCH(bool, absoluteTargets);
    QFETCH(QStringList, fields);
    QFETCH(bool, date1904);

    Crafted crafted;
    crafted.sheetData = "<row r=\"1\" ht=\"20\" customHeight=\"1\"/><row r=\"3\" spans=\"1:6\">" + cells + "</row>";
    crafted.sharedStrings = sharedStrings;
    crafted.workbookPr = workbookPr;
    crafted.absoluteTargets = absoluteTargets;
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".xlsx"_s);
    QVERIFY(writeCrafted(file, crafted));

    XlsxReader reader(file);
    QVERIFY2(reader.isOpen(), qPrintable(reader.error().value_or(ReadError{}).message));
    QCOMPARE(reader.date1904(), date1904);
    const Result result = readAll(file);
    QVERIFY2(!result.error, qPrintable(result.error.value_or(ReadError{}).message));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows[0].line, 3);
    QCOMPARE(result.rows[0].fields, fields);
    QVERIFY(result.rows[0].problem.isEmpty());
}

void TestXlsxReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("missing file") << u"missing"_s << u"file not found"_s;
    QTest::newRow("not a zip") << u"text"_s << u"not a zip archive"_s;
    QTest::newRow("empty file") << u"empty"_s << u"not a zip archive"_s;
    QTest::newRow("old xls signature") << u"ole"_s << u".xls"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"not a zip archive"_s;
    QTest::newRow("zip without workbook") << u"noworkbook"_s << u"xl/workbook.xml"_s;
    QTest::newRow("sheet part missing") << u"nosheet"_s << u"xl/worksheets/sheet1.xml"_s;
    QTest::newRow("DOCTYPE in shared strings") << u"doctype"_s << u"DOCTYPE"_s;
    QTest::newRow("shared strings zip bomb") << u"bomb"_s << u"workbook looks like a zip bomb"_s;
    QTest::newRow("DOCTYPE in sheet") << u"sheetdoctype"_s << u"DOCTYPE"_s;
    // Issue 14: the streamed sheet had no expansion check (2.4 GB from 9.4 MB was read for 61 s).
    QTest::newRow("sheet zip bomb") << u"sheetbomb"_s << u"workbook looks like a zip bomb"_s;
}

void TestXlsxReader::refusesBrokenFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, errorPart);

    const QString file = path(kind + u".xlsx"_s);
    if (kind == u"text") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("order,customer\n1,张三\n");
    } else if (kind == u"empty") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == u"ole") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(4096, '\0'));
    } else if (kind == u"truncated") {
        const QString whole = path(u"whole.xlsx"_s);
        QVERIFY(makeFixture(u"orders-shared"_s, whole));
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() * 2 / 3));
    } else if (kind == u"noworkbook") {
        QVERIFY(writeZip(file, {{u"[Content_Types].xml"_s, "<Types/>"}, {u"docProps/app.xml"_s, "<Properties/>"}}));
    } else if (kind == u"nosheet") {
        QVERIFY(writeCrafted(file, {}));
        // Rewrite without the first worksheet.
        QuaZip zip(file);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QList<std::pair<QString, QByteArray>> parts;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile entry(&zip);
            QVERIFY(entry.open(QIODevice::ReadOnly));
            if (zip.getCurrentFileName() != u"xl/worksheets/sheet1.xml")
                parts.append({zip.getCurrentFileName(), entry.readAll()});
        }
        zip.close();
        QVERIFY(writeZip(file, parts));
    } else if (kind == u"doctype") {
        Crafted crafted;
        crafted.sharedPrologue = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>";
        crafted.sharedStrings = "<si><t>&b;</t></si>";
        crafted.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        QVERIFY(writeCrafted(file, crafted));
    } else if (kind == u"sheetdoctype") {
        Crafted crafted;
        crafted.sheetPrologue = "<!DOCTYPE worksheet [<!ENTITY x \"y\">]>";
        crafted.sheetData = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
        QVERIFY(writeCrafted(file, crafted));
    } else if (kind == u"sheetbomb") {
        Crafted crafted;
        crafted.sheetData = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + QByteArray(40 * 1024 * 1024, ' ');
        QVERIFY(writeCrafted(file, crafted));
    } else if (kind == u"bomb") {
        Crafted crafted;
        crafted.sharedStrings = "<si><t>" + QByteArray(40 * 1024 * 1024, ' ') + "</t></si>";
        crafted.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        QVERIFY(writeCrafted(file, crafted));
    }

    QString namesError;
    QVERIFY(XlsxReader::sheetNames(file, &namesError).isEmpty() || kind == u"nosheet" || kind == u"doctype"
        || kind == u"bomb" || kind == u"sheetdoctype" || kind == u"sheetbomb");
    const Result result = readAll(file);
    QVERIFY(!result.open);
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.error);
    QCOMPARE(result.error->line, 0);
    QVERIFY2(result.error->message.contains(errorPart), qPrintable(result.error->message));
}

void TestXlsxReader::malformedSheetStopsWithRow_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<bool>("truncate");
    QTest::addColumn<int>("goodRows");
    QTest::addColumn<qint64>("errorLine");
    QTest::addColumn<QString>("errorPart");

    const QByteArray good = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>";
    QTest::newRow("mismatched tag") << good + "<row r=\"3\"><c r=\"A3\"><v>3</x></c></row>" << false << 2 << qint64(3)
                                    << u"row 3"_s;
    QTest::newRow("bad cell reference") << good + "<row r=\"7\"><c r=\"ZZZZ7\"><v>3</v></c></row>" << false << 2
                                        << qint64(7) << u"ZZZZ7"_s;
    QTest::newRow("undeclared entity") << good
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row>"
                                       << false << 2 << qint64(4) << u"row 4"_s;
    // Cells without r= count on from the previous one; Excel's 16,384 columns bound them, too.
    QTest::newRow("16385 cells without references")
        << good + "<row r=\"3\">" + QByteArray("<c><v>1</v></c>").repeated(16385) + "</row>" << false << 2 << qint64(3)
        << u"more than 16384 columns"_s;
    QTest::newRow("truncated XML") << good + "<row r=\"5\"><c r=\"A5\"><v>5</v></c></row><row r=\"6\"><c r=\"A6\"><v>6"
                                   << true << 3 << qint64(6) << u"row 6"_s;
}

void TestXlsxReader::malformedSheetStopsWithRow()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(bool, truncate);
    QFETCH(int, goodRows);
    QFETCH(qint64, errorLine);
    QFETCH(QString, errorPart);

    Crafted crafted;
    crafted.sheetData = sheetData;
    crafted.truncateSheet = truncate;
    const QString file = path(u"malformed.xlsx"_s);
    QFile::remove(file);
    QVERIFY(writeCrafted(file, crafted));
    const Result result = readAll(file);
    QVERIFY(result.open);
    QCOMPARE(result.rows.size(), goodRows);
    QVERIFY(result.error);
    QCOMPARE(result.error->line, errorLine);
    QVERIFY2(result.error->message.contains(errorPart), qPrintable(result.error->message));
}

void TestXlsxReader::sharedStringsAreBounded()
{
    // 300,000 empty strings: 1.5 MB of XML, but each string costs its 4-byte offset (60 million of them
    // took 1.2 GB before the table was bounded).
    Crafted crafted;
    crafted.sharedStrings = QByteArray("<si/>").repeated(300000) + "<si><t>last</t></si>";
    crafted.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>300000</v></c></row>";
    const QString file = path(u"manystrings.xlsx"_s);
    QVERIFY(writeCrafted(file, crafted));
    XlsxReader small(file, {}, XlsxReadOptions{qint64(1) << 20});
    QVERIFY(!small.isOpen());
    QVERIFY(small.error());
    QVERIFY2(small.error()->message.contains(u"more than 1 MiB"_s), qPrintable(small.error()->message));
    const Result result = readAll(file);
    QVERIFY(result.open);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows[0].fields, QStringList{u"last"_s});
}

void TestXlsxReader::reportsProgress()
{
    // The 200k-row sheet is ~60 MB of XML, so progress moves in many steps.
    const QString file = path(u"large.xlsx"_s);
    if (!QFile::exists(file))
        QVERIFY(makeFixture(u"large"_s, file));
    XlsxReader reader(file);
    QVERIFY(reader.isOpen());
    QVERIFY(reader.size() > 0);
    QVERIFY(reader.position() < reader.size());
    Record record;
    qint64 last = reader.position();
    int steps = 0;
    while (reader.next(record)) {
        QVERIFY(reader.position() >= last);
        QVERIFY(reader.position() <= reader.size());
        steps += reader.position() > last ? 1 : 0;
        last = reader.position();
    }
    QCOMPARE(reader.position(), reader.size());
    QVERIFY(steps > 100);
}

void TestXlsxReader::readsExcelAuthoredFile()
{
    const QString file = testsupport::testData(u"online_retail/uci_online_retail_sample_sfc.xlsx"_s);
    QVERIFY(QFile::exists(file));
    // Written by Excel itself (styles with x14ac extensions, shared strings, a custom date format);
    // the same rows as uci_online_retail_sample232_sfc.csv, where the date reads 1/12/2010 8:26 (d/m/y).
    const Result result = readAll(file);
    QVERIFY(result.open);
    QVERIFY(!result.error);
    QCOMPARE(result.description, u"Excel workbook, sheet \"Year 2010-2011\""_s);
    QCOMPARE(result.rows.size(), 233);
    QCOMPARE(result.rows[0].fields,
        (QStringList{u"INVOICE"_s, u"STOCKCODE"_s, u"DESCRIPTION"_s, u"QUANTITY"_s, u"INVOICEDATE"_s, u"PRICE"_s,
            u"CUSTOMERID"_s, u"COUNTRY"_s}));
    QCOMPARE(result.rows[1].fields,
        (QStringList{u"536365"_s, u"85123A"_s, u"WHITE HANGING HEART T-LIGHT HOLDER"_s, u"6"_s,
            u"2010-12-01 08:26:00"_s, u"2.55"_s, u"17850"_s, u"United Kingdom"_s}));
}

void TestXlsxReader::oversizedCellIsFatal()
{
    // Letters at random: a run of one letter would deflate 1000:1 and be refused as a zip bomb at open.
    QByteArray text(65 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(14);
    for (char &c : text)
        c = char('a' + random.bounded(26));
    Crafted crafted;
    crafted.sheetData = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
        + text + "</t></is></c></row>";
    text = {};
    const QString file = path(u"oversized.xlsx"_s);
    QVERIFY(writeCrafted(file, crafted));
    crafted = {};
    const Result result = readAll(file);
    QVERIFY(result.open);
    QCOMPARE(result.rows.size(), 1);
    QVERIFY(result.error);
    QCOMPARE(result.error->line, 2);
    QVERIFY2(result.error->message.contains(u"64 MiB"_s), qPrintable(result.error->message));
}

void TestXlsxReader::badSharedStringIndexIsARowProblem()
{
    Crafted crafted;
    crafted.sharedStrings = "<si><t>only</t></si>";
    crafted.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>7</v></c></row>"
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>";
    const QString file = path(u"badindex.xlsx"_s);
    QVERIFY(writeCrafted(file, crafted));
    const Result result = readAll(file);
    QVERIFY(!result.error);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[0].fields, (QStringList{u"only"_s, QString()}));
    QVERIFY2(result.rows[0].problem.contains(u"B1"_s), qPrintable(result.rows[0].problem));
    QVERIFY(result.rows[1].problem.isEmpty());
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << u"100"_s << u"100"_s;
    QTest::newRow("trailing zero") << u"12.50"_s << u"12.5"_s;
    QTest::newRow("exponent, ordinary") << u"1.25E+3"_s << u"1250"_s;
    QTest::newRow("small") << u"0.000001"_s << u"0.000001"_s;
    QTest::newRow("tiny keeps exponent") << u"1.5E-12"_s << u"1.5E-12"_s;
    QTest::newRow("huge keeps exponent") << u"1E+300"_s << u"1E+300"_s;
    QTest::newRow("binary noise stays exact") << u"2.9999999999999996"_s << u"2.9999999999999996"_s;
    QTest::newRow("negative") << u"-45.1"_s << u"-45.1"_s;
    QTest::newRow("negative zero") << u"-0.0"_s << u"0"_s;
    QTest::newRow("phone number") << u"13912345678"_s << u"13912345678"_s;
    QTest::newRow("not a number") << u"12abc"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestXlsxReader::numberText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    const bool ok = xlsx::formatNumber(std::string_view(utf8.constData(), size_t(utf8.size())), out);
    QCOMPARE(ok, !expected.isEmpty());
    if (ok)
        QCOMPARE(QString::fromStdString(out), expected);
}

void TestXlsxReader::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");
    QTest::newRow("time only") << 0.5 << false << u"1899-12-31 12:00:00"_s;
    QTest::newRow("serial 1") << 1.0 << false << u"1900-01-01 00:00:00"_s;
    QTest::newRow("serial 59") << 59.0 << false << u"1900-02-28 00:00:00"_s;
    QTest::newRow("serial 60 phantom") << 60.0 << false << u"1900-02-29 00:00:00"_s;
    QTest::newRow("serial 61") << 61.0 << false << u"1900-03-01 00:00:00"_s;
    QTest::newRow("2023-01-01") << 44927.0 << false << u"2023-01-01 00:00:00"_s;
    QTest::newRow("half second rounds up") << 44927.0 + 1.5 / 86400 << false << u"2023-01-01 00:00:02"_s;
    QTest::newRow("last second of day") << 44927.0 + 86399.4 / 86400 << false << u"2023-01-01 23:59:59"_s;
    QTest::newRow("rounds into next day") << 44927.0 + 86399.6 / 86400 << false << u"2023-01-02 00:00:00"_s;
    QTest::newRow("9999-12-31") << 2958465.0 << false << u"9999-12-31 00:00:00"_s;
    QTest::newRow("beyond 9999") << 2958466.0 << false << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("1904 epoch") << 0.0 << true << u"1904-01-01 00:00:00"_s;
    QTest::newRow("1904 leap day is real") << 59.0 << true << u"1904-02-29 00:00:00"_s;
    QTest::newRow("1904 2023-01-01") << 44927.0 - 1462 << true << u"2023-01-01 00:00:00"_s;
}

void TestXlsxReader::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    std::string out;
    const bool ok = xlsx::serialToDateTime(serial, date1904, out);
    QCOMPARE(ok, !expected.isEmpty());
    if (ok)
        QCOMPARE(QString::fromStdString(out), expected);
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("iso") << u"yyyy-mm-dd hh:mm:ss"_s << true;
    QTest::newRow("chinese literal") << u"yyyy\"年\"m\"月\"d\"日\""_s << true;
    QTest::newRow("upper case") << u"YYYY/MM/DD"_s << true;
    QTest::newRow("locale prefix") << u"[$-804]yyyy/m/d"_s << true;
    QTest::newRow("elapsed hours") << u"[h]:mm:ss"_s << true;
    QTest::newRow("general") << u"General"_s << false;
    QTest::newRow("currency") << u"[$¥-804]#,##0.00"_s << false;
    QTest::newRow("quoted days") << u"0 \"days\""_s << false;
    QTest::newRow("escaped letters") << u"0\\d\\s"_s << false;
    QTest::newRow("colour") << u"[Red]#,##0.00_);(#,##0.00)"_s << false;
    QTest::newRow("scientific") << u"0.00E+00"_s << false;
    QTest::newRow("text") << u"@"_s << false;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(xlsx::isDateFormatCode(code), isDate);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--write-fixture") == 0)
        return writeFixtureInChild(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestXlsxReader test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_xlsxreader.moc"
