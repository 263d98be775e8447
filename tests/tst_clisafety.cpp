// clientele-cli against hostile command lines (issue 14, items 1 and 9): an export never replaces the
// workspace, import names what a non-file is, repeated or empty options are refused, fractional quantities
// are kept.
#include "support/clirunner.h"
#include "support/demoworkspace.h"
#include "support/testsupport.h"

#include "analysis/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportNeverReplacesAWorkspace_data();
    void exportNeverReplacesAWorkspace();
    void exportStillWritesOrdinaryFiles();
    void importNamesWhatIsNotAFile_data();
    void importNamesWhatIsNotAFile();
    void repeatedFilterIsRefused();
    void emptyTimeZoneIsRefused();
    void fractionalQuantityIsKept();

private:
    using Run = testsupport::CliRun;
    static Run cli(const QStringList &arguments) { return testsupport::runCli(arguments); }
    QTemporaryDir m_dir;
    QString m_demo;  // 400 orders, one saved tier design "A"
    QString m_other; // a second workspace
};

void TestCliSafety::initTestCase()
{
    QString error;
    m_demo = testsupport::createDemoWorkspace(m_dir, u"shop.clientele"_s, 400, &error);
    QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    m_other = testsupport::createDemoWorkspace(m_dir, u"other.clientele"_s, 100, &error);
    QVERIFY2(!m_other.isEmpty(), qPrintable(error));
    const Run saved = cli({u"tiers"_s, u"--db"_s, m_demo, u"--save"_s, u"A"_s, u"--thresholds"_s, u"0,1000,5000"_s});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QVERIFY(QFile::link(m_demo, m_dir.filePath(u"link.clientele"_s)));
    QVERIFY(QFile::link(u"shop.clientele"_s, m_dir.filePath(u"relative-link.csv"_s)));
}

// Each target names the workspace (or its journal files, or another workspace); the command must fail
// with exit 2 and a sentence, and leave both workspaces byte for byte as they were.
void TestCliSafety::exportNeverReplacesAWorkspace_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("says");
    const QStringList rejects{u"rejects"_s};
    const QStringList csv{u"export"_s, u"--timezone"_s, u"UTC"_s};
    const QStringList pdf{u"tiers"_s, u"--design"_s, u"A"_s, u"--timezone"_s, u"UTC"_s};
    const QString open = u"open workspace"_s;
    QTest::newRow("rejects --out workspace") << rejects << u"shop.clientele"_s << open;
    QTest::newRow("export --out workspace") << csv << u"shop.clientele"_s << open;
    QTest::newRow("tiers --pdf workspace") << pdf << u"shop.clientele"_s << open;
    QTest::newRow("export --out symlink to workspace") << csv << u"link.clientele"_s << open;
    QTest::newRow("export --out relative symlink") << csv << u"relative-link.csv"_s << open;
    QTest::newRow("export --out ./workspace") << csv << u"./sub/../shop.clientele"_s << open;
    QTest::newRow("export --out workspace-wal") << csv << u"shop.clientele-wal"_s << u"-wal"_s;
    QTest::newRow("rejects --out workspace-journal") << rejects << u"shop.clientele-journal"_s << u"-journal"_s;
    QTest::newRow("tiers --pdf workspace-shm") << pdf << u"shop.clientele-shm"_s << u"-shm"_s;
    QTest::newRow("export --out other workspace") << csv << u"other.clientele"_s << u"Clientele workspace"_s;
    QTest::newRow("rejects --out other workspace") << rejects << u"other.clientele"_s << u"Clientele workspace"_s;
    QTest::newRow("tiers --pdf other workspace") << pdf << u"other.clientele"_s << u"Clientele workspace"_s;
    QTest::newRow("export --out other-wal") << csv << u"other.clientele-wal"_s << u"other.clientele"_s;
}

void TestCliSafety::exportNeverReplacesAWorkspace()
{
    QFETCH(QStringList, command);
    QFETCH(QString, target);
    QFETCH(QString, says);
    QVERIFY(QDir(m_dir.path()).mkpath(u"sub"_s));
    const QByteArray demoBefore = testsupport::fileDigest(m_demo);
    const QByteArray otherBefore = testsupport::fileDigest(m_other);
    const QString path = m_dir.filePath(target);
    const QString option = command.first() == u"tiers" ? u"--pdf"_s : u"--out"_s;
    const Run run = cli(command + QStringList{u"--db"_s, m_demo, option, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"was not written"_s), qPrintable(run.err));
    QCOMPARE(testsupport::fileDigest(m_demo), demoBefore);
    QCOMPARE(testsupport::fileDigest(m_other), otherBefore);
    QVERIFY(clientele::Workspace::isWorkspaceFile(m_demo));
    // Nothing was left behind: no temporary file, no sidecar created by the refused export.
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.endsWith(u".part"_s) && !name.endsWith(u"-wal"_s) && !name.endsWith(u"-shm"_s)
                && !name.endsWith(u"-journal"_s),
            qPrintable(name));
}

void TestCliSafety::exportStillWritesOrdinaryFiles()
{
    const QString csv = m_dir.filePath(u"list.csv"_s);
    QVERIFY(testsupport::writeFile(m_dir, u"list.csv"_s, "old").size() > 0);
    const Run run = cli({u"export"_s, u"--db"_s, m_demo, u"--out"_s, csv, u"--timezone"_s, u"UTC"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
    const QString pdf = m_dir.filePath(u"a.pdf"_s);
    const Run report = cli({u"tiers"_s, u"--db"_s, m_demo, u"--design"_s, u"A"_s, u"--pdf"_s, pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
}

void TestCliSafety::importNamesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("folder") << u"FOLDER"_s << u"is a folder"_s;
    QTest::newRow("folder with slash") << u"FOLDER/"_s << u"is a folder"_s;
    QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"is not a regular file"_s;
    QTest::newRow("/dev/null") << u"/dev/null"_s << u"is not a regular file"_s;
    QTest::newRow("missing") << u"MISSING"_s << u"does not exist"_s;
}

void TestCliSafety::importNamesWhatIsNotAFile()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"exports"_s));
    file.replace(u"FOLDER"_s, dir.filePath(u"exports"_s)).replace(u"MISSING"_s, dir.filePath(u"nothing.csv"_s));
    const Run run = cli({u"import"_s, file, u"--db"_s, dir.filePath(u"w.clientele"_s), u"--timezone"_s, u"UTC"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
}

void TestCliSafety::repeatedFilterIsRefused()
{
    const QString out = m_dir.filePath(u"twice.csv"_s);
    const Run run = cli({u"export"_s, u"--db"_s, m_demo, u"--segment"_s, u"champions"_s, u"--segment"_s, u"at_risk"_s,
        u"--out"_s, out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"--segment is given 2 times (champions, at_risk)"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    const Run stage
        = cli({u"export"_s, u"--db"_s, m_demo, u"--stage"_s, u"active"_s, u"--stage"_s, u"lost"_s, u"--out"_s, out});
    QCOMPARE(stage.exitCode, 1);
}

void TestCliSafety::emptyTimeZoneIsRefused()
{
    for (const QString &zone : {QString(), u"  "_s}) {
        const Run summary = cli({u"summary"_s, u"--db"_s, m_demo, u"--timezone"_s, zone});
        QCOMPARE(summary.exitCode, 1);
        QVERIFY2(summary.err.contains(u"--timezone needs a zone name"_s), qPrintable(summary.err));
    }
    QTemporaryDir dir;
    const QString csv
        = testsupport::writeFile(dir, u"o.csv"_s, "order_id,customer_id,order_time,amount\n1,c,2024-01-02,5\n");
    const QString db = dir.filePath(u"w.clientele"_s);
    QCOMPARE(cli({u"import"_s, csv, u"--db"_s, db, u"--timezone"_s, QString()}).exitCode, 1);
    QVERIFY(!QFile::exists(db));
}

// 1.5 kg of tea is 1.5, not 2: the quantity is kept as the shop wrote it; whole quantities stay integers.
void TestCliSafety::fractionalQuantityIsKept()
{
    QTemporaryDir dir;
    const QString csv = testsupport::writeFile(dir, u"o.csv"_s,
        "order_id,customer_id,order_time,amount,quantity\n"
        "1,c1,2024-01-02 10:00,15.00,1.5\n"
        "2,c2,2024-01-03 10:00,7.50,0.25\n"
        "2,c2,2024-01-03 10:00,7.50,0.5\n"
        "3,c3,2024-01-04 10:00,9.00,3\n");
    const QString db = dir.filePath(u"w.clientele"_s);
    const Run run = cli({u"import"_s, csv, u"--db"_s, db, u"--timezone"_s, u"UTC"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QString error;
    auto workspace = clientele::Workspace::open(db, &error, clientele::Workspace::OpenMode::ReadOnly);
    QVERIFY2(workspace, qPrintable(error));
    using testsupport::scalar;
    QCOMPARE(scalar(*workspace, "SELECT quantity * 100 FROM orders WHERE order_key = '1'"), qint64(150));
    QCOMPARE(scalar(*workspace, "SELECT quantity * 100 FROM orders WHERE order_key = '2'"), qint64(75));
    QCOMPARE(scalar(*workspace, "SELECT typeof(quantity) = 'integer' FROM orders WHERE order_key = '3'"), qint64(1));
    QCOMPARE(scalar(*workspace, "SELECT quantity FROM orders WHERE order_key = '3'"), qint64(3));
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
