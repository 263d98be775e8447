// A killed import (power cut, kill -9) leaves the workspace as it was before that import.
#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace clientele;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringImport_data();
    void killDuringImport();
};

static QByteArray orders(int from, int to)
{
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    csv.reserve((to - from) * 40);
    for (int i = from; i <= to; ++i)
        csv += QByteArray::number(i) + ",C" + QByteArray::number(i % 9973) + ",2024-01-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + " 10:00:00," + QByteArray::number(i % 500)
            + ".25\n";
    return csv;
}

static QString cli()
{
    return QStringLiteral(CLIENTELE_BIN_DIR "/clientele-cli");
}

void TestCrashSafety::killDuringImport_data()
{
    // Kill at different moments: while reading, and (later) while committing/checkpointing. Into a
    // workspace with orders (written through the WAL) and into an empty one (written through the rollback
    // journal, see importer.cpp).
    QTest::addColumn<bool>("startEmpty");
    QTest::addColumn<int>("killAfterMs");
    for (const bool empty : {false, true}) {
        const char *name = empty ? "empty" : "with orders";
        // A 700k-row import takes well under a second in a Release build: kill every 100 ms.
        for (const int ms : {100, 200, 300, 400, 550})
            QTest::addRow("%s, %d ms", name, ms) << empty << ms;
    }
}

void TestCrashSafety::killDuringImport()
{
    QFETCH(bool, startEmpty);
    QFETCH(int, killAfterMs);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.clientele"));
    const QString small = testsupport::writeFile(dir, QStringLiteral("small.csv"), orders(1, 500));
    const QString big = testsupport::writeFile(dir, QStringLiteral("big.csv"), orders(1000, 700000));
    const qint64 before = startEmpty ? 0 : 500;
    if (startEmpty)
        QVERIFY(Workspace::open(db, nullptr));
    else
        QCOMPARE(QProcess::execute(cli(), {QStringLiteral("import"), small, QStringLiteral("--db"), db}), 0);

    QProcess import;
    import.start(cli(), {QStringLiteral("import"), big, QStringLiteral("--db"), db});
    QVERIFY(import.waitForStarted());
    QTest::qWait(killAfterMs);
    const bool finishedFirst = import.state() == QProcess::NotRunning;
    if (!finishedFirst)
        ::kill(pid_t(import.processId()), SIGKILL);
    // It may also have ended on its own between the state check and the kill.
    if (import.state() != QProcess::NotRunning)
        QVERIFY(import.waitForFinished(60000));

    QString error;
    auto workspace = Workspace::open(db, &error);
    QVERIFY2(workspace, qPrintable(error));
    SqliteStatement check(workspace->handle(), "PRAGMA integrity_check");
    QCOMPARE(check.step(), SQLITE_ROW);
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    QCOMPARE(testsupport::scalar(*workspace, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"),
        qint64(1));
    const qint64 imports = testsupport::scalar(*workspace, "SELECT count(*) FROM imports");
    const qint64 ordersNow = testsupport::scalar(*workspace, "SELECT count(*) FROM orders");
    qInfo("import %s; imports in the workspace: %lld",
        finishedFirst || import.exitStatus() == QProcess::NormalExit ? "finished before the kill" : "was killed",
        imports);
    // Atomic: exactly the state before the import, or exactly the state after it (the kill can land after
    // the commit, while the process checkpoints and exits) — never a part of it.
    if (imports == (startEmpty ? 1 : 2)) {
        QCOMPARE(ordersNow, before + 699001);
        QCOMPARE(testsupport::scalar(*workspace, "SELECT sum(order_count) FROM customers"), before + 699001);
    } else {
        QVERIFY(!finishedFirst && import.exitStatus() != QProcess::NormalExit);
        QCOMPARE(imports, startEmpty ? qint64(0) : qint64(1));
        QCOMPARE(ordersNow, before);
        QCOMPARE(testsupport::scalar(*workspace, "SELECT count(*) FROM orders WHERE import_id <> 1"), qint64(0));
        QCOMPARE(testsupport::scalar(*workspace, "SELECT coalesce(sum(order_count), 0) FROM customers"), before);
    }
    // And the workspace still takes imports.
    workspace.reset();
    QCOMPARE(
        QProcess::execute(cli(),
            {QStringLiteral("import"), testsupport::writeFile(dir, QStringLiteral("more.csv"), orders(900000, 900010)),
                QStringLiteral("--db"), db}),
        0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
