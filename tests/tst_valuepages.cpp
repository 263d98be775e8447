// The Lifecycle and 80/20 & Tiers pages against a demo workspace: live parameters through the controller,
// inline validation, tier editing and suggestions, re-rating, drill-down and chart export.
// With CLIENTELE_SCREENSHOT_DIR set, screenshots() also saves both pages as PNG there.
#include "analysis/store/workspace.h"
#include "models/analysiscontroller.h"
#include "models/lifecyclemodels.h"
#include "models/tiermodels.h"
#include "views/chartexport.h"
#include "views/lifecyclepage.h"
#include "views/paretotierspage.h"

#include "support/demoworkspace.h"

#include <QAbstractItemView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestValuePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stageBoundaryChangeRefreshes();
    void invalidBoundariesAreNotApplied();
    void stageDoubleClickRequestsCustomers();
    void tierThresholdEditUpdatesSummary();
    void invalidTiersAreNotApplied();
    void suggestedThresholdsAreApplied();
    void reratingRunsInWorker();
    void chartsExportToPng();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<AnalysisController> m_controller;
};

void TestValuePages::initTestCase()
{
    QString error;
    m_workspace = testsupport::createDemoWorkspace(m_dir, QStringLiteral("v.clientele"), 6000, &error);
    QVERIFY2(!m_workspace.isEmpty(), qPrintable(error));
}

void TestValuePages::init()
{
    m_controller = std::make_unique<AnalysisController>();
    AnalysisParameters parameters;
    parameters.computeClusters = false;
    m_controller->setParameters(parameters);
    m_controller->setWorkspace(m_workspace, QTimeZone("Asia/Shanghai"));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->hasResults(), 30000);
}

void TestValuePages::cleanup()
{
    m_controller.reset();
}

void TestValuePages::stageBoundaryChangeRefreshes()
{
    LifecyclePage page(m_controller.get());
    page.show();
    QTRY_COMPARE(page.stageModel()->rowCount(), ActivityStageCount);
    auto *active = page.findChild<QSpinBox *>(QStringLiteral("activeMaxDays"));
    QVERIFY(active);
    QCOMPARE(active->value(), 63);
    active->setValue(30);
    QTRY_COMPARE(m_controller->parameters().lifecycle.stages.activeMaxDays, 30);
    QTRY_COMPARE(m_controller->results()->lifecycle.stages[0].toDays, 30);
    QTRY_COMPARE(
        page.stageModel()->index(1, LifecycleStageModel::DaysColumn).data().toString(), QStringLiteral("31–126"));
    QCOMPARE(page.stageModel()->index(0, LifecycleStageModel::CustomersColumn).data().toLongLong(),
        m_controller->results()->lifecycle.stages[0].customers);
    QCOMPARE(active->value(), 30);
}

void TestValuePages::invalidBoundariesAreNotApplied()
{
    LifecyclePage page(m_controller.get());
    page.show();
    QSignalSpy busy(m_controller.get(), &AnalysisController::busyChanged);
    auto *message = page.findChild<QLabel *>(QStringLiteral("parameterMessage"));
    page.findChild<QSpinBox *>(QStringLiteral("activeMaxDays"))->setValue(200); // silent ends at 126
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("silent")));
    QTest::qWait(300);
    QCOMPARE(busy.count(), 0);
    QCOMPARE(m_controller->parameters().lifecycle.stages.activeMaxDays, 63);
    page.findChild<QSpinBox *>(QStringLiteral("silentMaxDays"))->setValue(250); // valid again
    QTRY_VERIFY(!message->isVisible());
    QTRY_COMPARE(m_controller->results()->lifecycle.stages[1].toDays, 250);
}

void TestValuePages::stageDoubleClickRequestsCustomers()
{
    LifecyclePage page(m_controller.get());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QList<CustomerFilter> filters;
    connect(&page, &WorkbenchPage::showCustomersRequested, this,
        [&filters](const CustomerFilter &filter) { filters << filter; });
    auto *table = page.findChild<QTableView *>(QStringLiteral("stageTable"));
    QTRY_COMPARE(table->model()->rowCount(), ActivityStageCount);
    const QRect cell = table->visualRect(table->model()->index(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(filters.size(), 1);
    QVERIFY(filters[0].stage == ActivityStage::Sleeping);

    ParetoTiersPage tiers(m_controller.get());
    tiers.resize(1400, 900);
    tiers.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tiers));
    connect(&tiers, &WorkbenchPage::showCustomersRequested, this,
        [&filters](const CustomerFilter &filter) { filters << filter; });
    auto *summary = tiers.findChild<QTableView *>(QStringLiteral("tierSummaryTable"));
    QTRY_COMPARE(summary->model()->rowCount(), 3);
    const QRect row = summary->visualRect(summary->model()->index(1, 0));
    QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(summary->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(filters.size(), 2);
    QVERIFY(filters[1].tier == 1);
}

void TestValuePages::tierThresholdEditUpdatesSummary()
{
    ParetoTiersPage page(m_controller.get());
    page.show();
    TierSummaryModel *summary = page.tierSummaryModel();
    QTRY_COMPARE(summary->rowCount(), 3);
    const qint64 normalBefore = summary->index(0, TierSummaryModel::MembersColumn).data().toLongLong();
    TierEditModel *edit = page.tierEditModel();
    QVERIFY(edit->setData(edit->index(1, TierEditModel::MinSpendColumn), 100.5)); // silver ≥ 100.50
    QTRY_COMPARE(
        summary->index(1, TierSummaryModel::MinSpendColumn).data(TierSummaryModel::ValueRole).toLongLong(), 10050);
    QCOMPARE(m_controller->parameters().tiers.tiers[1].minSpendMinor, 10050);
    QVERIFY(summary->index(0, TierSummaryModel::MembersColumn).data().toLongLong() < normalBefore);
    QCOMPARE(summary->index(1, TierSummaryModel::MembersColumn).data().toLongLong(),
        m_controller->results()->tiers.summaries[1].members);
}

void TestValuePages::invalidTiersAreNotApplied()
{
    ParetoTiersPage page(m_controller.get());
    page.show();
    QTRY_COMPARE(page.tierSummaryModel()->rowCount(), 3);
    QSignalSpy busy(m_controller.get(), &AnalysisController::busyChanged);
    auto *message = page.findChild<QLabel *>(QStringLiteral("tierMessage"));
    TierEditModel *edit = page.tierEditModel();
    QVERIFY(edit->setData(edit->index(1, TierEditModel::MinSpendColumn), 9000.0)); // above gold (5,000.00)
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("must be above")));
    QTest::qWait(300);
    QCOMPARE(busy.count(), 0);
    QCOMPARE(m_controller->parameters().tiers.tiers[1].minSpendMinor, 100000);
}

void TestValuePages::suggestedThresholdsAreApplied()
{
    ParetoTiersPage page(m_controller.get());
    page.show();
    QTRY_COMPARE(page.tierSummaryModel()->rowCount(), 3);
    const ThresholdSuggestion suggestion = m_controller->results()->tierSuggestion;
    QVERIFY2(suggestion.ok(), qPrintable(suggestion.error));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("useSuggestedThresholds"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    for (size_t i = 0; i < 3; ++i)
        QTRY_COMPARE(m_controller->parameters().tiers.tiers[i].minSpendMinor, suggestion.thresholdsMinor[i]);
    QTRY_COMPARE(page.tierSummaryModel()
                     ->index(2, TierSummaryModel::MinSpendColumn)
                     .data(TierSummaryModel::ValueRole)
                     .toLongLong(),
        suggestion.thresholdsMinor[2]);
}

void TestValuePages::reratingRunsInWorker()
{
    ParetoTiersPage page(m_controller.get());
    page.show();
    ReratingModel *model = page.reratingModel();
    QTRY_COMPARE(model->rowCount(), 3);
    const ReratingResult &r = model->result();
    QCOMPARE(r.nextRatingDay, m_controller->results()->asOfDay);
    QCOMPARE(r.ratingDay, r.nextRatingDay - 365);
    QVERIFY(r.ratedCustomers > 0);
    QCOMPARE(r.movedUp + r.stayed + r.movedDown, r.ratedCustomers);
    page.findChild<QSpinBox *>(QStringLiteral("reratingOffset"))->setValue(180);
    QTRY_COMPARE(model->result().ratingDay, m_controller->results()->asOfDay - 180);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("reratingSummary"))->text().contains(QStringLiteral("↑")));
}

void TestValuePages::chartsExportToPng()
{
    LifecyclePage lifecycle(m_controller.get());
    ParetoTiersPage pareto(m_controller.get());
    for (WorkbenchPage *page : std::initializer_list<WorkbenchPage *>{&lifecycle, &pareto}) {
        page->resize(1400, 900);
        page->show();
        QCOMPARE(page->charts().size(), 2);
        for (QWidget *chart : page->charts()) {
            QVERIFY(chart->actions().size() >= 1); // "Export Chart…"
            const QString path = m_dir.filePath(chart->objectName() + QStringLiteral(".png"));
            QString error;
            QVERIFY2(exportChart(chart, path, &error), qPrintable(error));
            const QImage image(path);
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), chart->size() * 2);
        }
    }
}

void TestValuePages::screenshots()
{
    const QString dir = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set CLIENTELE_SCREENSHOT_DIR to save screenshots of the pages.");
    LifecyclePage lifecycle(m_controller.get());
    ParetoTiersPage pareto(m_controller.get());
    for (WorkbenchPage *page : std::initializer_list<WorkbenchPage *>{&lifecycle, &pareto}) {
        page->resize(1440, 960);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QTest::qWait(500); // the re-rating worker
        QVERIFY(page->grab().save(dir + u'/' + page->pageKey() + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestValuePages)
#include "tst_valuepages.moc"
