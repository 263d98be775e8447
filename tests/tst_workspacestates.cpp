// Issue 14, items 2 and 5: each state of a workspace file gets its own true message, and the command line
// refuses a damaged workspace with exit code 2 and offers `repair`.
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "models/analysiscontroller.h"
#include "models/workspacesnapshot.h"
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace clientele;
using namespace Qt::StringLiterals;

class TestWorkspaceStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void damagedWorkspaceOnTheCommandLine();
    void interruptedFirstImportIsRolledBack();
    void lockedByAnImport();
    void truncatedFile();
    void damagedHeader_data();
    void damagedHeader();
    void readOnlyFileSystem();
    void emptyWorkspaceReadOnly();

private:
    QString workspaceWithOrders(const QString &name);
    QTemporaryDir m_dir;
    QString m_export;
};

void TestWorkspaceStates::initTestCase()
{
    GeneratorOptions options;
    options.orders = 20000;
    options.layout = GeneratedLayout::Generic;
    QString error;
    m_export = testsupport::generateOrders(m_dir, u"orders.csv"_s, options, &error);
    QVERIFY2(!m_export.isEmpty(), qPrintable(error));
}

QString TestWorkspaceStates::workspaceWithOrders(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const testsupport::CliRun run = testsupport::runCli({u"import"_s, m_export, u"--db"_s, path});
    return run.exitCode == 0 ? path : QString();
}

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

// Before issue 14: `summary` said 0 orders, `export` wrote a wrong list and `import` added 2 duplicate
// orders, all with exit code 0.
void TestWorkspaceStates::damagedWorkspaceOnTheCommandLine()
{
    const QString db = workspaceWithOrders(u"damaged.clientele"_s);
    QVERIFY(!db.isEmpty());
    flipMiddle(db, 200);
    const QByteArray before = testsupport::fileDigest(db);
    const testsupport::CliRun summary = testsupport::runCli({u"summary"_s, u"--db"_s, db});
    QCOMPARE(summary.exitCode, 2);
    QVERIFY2(summary.err.contains(u"is damaged"_s) && summary.err.contains(u"clientele-cli repair"_s),
        qPrintable(summary.err));
    const testsupport::CliRun exported = testsupport::runCli(
        {u"export"_s, u"--db"_s, db, u"--segment"_s, u"champions"_s, u"--out"_s, m_dir.filePath(u"list.csv"_s)});
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains(u"is damaged"_s), qPrintable(exported.err));
    const testsupport::CliRun import = testsupport::runCli({u"import"_s, m_export, u"--db"_s, db});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(u"is damaged"_s), qPrintable(import.err));
    QCOMPARE(testsupport::fileDigest(db), before);

    // The GUI's summary load (Overview) and its analyses get the same message instead of figures.
    QVERIFY2(loadWorkspaceSnapshot(db).error.contains(u"is damaged"_s), qPrintable(loadWorkspaceSnapshot(db).error));
    QCOMPARE(loadWorkspaceSnapshot(db).summary.customers, qint64(0));
    AnalysisController controller;
    QSignalSpy failed(&controller, &AnalysisController::failed);
    controller.setWorkspace(db, QTimeZone::utc());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"is damaged"_s), qPrintable(failed.at(0).at(0).toString()));
    QString error;
    QVERIFY(!Workspace::open(db, &error)); // File › Open opens for writing
    QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));

    const QString out = m_dir.filePath(u"recovered.clientele"_s);
    const testsupport::CliRun repair = testsupport::runCli({u"repair"_s, u"--db"_s, db, u"--out"_s, out});
    qInfo("%s", qPrintable(repair.out));
    QCOMPARE(repair.exitCode, 0);
    QVERIFY2(repair.out.contains(u"orders:"_s) && repair.out.contains(u"customers:"_s), qPrintable(repair.out));
    const testsupport::CliRun fixed = testsupport::runCli({u"summary"_s, u"--db"_s, out});
    QCOMPARE(fixed.exitCode, 0);
    QVERIFY(testsupport::runCli({u"repair"_s, u"--db"_s, db}).exitCode == 1);
}

// kill -9 during the first import into a new workspace (which writes through a rollback journal) leaves a
// hot journal. Before issue 14, read-only commands then said the workspace was "empty or from an older
// version". The child process does what that import does - the rollback journal, one transaction whose
// pages spill into the file - and is killed in the middle of it.
void TestWorkspaceStates::interruptedFirstImportIsRolledBack()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"new.clientele"_s);
    QString error;
    QVERIFY(Workspace::open(db, &error));
    const QByteArray nativePath = QFile::encodeName(db);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        sqlite3 *writer = nullptr;
        sqlite3_open(nativePath.constData(), &writer);
        sqlite3_exec(writer,
            "PRAGMA journal_mode=DELETE; PRAGMA cache_size=8; BEGIN IMMEDIATE; "
            "INSERT INTO imports(file_name, file_path, file_sha256, file_size, imported_at, format, layout, mapping) "
            "VALUES('a.csv', '', '', 0, 0, '', '', ''); "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
            "INSERT INTO orders(order_key, customer_id, ordered_at, net_amount, import_id) "
            "SELECT 'k' || i, 1, i, i, 1 FROM n",
            nullptr, nullptr, nullptr);
        ::raise(SIGKILL);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QVERIFY(QFileInfo(db + u"-journal"_s).size() > 0);
    sqlite3 *probe = nullptr;
    QCOMPARE(sqlite3_open_v2(nativePath.constData(), &probe, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_extended_result_codes(probe, 1);
    const int rc = sqlite3_exec(probe, "PRAGMA user_version", nullptr, nullptr, nullptr);
    sqlite3_close(probe);
    QCOMPARE(rc, SQLITE_READONLY_ROLLBACK); // hot: a read-only connection cannot read past it

    const testsupport::CliRun summary = testsupport::runCli({u"summary"_s, u"--db"_s, db});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QVERIFY2(summary.out.contains(u"Orders:           0"_s), qPrintable(summary.out));
    QVERIFY(!QFileInfo::exists(db + u"-journal"_s) || QFileInfo(db + u"-journal"_s).size() == 0);
    auto workspace = Workspace::open(db, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(testsupport::scalar(*workspace, "SELECT count(*) FROM imports"), qint64(0));
}

// A first import holds the whole file; a reader or a second import waits 5 s and then says so. Before
// issue 14 they said the file was "an SQLite database of another program".
void TestWorkspaceStates::lockedByAnImport()
{
    const QString db = m_dir.filePath(u"locked.clientele"_s);
    QString error;
    QVERIFY(Workspace::open(db, &error));
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &writer), SQLITE_OK);
    auto close = qScopeGuard([&] { sqlite3_close(writer); });
    // What importer.cpp does for a first import: the rollback journal, one exclusive transaction.
    QCOMPARE(sqlite3_exec(writer,
                 "PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE; "
                 "INSERT INTO customers(customer_key, key_kind) VALUES('c', 'customer_id')",
                 nullptr, nullptr, nullptr),
        SQLITE_OK);
    for (const auto mode : {Workspace::OpenMode::ReadOnly, Workspace::OpenMode::ReadWrite}) {
        QVERIFY(!Workspace::open(db, &error, mode));
        QVERIFY2(error.contains(u"is busy: another import is writing to it"_s), qPrintable(error));
    }
    QCOMPARE(sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY2(Workspace::open(db, &error, Workspace::OpenMode::ReadOnly), qPrintable(error));
}

void TestWorkspaceStates::truncatedFile()
{
    const QString db = workspaceWithOrders(u"truncated.clientele"_s);
    QVERIFY(!db.isEmpty());
    QVERIFY(QFile::resize(db, QFileInfo(db).size() / 2 + 100));
    QString error;
    for (const auto mode : {Workspace::OpenMode::ReadOnly, Workspace::OpenMode::ReadWrite}) {
        QVERIFY(!Workspace::open(db, &error, mode));
        QVERIFY2(error.contains(u"is incomplete"_s), qPrintable(error));
    }
}

void TestWorkspaceStates::damagedHeader_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("magic string") << 0 << 16;
    QTest::newRow("page size and payload fractions") << 16 << 8;
}

void TestWorkspaceStates::damagedHeader()
{
    QFETCH(int, offset);
    QFETCH(int, length);
    const QString db = workspaceWithOrders(u"header.clientele"_s);
    QVERIFY(!db.isEmpty());
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(QByteArray(length, '\x5a')), qint64(length));
    }
    QString error;
    QVERIFY(!Workspace::open(db, &error, Workspace::OpenMode::ReadOnly));
    QVERIFY2(error.contains(u"file header"_s) && error.contains(u"is damaged"_s), qPrintable(error));
    QFile::remove(db);
}

// Mounting needs root: a test must not, so it skips when it cannot.
void TestWorkspaceStates::readOnlyFileSystem()
{
    if (::geteuid() != 0)
        QSKIP("mounting a read-only file system needs root");
    QTemporaryDir mount;
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=20m"_s, u"tmpfs"_s, mount.path()}) != 0)
        QSKIP("mount -t tmpfs failed (no CAP_SYS_ADMIN in this container)");
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mount.path()}); });
    const QString db = mount.filePath(u"w.clientele"_s);
    QCOMPARE(testsupport::runCli({u"import"_s, m_export, u"--db"_s, db}).exitCode, 0);
    QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, mount.path()}), 0);
    QString error;
    QVERIFY(!Workspace::open(db, &error));
    QVERIFY2(error.contains(u"read-only file system"_s), qPrintable(error));
    auto reader = Workspace::open(db, &error, Workspace::OpenMode::ReadOnly);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(summarize(*reader).orders > 15000);
    reader.reset();
    const testsupport::CliRun summary = testsupport::runCli({u"summary"_s, u"--db"_s, db});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
}

void TestWorkspaceStates::emptyWorkspaceReadOnly()
{
    const QString db = testsupport::writeFile(m_dir, u"zero.clientele"_s, QByteArray());
    QString error;
    QVERIFY(!Workspace::open(db, &error, Workspace::OpenMode::ReadOnly));
    QVERIFY2(error.contains(u"is empty"_s) && !error.contains(u"older"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspaceStates)
#include "tst_workspacestates.moc"
