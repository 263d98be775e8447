// The controller that loads a workspace and refreshes analyses off the GUI thread.
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "models/analysiscontroller.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestAnalysisController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsAndRefreshes();
    void newestParametersWin();
    void cancelDropsResults();
    void badWorkspaceReportsFailure();
    void destroyedWhileBusyIsSilent();
    void tierEditKeepsClusters();
    void engineReusesOnlyUnchangedInputs();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestAnalysisController::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("w.clientele"));
    QString error;
    auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY(workspace);
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    // 40 customers; customer i buys (i % 4) + 1 times, every 30 days, ending on 2024-06-(1 + i % 28).
    int id = 0;
    for (int c = 0; c < 40; ++c)
        for (int k = 0; k <= c % 4; ++k)
            csv += QByteArray::number(++id) + ",C" + QByteArray::number(c) + ",2024-0" + QByteArray::number(6 - k) + "-"
                + QByteArray::number(1 + c % 28).rightJustified(2, '0') + " 10:00," + QByteArray::number(10 + c)
                + ".00\n";
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    QCOMPARE(importFile(*workspace, testsupport::writeFile(m_dir, QStringLiteral("o.csv"), csv), options).outcome,
        ImportSummary::Outcome::Completed);
}

void TestAnalysisController::loadsAndRefreshes()
{
    AnalysisController controller;
    QSignalSpy results(&controller, &AnalysisController::resultsChanged);
    QSignalSpy busy(&controller, &AnalysisController::busyChanged);
    AnalysisParameters parameters;
    parameters.clusters.k = 2;
    controller.setParameters(parameters); // no table yet: nothing runs
    QVERIFY(!controller.isBusy());
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    QVERIFY(controller.isBusy());
    QTRY_COMPARE(results.count(), 1);
    QVERIFY(!controller.isBusy());
    QCOMPARE(controller.table()->size(), size_t(40));
    QCOMPARE(controller.results()->snapshot.activeCount, qint64(40));
    QCOMPARE(dayToIsoDate(controller.results()->asOfDay), QStringLiteral("2024-06-28"));
    QCOMPARE(controller.results()->clusters.k, 2);
    QVERIFY(busy.count() >= 2);

    controller.setAsOfDay(*dayFromIsoDate(QStringLiteral("2024-04-15")));
    QTRY_COMPARE(results.count(), 2);
    QCOMPARE(dayToIsoDate(controller.results()->asOfDay), QStringLiteral("2024-04-15"));
    QVERIFY(controller.results()->snapshot.activeCount < 40);
}

void TestAnalysisController::newestParametersWin()
{
    AnalysisController controller;
    QSignalSpy results(&controller, &AnalysisController::resultsChanged);
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    QTRY_COMPARE(results.count(), 1);
    AnalysisParameters parameters = controller.parameters();
    parameters.computeClusters = false;
    for (int day = 0; day < 5; ++day) {
        parameters.asOfDay = *dayFromIsoDate(QStringLiteral("2024-06-20")) + day;
        controller.setParameters(parameters);
    }
    QTRY_VERIFY(!controller.isBusy());
    QTest::qWait(50);
    QCOMPARE(dayToIsoDate(controller.results()->asOfDay), QStringLiteral("2024-06-24"));
}

void TestAnalysisController::destroyedWhileBusyIsSilent()
{
    // Its parent window deletes the controller from ~QWidget, when the window's own slots are gone:
    // a busyChanged(false) from the destructor reached MainWindow::onBusyChanged on a half-destroyed
    // object (UBSan in tst_workbenchshell, make asan-test).
    auto controller = std::make_unique<AnalysisController>();
    controller->setWorkspace(m_workspace, QTimeZone::utc());
    QVERIFY(controller->isBusy());
    int notified = 0;
    connect(controller.get(), &AnalysisController::busyChanged, this, [&notified] { ++notified; });
    controller.reset();
    QCOMPARE(notified, 0);
}

void TestAnalysisController::cancelDropsResults()
{
    AnalysisController controller;
    QSignalSpy results(&controller, &AnalysisController::resultsChanged);
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    controller.cancel();
    QVERIFY(!controller.isBusy());
    QTest::qWait(300);
    QCOMPARE(results.count(), 0);
    QVERIFY(!controller.hasResults());
}

void TestAnalysisController::badWorkspaceReportsFailure()
{
    const QString bogus = testsupport::writeFile(m_dir, QStringLiteral("not.clientele"), "hello");
    AnalysisController controller;
    QSignalSpy failed(&controller, &AnalysisController::failed);
    controller.setWorkspace(bogus);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not a Clientele workspace")));
    QVERIFY(!controller.isBusy());
}

void TestAnalysisController::tierEditKeepsClusters()
{
    AnalysisController controller;
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    QTRY_VERIFY(controller.hasResults());
    const auto automatic = controller.results();
    QVERIFY(automatic->clusters.chosenBySilhouette);
    QVERIFY(!automatic->clustersReused);
    auto waitForRequest = [&controller] {
        const quint64 request = controller.requestGeneration();
        QTRY_VERIFY(controller.resultsGeneration() >= request);
    };

    // Only a tier threshold: the k search is not run again.
    AnalysisParameters parameters = controller.parameters();
    parameters.tiers.tiers[1].minSpendMinor += 1000;
    controller.setParameters(parameters);
    waitForRequest();
    const auto tierEdit = controller.results();
    QVERIFY(tierEdit != automatic);
    QVERIFY(tierEdit->clustersReused);
    QCOMPARE(tierEdit->parameters.tiers.tiers[1].minSpendMinor, parameters.tiers.tiers[1].minSpendMinor);
    QCOMPARE(tierEdit->clusters.assignment, automatic->clusters.assignment);
    QCOMPARE(tierEdit->clusters.candidates.size(), automatic->clusters.candidates.size());

    // A cluster parameter: clustering runs.
    parameters.clusters.k = 3;
    controller.setParameters(parameters);
    waitForRequest();
    QVERIFY(!controller.results()->clustersReused);
    QCOMPARE(controller.results()->clusters.k, 3);
    QVERIFY(!controller.results()->clusters.chosenBySilhouette);

    // The trailing window changes the snapshot every analysis reads: clustering runs too.
    parameters.tiers.windowDays = 180;
    controller.setParameters(parameters);
    waitForRequest();
    QVERIFY(!controller.results()->clustersReused);
    QCOMPARE(controller.results()->clusters.k, 3);
}

void TestAnalysisController::engineReusesOnlyUnchangedInputs()
{
    AnalysisController controller;
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    QTRY_VERIFY(controller.hasResults());
    const CustomerTable &table = *controller.table();
    AnalysisParameters parameters;
    parameters.clusters.k = 2;
    AnalysisResults previous = runAnalyses(table, parameters);
    QCOMPARE(previous.clusters.seed, quint64(1));
    // A marker no clustering run produces: seeing it again proves the clusters were taken over.
    constexpr quint64 marker = 987654321;
    previous.clusters.seed = marker;

    AnalysisParameters tiersOnly = parameters;
    tiersOnly.tiers.tiers[1].minSpendMinor += 1000;
    const AnalysisResults tierEdit = runAnalyses(table, tiersOnly, CancelToken(), &previous);
    QCOMPARE(tierEdit.clusters.seed, marker);
    QVERIFY(tierEdit.clustersReused);
    QVERIFY(tierEdit.tiers.tiers[1].minSpendMinor == tiersOnly.tiers.tiers[1].minSpendMinor); // tiers did run

    AnalysisParameters otherK = parameters;
    otherK.clusters.k = 3;
    const AnalysisResults rerun = runAnalyses(table, otherK, CancelToken(), &previous);
    QCOMPARE(rerun.clusters.seed, quint64(1));
    QCOMPARE(rerun.clusters.k, 3);
    QVERIFY(!rerun.clustersReused);

    AnalysisParameters otherDay = parameters;
    otherDay.asOfDay = table.lastDay - 10;
    QCOMPARE(runAnalyses(table, otherDay, CancelToken(), &previous).clusters.seed, quint64(1));
    AnalysisParameters otherWindow = parameters;
    otherWindow.tiers.windowDays = 90;
    QCOMPARE(runAnalyses(table, otherWindow, CancelToken(), &previous).clusters.seed, quint64(1));
    // Clusters switched off and on again: nothing to take over from results without them.
    AnalysisParameters noClusters = parameters;
    noClusters.computeClusters = false;
    const AnalysisResults without = runAnalyses(table, noClusters, CancelToken(), &previous);
    QCOMPARE(without.clusters.k, 0);
    QCOMPARE(runAnalyses(table, parameters, CancelToken(), &without).clusters.seed, quint64(1));
}

QTEST_GUILESS_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
