// The lifecycle, 80/20 and tier models over hand-made customers: QAbstractItemModelTester on each, and
// their contents equal the result structs (small numbers checked by hand).
#include "analysis/engine/analysisrun.h"
#include "analysis/tiers/rerating.h"
#include "models/lifecyclemodels.h"
#include "models/paretomodels.h"
#include "models/tiermodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace clientele;

class TestValueModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lifecycleStageModel();
    void funnelModel();
    void repurchaseModel();
    void lorenzModel();
    void headDistributionModel();
    void tierSummaryModel();
    void tierEditModel();
    void reratingModel_data();
    void reratingModel();
    void emptyResultsGiveEmptyModels();

private:
    CustomerTable m_table;
    AnalysisParameters m_parameters;
    AnalysisResults m_results;
};

#define TESTER(model) QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)

// Six customers, as-of day 1000 (the last order). Amounts in minor units.
//   A: 700, 800, 900, 1000 (100.00 each)  active, loyal    C: 900 (200.00)            silent
//   B: 600 (50.00), 950 (50.00)            active, repeat   D: 800 (30.00)             sleeping
//   E: 100, 120 (10.00 each)               lost, repeat     F: 500 (500.00)            lost
void TestValueModels::initTestCase()
{
    CustomerTableBuilder builder;
    builder.addCustomer(1, QStringLiteral("A"), QString(), {{700, 10000}, {800, 10000}, {900, 10000}, {1000, 10000}});
    builder.addCustomer(2, QStringLiteral("B"), QString(), {{600, 5000}, {950, 5000}});
    builder.addCustomer(3, QStringLiteral("C"), QStringLiteral("上海"), {{900, 20000}});
    builder.addCustomer(4, QStringLiteral("D"), QString(), {{800, 3000}});
    builder.addCustomer(5, QStringLiteral("E"), QString(), {{100, 1000}, {120, 1000}});
    builder.addCustomer(6, QStringLiteral("F"), QString(), {{500, 50000}});
    m_table = builder.build();
    m_parameters.computeClusters = false;
    m_parameters.tiers.tiers[1].minSpendMinor = 10000; // silver ≥ 100.00
    m_parameters.tiers.tiers[2].minSpendMinor = 30000; // gold ≥ 300.00
    m_results = runAnalyses(m_table, m_parameters);
    QCOMPARE(m_results.asOfDay, 1000);
    QVERIFY2(m_results.lifecycle.ok(), qPrintable(m_results.lifecycle.error));
    QVERIFY2(m_results.tiers.ok(), qPrintable(m_results.tiers.error));
}

void TestValueModels::lifecycleStageModel()
{
    LifecycleStageModel model;
    TESTER(model);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(m_results.lifecycle);
    QCOMPARE(model.rowCount(), ActivityStageCount);
    QCOMPARE(model.columnCount(), int(LifecycleStageModel::ColumnCount));
    for (int row = 0; row < ActivityStageCount; ++row) {
        const StageSummary &s = m_results.lifecycle.stages[size_t(row)];
        QCOMPARE(model.index(row, 0).data(LifecycleStageModel::StageRole).toInt(), int(s.stage));
        QCOMPARE(model.index(row, LifecycleStageModel::CustomersColumn).data().toLongLong(), s.customers);
        QCOMPARE(model.index(row, LifecycleStageModel::ShareColumn).data(LifecycleStageModel::ValueRole).toDouble(),
            s.share);
        QCOMPARE(model.index(row, LifecycleStageModel::RevenueColumn).data(LifecycleStageModel::ValueRole).toLongLong(),
            s.revenueMinor);
    }
    // By hand: active A, B (500.00); silent C; sleeping D; lost E, F (520.00 of 1,250.00).
    QCOMPARE(model.index(0, LifecycleStageModel::CustomersColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(0, LifecycleStageModel::RevenueColumn).data().toString(), QStringLiteral("500.00"));
    QCOMPARE(model.index(0, LifecycleStageModel::DaysColumn).data().toString(), QStringLiteral("0–63"));
    QCOMPARE(model.index(3, LifecycleStageModel::DaysColumn).data().toString(), QStringLiteral("≥ 366"));
    QCOMPARE(model.index(1, LifecycleStageModel::ChineseNameColumn).data().toString(), QStringLiteral("沉默"));
    QCOMPARE(model.index(3, LifecycleStageModel::CustomersColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(3, LifecycleStageModel::RevenueShareColumn).data().toDouble(), 41.6); // 520 / 1250
    QCOMPARE(model.index(0, LifecycleStageModel::ShareColumn).data().toDouble(), 33.3);
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("沉默")));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Sleeping"));
}

void TestValueModels::funnelModel()
{
    FunnelModel model;
    TESTER(model);
    model.setResult(m_results.lifecycle);
    QCOMPARE(model.rowCount(), FunnelStepCount);
    for (int row = 0; row < FunnelStepCount; ++row) {
        const FunnelStepSummary &s = m_results.lifecycle.funnel[size_t(row)];
        QCOMPARE(model.index(row, FunnelModel::ReachedColumn).data().toLongLong(), s.reached);
        QCOMPARE(model.index(row, FunnelModel::ConversionColumn).data(FunnelModel::ValueRole).toDouble(), s.conversion);
        QCOMPARE(model.index(row, FunnelModel::SegmentRevenueColumn).data(FunnelModel::ValueRole).toLongLong(),
            s.segmentRevenueMinor);
    }
    // New 6 → repeat 3 (A, B, E: 50%) → loyal 1 (A: 33.3%); new-only segment C, D, F = 730.00.
    QCOMPARE(model.index(1, FunnelModel::ReachedColumn).data().toLongLong(), 3);
    QCOMPARE(model.index(1, FunnelModel::ConversionColumn).data().toDouble(), 50.0);
    QCOMPARE(model.index(2, FunnelModel::ReachedColumn).data().toLongLong(), 1);
    QCOMPARE(model.index(2, FunnelModel::ConversionColumn).data().toDouble(), 33.3);
    QCOMPARE(model.index(0, FunnelModel::SegmentColumn).data().toLongLong(), 3);
    QCOMPARE(model.index(0, FunnelModel::SegmentRevenueColumn).data().toString(), QStringLiteral("730.00"));
    QCOMPARE(model.index(2, FunnelModel::StepColumn).data().toString(), QStringLiteral("Loyal 忠诚客"));
}

void TestValueModels::repurchaseModel()
{
    RepurchaseModel model;
    TESTER(model);
    model.setResult(m_results.lifecycle);
    const auto &windows = m_results.lifecycle.repurchaseWindows;
    QCOMPARE(model.rowCount(), int(windows.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, RepurchaseModel::WindowColumn).data().toInt(), windows[size_t(row)].days);
        QCOMPARE(model.index(row, RepurchaseModel::EligibleColumn).data().toLongLong(), windows[size_t(row)].eligible);
        QCOMPARE(
            model.index(row, RepurchaseModel::RepurchasedColumn).data().toLongLong(), windows[size_t(row)].repurchased);
        QCOMPARE(model.index(row, RepurchaseModel::RateColumn).data(RepurchaseModel::ValueRole).toDouble(),
            windows[size_t(row)].rate);
    }
    // 365 days: first order by day 635 → B, E, F; B (350 days) and E (20 days) came back.
    QCOMPARE(model.index(4, RepurchaseModel::WindowColumn).data().toInt(), 365);
    QCOMPARE(model.index(4, RepurchaseModel::EligibleColumn).data().toLongLong(), 3);
    QCOMPARE(model.index(4, RepurchaseModel::RepurchasedColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(4, RepurchaseModel::RateColumn).data().toDouble(), 66.7);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("eligible")));
}

void TestValueModels::lorenzModel()
{
    LorenzModel model;
    TESTER(model);
    model.setResult(m_results.pareto);
    QCOMPARE(model.rowCount(), int(m_results.pareto.lorenz.size()));
    QCOMPARE(model.rowCount(), 7); // n + 1 points
    for (int row = 0; row < model.rowCount(); ++row) {
        const LorenzPoint &p = m_results.pareto.lorenz[size_t(row)];
        QCOMPARE(model.index(row, LorenzModel::CustomerShareColumn).data().toDouble(), p.customerShare * 100.0);
        QCOMPARE(
            model.index(row, LorenzModel::RevenueShareColumn).data(LorenzModel::ValueRole).toDouble(), p.revenueShare);
    }
    // Poorest three (E, D, B) hold 150.00 of 1,250.00.
    QCOMPARE(model.index(3, LorenzModel::CustomerShareColumn).data().toDouble(), 50.0);
    QVERIFY(qAbs(model.index(3, LorenzModel::RevenueShareColumn).data().toDouble() - 12.0) < 1e-9);
    QCOMPARE(model.gini(), m_results.pareto.gini);
    // Head: the top ⌈20% · 6⌉ = 2 customers (F, A) bring 900.00 / 1,250.00.
    QCOMPARE(m_results.pareto.headCustomers, 2);
    QCOMPARE(m_results.pareto.headRevenueShare, 0.72);
}

void TestValueModels::headDistributionModel()
{
    HeadDistributionModel model;
    TESTER(model);
    model.setResult(m_results.pareto);
    QCOMPARE(model.rowCount(), int(HeadDistributionModel::RowCount));
    const HeadDistribution &first = m_results.pareto.headFirstOrder;
    QCOMPARE(
        model.index(0, HeadDistributionModel::P50Column).data(HeadDistributionModel::ValueRole).toDouble(), first.p50);
    QCOMPARE(
        model.index(0, HeadDistributionModel::P90Column).data(HeadDistributionModel::ValueRole).toDouble(), first.p90);
    // First orders of the head: F 500.00, A 100.00 → median 300.00; orders: F 1, A 4 → median 2.5.
    QCOMPARE(model.index(0, HeadDistributionModel::P50Column).data().toString(), QStringLiteral("300.00"));
    QCOMPARE(model.index(1, HeadDistributionModel::P50Column).data().toString(), QStringLiteral("2.5"));
    QCOMPARE(model.index(1, HeadDistributionModel::MaxColumn).data(HeadDistributionModel::ValueRole).toDouble(), 4.0);
}

void TestValueModels::tierSummaryModel()
{
    TierSummaryModel model;
    TESTER(model);
    model.setResult(m_results.tiers);
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const TierSummary &s = m_results.tiers.summaries[size_t(row)];
        QCOMPARE(model.index(row, TierSummaryModel::MembersColumn).data().toLongLong(), s.members);
        QCOMPARE(model.index(row, TierSummaryModel::ShareColumn).data(TierSummaryModel::ValueRole).toDouble(), s.share);
        QCOMPARE(model.index(row, TierSummaryModel::RevenueColumn).data(TierSummaryModel::ValueRole).toLongLong(),
            s.revenueMinor);
        QCOMPARE(model.index(row, TierSummaryModel::AverageSpendColumn).data(TierSummaryModel::ValueRole).toLongLong(),
            s.averageSpendMinor);
        QCOMPARE(model.index(row, 0).data(TierSummaryModel::TierIndexRole).toInt(), row);
    }
    // Window (635, 1000]: A 400.00 gold, C 200.00 silver; B 50.00, D 30.00, E and F 0 normal.
    QCOMPARE(model.index(0, TierSummaryModel::MembersColumn).data().toLongLong(), 4);
    QCOMPARE(model.index(0, TierSummaryModel::AverageSpendColumn).data().toString(), QStringLiteral("20.00"));
    QCOMPARE(model.index(2, TierSummaryModel::MembersColumn).data().toLongLong(), 1);
    QCOMPARE(model.index(2, TierSummaryModel::MinSpendColumn).data().toString(), QStringLiteral("300.00"));
    QCOMPARE(model.index(2, TierSummaryModel::RevenueShareColumn).data().toDouble(), 58.8); // 400 / 680
    QCOMPARE(model.index(1, TierSummaryModel::TierColumn).data().toString(), QStringLiteral("Silver 白银会员"));
    QCOMPARE(model.index(1, TierSummaryModel::MinOrdersColumn).data().toString(), QStringLiteral("—"));
}

void TestValueModels::tierEditModel()
{
    TierEditModel model;
    TESTER(model);
    model.setTiers(m_parameters.tiers.tiers);
    QSignalSpy edited(&model, &TierEditModel::tiersEdited);
    QVERIFY(!(model.flags(model.index(0, TierEditModel::MinSpendColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(1, TierEditModel::MinSpendColumn)) & Qt::ItemIsEditable);
    QCOMPARE(model.index(1, TierEditModel::MinSpendColumn).data(Qt::EditRole).toDouble(), 100.0);
    QVERIFY(model.setData(model.index(1, TierEditModel::MinSpendColumn), 123.456));
    QCOMPARE(model.tiers()[1].minSpendMinor, 12346);
    QVERIFY(model.setData(model.index(2, TierEditModel::MinOrdersColumn), 5));
    QCOMPARE(model.tiers()[2].minOrders, 5);
    QVERIFY(!model.setData(model.index(1, TierEditModel::MinSpendColumn), -1.0));
    QVERIFY(!model.setData(model.index(0, TierEditModel::MinSpendColumn), 5.0));
    QCOMPARE(edited.count(), 2);
    QVERIFY(model.setSpendThresholds(m_results.tierSuggestion.thresholdsMinor));
    QCOMPARE(model.tiers()[2].minSpendMinor, m_results.tierSuggestion.thresholdsMinor[2]);
    QCOMPARE(edited.count(), 3);
}

void TestValueModels::reratingModel_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<qint64>("goldToSilver");
    QTest::addColumn<qint64>("goldToNormal");
    QTest::newRow("to earned") << int(DowngradeRule::ToEarnedTier) << qint64(0) << qint64(1);
    QTest::newRow("at most one") << int(DowngradeRule::AtMostOneTier) << qint64(1) << qint64(0);
}

void TestValueModels::reratingModel()
{
    QFETCH(int, rule);
    QFETCH(qint64, goldToSilver);
    QFETCH(qint64, goldToNormal);
    // Rated on day 850 (window (485, 850]): A silver, F gold, B D E normal; C is a newcomer.
    const ReratingResult r = simulateRerating(m_table, m_parameters.tiers, {850, 1000, DowngradeRule(rule)});
    QVERIFY2(r.ok(), qPrintable(r.error));
    ReratingModel model;
    TESTER(model);
    model.setResult(r);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    qint64 total = 0;
    for (int from = 0; from < 3; ++from)
        for (int to = 0; to < 3; ++to) {
            QCOMPARE(model.index(from, to).data().toLongLong(), r.cell(from, to));
            total += r.cell(from, to);
        }
    QCOMPARE(total, r.ratedCustomers);
    QCOMPARE(r.ratedCustomers, 5);
    QCOMPARE(model.index(0, 0).data().toLongLong(), 3);
    QCOMPARE(model.index(1, 2).data().toLongLong(), 1);
    QCOMPARE(model.index(1, 2).data(ReratingModel::MovementRole).toInt(), int(ReratingModel::Up));
    QCOMPARE(model.index(2, 1).data().toLongLong(), goldToSilver);
    QCOMPARE(model.index(2, 0).data().toLongLong(), goldToNormal);
    QCOMPARE(model.index(2, model.totalColumn()).data().toLongLong(), 1);
    QCOMPARE(model.result().movedUp, 1);
    QCOMPARE(model.result().stayed, 3);
    QCOMPARE(model.result().movedDown, 1);
    QCOMPARE(model.result().newcomers[1], 1);
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("from Gold 黄金会员"));
}

void TestValueModels::emptyResultsGiveEmptyModels()
{
    const AnalysisResults empty = runAnalyses(CustomerTableBuilder().build(), m_parameters);
    LifecycleStageModel stages;
    LorenzModel lorenz;
    HeadDistributionModel head;
    TierSummaryModel tiers;
    TESTER(stages);
    stages.setResult(empty.lifecycle);
    lorenz.setResult(empty.pareto);
    head.setResult(empty.pareto);
    tiers.setResult(empty.tiers);
    QCOMPARE(lorenz.rowCount(), 0);
    QCOMPARE(head.rowCount(), 0);
    QVERIFY(tiers.rowCount() == 0 || tiers.index(0, TierSummaryModel::MembersColumn).data().toLongLong() == 0);
}

QTEST_MAIN(TestValueModels)
#include "tst_valuemodels.moc"
