// The customer table loaded from a workspace and the as-of snapshot every analysis starts from.
#include "analysis/core/customersnapshot.h"
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestCustomerSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dayNumbersFollowTheShopsZone();
    void loadsFromWorkspace();
    void snapshotHandComputed();
    void asOfBeforeFirstOrdersLeavesCustomersOut();
    void averageOrderValueRounds();
};

static qint32 day(const char *iso)
{
    return *dayFromIsoDate(QString::fromLatin1(iso));
}

void TestCustomerSnapshot::dayNumbersFollowTheShopsZone()
{
    // 2024-03-01 23:30 UTC is already 2 March in Shanghai (UTC+8).
    const qint64 utc = 1709335800;
    QCOMPARE(dayNumber(utc, QTimeZone::utc()), day("2024-03-01"));
    QCOMPARE(dayNumber(utc, QTimeZone("Asia/Shanghai")), day("2024-03-02"));
    QCOMPARE(dayNumber(-1, QTimeZone::utc()), -1); // 1969-12-31
    QCOMPARE(dayToIsoDate(day("2024-02-29")), QStringLiteral("2024-02-29"));
    QVERIFY(!dayFromIsoDate(QStringLiteral("2024-02-30")));
}

void TestCustomerSnapshot::loadsFromWorkspace()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.clientele")), &error);
    QVERIFY(workspace);
    const QString csv = testsupport::writeFile(dir, QStringLiteral("o.csv"),
        "order_id,customer_id,order_time,amount\n"
        "1,B,2024-03-05 10:00,30.00\n"
        "2,A,2024-03-01 23:30,10.00\n"
        "3,A,2024-03-01 08:00,5.00\n"
        "4,B,2024-03-09 10:00,-7.50\n"   // a return
        "5,C,2024-03-09 10:00,-1.00\n"); // return only: no customer
    ImportOptions options;
    options.timeZone = QTimeZone("Asia/Shanghai");
    QCOMPARE(importFile(*workspace, csv, options).outcome, ImportSummary::Outcome::Completed);

    const CustomerTable table = loadCustomerTable(*workspace, QTimeZone("Asia/Shanghai"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(table.size(), size_t(2));
    QCOMPARE(table.keys[0], QStringLiteral("B")); // ids follow first appearance in the file
    QCOMPARE(table.keys[1], QStringLiteral("A"));
    QCOMPARE(table.orderCount(), size_t(3));
    QCOMPARE(table.orderBegin, (std::vector<quint32>{0, 1, 3}));
    QCOMPARE(table.orderDay[1], day("2024-03-01"));
    QCOMPARE(table.orderDay[2], day("2024-03-01"));
    QCOMPARE(table.orderAmountMinor[1], qint64(500)); // sorted by time within the customer
    QCOMPARE(table.returnBegin, (std::vector<quint32>{0, 1, 1}));
    QCOMPARE(table.returnAmountMinor[0], qint64(750));
    QCOMPARE(table.firstDay, day("2024-03-01"));
    QCOMPARE(table.lastDay, day("2024-03-05"));
}

void TestCustomerSnapshot::snapshotHandComputed()
{
    CustomerTableBuilder builder;
    // A: 3 orders; B: 1 order and a return; C: 2 orders, one 400 days before as-of.
    builder.addCustomer(
        1, QStringLiteral("A"), {}, {{day("2024-01-10"), 1000}, {day("2024-03-01"), 2500}, {day("2024-02-01"), 500}});
    builder.addCustomer(2, QStringLiteral("B"), {}, {{day("2024-02-20"), 8000}}, {{day("2024-02-25"), 3000}});
    builder.addCustomer(3, QStringLiteral("C"), {}, {{day("2023-01-26"), 700}, {day("2024-02-29"), 300}});
    const CustomerTable table = builder.build();
    const qint32 asOf = day("2024-03-01");
    const CustomerSnapshot s = takeSnapshot(table, asOf, 365);
    QCOMPARE(s.activeCount, qint64(3));
    QCOMPARE(s.frequency, (std::vector<qint32>{3, 1, 2}));
    QCOMPARE(s.recencyDays, (std::vector<qint32>{0, 10, 1}));   // 1 Mar − 20 Feb = 10 days (leap year)
    QCOMPARE(s.tenureDays, (std::vector<qint32>{51, 10, 400})); // 10 Jan → 1 Mar = 21 + 29 + 1
    QCOMPARE(s.grossMinor, (std::vector<qint64>{4000, 8000, 1000}));
    QCOMPARE(s.monetaryMinor, (std::vector<qint64>{4000, 5000, 1000}));
    QCOMPARE(s.firstOrderMinor, (std::vector<qint64>{1000, 8000, 700}));
    QCOMPARE(s.firstToSecondDays, (std::vector<qint32>{22, -1, 399}));
    // Trailing 365 days: (2023-03-02, 2024-03-01]; C's 2023-01-26 order is outside.
    QCOMPARE(s.trailingSpendMinor, (std::vector<qint64>{4000, 5000, 300}));
    QCOMPARE(s.trailingOrders, (std::vector<qint32>{3, 1, 1}));
}

void TestCustomerSnapshot::asOfBeforeFirstOrdersLeavesCustomersOut()
{
    CustomerTableBuilder builder;
    builder.addCustomer(1, QStringLiteral("A"), {}, {{100, 1000}, {200, 2000}}, {{150, 400}, {250, 100}});
    builder.addCustomer(2, QStringLiteral("B"), {}, {{180, 5000}});
    const CustomerSnapshot s = takeSnapshot(builder.build(), 160);
    QCOMPARE(s.activeCount, qint64(1));
    QCOMPARE(s.active, (std::vector<bool>{true, false}));
    QCOMPARE(s.frequency[0], 1);
    QCOMPARE(s.monetaryMinor[0], qint64(600)); // the return on day 150 counts, the one on day 250 not yet
    QCOMPARE(s.recencyDays[0], 60);
    QCOMPARE(s.frequency[1], 0);
}

void TestCustomerSnapshot::averageOrderValueRounds()
{
    CustomerTableBuilder builder;
    builder.addCustomer(1, QStringLiteral("A"), {}, {{1, 100}, {2, 100}, {3, 101}}); // 301 / 3 = 100.33 → 100
    builder.addCustomer(2, QStringLiteral("B"), {}, {{1, 5}, {2, 0}});               // 5 / 2 = 2.5 → 3
    builder.addCustomer(3, QStringLiteral("C"), {}, {{1, 100}}, {{1, 105}});         // −5 / 1 → −5
    const CustomerSnapshot s = takeSnapshot(builder.build(), 10);
    QCOMPARE(s.averageOrderValueMinor(0), qint64(100));
    QCOMPARE(s.averageOrderValueMinor(1), qint64(3));
    QCOMPARE(s.averageOrderValueMinor(2), qint64(-5));
}

QTEST_GUILESS_MAIN(TestCustomerSnapshot)
#include "tst_customersnapshot.moc"
