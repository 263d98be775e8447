// Hostile input end to end: every case ends with a clear message, bounded memory and the workspace
// exactly as it was. Covered elsewhere (see docs/reliability.md): a foreign or newer workspace
// (tst_workspace), zip bomb / DOCTYPE / truncated zip at reader level (tst_xlsxreader), kill -9 and
// disk full (tst_crashsafety, tst_importsafety).
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"
#include "support/zipfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using testsupport::peakRssKiB;
using testsupport::scalar;
using testsupport::writeZip;

namespace {

// Checks that the peak RSS grew by less than `boundMiB` since `before` (not under ASan: its
// quarantine and shadow memory make RSS meaningless).
void verifyPeakGrowth(qint64 before, qint64 boundMiB, const char *what)
{
    const qint64 grownMiB = (peakRssKiB() - before) / 1024;
    qInfo("%s: peak RSS grew by %lld MiB (bound %lld MiB)", what, grownMiB, boundMiB);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    QVERIFY2(grownMiB < boundMiB, what);
#endif
}

// Starts a new peak-RSS measurement (VmHWM is the peak of the whole process, so earlier tests would hide a
// later one's growth) and returns its start; where the kernel does not support the reset, the old peak.
qint64 resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    return peakRssKiB();
}

// A minimal workbook with one sheet of orders; `sharedStrings` replaces the shared-string part, `moreRows`
// is appended to the sheet's rows.
bool writeWorkbook(const QString &path, const QByteArray &sharedStrings = {}, const QByteArray &moreRows = {})
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray sheet = "<?xml version=\"1.0\"?><worksheet " + ns
        + "><sheetData>"
          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
          "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>";
    for (int i = 2; i <= 40; ++i) {
        const QByteArray n = QByteArray::number(i);
        sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + QByteArray::number(9000 + i)
            + "</v></c>"
              "<c r=\"B"
            + n + "\" t=\"inlineStr\"><is><t>X" + n
            + "</t></is></c>"
              "<c r=\"C"
            + n
            + "\" t=\"inlineStr\"><is><t>2024-02-03 10:00:00</t></is></c>"
              "<c r=\"D"
            + n + "\"><v>" + n + ".25</v></c></row>";
    }
    sheet += moreRows + "</sheetData></worksheet>";
    const QByteArray strings = !sharedStrings.isEmpty() ? sharedStrings
                                                        : "<?xml version=\"1.0\"?><sst " + ns
            + "><si><t>order_id</t></si><si><t>customer_id</t></si>"
              "<si><t>order_time</t></si><si><t>amount</t></si></sst>";
    return writeZip(path,
        {{QStringLiteral("[Content_Types].xml"),
             "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
            {QStringLiteral("_rels/.rels"),
                "<?xml version=\"1.0\"?><Relationships "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\""
                    + rels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
            {QStringLiteral("xl/workbook.xml"),
                "<?xml version=\"1.0\"?><workbook " + ns + " xmlns:r=\"" + rels
                    + "\"><sheets>"
                      "<sheet name=\"Orders\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<?xml version=\"1.0\"?><Relationships "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\""
                    + rels
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                      "<Relationship Id=\"rId2\" Type=\""
                    + rels
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                      "</Relationships>"},
            {QStringLiteral("xl/sharedStrings.xml"), strings}, {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

QByteArray ordersCsv(int from, int to)
{
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    for (int i = from; i <= to; ++i)
        csv += QByteArray::number(i) + ",C" + QByteArray::number(i % 7) + ",2024-01-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + " 10:00:00," + QByteArray::number(i) + ".50\n";
    return csv;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void binaryGarbage_data();
    void binaryGarbage();
    void truncatedCsvInQuotedField();
    void truncatedXlsx();
    void gbkReadAsUtf8();
    void hugeLineWithoutNewline();
    void billionLaughs();
    void readOnlyWorkspaceFile();
    void sheetZipBomb();
    void csvRecordTooWide();
    void manyLargeRejectedRows();

private:
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("w.clientele")); }
    // A fingerprint of everything an import may touch.
    QList<qint64> state();
    // Imports `path`; checks it was refused or imported nothing, and that the workspace is unchanged.
    ImportSummary importExpectingNothing(const QString &path, const ImportOptions &options);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<qint64> m_before;
    ImportOptions m_options;
};

void TestHostileInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_options = {};
    m_options.timeZone = QTimeZone::utc();
    QString error;
    m_workspace = Workspace::open(workspacePath(), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    // Real data first, so "unchanged" means something.
    const ImportSummary first = importFile(
        *m_workspace, testsupport::writeFile(*m_dir, QStringLiteral("good.csv"), ordersCsv(1, 20)), m_options);
    QCOMPARE(first.outcome, ImportSummary::Outcome::Completed);
    m_before = state();
    QCOMPARE(m_before.value(1), qint64(20));
}

void TestHostileInput::cleanup()
{
    m_workspace.reset();
    if (m_dir)
        QFile::setPermissions(workspacePath(), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

QList<qint64> TestHostileInput::state()
{
    const Workspace &w = *m_workspace;
    return {scalar(w, "SELECT count(*) FROM imports"), scalar(w, "SELECT count(*) FROM orders"),
        scalar(w, "SELECT count(*) FROM customers"), scalar(w, "SELECT count(*) FROM returns"),
        scalar(w, "SELECT count(*) FROM rejected_rows"), scalar(w, "SELECT coalesce(sum(net_amount), 0) FROM orders"),
        scalar(w, "SELECT coalesce(sum(order_count * 7 + gross_amount), 0) FROM customers")};
}

ImportSummary TestHostileInput::importExpectingNothing(const QString &path, const ImportOptions &options)
{
    const ImportSummary s = importFile(*m_workspace, path, options);
    qInfo("%s", qPrintable(s.message));
    [&] {
        QVERIFY2(s.outcome == ImportSummary::Outcome::Failed || s.outcome == ImportSummary::Outcome::NothingImported,
            qPrintable(s.message));
        QVERIFY(!s.message.isEmpty());
        QCOMPARE(s.ordersAdded, qint64(0));
        QCOMPARE(state(), m_before);
    }();
    return s;
}

void TestHostileInput::binaryGarbage_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("garbage.csv");
    QTest::newRow("xlsx") << QStringLiteral("garbage.xlsx");
    QTest::newRow("no suffix") << QStringLiteral("garbage");
}

void TestHostileInput::binaryGarbage()
{
    QFETCH(QString, name);
    QByteArray bytes(1 << 20, Qt::Uninitialized);
    QRandomGenerator random(8);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const qint64 peak = peakRssKiB();
    importExpectingNothing(testsupport::writeFile(*m_dir, name, bytes), m_options);
    if (QTest::currentTestFailed())
        return;
    verifyPeakGrowth(peak, 64, "binary garbage");
}

void TestHostileInput::truncatedCsvInQuotedField()
{
    // The last record is cut inside a quoted field (a download that stopped): the complete rows
    // import, the cut one is rejected with a reason - it is never an order with a half amount.
    QByteArray csv = ordersCsv(101, 110);
    csv += "111,C1,2024-01-05 10:00:00,\"12";
    const ImportSummary s
        = importFile(*m_workspace, testsupport::writeFile(*m_dir, QStringLiteral("cut.csv"), csv), m_options);
    qInfo("%s / %s", qPrintable(s.message), qPrintable(s.rejectionExamples.join(u'|')));
    if (s.outcome == ImportSummary::Outcome::Completed) {
        QCOMPARE(s.ordersAdded, qint64(10));
        QCOMPARE(s.rejectedRows, qint64(1));
        QVERIFY2(!s.rejectionExamples.isEmpty() && s.rejectionExamples.first().contains(QStringLiteral("line 12")),
            qPrintable(s.rejectionExamples.join(u'|')));
        QCOMPARE(scalar(*m_workspace, "SELECT count(*) FROM orders WHERE order_key LIKE '%111%'"), qint64(0));
    } else {
        QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
        QVERIFY(!s.message.isEmpty());
        QCOMPARE(state(), m_before);
    }
}

void TestHostileInput::truncatedXlsx()
{
    const QString full = m_dir->filePath(QStringLiteral("full.xlsx"));
    QVERIFY(writeWorkbook(full));
    QFile file(full);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const double fraction : {0.3, 0.6, 0.95}) {
        const QString cut = testsupport::writeFile(*m_dir, QStringLiteral("cut%1.xlsx").arg(int(fraction * 100)),
            bytes.left(qsizetype(bytes.size() * fraction)));
        const ImportSummary s = importExpectingNothing(cut, m_options);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    }
}

void TestHostileInput::gbkReadAsUtf8()
{
    // A GBK export imported with --encoding utf-8: the Chinese names are invalid UTF-8. The rows are
    // rejected with that reason; there must never be orders of customers with mangled names.
    QString text = QStringLiteral("order_id,customer_name,order_time,amount\n");
    const QStringList names = {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")};
    for (int i = 0; i < 30; ++i)
        text += QString::number(500 + i) + u',' + names[i % 3] + QStringLiteral(",2024-02-01 09:00:00,")
            + QString::number(i) + QStringLiteral(".00\n");
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(text);
    QVERIFY(!gbk.hasError());
    ImportOptions options = m_options;
    options.encoding = QStringLiteral("utf-8");
    const ImportSummary s
        = importExpectingNothing(testsupport::writeFile(*m_dir, QStringLiteral("gbk.csv"), bytes), options);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s.rowsRead, qint64(30));
    QCOMPARE(s.rejectedRows, qint64(30));
    // The summary groups them as damaged records; each row's reason names the encoding.
    qInfo("%s", qPrintable(s.rejectionExamples.value(0)));
    QVERIFY(!s.rejectionExamples.isEmpty());
    QVERIFY2(s.rejectionExamples.first().contains(QStringLiteral("UTF-8")), qPrintable(s.rejectionExamples.first()));
}

void TestHostileInput::hugeLineWithoutNewline()
{
    // 300 MB in one line: a header, then 72 MiB of text written in chunks and a sparse tail (the
    // reader stops at the 64 MiB record cap long before reaching it).
    QElapsedTimer timer;
    timer.start();
    const QString path = m_dir->filePath(QStringLiteral("oneline.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,order_time,amount\n1,C1,2024-01-01 10:00:00,\"");
        const QByteArray block(1 << 20, 'y');
        for (int i = 0; i < 72; ++i)
            QCOMPARE(file.write(block), block.size());
        QVERIFY(file.resize(300'000'000));
    }
    const qint64 peak = peakRssKiB();
    const ImportSummary s = importExpectingNothing(path, m_options);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(QStringLiteral("longer than")) && s.message.contains(QStringLiteral("64")),
        qPrintable(s.message));
    // The reader holds at most one record (64 MiB) plus a few chunks.
    verifyPeakGrowth(peak, 200, "300 MB line");
    qInfo("300 MB line: %lld ms including writing the file", qint64(timer.elapsed()));
    QFile::remove(path);
}

void TestHostileInput::billionLaughs()
{
    // Entity expansion in sharedStrings.xml: ten levels of ten references would expand to 1e10 "lol"s.
    QByteArray doc = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    QByteArray previous = "lol";
    for (int level = 1; level <= 9; ++level) {
        const QByteArray name = "lol" + QByteArray::number(level);
        doc += "<!ENTITY " + name + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">";
        previous = name;
    }
    doc += "]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&" + previous
        + ";</t></si><si><t>customer_id</t></si><si><t>order_time</t></si><si><t>amount</t></si></sst>";
    const QString path = m_dir->filePath(QStringLiteral("laughs.xlsx"));
    QVERIFY(writeWorkbook(path, doc));
    const qint64 peak = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    const ImportSummary s = importExpectingNothing(path, m_options);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(QStringLiteral("DOCTYPE")), qPrintable(s.message));
    QVERIFY(timer.elapsed() < 5000);
    verifyPeakGrowth(peak, 32, "billion laughs");
}

void TestHostileInput::readOnlyWorkspaceFile()
{
    // chmod 0444: opening for writing says so (also as root, who could write anyway); the data is
    // intact and the file can still be opened read-only.
    m_workspace.reset();
    const QByteArray digest = testsupport::fileDigest(workspacePath());
    QVERIFY(QFile::setPermissions(workspacePath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QString error;
    QVERIFY(!Workspace::open(workspacePath(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(testsupport::fileDigest(workspacePath()), digest);
    m_workspace = Workspace::open(workspacePath(), &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(m_workspace, qPrintable(error));
    QCOMPARE(state(), m_before);
}

void TestHostileInput::sheetZipBomb()
{
    // Issue 14: 2.4 GB of line items of one order in a 9.4 MB file were read for 61 s and became one order of
    // 130,500,000.00. The same in small: 42 MB of rows (no r= references) that deflate about 500:1.
    const QByteArray row = "<row><c><v>9002</v></c><c t=\"inlineStr\"><is><t>X2</t></is></c><c t=\"inlineStr\"><is>"
                           "<t>2024-02-03 10:00:00</t></is></c><c><v>435</v></c></row>";
    const QString path = m_dir->filePath(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeWorkbook(path, {}, row.repeated(300000)));
    QVERIFY(QFileInfo(path).size() < 1024 * 1024);
    const qint64 peak = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    const ImportSummary s = importExpectingNothing(path, m_options);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(QStringLiteral("zip bomb")), qPrintable(s.message));
    QVERIFY(timer.elapsed() < 5000);
    verifyPeakGrowth(peak, 32, "sheet zip bomb");
}

void TestHostileInput::csvRecordTooWide()
{
    // A record of 200,000 fields after the rows that decide the formats, i.e. read by the import's reading
    // thread: it took 3.3 GB before the field limit. Now the import stops at it.
    QByteArray csv = ordersCsv(1001, 3500);
    csv += "3501,C1,2024-01-05 10:00:00,1.00" + QByteArray(200000, ',') + '\n';
    const QByteArray tail = ordersCsv(3502, 3510);
    csv += tail.mid(tail.indexOf('\n') + 1);
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("wide.csv"), csv);
    csv = {};
    const qint64 peak = resetPeakRss();
    const ImportSummary s = importFile(*m_workspace, path, m_options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QCOMPARE(state(), m_before);
    QVERIFY2(s.message.contains(QStringLiteral("line 2502")) && s.message.contains(QStringLiteral("16384 fields")),
        qPrintable(s.message));
    verifyPeakGrowth(peak, 48, "200,000 fields");
}

void TestHostileInput::manyLargeRejectedRows()
{
    // Rejected rows go to the workspace while the file is read (in the import's transaction), not at the end:
    // 30,000 rejected rows of 20 KB took 589 MB. Here 8,000 rows of 17 KB (16 KiB of each is kept).
    const QString path = m_dir->filePath(QStringLiteral("rejects.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,order_time,amount,note\n");
        const QByteArray note(17000, 'n');
        for (int i = 0; i < 8000; ++i)
            file.write(QByteArray::number(5000 + i) + ",C1,2024-01-05 10:00:00,not a number," + note + '\n');
        for (int i = 0; i < 5; ++i)
            file.write(QByteArray::number(20000 + i) + ",C2,2024-01-06 10:00:00,3.00,ok\n");
    }
    const qint64 peak = resetPeakRss();
    const ImportSummary s = importFile(*m_workspace, path, m_options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.ordersAdded, qint64(5));
    QCOMPARE(s.rejectedRows, qint64(8000));
    QCOMPARE(scalar(*m_workspace, "SELECT count(*) FROM rejected_rows WHERE length(raw) >= 16384"), qint64(8000));
    // 131 MB of rejected text: at most 4 batches of 4 MiB are held, plus SQLite's 64 MiB page cache.
    verifyPeakGrowth(peak, 110, "8,000 rejected rows of 17 KB");
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
