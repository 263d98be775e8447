#include "analysis/store/schema.h"
#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace clientele;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsSchemaInWalMode();
    void reopensExisting();
    void refusesNewerSchema();
    void migratesVersion1();
    void refusesForeignDatabase_data();
    void refusesForeignDatabase();
    void readOnlyNeedsExistingFile();
    void emptyWorkspaceSummary();
};

static void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QVERIFY(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

void TestWorkspace::createsSchemaInWalMode()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.clientele")), &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(workspace->schemaVersion(), Workspace::SchemaVersion);
    QCOMPARE(testsupport::scalar(*workspace, "PRAGMA application_id"), qint64(0x434C4E54));
    QCOMPARE(testsupport::scalar(*workspace,
                 "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                 "('imports', 'orders', 'customers', 'returns', 'rejected_rows')"),
        qint64(5));
    clientele::SqliteStatement mode(workspace->handle(), "PRAGMA journal_mode");
    QCOMPARE(mode.step(), SQLITE_ROW);
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
}

void TestWorkspace::reopensExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    QString error;
    {
        auto workspace = Workspace::open(path, &error);
        QVERIFY(workspace);
        QVERIFY(workspace->exec("INSERT INTO customers(customer_key, key_kind) VALUES('c1', 'customer_id')"));
    }
    auto again = Workspace::open(path, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(testsupport::scalar(*again, "SELECT count(*) FROM customers"), qint64(1));
}

void TestWorkspace::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    QString error;
    QVERIFY(Workspace::open(path, &error));
    rawExec(path, "PRAGMA user_version = 99");
    const QByteArray before = testsupport::fileDigest(path);
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version of Clientele")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("99")));
    QCOMPARE(testsupport::fileDigest(path), before);
}

// A workspace written by Clientele with schema 1 (before tier designs) is upgraded step by step to the
// current schema and keeps its data.
void TestWorkspace::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.clientele"));
    const QByteArray v1 = QByteArray(clientele::schema::migrations().at(0))
        + "PRAGMA application_id=" + QByteArray::number(clientele::schema::ApplicationId) + ";PRAGMA user_version=1;"
        + "INSERT INTO customers(customer_key, key_kind) VALUES('c1', 'customer_id');";
    rawExec(path, v1.constData());
    QString error;
    auto workspace = Workspace::open(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QCOMPARE(workspace->schemaVersion(), Workspace::SchemaVersion);
    QCOMPARE(testsupport::scalar(*workspace, "SELECT count(*) FROM customers"), qint64(1));
    QCOMPARE(testsupport::scalar(*workspace,
                 "SELECT count(*) FROM pragma_table_info('tier_designs') WHERE name IN "
                 "('name', 'definition', 'created_at', 'updated_at')"),
        qint64(4));
    QVERIFY(workspace->exec("INSERT INTO tier_designs VALUES('a', '{}', 1, 1)", &error));
    // Version 3 drops the per-customer indexes that no query used.
    QCOMPARE(testsupport::scalar(*workspace,
                 "SELECT count(*) FROM sqlite_schema WHERE name IN "
                 "('orders_by_customer', 'returns_by_customer')"),
        qint64(0));
}

void TestWorkspace::refusesForeignDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isSqlite");
    QTest::addColumn<QString>("expected");
    QTest::newRow("csv text") << QByteArray("order_id,amount\n1,2\n") << false
                              << QStringLiteral("not an SQLite database");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false
                            << QStringLiteral("not an SQLite database");
    QTest::newRow("other program's sqlite") << QByteArray() << true << QStringLiteral("another program");
}

void TestWorkspace::refusesForeignDatabase()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isSqlite);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (isSqlite)
        rawExec(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES('x')");
    else
        path = testsupport::writeFile(dir, QStringLiteral("foreign.db"), content);
    const QByteArray before = testsupport::fileDigest(path);
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(testsupport::fileDigest(path), before);
}

void TestWorkspace::readOnlyNeedsExistingFile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!Workspace::open(dir.filePath(QStringLiteral("missing.clientele")), &error, Workspace::OpenMode::ReadOnly));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.clientele"))));
}

void TestWorkspace::emptyWorkspaceSummary()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.clientele")), &error);
    QVERIFY(workspace);
    const WorkspaceSummary s = summarize(*workspace);
    QCOMPARE(s.orders, qint64(0));
    QCOMPARE(s.customers, qint64(0));
    QCOMPARE(s.netRevenueMinor, qint64(0));
    QVERIFY(!s.firstOrderUtc);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
