// The item models behind the Clusters and Overview pages, on the hand-made shop of workbenchfixture.h.
#include "analysis/engine/analysisrun.h"
#include "models/clusterpoints.h"
#include "models/clusterprofilemodel.h"
#include "models/kcandidatemodel.h"
#include "models/overviewmodel.h"
#include "models/segmentcountmodel.h"
#include "support/clusterfixture.h"
#include "support/workbenchfixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <set>

using namespace clientele;

class TestClusterModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void profileModelMatchesResult();
    void candidateModelMatchesResult();
    void overviewModelHasHandComputedValues();
    void segmentAndStageModels();
    void samplingIsDeterministicAndCoversClusters_data();
    void samplingIsDeterministicAndCoversClusters();
    void smallShopIsDrawnWhole();
    void failedClusteringDrawsNothing();

private:
    CustomerTable m_table;
    AnalysisResults m_results;
};

void TestClusterModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // fixed number formats
    m_table = testsupport::workbenchTable();
    AnalysisParameters parameters;
    parameters.clusters.k = 3;
    m_results = runAnalyses(m_table, parameters);
    QVERIFY(m_results.clusters.ok());
    QCOMPARE(m_results.clusters.k, 3);
}

void TestClusterModels::profileModelMatchesResult()
{
    ClusterProfileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(m_results.clusters.profiles);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ClusterProfileModel::ColumnCount));
    qint64 customers = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ClusterProfile &p = m_results.clusters.profiles[size_t(row)];
        auto sortValue = [&](int column) { return model.index(row, column).data(ClusterProfileModel::SortRole); };
        QCOMPARE(sortValue(ClusterProfileModel::IdColumn).toInt(), p.id);
        QCOMPARE(sortValue(ClusterProfileModel::EnglishLabelColumn).toString(), p.labelEnglish);
        QCOMPARE(sortValue(ClusterProfileModel::ChineseLabelColumn).toString(), p.labelChinese);
        QCOMPARE(sortValue(ClusterProfileModel::CustomersColumn).toLongLong(), p.size);
        QCOMPARE(sortValue(ClusterProfileModel::ShareColumn).toDouble(), p.share);
        QCOMPARE(sortValue(ClusterProfileModel::MeanRecencyColumn).toDouble(), p.meanRecencyDays);
        QCOMPARE(sortValue(ClusterProfileModel::MeanOrdersColumn).toDouble(), p.meanFrequency);
        QCOMPARE(sortValue(ClusterProfileModel::MeanNetRevenueColumn).toLongLong(), p.meanMonetaryMinor);
        QCOMPARE(sortValue(ClusterProfileModel::RevenueColumn).toLongLong(), p.revenueMinor);
        QCOMPARE(sortValue(ClusterProfileModel::RevenueShareColumn).toDouble(), p.revenueShare);
        QCOMPARE(model.index(row, 0).data(ClusterProfileModel::ClusterIdRole).toInt(), row);
        QVERIFY(!p.labelChinese.isEmpty());
        customers += p.size;
    }
    QCOMPARE(customers, qint64(12));
    // The three groups are the three clusters: C (6 orders) brings in the most, so it is cluster 0.
    QCOMPARE(model.index(0, ClusterProfileModel::MeanOrdersColumn).data(ClusterProfileModel::SortRole).toDouble(), 6.0);
    QCOMPARE(model.index(0, ClusterProfileModel::RevenueColumn).data().toString(), QStringLiteral("4,836.00"));
    QVERIFY(model.roleNames().contains(ClusterProfileModel::ClusterIdRole));
}

void TestClusterModels::candidateModelMatchesResult()
{
    AnalysisParameters parameters; // automatic k: one candidate per k tried
    const AnalysisResults automatic = runAnalyses(m_table, parameters);
    QVERIFY(automatic.clusters.ok());
    QVERIFY(automatic.clusters.chosenBySilhouette);
    KCandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates(automatic.clusters.candidates, automatic.clusters.k);
    QCOMPARE(model.rowCount(), int(automatic.clusters.candidates.size()));
    QVERIFY(model.rowCount() >= 2);
    int chosen = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const KCandidate &c = automatic.clusters.candidates[size_t(row)];
        QCOMPARE(model.index(row, KCandidateModel::KColumn).data().toInt(), c.k);
        QCOMPARE(model.index(row, KCandidateModel::SilhouetteColumn).data().toDouble(), c.silhouette);
        QCOMPARE(model.index(row, KCandidateModel::InertiaColumn).data().toDouble(), c.inertia);
        chosen += model.index(row, 0).data(KCandidateModel::ChosenRole).toBool() ? 1 : 0;
    }
    QCOMPARE(chosen, 1);
    QCOMPARE(model.candidates()[size_t(model.chosenRow())].k, automatic.clusters.k);
}

void TestClusterModels::overviewModelHasHandComputedValues()
{
    const OverviewKpis kpis = computeOverviewKpis(m_results);
    QCOMPARE(dayToIsoDate(kpis.asOfDay), QStringLiteral("2024-06-25"));
    QCOMPARE(kpis.orders, qint64(40));
    QCOMPARE(kpis.customers, qint64(12));
    QCOMPARE(kpis.netRevenueMinor, qint64(5500'00));
    QCOMPARE(kpis.averageOrderValueMinor, qint64(137'50));
    QCOMPARE(kpis.repeatRate, 8.0 / 12.0);
    QCOMPARE(kpis.activeCustomers, qint64(8));
    QVERIFY(qAbs(kpis.gini - (2.0 * 54960 / (12.0 * 5500) - 13.0 / 12.0)) < 1e-9);
    QCOMPARE(kpis.headRevenueShare, 3636.0 / 5500.0);

    OverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKpis(kpis);
    QCOMPARE(model.rowCount(), int(OverviewModel::KpiCount));
    auto value = [&](OverviewModel::Kpi kpi) { return model.index(kpi, OverviewModel::ValueColumn).data().toString(); };
    QCOMPARE(value(OverviewModel::Orders), QStringLiteral("40"));
    QCOMPARE(value(OverviewModel::NetRevenue), QStringLiteral("5,500.00"));
    QCOMPARE(value(OverviewModel::AverageOrderValue), QStringLiteral("137.50"));
    QCOMPARE(value(OverviewModel::RepeatRate), QStringLiteral("66.7%"));
    QCOMPARE(value(OverviewModel::Gini), QStringLiteral("0.582"));
    QCOMPARE(value(OverviewModel::HeadShare), QStringLiteral("66.1%"));
    QCOMPARE(value(OverviewModel::AsOfDate), QStringLiteral("2024-06-25"));
    QCOMPARE(model.index(OverviewModel::Orders, 1).data(OverviewModel::ValueRole).toLongLong(), qint64(40));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestClusterModels::segmentAndStageModels()
{
    SegmentCountModel segments;
    QAbstractItemModelTester segmentTester(&segments, QAbstractItemModelTester::FailureReportingMode::QtTest);
    segments.setSummary(m_results.gridSummary);
    QCOMPARE(segments.rowCount(), 11);
    qint64 total = 0, previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < segments.rowCount(); ++row) {
        const qint64 count
            = segments.index(row, SegmentCountModel::CustomersColumn).data(SegmentCountModel::SortRole).toLongLong();
        QVERIFY(count <= previous); // largest first
        previous = count;
        total += count;
        QCOMPARE(count, m_results.gridSummary.find(segments.segmentAt(row))->count);
        QVERIFY(!segments.index(row, SegmentCountModel::ChineseNameColumn).data().toString().isEmpty());
    }
    QCOMPARE(total, qint64(12));
    segments.setSummary(m_results.valueSummary);
    QCOMPARE(segments.rowCount(), 8);

    StageCountModel stages;
    QAbstractItemModelTester stageTester(&stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    stages.setLifecycle(m_results.lifecycle);
    QCOMPARE(stages.rowCount(), ActivityStageCount);
    QCOMPARE(stages.index(0, StageCountModel::CustomersColumn).data().toLongLong(), qint64(8)); // B and C
    QCOMPARE(stages.index(0, StageCountModel::ChineseNameColumn).data().toString(), QStringLiteral("活跃"));
    QCOMPARE(stages.index(2, StageCountModel::CustomersColumn).data().toLongLong(), qint64(4)); // A: 167 days, sleeping
}

void TestClusterModels::samplingIsDeterministicAndCoversClusters_data()
{
    QTest::addColumn<qint64>("maxPoints");
    QTest::newRow("400") << qint64(400);
    QTest::newRow("30") << qint64(30); // fewer than one point per 100 customers: the small cluster still shows
    QTest::newRow("all") << qint64(100000);
}

void TestClusterModels::samplingIsDeterministicAndCoversClusters()
{
    QFETCH(qint64, maxPoints);
    const CustomerSnapshot snapshot
        = testsupport::snapshotOf({{3000, 5, 12, 900000}, {500, 300, 1, 2000}, {20, 40, 4, 40000}});
    ClusteringOptions options;
    options.k = 3;
    const ClusteringResult clusters = runClustering(snapshot, options, {});
    QVERIFY(clusters.ok());
    const ClusterPointSample a = sampleClusterPoints(clusters, maxPoints, 7);
    const ClusterPointSample b = sampleClusterPoints(clusters, maxPoints, 7);
    QCOMPARE(a.rowsByCluster, b.rowsByCluster);
    QCOMPARE(a.total, qint64(3520));
    QCOMPARE(a.rowsByCluster.size(), size_t(3));
    QVERIFY(a.drawn <= std::min(a.total, maxPoints + 3)); // rounding and the one-point minimum add at most k
    QCOMPARE(a.sampled(), maxPoints < a.total);
    for (int id = 0; id < 3; ++id) {
        const auto &rows = a.rowsByCluster[size_t(id)];
        QVERIFY2(!rows.empty(), qPrintable(QStringLiteral("cluster %1 not drawn").arg(id)));
        QVERIFY(std::is_sorted(rows.begin(), rows.end()));
        QCOMPARE(std::set<quint32>(rows.begin(), rows.end()).size(), rows.size());
        for (quint32 row : rows)
            QCOMPARE(clusters.assignment[clusters.rows[row]], id);
        QCOMPARE(pcaPoints(clusters, rows).size(), qsizetype(rows.size()));
    }
    if (a.sampled()) // another seed draws other customers
        QVERIFY(sampleClusterPoints(clusters, maxPoints, 8).rowsByCluster != a.rowsByCluster);
}

void TestClusterModels::smallShopIsDrawnWhole()
{
    const ClusterPointSample sample = sampleClusterPoints(m_results.clusters);
    QCOMPARE(sample.drawn, qint64(12));
    QVERIFY(!sample.sampled());
    // Two chosen axes: value + 1 so that recency 0 (group C bought on the as-of day) sits at 1 on a log axis.
    const QList<QPointF> points = axisPoints(m_results, sample.rowsByCluster[0], PointAxis::Recency, PointAxis::Orders);
    QCOMPARE(points.size(), 4);
    for (const QPointF &p : points)
        QCOMPARE(p, QPointF(1.0, 7.0));
    QCOMPARE(logPlotValue(-5.0), 1.0);
}

void TestClusterModels::failedClusteringDrawsNothing()
{
    // Two customers are too few to cluster: the result lists its rows but assigns nobody.
    CustomerTableBuilder builder;
    builder.addCustomer(1, QStringLiteral("A"), {}, {{10, 100}});
    builder.addCustomer(2, QStringLiteral("B"), {}, {{12, 300}, {14, 200}});
    const CustomerTable table = builder.build();
    const AnalysisResults results = runAnalyses(table, AnalysisParameters{});
    QVERIFY(!results.clusters.ok());
    const ClusterPointSample sample = sampleClusterPoints(results.clusters, 100, 1);
    QCOMPARE(sample.total, qint64(0));
    QCOMPARE(sample.drawn, qint64(0));
}

QTEST_MAIN(TestClusterModels)
#include "tst_clustermodels.moc"
