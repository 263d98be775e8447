// An import completes or leaves the workspace exactly as it was; re-imports add nothing twice.
#include "analysis/import/importer.h"
#include "analysis/io/filedigest.h"
#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <thread>

#include <QTest>
#include <sqlite3.h>

using namespace clientele;
using testsupport::scalar;

Q_DECLARE_METATYPE(clientele::GeneratedLayout)

class TestImportSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void reimportAddsNoDuplicates();
    void overlappingFileCountsWhatWasThere();
    void bulkImportOverStoredOrders_data();
    void bulkImportOverStoredOrders();
    void failureRollsBackEverything();
    void cancelLeavesNoPartialData();
    void cancelBeforeStart();
    void cancelWhileIndexesAreRebuilt();
    void zeroRowsIsNotCompleted_data();
    void zeroRowsIsNotCompleted();
    void readOnlyWorkspaceIsRefused();
    void firstImportWhileAReaderIsOpen();
    void duplicatedRowsCountOnce_data();
    void duplicatedRowsCountOnce();
    void derivedKeysIgnoreTheLayout();
    void identicalRowsWithoutOrderId();

private:
    std::unique_ptr<Workspace> openWorkspace();
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("w.clientele")); }
    // A fingerprint of everything an import may touch.
    QList<qint64> state(const Workspace &workspace);
    std::unique_ptr<QTemporaryDir> m_dir;
    ImportOptions m_options;
};

void TestImportSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_options.timeZone = QTimeZone::utc();
}

std::unique_ptr<Workspace> TestImportSafety::openWorkspace()
{
    QString error;
    auto workspace = Workspace::open(workspacePath(), &error);
    if (!workspace)
        qWarning() << error;
    return workspace;
}

QList<qint64> TestImportSafety::state(const Workspace &w)
{
    return {scalar(w, "SELECT count(*) FROM imports"), scalar(w, "SELECT count(*) FROM orders"),
        scalar(w, "SELECT count(*) FROM customers"), scalar(w, "SELECT count(*) FROM returns"),
        scalar(w, "SELECT count(*) FROM rejected_rows"), scalar(w, "SELECT coalesce(sum(net_amount), 0) FROM orders"),
        scalar(w, "SELECT coalesce(sum(order_count * 7 + gross_amount), 0) FROM customers")};
}

static QByteArray ordersCsv(int from, int to)
{
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    for (int i = from; i <= to; ++i)
        csv += QByteArray::number(i) + ",C" + QByteArray::number(i % 7) + ",2024-01-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + " 10:00:00," + QByteArray::number(i) + ".50\n";
    return csv;
}

void TestImportSafety::reimportAddsNoDuplicates()
{
    auto workspace = openWorkspace();
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 100));
    const ImportSummary first = importFile(*workspace, path, m_options);
    QCOMPARE(first.ordersAdded, qint64(100));
    const QList<qint64> before = state(*workspace);
    const ImportSummary second = importFile(*workspace, path, m_options);
    QCOMPARE(second.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(second.ordersAdded, qint64(0));
    QCOMPARE(second.ordersAlreadyPresent, qint64(100));
    QVERIFY2(second.message.contains(QStringLiteral("100 orders were already")), qPrintable(second.message));
    QList<qint64> after = state(*workspace);
    QCOMPARE(after[0], before[0] + 1); // the second import is recorded, nothing else changes
    after[0] = before[0];
    QCOMPARE(after, before);
    QCOMPARE(scalar(*workspace, "SELECT count(DISTINCT file_sha256) FROM imports WHERE length(file_sha256) = 64"),
        qint64(1));
    // The recorded digest (OpenSSL) is the file's SHA-256 as an independent implementation computes it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    SqliteStatement digests(workspace->handle(), "SELECT DISTINCT file_sha256 FROM imports");
    QCOMPARE(digests.step(), SQLITE_ROW);
    QCOMPARE(digests.text(0).toLatin1(), expected);
    QCOMPARE(sha256HexOfFile(path), expected);
    QCOMPARE(sha256HexOfFile(m_dir->filePath(QStringLiteral("missing.csv"))), QByteArray());
}

void TestImportSafety::overlappingFileCountsWhatWasThere()
{
    auto workspace = openWorkspace();
    importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 60)), m_options);
    const ImportSummary s = importFile(
        *workspace, testsupport::writeFile(*m_dir, QStringLiteral("b.csv"), ordersCsv(41, 100)), m_options);
    QCOMPARE(s.ordersAdded, qint64(40));
    QCOMPARE(s.ordersAlreadyPresent, qint64(20));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders"), qint64(100));
    // Sum over 1..100 of (i + 0.5) in minor units, each order once.
    QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(5050 * 100 + 100 * 50));
    QCOMPARE(scalar(*workspace, "SELECT sum(order_count) FROM customers"), qint64(100));
}

// A file bigger than the workspace is loaded without key indexes (OrderWriter's bulk mode): the orders it
// shares with the workspace are recognised all the same. With few shared orders they wait for the rebuilt
// index; with many (over 50,000: a re-import with additions) the import switches back to the index midway.
void TestImportSafety::bulkImportOverStoredOrders_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("fileFrom");
    QTest::addColumn<int>("fileTo");
    QTest::newRow("few shared") << 600 << 301 << 5000;
    QTest::newRow("many shared") << 60000 << 1 << 200000;
}

void TestImportSafety::bulkImportOverStoredOrders()
{
    QFETCH(int, stored);
    QFETCH(int, fileFrom);
    QFETCH(int, fileTo);
    auto workspace = openWorkspace();
    QCOMPARE(
        importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, stored)), m_options)
            .ordersAdded,
        qint64(stored));
    const ImportSummary s = importFile(
        *workspace, testsupport::writeFile(*m_dir, QStringLiteral("b.csv"), ordersCsv(fileFrom, fileTo)), m_options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    const qint64 shared = stored - fileFrom + 1;
    QCOMPARE(s.ordersAlreadyPresent, shared);
    QCOMPARE(s.ordersAdded, qint64(fileTo - stored));
    QCOMPARE(s.newCustomers, qint64(0)); // C0..C6 were all in the first file
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders"), qint64(fileTo));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM customers"), qint64(7));
    QCOMPARE(scalar(*workspace, "SELECT sum(order_count) FROM customers"), qint64(fileTo));
    // Orders i = 1..fileTo, each i + 0.50, each once.
    const qint64 n = fileTo;
    QCOMPARE(summarize(*workspace).netRevenueMinor, 100 * n * (n + 1) / 2 + 50 * n);
    QCOMPARE(scalar(*workspace,
                 "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                 "('orders_by_key', 'returns_by_key', 'customers_by_key')"),
        qint64(3));
    SqliteStatement check(workspace->handle(), "PRAGMA integrity_check");
    QCOMPARE(check.step(), SQLITE_ROW);
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestImportSafety::failureRollsBackEverything()
{
    auto workspace = openWorkspace();
    importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 50)), m_options);
    const QList<qint64> before = state(*workspace);
    // Simulate a full disk: the database may not grow past its current size plus a few pages.
    const qint64 pages = scalar(*workspace, "PRAGMA page_count");
    const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages + 4);
    QVERIFY(workspace->exec(limit.constData()));
    const ImportSummary s = importFile(
        *workspace, testsupport::writeFile(*m_dir, QStringLiteral("big.csv"), ordersCsv(1000, 60000)), m_options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(QStringLiteral("nothing was imported")), qPrintable(s.message));
    QCOMPARE(state(*workspace), before);
    QVERIFY(workspace->exec("PRAGMA max_page_count = 1073741823"));
    QCOMPARE(testsupport::scalar(*workspace, "PRAGMA integrity_check"), qint64(0)); // "ok" reads as 0
}

void TestImportSafety::cancelLeavesNoPartialData()
{
    auto workspace = openWorkspace();
    importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 50)), m_options);
    const QList<qint64> before = state(*workspace);
    CancelToken cancel;
    qint64 progressCalls = 0;
    const ImportSummary s
        = importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("big.csv"), ordersCsv(1000, 120000)),
            m_options, cancel, [&](qint64 done, qint64 total) {
                ++progressCalls;
                QVERIFY(done <= total);
                cancel.cancel(); // the user presses Cancel as soon as the bar moves
            });
    QCOMPARE(s.outcome, ImportSummary::Outcome::Cancelled);
    QVERIFY(progressCalls >= 1);
    QCOMPARE(state(*workspace), before);
}

// Cancel pressed after the last row was written, while the key indexes are sorted and the customers
// written: the import stops there (SQLite's statements are interrupted) or, if it was already
// committing, completes — never anything in between.
void TestImportSafety::cancelWhileIndexesAreRebuilt()
{
    auto workspace = openWorkspace();
    importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 50)), m_options);
    const QList<qint64> before = state(*workspace);
    const QString big = testsupport::writeFile(*m_dir, QStringLiteral("big.csv"), ordersCsv(1000, 400000));
    CancelToken cancel;
    std::thread canceller;
    const ImportSummary s = importFile(*workspace, big, m_options, cancel, [&](qint64 done, qint64 total) {
        if (done == total && !canceller.joinable())
            canceller = std::thread([&cancel] {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                cancel.cancel();
            });
    });
    QVERIFY(canceller.joinable());
    canceller.join();
    qInfo("outcome %d after %lld phases: %s", int(s.outcome), qint64(s.phaseMillis.size()), qPrintable(s.message));
    if (s.outcome == ImportSummary::Outcome::Completed) {
        QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders"), qint64(50 + 399001));
    } else {
        QCOMPARE(s.outcome, ImportSummary::Outcome::Cancelled);
        QVERIFY2(s.message.contains(QStringLiteral("cancelled")), qPrintable(s.message));
        QCOMPARE(state(*workspace), before);
        QCOMPARE(scalar(*workspace,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                     "('orders_by_key', 'returns_by_key', 'customers_by_key')"),
            qint64(3));
    }
}

void TestImportSafety::cancelBeforeStart()
{
    auto workspace = openWorkspace();
    CancelToken cancel;
    cancel.cancel();
    const ImportSummary s = importFile(
        *workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 10)), m_options, cancel);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Cancelled);
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders"), qint64(0));
}

void TestImportSafety::zeroRowsIsNotCompleted_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty file") << QByteArray() << int(ImportSummary::Outcome::Failed) << QStringLiteral("empty");
    QTest::newRow("header only") << QByteArray("order_id,customer_id,order_time,amount\n")
                                 << int(ImportSummary::Outcome::NothingImported) << QStringLiteral("No orders");
    QTest::newRow("all rejected") << QByteArray(
        "order_id,customer_id,order_time,amount\n1,C1,yesterday,5\n2,,2024-01-01,5\n")
                                  << int(ImportSummary::Outcome::NothingImported)
                                  << QStringLiteral("Invalid order time: 1");
    QTest::newRow("all cancelled") << QByteArray(
        "order_id,customer_id,order_time,amount,status\n1,C1,2024-01-01,5,已取消\n")
                                   << int(ImportSummary::Outcome::NothingImported)
                                   << QStringLiteral("skipped for their status");
}

void TestImportSafety::zeroRowsIsNotCompleted()
{
    QFETCH(QByteArray, content);
    QFETCH(int, outcome);
    QFETCH(QString, mentions);
    auto workspace = openWorkspace();
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("zero.csv"), content);
    const ImportSummary s = importFile(*workspace, path, m_options);
    QCOMPARE(int(s.outcome), outcome);
    QVERIFY2(s.message.contains(mentions), qPrintable(s.message));
    QCOMPARE(state(*workspace), (QList<qint64>{0, 0, 0, 0, 0, 0, 0}));
}

void TestImportSafety::readOnlyWorkspaceIsRefused()
{
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
    }
    QString error;
    auto readOnly = Workspace::open(workspacePath(), &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(readOnly, qPrintable(error));
    const ImportSummary s
        = importFile(*readOnly, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 5)), m_options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(QStringLiteral("read-only")), qPrintable(s.message));
}

// The first import into an empty workspace switches to the rollback journal, which needs the file to
// itself. With another connection open (the GUI reading meanwhile), it runs in WAL mode instead, and the
// reader keeps working during and after it.
void TestImportSafety::firstImportWhileAReaderIsOpen()
{
    auto workspace = openWorkspace();
    QString error;
    auto reader = Workspace::open(workspacePath(), &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(scalar(*reader, "SELECT count(*) FROM orders"), qint64(0));
    const ImportSummary s = importFile(
        *workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), ordersCsv(1, 3000)), m_options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.ordersAdded, qint64(3000));
    QCOMPARE(scalar(*reader, "SELECT count(*) FROM orders"), qint64(3000));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), qint64(1));
    // Alone, the same kind of import uses the rollback journal and leaves the workspace in WAL mode.
    reader.reset();
    workspace.reset();
    QFile::remove(workspacePath());
    workspace = openWorkspace();
    QCOMPARE(
        importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("b.csv"), ordersCsv(1, 3000)), m_options)
            .ordersAdded,
        qint64(3000));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), qint64(1));
    SqliteStatement check(workspace->handle(), "PRAGMA integrity_check");
    QCOMPARE(check.step(), SQLITE_ROW);
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestImportSafety::duplicatedRowsCountOnce_data()
{
    QTest::addColumn<GeneratedLayout>("layout");
    QTest::addColumn<bool>("preload"); // orders stored first: the file is then written in normal (not bulk) mode
    QTest::newRow("generic, bulk") << GeneratedLayout::Generic << false;
    QTest::newRow("generic, normal") << GeneratedLayout::Generic << true;
    QTest::newRow("online retail") << GeneratedLayout::OnlineRetail << false;
    QTest::newRow("shopify") << GeneratedLayout::Shopify << false;
}

// Issue 14, item 4: a file holding the same 1,000 orders twice (the export appended to itself) must give
// the orders, revenue and customers of the file written once. An exact repeat of a row is counted once
// unless the user asks to keep such rows.
void TestImportSafety::duplicatedRowsCountOnce()
{
    QFETCH(GeneratedLayout, layout);
    QFETCH(bool, preload);
    GeneratorOptions generator;
    generator.orders = 1000;
    generator.layout = layout;
    generator.byteOrderMark = false;
    QString error;
    GeneratorReport report;
    const QString once = testsupport::generateOrders(*m_dir, QStringLiteral("once.csv"), generator, &error, &report);
    QVERIFY2(!once.isEmpty(), qPrintable(error));
    QFile file(once);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray twiceBytes = bytes + bytes.mid(bytes.indexOf('\n') + 1);
    const QString twice = testsupport::writeFile(*m_dir, QStringLiteral("twice.csv"), twiceBytes);
    GeneratorOptions other = generator;
    other.seed = 7;
    other.orders = 3000;
    const QString preloadPath = testsupport::generateOrders(*m_dir, QStringLiteral("other.csv"), other, &error);

    // Orders, returns, revenue and customers of each workspace (the preloaded orders included).
    auto importInto = [&](const QString &name, const QString &path, bool keep, ImportSummary *summary) {
        QString openError;
        auto workspace = Workspace::open(m_dir->filePath(name), &openError);
        if (!workspace)
            return QList<qint64>();
        if (preload && importFile(*workspace, preloadPath, m_options).outcome != ImportSummary::Outcome::Completed)
            return QList<qint64>();
        ImportOptions options = m_options;
        options.keepDuplicateRows = keep;
        *summary = importFile(*workspace, path, options);
        QList<qint64> s = state(*workspace);
        s.removeFirst(); // the count of imports
        s.append(summarize(*workspace).netRevenueMinor);
        return s;
    };
    ImportSummary single;
    const QList<qint64> expected = importInto(QStringLiteral("once.clientele"), once, false, &single);
    QCOMPARE(single.outcome, ImportSummary::Outcome::Completed);
    ImportSummary doubled;
    const QList<qint64> got = importInto(QStringLiteral("twice.clientele"), twice, false, &doubled);
    QCOMPARE(doubled.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(doubled.rowsRead, 2 * report.rows);
    // Every row of the second copy, plus identical line items within one order in the first.
    QCOMPARE(doubled.duplicateRows, report.rows + single.duplicateRows);
    QCOMPARE(doubled.ordersAdded, single.ordersAdded);
    QCOMPARE(doubled.ordersAlreadyPresent, single.ordersAlreadyPresent);
    QCOMPARE(doubled.returnsAdded, single.returnsAdded);
    QCOMPARE(doubled.excludedByStatus, single.excludedByStatus);
    QCOMPARE(doubled.netAmountAddedMinor, single.netAmountAddedMinor);
    QCOMPARE(got, expected);
    QVERIFY2(doubled.message.contains(QStringLiteral("counted once")), qPrintable(doubled.message));

    // Kept on request: they are still reported, and the repeats are merged into their orders again (which
    // adds their amounts: the second copy of an order is far from the first).
    ImportSummary kept;
    const QList<qint64> keptState = importInto(QStringLiteral("kept.clientele"), twice, true, &kept);
    QCOMPARE(kept.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(kept.duplicateRows, report.rows + single.duplicateRows);
    QVERIFY(kept.duplicateRowsKept);
    QVERIFY2(kept.message.contains(QStringLiteral("kept")), qPrintable(kept.message));
    QCOMPARE(kept.ordersAdded, single.ordersAdded);
    QVERIFY(kept.netAmountAddedMinor > single.netAmountAddedMinor);
    QVERIFY(keptState != expected);
}

// Without an order id a row's key is derived from what it means (customer, UTC time, amount in minor
// units), so the same orders written in another layout are recognised on a second import.
void TestImportSafety::derivedKeysIgnoreTheLayout()
{
    auto workspace = openWorkspace();
    const QByteArray first = "customer_id,order_time,amount,channel\n"
                             "C1,2024-03-01 10:00:00,81.60,web\n"
                             "C2,2024-03-02 11:30:00,12.00,shop\n"
                             "C2,2024-03-02 11:30:00,12.00,web\n" // same customer, time and amount: another order
                             "C3,2024-03-03 09:00:00,5.5,web\n";
    const ImportSummary a
        = importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("a.csv"), first), m_options);
    QCOMPARE(a.ordersAdded, qint64(4));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders WHERE order_key LIKE 'row2:%'"), qint64(4));
    // Columns reordered, one more column, 'T' in the times, amounts written differently, +00:00 offsets.
    const QByteArray second = "amount,note,order_time,customer_id,channel\n"
                              "¥81.6,gift,2024-03-01T10:00:00,C1,web\n"
                              "12,,2024-03-02T11:30:00Z, C2 ,shop\n"
                              "12.0,,2024-03-02 19:30:00+08:00,C2,web\n"
                              "5.50,,2024-03-03T09:00:00,C3,web\n"
                              "7.00,,2024-03-04T09:00:00,C3,web\n";
    const ImportSummary b
        = importFile(*workspace, testsupport::writeFile(*m_dir, QStringLiteral("b.csv"), second), m_options);
    QCOMPARE(b.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(b.ordersAlreadyPresent, qint64(4));
    QCOMPARE(b.ordersAdded, qint64(1));
    QCOMPARE(b.duplicateRows, qint64(0));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders"), qint64(5));
    QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(8160 + 1200 + 1200 + 550 + 700));
}

// Without an order id each row is an order; an exact repeat of a row is a duplicate like any other.
void TestImportSafety::identicalRowsWithoutOrderId()
{
    const QByteArray csv = "customer_id,order_time,amount\n"
                           "C1,2024-03-01 10:00:00,10.00\n"
                           "C2,2024-03-01 11:00:00,20.00\n"
                           "C1,2024-03-01 10:00:00,10.00\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("rows.csv"), csv);
    {
        auto workspace = openWorkspace();
        const ImportSummary s = importFile(*workspace, path, m_options);
        QCOMPARE(s.ordersAdded, qint64(2));
        QCOMPARE(s.duplicateRows, qint64(1));
        QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(3000));
    }
    QString error;
    auto workspace = Workspace::open(m_dir->filePath(QStringLiteral("kept.clientele")), &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions keep = m_options;
    keep.keepDuplicateRows = true;
    const ImportSummary s = importFile(*workspace, path, keep);
    QCOMPARE(s.ordersAdded, qint64(3)); // kept: two orders of 10.00, as before this rule existed
    QCOMPARE(s.duplicateRows, qint64(1));
    QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(4000));
    // Re-imported with the same choice, nothing is added twice.
    const ImportSummary again = importFile(*workspace, path, keep);
    QCOMPARE(again.ordersAdded, qint64(0));
    QCOMPARE(again.ordersAlreadyPresent, qint64(3));
}

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
