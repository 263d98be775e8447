// The composed refresh and the customer list it exports, on a hand-built shop.
#include "analysis/engine/customerlist.h"

#include <QTest>

using namespace clientele;

class TestCustomerList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refreshUsesLatestDayByDefault();
    void listColumnsHandComputed();
    void filtersCombine();
    void namesInEnglishAndChinese();

private:
    CustomerTable m_table;
    AnalysisResults m_results;
};

void TestCustomerList::initTestCase()
{
    // Five customers; the as-of day is 1000 (the latest order). Amounts in fen.
    CustomerTableBuilder builder;
    builder.addCustomer(
        11, QStringLiteral("小明"), QStringLiteral("上海"), {{990, 50000}, {995, 60000}, {1000, 70000}});
    builder.addCustomer(12, QStringLiteral("B"), QStringLiteral("北京"), {{500, 1000}});
    builder.addCustomer(13, QStringLiteral("C"), {}, {{900, 20000}, {960, 20000}}, {{965, 5000}});
    builder.addCustomer(14, QStringLiteral("D"), {}, {{100, 3000}});
    builder.addCustomer(15, QStringLiteral("E"), {}, {{980, 9000}});
    m_table = builder.build();
    AnalysisParameters parameters;
    parameters.clusters.k = 2;
    m_results = runAnalyses(m_table, parameters);
}

void TestCustomerList::refreshUsesLatestDayByDefault()
{
    QCOMPARE(m_results.asOfDay, 1000);
    QCOMPARE(m_results.snapshot.activeCount, qint64(5));
    QCOMPARE(m_results.clusters.k, 2);
    AnalysisParameters earlier;
    earlier.asOfDay = 600;
    earlier.computeClusters = false;
    const AnalysisResults past = runAnalyses(m_table, earlier);
    QCOMPARE(past.snapshot.activeCount, qint64(2)); // only B and D had ordered by day 600
    QCOMPARE(past.clusters.k, 0);
}

void TestCustomerList::listColumnsHandComputed()
{
    const ExportTable t = customerListTable(m_table, m_results, {0, 2});
    QCOMPARE(t.columns.size(), size_t(19));
    QCOMPARE(t.columns[3].header, QStringLiteral("net_revenue"));
    QCOMPARE(t.rows.size(), size_t(2));
    const std::vector<QVariant> &a = t.rows[0];
    QCOMPARE(a[0].toString(), QStringLiteral("小明"));
    QCOMPARE(a[1].toString(), QStringLiteral("上海"));
    QCOMPARE(a[2].toLongLong(), qint64(3));
    QCOMPARE(a[3].toLongLong(), qint64(180000));
    QCOMPARE(a[4].toLongLong(), qint64(60000));
    QCOMPARE(a[5].toInt(), 990);  // first order day
    QCOMPARE(a[6].toInt(), 1000); // last order day
    QCOMPARE(a[7].toLongLong(), qint64(0));
    // Quintiles over 5 customers: score = 1 + floor(5 × worse / 5) = 1 + number strictly worse.
    // 小明 has the best R (0 days), F (3) and M (1800.00): 4 customers are worse on each → 5, 5, 5.
    QCOMPARE(a[12].toString(), QStringLiteral("555"));
    QCOMPARE(a[13].toString(), QStringLiteral("Champions"));
    QCOMPARE(a[15].toString(), QStringLiteral("active"));
    const std::vector<QVariant> &c = t.rows[1];
    QCOMPARE(c[3].toLongLong(), qint64(35000)); // 400.00 − 50.00 returned
    QCOMPARE(c[4].toLongLong(), qint64(17500)); // 350.00 / 2
    QCOMPARE(c[7].toLongLong(), qint64(40));    // 1000 − 960
    // R: worse than 40 days are B (500) and D (900) → 3; F = 2: worse are the three F = 1 → 4;
    // M = 350.00: worse are B (10), D (30), E (90) → 4.
    QCOMPARE(c[12].toString(), QStringLiteral("344"));
}

void TestCustomerList::filtersCombine()
{
    CustomerFilter lost;
    lost.stage = ActivityStage::Lost; // > 365 days: B (500 days) and D (900 days)
    QCOMPARE(filterCustomers(m_table, m_results, lost), (std::vector<quint32>{1, 3}));
    lost.onlyIndices = {3, 4};
    QCOMPARE(filterCustomers(m_table, m_results, lost), (std::vector<quint32>{3}));
    CustomerFilter champions;
    champions.segment = Segment::Champions;
    QCOMPARE(filterCustomers(m_table, m_results, champions), (std::vector<quint32>{0}));
    CustomerFilter top;
    top.cluster = 0; // the most valuable cluster holds the best customer
    const std::vector<quint32> best = filterCustomers(m_table, m_results, top);
    QVERIFY(std::find(best.begin(), best.end(), 0u) != best.end());
}

void TestCustomerList::namesInEnglishAndChinese()
{
    QString error;
    QCOMPARE(segmentByName(QStringLiteral("champions"), &error), std::optional<Segment>(Segment::Champions));
    QCOMPARE(segmentByName(QStringLiteral("Can't Lose Them"), &error).has_value(), true);
    QVERIFY(segmentByName(QStringLiteral("重要价值"), &error).has_value());
    QVERIFY(segmentByName(QStringLiteral("重要价值客户"), &error).has_value());
    QVERIFY(!segmentByName(QStringLiteral("whales"), &error));
    QVERIFY(error.contains(QStringLiteral("important_value")));
    QCOMPARE(stageByName(QStringLiteral("睡眠"), &error), std::optional<ActivityStage>(ActivityStage::Sleeping));
    QCOMPARE(tierByName(QStringLiteral("黄金会员"), m_results.tiers, &error), std::optional<int>(2));
    QVERIFY(!tierByName(QStringLiteral("platinum"), m_results.tiers, &error));
}

QTEST_GUILESS_MAIN(TestCustomerList)
#include "tst_customerlist.moc"
