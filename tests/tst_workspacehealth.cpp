// Issue 14, items 2 and 6: a damaged workspace is detected, never written, and can be recovered; a commit
// that would not fit on the disk is refused before it is made.
#include "analysis/core/customertable.h"
#include "analysis/import/importer.h"
#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "analysis/store/workspacehealth.h"
#include "analysis/store/workspacerepair.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace clientele;
using namespace Qt::StringLiterals;

class TestWorkspaceHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void damagedWorkspaceIsDetected();
    void damagedWorkspaceIsNeverWritten();
    void repairRecoversWhatIsReadable();
    void intactWorkspacePassesQuickCheck();
    void notEnoughSpaceIsRefusedBeforeCommit();
    void spaceEstimateCoversTheCommit();
    void smallFileSystem();

private:
    // A workspace written by the importer from a generated export; the file is complete (no WAL).
    QString importedWorkspace(const QString &name, qint64 orders);
    QTemporaryDir m_dir;
    QString m_export;
    qint64 m_orders = 0;
};

// Flips (XOR 0xff) `count` bytes in the middle of the file: what a failing disk sector does.
static void flipMiddle(const QString &path, qint64 count)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 at = file.size() / 2;
    QVERIFY(file.seek(at));
    QByteArray bytes = file.read(count);
    for (char &byte : bytes)
        byte = char(~quint8(byte));
    QVERIFY(file.seek(at));
    QCOMPARE(file.write(bytes), count);
}

static QString integrity(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    SqliteStatement check(db, "PRAGMA integrity_check(1)");
    const QString result = check.isValid() && check.step() == SQLITE_ROW ? check.text(0) : check.errorMessage();
    sqlite3_close_v2(db);
    return result;
}

void TestWorkspaceHealth::initTestCase()
{
    GeneratorOptions options;
    options.orders = 20000;
    options.layout = GeneratedLayout::Generic;
    QString error;
    m_export = testsupport::generateOrders(m_dir, u"orders.csv"_s, options, &error);
    QVERIFY2(!m_export.isEmpty(), qPrintable(error));
}

QString TestWorkspaceHealth::importedWorkspace(const QString &name, qint64 orders)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace)
        return QString();
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    const ImportSummary s = importFile(*workspace, m_export, options);
    if (s.outcome != ImportSummary::Outcome::Completed)
        return QString();
    m_orders = s.ordersAdded;
    Q_UNUSED(orders);
    return path;
}

void TestWorkspaceHealth::damagedWorkspaceIsDetected()
{
    const QString path = importedWorkspace(u"damaged.clientele"_s, 20000);
    QVERIFY(!path.isEmpty());
    QVERIFY(m_orders > 15000);
    flipMiddle(path, 200);
    QVERIFY2(integrity(path) != u"ok", qPrintable(integrity(path)));

    // Before issue 14 the summary read 0 orders here and said nothing.
    QString error;
    auto reader = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(reader, qPrintable(error));
    const WorkspaceSummary s = summarize(*reader);
    qInfo("summary of the damaged workspace: %lld orders, %lld customers", s.orders, s.customers);
    QVERIFY(reader->isDamaged());
    // The customer list (export, every analysis) is refused, not shortened.
    const CustomerTable table = loadCustomerTable(*reader, QTimeZone::utc(), &error);
    QVERIFY(table.ids.empty());
    QVERIFY2(error.contains(u"is damaged"_s) && error.contains(u"clientele-cli repair"_s), qPrintable(error));
}

void TestWorkspaceHealth::damagedWorkspaceIsNeverWritten()
{
    const QString path = importedWorkspace(u"damaged-write.clientele"_s, 20000);
    QVERIFY(!path.isEmpty());
    flipMiddle(path, 200);
    const QByteArray before = testsupport::fileDigest(path);
    QString error;
    // Before issue 14 a re-import of the same file added 2 duplicate orders.
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));
    QVERIFY(error.contains(u"Nothing was changed"_s));
    QCOMPARE(testsupport::fileDigest(path), before);
}

void TestWorkspaceHealth::repairRecoversWhatIsReadable()
{
    const QString path = importedWorkspace(u"to-repair.clientele"_s, 20000);
    QVERIFY(!path.isEmpty());
    const qint64 orders = m_orders;
    flipMiddle(path, 200);
    const QByteArray before = testsupport::fileDigest(path);
    const QString out = m_dir.filePath(u"recovered.clientele"_s);
    const RepairReport report = repairWorkspace(path, out);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(testsupport::fileDigest(path), before); // only read
    QCOMPARE(report.tables.size(), size_t(6));
    qint64 recoveredOrders = 0;
    for (const RepairedTable &t : report.tables) {
        qInfo("%s: %lld recovered, %lld ids unreadable, expected %lld%s", qPrintable(t.table), t.recovered,
            t.unreadableIds, t.expected.value_or(-1), t.unreadable ? " (unreadable)" : "");
        if (t.table == u"orders") {
            recoveredOrders = t.recovered;
            QCOMPARE(t.expected.value_or(-1), orders);
        }
    }
    // 200 bytes damage one 16 KiB page: at most a page of rows is lost, and some are.
    QVERIFY(recoveredOrders > orders - 1000);
    QVERIFY(recoveredOrders <= orders);
    QString error;
    auto recovered = Workspace::open(out, &error);
    QVERIFY2(recovered, qPrintable(error));
    QCOMPARE(integrity(out), u"ok"_s);
    const WorkspaceSummary s = summarize(*recovered);
    QVERIFY(!recovered->isDamaged());
    QCOMPARE(s.orders, recoveredOrders);
    QCOMPARE(testsupport::scalar(*recovered, "SELECT sum(order_count) FROM customers"), recoveredOrders);
    // Importing the original export again brings back exactly what was lost, nothing twice.
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    const ImportSummary again = importFile(*recovered, m_export, options);
    QCOMPARE(again.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(testsupport::scalar(*recovered, "SELECT count(*) FROM orders"), orders);
    // The target must be new.
    QVERIFY(!repairWorkspace(path, out).error.isEmpty());
}

void TestWorkspaceHealth::intactWorkspacePassesQuickCheck()
{
    const QString path = importedWorkspace(u"intact.clientele"_s, 20000);
    QVERIFY(!path.isEmpty());
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(!quickCheck(workspace->handle()));
    summarize(*workspace);
    QVERIFY(!workspace->isDamaged());
    QVERIFY(!loadCustomerTable(*workspace, QTimeZone::utc(), &error).ids.empty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// The free-space figure is injected: the import is refused before COMMIT, says how much is needed, and
// the workspace is unchanged and still writable.
void TestWorkspaceHealth::notEnoughSpaceIsRefusedBeforeCommit()
{
    const QString path = m_dir.filePath(u"space.clientele"_s);
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    const QByteArray small = "order_id,customer_id,order_time,amount\n1,C1,2024-01-01 10:00:00,5\n";
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    QCOMPARE(importFile(*workspace, testsupport::writeFile(m_dir, u"small.csv"_s, small), options).outcome,
        ImportSummary::Outcome::Completed);
    options.availableBytes = 2 * 1024 * 1024;
    const ImportSummary s = importFile(*workspace, m_export, options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(u"Not enough free space"_s) && s.message.contains(u"only 2 MB are free"_s),
        qPrintable(s.message));
    QCOMPARE(testsupport::scalar(*workspace, "SELECT count(*) FROM orders"), qint64(1));
    QCOMPARE(QFileInfo(path + u"-wal"_s).size(), qint64(0)); // the space the log took is given back
    options.availableBytes.reset();
    QCOMPARE(importFile(*workspace, m_export, options).outcome, ImportSummary::Outcome::Completed);
}

// The estimate is at least what the commit and its checkpoint really write.
void TestWorkspaceHealth::spaceEstimateCoversTheCommit()
{
    const QString path = m_dir.filePath(u"estimate.clientele"_s);
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    const QByteArray small = "order_id,customer_id,order_time,amount\n1,C1,2024-01-01 10:00:00,5\n";
    QVERIFY(importFile(*workspace, testsupport::writeFile(m_dir, u"one.csv"_s, small), options).ordersAdded == 1);
    // Mirror the import's own steps: baseline, a transaction that adds the export's rows, the estimate.
    sqlite3 *db = workspace->handle();
    const SpaceBaseline baseline = spaceBaseline(db, path);
    const qint64 fileBefore = QFileInfo(path).size();
    QVERIFY(workspace->exec("BEGIN IMMEDIATE"));
    QVERIFY(workspace->exec("WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                            "INSERT INTO orders(order_key, customer_id, ordered_at, net_amount, import_id) "
                            "SELECT 'k' || i, 1, i, i, 1 FROM n"));
    const SpaceEstimate estimate = estimateCommitSpace(db, path, baseline, qint64(1) << 40);
    QCOMPARE(estimate.availableBytes, qint64(1) << 40);
    QVERIFY(workspace->exec("COMMIT"));
    const qint64 walAfterCommit = QFileInfo(path + u"-wal"_s).size();
    QVERIFY(checkpointAfterCommit(db, &error));
    const qint64 written = (walAfterCommit - baseline.walBytes) + (QFileInfo(path).size() - fileBefore);
    qInfo("estimated %lld bytes, written %lld", estimate.neededBytes, written);
    QVERIFY(estimate.neededBytes >= written);
    QVERIFY(estimate.neededBytes < 2 * written + 16 * 1024 * 1024); // and not absurdly more
}

// A real 50 MB file system (tmpfs): the import is refused with the space it needs, or completes and is
// checkpointed; the workspace takes the next import either way. Mounting needs root.
void TestWorkspaceHealth::smallFileSystem()
{
    if (::geteuid() != 0)
        QSKIP("mounting a 50 MB tmpfs needs root; the estimate is covered by the injected-figure tests above");
    QTemporaryDir mount;
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=50m"_s, u"tmpfs"_s, mount.path()}) != 0)
        QSKIP("mount -t tmpfs failed (no CAP_SYS_ADMIN in this container)");
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount.path()}); });
    GeneratorOptions big;
    big.orders = 400000;
    big.layout = GeneratedLayout::Generic;
    QString error;
    const QString bigExport = testsupport::generateOrders(m_dir, u"big.csv"_s, big, &error);
    QVERIFY2(!bigExport.isEmpty(), qPrintable(error));
    const QString path = mount.filePath(u"w.clientele"_s);
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    const QByteArray small = "order_id,customer_id,order_time,amount\n1,C1,2024-01-01 10:00:00,5\n";
    QCOMPARE(importFile(*workspace, testsupport::writeFile(m_dir, u"first.csv"_s, small), options).ordersAdded, 1);
    const ImportSummary s = importFile(*workspace, bigExport, options);
    qInfo("%s", qPrintable(s.message));
    qInfo("after: workspace %lld bytes, WAL %lld bytes", QFileInfo(path).size(), QFileInfo(path + u"-wal"_s).size());
    if (s.outcome == ImportSummary::Outcome::Completed) {
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), qint64(0));
    } else {
        QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
        QVERIFY2(
            s.message.contains(u"Not enough free space"_s) || s.message.contains(u"full"_s), qPrintable(s.message));
        QCOMPARE(testsupport::scalar(*workspace, "SELECT count(*) FROM orders"), qint64(1));
    }
    // Later writes still work, and a file that fits is saved and checkpointed: no WAL is left behind.
    big.orders = 100000;
    const QString midExport = testsupport::generateOrders(m_dir, u"mid.csv"_s, big, &error);
    QVERIFY2(!midExport.isEmpty(), qPrintable(error));
    const ImportSummary next = importFile(*workspace, midExport, options);
    QVERIFY2(next.outcome == ImportSummary::Outcome::Completed, qPrintable(next.message));
    qInfo("%s", qPrintable(next.message));
    qInfo("after: workspace %lld bytes, WAL %lld bytes", QFileInfo(path).size(), QFileInfo(path + u"-wal"_s).size());
    QCOMPARE(QFileInfo(path + u"-wal"_s).size(), qint64(0));
    workspace.reset();
    QCOMPARE(integrity(path), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestWorkspaceHealth)
#include "tst_workspacehealth.moc"
