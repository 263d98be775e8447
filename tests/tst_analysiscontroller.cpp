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

QTEST_GUILESS_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
