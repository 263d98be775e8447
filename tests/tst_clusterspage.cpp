// The Clusters and Overview pages against a real controller and workspace (hand-made shop of
// workbenchfixture.h). With CLIENTELE_SCREENSHOT_DB=<workspace> and CLIENTELE_SCREENSHOT_DIR=<dir> set,
// screenshots() renders both pages on that workspace to PNG for looking at them.
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "models/analysiscontroller.h"
#include "models/clusterprofilemodel.h"
#include "models/kcandidatemodel.h"
#include "models/overviewmodel.h"
#include "models/segmentcountmodel.h"
#include "support/testsupport.h"
#include "support/workbenchfixture.h"
#include "views/chartexport.h"
#include "views/clustercharts.h"
#include "views/clusterspage.h"
#include "views/overviewpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestClustersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void choosingKRefreshes();
    void aovFeatureIsAdded();
    void doubleClickListsCluster();
    void overviewShowsKpis();
    void segmentBarListsSegment();
    void chartsExport();
    void screenshots();

private:
    void load(AnalysisController &controller);
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestClustersPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // fixed number formats
    m_workspace = m_dir.filePath(QStringLiteral("w.clientele"));
    QString error;
    auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    const QString csv = testsupport::writeFile(m_dir, QStringLiteral("o.csv"), testsupport::workbenchCsv());
    QCOMPARE(importFile(*workspace, csv, options).outcome, ImportSummary::Outcome::Completed);
}

void TestClustersPage::load(AnalysisController &controller)
{
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasResults(), 20000);
}

void TestClustersPage::choosingKRefreshes()
{
    AnalysisController controller;
    ClustersPage page(&controller);
    page.resize(1200, 800);
    page.show();
    load(controller);
    QTRY_VERIFY(page.profileModel()->rowCount() >= 2);
    QVERIFY(controller.results()->clusters.chosenBySilhouette);
    QVERIFY(page.candidateModel()->rowCount() >= 2);
    QCOMPARE(page.kSelector()->currentData().toInt(), 0);

    page.kSelector()->setCurrentIndex(page.kSelector()->findData(3));
    QTRY_COMPARE(controller.parameters().clusters.k, 3); // after the debounce
    // Wait for the answer to this request: the automatic search may have chosen k = 3 as well, so
    // neither k nor the profile count tells the two results apart.
    const quint64 request = controller.requestGeneration();
    QTRY_VERIFY_WITH_TIMEOUT(controller.resultsGeneration() >= request, 20000);
    QCOMPARE(controller.results()->clusters.k, 3);
    QCOMPARE(page.profileModel()->rowCount(), 3);
    QVERIFY(!controller.results()->clusters.chosenBySilhouette);
    // The fixed-k run reports one candidate; the chart keeps the last automatic search's curve.
    QVERIFY(page.candidateModel()->rowCount() >= 2);
    QCOMPARE(page.candidateModel()->chosenK(), 3);
    QCOMPARE(page.silhouetteView()->chosenSeries()->count(), 1);
    QCOMPARE(page.silhouetteView()->chosenSeries()->at(0).x(), 3.0);
    QCOMPARE(page.silhouetteView()->silhouetteSeries()->count(), page.candidateModel()->rowCount());
    // Every customer is drawn (12 < 20 000), in three series.
    QCOMPARE(page.scatterView()->sample().drawn, qint64(12));
    QCOMPARE(page.scatterView()->chart()->series().size(), 3);
}

void TestClustersPage::aovFeatureIsAdded()
{
    AnalysisController controller;
    ClustersPage page(&controller);
    page.show();
    load(controller);
    QVERIFY(page.featureCheckBox(ClusterFeature::Recency)->isChecked());
    QVERIFY(!page.featureCheckBox(ClusterFeature::AverageOrderValue)->isChecked());
    page.featureCheckBox(ClusterFeature::AverageOrderValue)->setChecked(true);
    const std::vector<ClusterFeature> expected{ClusterFeature::Recency, ClusterFeature::Frequency,
        ClusterFeature::Monetary, ClusterFeature::AverageOrderValue};
    QTRY_VERIFY_WITH_TIMEOUT(controller.results()->clusters.features == expected, 20000);
    QVERIFY(controller.parameters().clusters.features == expected);
    // Fewer than two features are refused: unticking down to one ticks the box again.
    page.featureCheckBox(ClusterFeature::Frequency)->setChecked(false);
    page.featureCheckBox(ClusterFeature::Monetary)->setChecked(false);
    page.featureCheckBox(ClusterFeature::AverageOrderValue)->setChecked(false);
    QVERIFY(page.featureCheckBox(ClusterFeature::AverageOrderValue)->isChecked());
    // The two-axes mode uses log axes.
    page.projectionSelector()->setCurrentIndex(1);
    QVERIFY(page.xAxisSelector()->isEnabled());
    const auto axes = page.scatterView()->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    QCOMPARE(axes.first()->type(), QAbstractAxis::AxisTypeLogValue);
}

void TestClustersPage::doubleClickListsCluster()
{
    AnalysisController controller;
    AnalysisParameters parameters;
    parameters.clusters.k = 3;
    controller.setParameters(parameters);
    ClustersPage page(&controller);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    load(controller);
    QTRY_COMPARE(page.profileModel()->rowCount(), 3);
    QCOMPARE(page.kSelector()->currentData().toInt(), 3); // the selector follows the controller
    std::optional<CustomerFilter> requested;
    QString description;
    connect(
        &page, &WorkbenchPage::showCustomersRequested, this, [&](const CustomerFilter &filter, const QString &text) {
            requested = filter;
            description = text;
        });
    QTableView *table = page.profileTable();
    const QModelIndex index = table->model()->index(1, ClusterProfileModel::EnglishLabelColumn);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(requested);
    QCOMPARE(requested->cluster, std::optional<int>(index.data(ClusterProfileModel::ClusterIdRole).toInt()));
    QVERIFY(description.contains(index.data(ClusterProfileModel::ChineseLabelRole).toString()));
}

void TestClustersPage::overviewShowsKpis()
{
    AnalysisController controller;
    OverviewPage page(&controller);
    page.show();
    load(controller);
    QTRY_VERIFY(page.kpiModel()->hasKpis());
    // Hand-computed in workbenchfixture.h.
    auto tile = [&](OverviewModel::Kpi kpi) { return page.tileValueLabel(kpi)->text(); };
    QCOMPARE(tile(OverviewModel::Orders), QStringLiteral("40"));
    QCOMPARE(tile(OverviewModel::Customers), QStringLiteral("12"));
    QCOMPARE(tile(OverviewModel::NetRevenue), QStringLiteral("5,500.00"));
    QCOMPARE(tile(OverviewModel::AverageOrderValue), QStringLiteral("137.50"));
    QCOMPARE(tile(OverviewModel::RepeatRate), QStringLiteral("66.7%"));
    QCOMPARE(tile(OverviewModel::ActiveShare), QStringLiteral("66.7%"));
    QCOMPARE(tile(OverviewModel::Gini), QStringLiteral("0.582"));
    QCOMPARE(tile(OverviewModel::HeadShare), QStringLiteral("66.1%"));
    QCOMPARE(tile(OverviewModel::AsOfDate), QStringLiteral("2024-06-25"));
    QVERIFY(page.tileValueLabel(OverviewModel::Gini)->parentWidget()->toolTip().contains(QStringLiteral("Lorenz")));
    QCOMPARE(page.segmentModel()->rowCount(), 11);
    QCOMPARE(page.stageModel()->rowCount(), 4);
    page.schemeSelector()->setCurrentIndex(1);
    QCOMPARE(page.segmentModel()->rowCount(), 8);
}

void TestClustersPage::segmentBarListsSegment()
{
    AnalysisController controller;
    OverviewPage page(&controller);
    page.show();
    load(controller);
    QTRY_VERIFY(page.segmentModel()->rowCount() > 0);
    std::optional<CustomerFilter> requested;
    connect(&page, &WorkbenchPage::showCustomersRequested, this,
        [&](const CustomerFilter &filter, const QString &) { requested = filter; });
    page.requestSegmentCustomers(0); // the top bar: the largest segment
    QVERIFY(requested);
    QCOMPARE(requested->segment, std::optional<Segment>(page.segmentModel()->segmentAt(0)));
}

void TestClustersPage::chartsExport()
{
    AnalysisController controller;
    ClustersPage clusters(&controller);
    OverviewPage overview(&controller);
    clusters.resize(1200, 800);
    overview.resize(1200, 800);
    clusters.show();
    overview.show();
    load(controller);
    QTRY_VERIFY(clusters.profileModel()->rowCount() > 0);
    const QList<QWidget *> charts = clusters.charts() + overview.charts();
    QCOMPARE(charts.size(), 4);
    QTemporaryDir dir;
    int i = 0;
    for (QWidget *chart : charts) {
        QVERIFY(chart->actions().size() >= 1); // "Export Chart…"
        const QString path = dir.filePath(QStringLiteral("chart%1.png").arg(++i));
        QString error;
        QVERIFY2(exportChart(chart, path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size() * 2);
    }
}

void TestClustersPage::screenshots()
{
    const QString db = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DB");
    const QString out = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (db.isEmpty() || out.isEmpty())
        QSKIP("set CLIENTELE_SCREENSHOT_DB and CLIENTELE_SCREENSHOT_DIR to render the pages");
    AnalysisController controller;
    controller.setWorkspace(db);
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasResults(), 120000);
    ClustersPage clusters(&controller);
    OverviewPage overview(&controller);
    for (WorkbenchPage *page : {static_cast<WorkbenchPage *>(&clusters), static_cast<WorkbenchPage *>(&overview)}) {
        page->resize(1400, 900);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QTest::qWait(200);
        QVERIFY(page->grab().save(out + QLatin1Char('/') + page->pageKey() + QStringLiteral(".png")));
    }
    clusters.projectionSelector()->setCurrentIndex(1);
    QTest::qWait(200);
    QVERIFY(clusters.grab().save(out + QStringLiteral("/clusters-axes.png")));
    clusters.kSelector()->setCurrentIndex(clusters.kSelector()->findData(4));
    QTRY_COMPARE_WITH_TIMEOUT(controller.results()->clusters.k, 4, 120000);
    QTest::qWait(200);
    QVERIFY(clusters.grab().save(out + QStringLiteral("/clusters-k4.png")));
}

QTEST_MAIN(TestClustersPage)
#include "tst_clusterspage.moc"
