// Customer-list files: CSV for Excel (UTF-8 BOM or GBK) and typed XLSX, read back to check.
#include "analysis/export/tablewriter.h"
#include "analysis/io/xlsxreader.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

class TestTableWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvUtf8WithBom();
    void csvGbk();
    void csvGbkRefusesUnencodableText();
    void xlsxRoundTrip();
    void xlsxHostileTextReadsBack_data();
    void xlsxHostileTextReadsBack();
    void unwritablePathIsAnError();

private:
    static ExportTable sample();
};

ExportTable TestTableWriter::sample()
{
    ExportTable t;
    t.columns = {{QStringLiteral("customer"), ExportTable::Kind::Text},
        {QStringLiteral("orders"), ExportTable::Kind::Integer},
        {QStringLiteral("net_revenue"), ExportTable::Kind::Money},
        {QStringLiteral("last_order"), ExportTable::Kind::Date}, {QStringLiteral("segment"), ExportTable::Kind::Text}};
    // 19787 = 2024-03-05; 19723 = 2024-01-01
    t.rows.push_back(
        {QStringLiteral("小明"), qint64(3), qint64(123450), qint32(19787), QStringLiteral("重要价值客户")});
    t.rows.push_back(
        {QStringLiteral("=HYPERLINK(\"x\")"), qint64(1), qint64(-505), qint32(19723), QStringLiteral("Lost, sadly")});
    t.rows.push_back({QStringLiteral("C3"), QVariant(), qint64(0), QVariant(), QString()});
    return t;
}

void TestTableWriter::csvUtf8WithBom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QString error;
    QVERIFY2(writeCsv(path, sample(), {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "customer,orders,net_revenue,last_order,segment\r\n"
                                "小明,3,1234.50,2024-03-05,重要价值客户\r\n"
                                "\"'=HYPERLINK(\"\"x\"\")\",1,-5.05,2024-01-01,\"Lost, sadly\"\r\n"
                                "C3,,0.00,,\r\n";
    QCOMPARE(file.readAll(), expected);
}

void TestTableWriter::csvGbk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QString error;
    QVERIFY2(writeCsv(path, sample(), "GB18030", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xD0\xA1\xC3\xF7")); // 小明 in GBK
    QStringDecoder decoder("GB18030");
    const QString text = decoder(bytes);
    QVERIFY(text.contains(QStringLiteral("小明,3,1234.50,2024-03-05,重要价值客户\r\n")));
}

void TestTableWriter::csvGbkRefusesUnencodableText()
{
    QTemporaryDir dir;
    ExportTable t;
    t.columns = {{QStringLiteral("name"), ExportTable::Kind::Text}};
    t.rows.push_back({QStringLiteral("한국어 \U0001F600")});
    QString error;
    // GB18030 encodes every Unicode character, windows-1252 does not.
    QVERIFY(!writeCsv(dir.filePath(QStringLiteral("x.csv")), t, "windows-1252", &error));
    QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}

void TestTableWriter::xlsxRoundTrip()
{
#ifdef __SANITIZE_ADDRESS__
    QSKIP("XLSX export loads libxlsxwriter with RTLD_DEEPBIND, which AddressSanitizer does not support");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    QString error;
    QVERIFY2(writeXlsx(path, sample(), QStringLiteral("重要价值"), &error), qPrintable(error));
    QCOMPARE(XlsxReader::sheetNames(path), QStringList{QStringLiteral("重要价值")});
    XlsxReader reader(path);
    QVERIFY(reader.isOpen());
    Record record;
    auto fields = [&record] {
        QStringList out;
        for (std::string_view f : record.fields)
            out.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
        return out;
    };
    QVERIFY(reader.next(record));
    QCOMPARE(fields(),
        (QStringList{QStringLiteral("customer"), QStringLiteral("orders"), QStringLiteral("net_revenue"),
            QStringLiteral("last_order"), QStringLiteral("segment")}));
    QVERIFY(reader.next(record));
    QCOMPARE(fields(),
        (QStringList{QStringLiteral("小明"), QStringLiteral("3"), QStringLiteral("1234.5"),
            QStringLiteral("2024-03-05 00:00:00"), QStringLiteral("重要价值客户")}));
    QVERIFY(reader.next(record));
    QCOMPARE(fields().value(2), QStringLiteral("-5.05"));
    QCOMPARE(fields().value(0), QStringLiteral("=HYPERLINK(\"x\")")); // a string cell, never a formula
    QVERIFY(reader.next(record));
    QCOMPARE(fields().value(0), QStringLiteral("C3"));
    QVERIFY(!reader.next(record));
    QVERIFY(!reader.error());
}

// Text a workbook cannot hold as it is (XML 1.0 forbids it) or that Excel would decode (_xHHHH_): written,
// then read back with the project's own reader, which decodes _xHHHH_ as Excel does.
void TestTableWriter::xlsxHostileTextReadsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("readBack");
    const QString fffd(QChar(0xFFFD));
    QTest::newRow("U+FFFE") << (u"A"_s + QChar(0xFFFE) + u"B"_s) << (u"A"_s + fffd + u"B"_s);
    QTest::newRow("U+FFFF") << QString(QChar(0xFFFF)) << fffd;
    QTest::newRow("lone high surrogate") << (QChar(0xD83D) + u"x"_s) << (fffd + u"x"_s);
    QTest::newRow("lone low surrogate") << (u"x"_s + QChar(0xDE00)) << (u"x"_s + fffd);
    QTest::newRow("NUL") << (u"a"_s + QChar(0) + u"b"_s) << (u"a"_s + fffd + u"b"_s);
    QTest::newRow("emoji pair") << u"\U0001F600 ok"_s << u"\U0001F600 ok"_s;
    QTest::newRow("_x0041_") << u"_x0041_"_s << u"_x0041_"_s;
    QTest::newRow("_x005F_") << u"a_x005F_b"_s << u"a_x005F_b"_s;
    QTest::newRow("escape of a surrogate") << u"_xD800_"_s << u"_xD800_"_s;
    QTest::newRow("two escapes") << u"_x0041__x0042_"_s << u"_x0041__x0042_"_s;
    QTest::newRow("not an escape") << u"_x00G1_ _X0041_ _x41_"_s << u"_x00G1_ _X0041_ _x41_"_s;
    QTest::newRow("control characters") << u"a\u0001b\u001Fc\u0008"_s << u"a\u0001b\u001Fc\u0008"_s;
    QTest::newRow("tab and newline") << u"a\tb\nc"_s << u"a\tb\nc"_s;
    QTest::newRow("carriage return") << u"a\r\nb"_s << u"a\r\nb"_s;
}

void TestTableWriter::xlsxHostileTextReadsBack()
{
#ifdef __SANITIZE_ADDRESS__
    QSKIP("XLSX export loads libxlsxwriter with RTLD_DEEPBIND, which AddressSanitizer does not support");
#endif
    QFETCH(QString, text);
    QFETCH(QString, readBack);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    ExportTable t;
    t.columns = {{text, ExportTable::Kind::Text}, {QStringLiteral("n"), ExportTable::Kind::Integer}};
    t.rows.push_back({text, qint64(1)});
    QString error;
    QVERIFY2(writeXlsx(path, t, text, &error), qPrintable(error));
    QCOMPARE(XlsxReader::sheetNames(path).size(), 1);
    XlsxReader reader(path);
    QVERIFY2(reader.isOpen(), reader.error() ? qPrintable(reader.error()->message) : "no error");
    Record record;
    for (int row = 0; row < 2; ++row) {
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.size(), size_t(2));
        QCOMPARE(QString::fromUtf8(record.fields[0].data(), qsizetype(record.fields[0].size())), readBack);
    }
    QVERIFY(!reader.next(record));
    QVERIFY2(!reader.error(), reader.error() ? qPrintable(reader.error()->message) : "no error");
}

void TestTableWriter::unwritablePathIsAnError()
{
    QString error;
    QVERIFY(!writeCsv(QStringLiteral("/nonexistent-dir/x.csv"), sample(), {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!writeXlsx(QStringLiteral("/nonexistent-dir/x.xlsx"), sample(), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
