// Where an export may write (issue 14, items 1 and 9): never over a workspace, always through a temporary
// file in the target's folder, and a failure names its real reason.
#include "support/testsupport.h"

#include "analysis/export/exportfile.h"
#include "analysis/export/tablewriter.h"
#include "analysis/store/csvexport.h"
#include "analysis/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

class TestExportSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void refusedTargets_data();
    void refusedTargets();
    void allowedTargets_data();
    void allowedTargets();
    void everyWriterRefusesTheWorkspace();
    void failedExportKeepsTheOldFile();
    void fullDiskNamesTheReason();
    void missingFolderNamesTheReason();
    void replacedFileKeepsItsPermissions();

private:
    QStringList leftovers() const;
    static ExportTable table(int rows);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    std::unique_ptr<Workspace> m_open; // open during the test, as the CLI and GUI hold it
};

void TestExportSafety::init()
{
    m_open.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(u"shop.clientele"_s);
    QString error;
    m_open = Workspace::open(m_workspace, &error);
    QVERIFY2(m_open, qPrintable(error));
    auto closed = Workspace::open(m_dir->filePath(u"closed.clientele"_s), &error);
    QVERIFY2(closed, qPrintable(error));
    closed.reset(); // checkpointed: the application id is in the main file now
    QVERIFY(Workspace::isWorkspaceFile(m_dir->filePath(u"closed.clientele"_s)));
    QVERIFY(QFile::link(m_workspace, m_dir->filePath(u"link.csv"_s)));
    QVERIFY(QFile::link(m_workspace + u"-wal"_s, m_dir->filePath(u"wal-link.csv"_s)));
    QVERIFY(QDir(m_dir->path()).mkpath(u"folder"_s));
    QVERIFY(::link(QFile::encodeName(m_dir->filePath(u"closed.clientele"_s)).constData(),
                QFile::encodeName(m_dir->filePath(u"hard.csv"_s)).constData())
        == 0);
}

QStringList TestExportSafety::leftovers() const
{
    return QDir(m_dir->path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden);
}

ExportTable TestExportSafety::table(int rows)
{
    ExportTable t;
    t.columns = {{u"customer"_s, ExportTable::Kind::Text}, {u"orders"_s, ExportTable::Kind::Integer}};
    for (int i = 0; i < rows; ++i)
        t.rows.push_back({u"客户 %1 with a long enough name to fill the file"_s.arg(i), qint64(i)});
    return t;
}

void TestExportSafety::refusedTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("says");
    QTest::newRow("the workspace") << u"shop.clientele"_s << u"open workspace"_s;
    QTest::newRow("via ..") << u"folder/../shop.clientele"_s << u"open workspace"_s;
    QTest::newRow("symlink") << u"link.csv"_s << u"open workspace"_s;
    QTest::newRow("-wal") << u"shop.clientele-wal"_s << u"its -wal file"_s;
    QTest::newRow("-shm") << u"shop.clientele-shm"_s << u"its -shm file"_s;
    QTest::newRow("-journal") << u"shop.clientele-journal"_s << u"its -journal file"_s;
    QTest::newRow("symlink to -wal") << u"wal-link.csv"_s << u"its -wal file"_s;
    QTest::newRow("another workspace") << u"closed.clientele"_s << u"Clientele workspace"_s;
    QTest::newRow("hard link to one") << u"hard.csv"_s << u"Clientele workspace"_s;
    QTest::newRow("another's -wal") << u"closed.clientele-wal"_s << u"closed.clientele (its -wal file)"_s;
    QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("/dev/null") << u"/dev/null"_s << u"not a regular file"_s;
}

void TestExportSafety::refusedTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, says);
    const QString path = target.startsWith(u'/') ? target : m_dir->filePath(target);
    const QString problem = exportTargetProblem(path, m_workspace);
    QVERIFY2(problem.contains(says), qPrintable(problem));
    QVERIFY2(problem.contains(u"Choose another file name."_s), qPrintable(problem));
    ExportFile file(path, m_workspace);
    QString error;
    QVERIFY(!file.open(&error));
    QCOMPARE(error, problem);
    QVERIFY(leftovers().isEmpty());
}

void TestExportSafety::allowedTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("new csv") << u"list.csv"_s;
    QTest::newRow("similar name") << u"shop.clientele.csv"_s;
    QTest::newRow("-wal of nothing") << u"list.csv-wal"_s;
}

void TestExportSafety::allowedTargets()
{
    QFETCH(QString, target);
    QCOMPARE(exportTargetProblem(m_dir->filePath(target), m_workspace), QString());
}

void TestExportSafety::everyWriterRefusesTheWorkspace()
{
    m_open.reset();
    const QByteArray before = testsupport::fileDigest(m_workspace);
    QString error;
    QVERIFY(!writeCsv(m_workspace, table(3), {}, &error, m_workspace));
    QVERIFY2(error.contains(u"open workspace"_s), qPrintable(error));
    // Without being told which workspace is open, the header still gives a closed one away.
    QVERIFY(!writeCsv(m_workspace, table(3), {}, &error));
    QVERIFY2(error.contains(u"Clientele workspace"_s), qPrintable(error));
#ifndef __SANITIZE_ADDRESS__
    QVERIFY(!writeXlsx(m_workspace, table(3), u"Customers"_s, &error));
    QVERIFY2(error.contains(u"Clientele workspace"_s), qPrintable(error));
#endif
    QVERIFY(!writeRejectedRowsCsv(m_workspace, {}, &error));
    QVERIFY2(error.contains(u"Clientele workspace"_s), qPrintable(error));
    QCOMPARE(testsupport::fileDigest(m_workspace), before);
    QVERIFY(Workspace::open(m_workspace, &error, Workspace::OpenMode::ReadOnly));
    QVERIFY(leftovers().isEmpty());
}

void TestExportSafety::failedExportKeepsTheOldFile()
{
    const QString path = testsupport::writeFile(*m_dir, u"list.csv"_s, "yesterday's list\n");
    ExportTable t = table(2);
    t.rows.push_back({u"\U0001F600"_s, qint64(1)}); // not in windows-1252: the export fails at the end
    QString error;
    QVERIFY(!writeCsv(path, t, "windows-1252", &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("yesterday's list\n"));
    QVERIFY(leftovers().isEmpty());
}

// A full disk, simulated by the file-size limit (a tmpfs cannot be mounted in the test): the write
// fails with EFBIG, and the message says so instead of "Unknown error".
void TestExportSafety::fullDiskNamesTheReason()
{
    const QString path = testsupport::writeFile(*m_dir, u"list.csv"_s, "old\n");
    struct rlimit previous = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = previous;
    tiny.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
    QString csvError;
    const bool csvWritten = writeCsv(path, table(20000), {}, &csvError);
    QString rejectsError;
    const bool rejectsWritten = writeRejectedRowsCsv(m_dir->filePath(u"rejects.csv"_s),
        std::vector<RejectedRow>(20000, RejectedRow{1, 2, u"amount"_s, u"Invalid amount"_s, u"x,y,z"_s}),
        &rejectsError);
#ifndef __SANITIZE_ADDRESS__
    QString xlsxError;
    const bool xlsxWritten = writeXlsx(m_dir->filePath(u"list.xlsx"_s), table(20000), {}, &xlsxError);
#endif
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);
    const QString reason = systemErrorText(EFBIG);
    QVERIFY(!csvWritten);
    QVERIFY2(csvError.contains(reason) && !csvError.contains(u"Unknown error"_s), qPrintable(csvError));
    QVERIFY(!rejectsWritten);
    QVERIFY2(rejectsError.contains(reason), qPrintable(rejectsError));
#ifndef __SANITIZE_ADDRESS__
    // libxlsxwriter ignores failed writes of its temporary files and reports success; the read-back
    // check (workbookcheck.h) finds the part that was cut short. Before it, this "succeeded".
    QVERIFY(!xlsxWritten);
    QVERIFY2(xlsxError.contains(reason) || xlsxError.contains(u"came out incomplete"_s), qPrintable(xlsxError));
#endif
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old\n"));
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
}

void TestExportSafety::missingFolderNamesTheReason()
{
    const QString reason = systemErrorText(ENOENT);
    QString error;
    QVERIFY(!writeCsv(m_dir->filePath(u"missing/list.csv"_s), table(1), {}, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
#ifndef __SANITIZE_ADDRESS__
    QVERIFY(!writeXlsx(m_dir->filePath(u"missing/list.xlsx"_s), table(1), {}, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
#endif
}

void TestExportSafety::replacedFileKeepsItsPermissions()
{
    const QString path = testsupport::writeFile(*m_dir, u"list.csv"_s, "old\n");
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    QString error;
    QVERIFY2(writeCsv(path, table(2), {}, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & 0x7077, permissions & 0x7077); // owner, group, other
    QVERIFY(leftovers().isEmpty());
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
