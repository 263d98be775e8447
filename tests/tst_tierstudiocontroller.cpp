// The tier studio's and the re-rating what-if's controllers on the hand-made shop of workbenchfixture.h,
// without widgets: everything arrives by signal from workers.
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "models/analysiscontroller.h"
#include "models/jobtracker.h"
#include "models/reratingcontroller.h"
#include "models/tierstudiocontroller.h"
#include "support/testsupport.h"
#include "support/workbenchfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

namespace {

// Default tiers: silver from 1,000.00, gold from 5,000.00 in the trailing 365 days. In the shop
// (workbenchfixture.h) group A spends 10–13, B 150–159, C 1,200–1,218: 8 normal, 4 silver, 0 gold.
TierDesign defaultDesign()
{
    TierDesign design;
    design.name = u"default"_s;
    design.benefitPercent = {0, 2, 5};
    return design;
}

// Silver from 100.00, gold from 1,000.00: 4 normal (A), 4 silver (B), 4 gold (C).
TierDesign lowDesign()
{
    TierDesign design = defaultDesign();
    design.name = u"low"_s;
    design.params.tiers[1].minSpendMinor = 10000;
    design.params.tiers[2].minSpendMinor = 100000;
    return design;
}

} // namespace

class TestTierStudioController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingRunsWithoutResults();
    void savesComparesAndDeletes();
    void latestEvaluationWins();
    void reratingPublishesLatest();

private:
    void load(AnalysisController &controller);
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestTierStudioController::initTestCase()
{
    m_workspace = m_dir.filePath(u"w.clientele"_s);
    QString error;
    auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    const QString csv = testsupport::writeFile(m_dir, u"o.csv"_s, testsupport::workbenchCsv());
    QCOMPARE(importFile(*workspace, csv, options).outcome, ImportSummary::Outcome::Completed);
}

void TestTierStudioController::load(AnalysisController &controller)
{
    AnalysisParameters parameters;
    parameters.computeClusters = false;
    controller.setParameters(parameters);
    controller.setWorkspace(m_workspace, QTimeZone::utc());
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasResults(), 20000);
}

void TestTierStudioController::nothingRunsWithoutResults()
{
    AnalysisController analysis;
    TierStudioController studio(&analysis);
    QVERIFY(!studio.compare(defaultDesign(), lowDesign()));
    QVERIFY(!studio.evaluateForReport(defaultDesign()));
    QVERIFY(!studio.evaluateForPresentation(defaultDesign()));
    QVERIFY(!studio.isPresentationPending());
    ReratingController rerating(&analysis);
    QVERIFY(!rerating.run(30, DowngradeRule::ToEarnedTier));
}

void TestTierStudioController::savesComparesAndDeletes()
{
    AnalysisController analysis;
    load(analysis);
    TierStudioController studio(&analysis);
    QSignalSpy designs(&studio, &TierStudioController::designsChanged);
    QSignalSpy saved(&studio, &TierStudioController::designSaved);
    QSignalSpy deleted(&studio, &TierStudioController::designDeleted);
    QSignalSpy failed(&studio, &TierStudioController::failed);
    QSignalSpy compared(&studio, &TierStudioController::compared);

    studio.saveDesign(defaultDesign());
    QTRY_COMPARE(saved.count(), 1);
    studio.saveDesign(lowDesign());
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(saved.at(1).first().toString(), u"low"_s);
    QCOMPARE(studio.designs().size(), size_t(2));
    QCOMPARE(designs.count(), 2);

    // Two comparisons in a row: only the second's result arrives.
    QVERIFY(studio.compare(lowDesign(), defaultDesign()));
    QVERIFY(studio.compare(defaultDesign(), lowDesign()));
    const quint64 latest = studio.comparisonJobs()->generation();
    QTRY_COMPARE(studio.comparisonJobs()->deliveredGeneration(), latest);
    QTest::qWait(100);
    QCOMPARE(compared.count(), 1);
    const auto comparison = compared.first().first().value<TierDesignComparison>();
    QVERIFY(comparison.a.ok() && comparison.b.ok());
    QCOMPARE(comparison.a.design.name, u"default"_s);
    QCOMPARE(dayToIsoDate(comparison.a.asOfDay), u"2024-06-25"_s);
    auto members = [](const TierDesignEvaluation &e) {
        std::vector<qint64> m;
        for (const TierDesignTier &t : e.perTier)
            m.push_back(t.summary.members);
        return m;
    };
    QCOMPARE(members(comparison.a), (std::vector<qint64>{8, 4, 0}));
    QCOMPARE(members(comparison.b), (std::vector<qint64>{4, 4, 4}));

    studio.deleteDesign(u"default"_s);
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(studio.designs().size(), size_t(1));
    QCOMPARE(studio.designs().front().name, u"low"_s);
    QCOMPARE(failed.count(), 0);

    // Another controller on the same workspace reads what the first wrote.
    TierStudioController again(&analysis);
    QSignalSpy reloaded(&again, &TierStudioController::designsChanged);
    again.reloadDesigns();
    QTRY_COMPARE(reloaded.count(), 1);
    QCOMPARE(again.designs().size(), size_t(1));
}

void TestTierStudioController::latestEvaluationWins()
{
    AnalysisController analysis;
    load(analysis);
    TierStudioController studio(&analysis);
    QSignalSpy presentation(&studio, &TierStudioController::presentationReady);
    QSignalSpy report(&studio, &TierStudioController::reportReady);
    QVERIFY(studio.evaluateForPresentation(defaultDesign()));
    QVERIFY(studio.isPresentationPending());
    QVERIFY(studio.evaluateForPresentation(lowDesign()));
    // A report request is another kind: it does not drop the pending presentation.
    QVERIFY(studio.evaluateForReport(defaultDesign()));
    QTRY_COMPARE(presentation.count(), 1);
    QTRY_COMPARE(report.count(), 1);
    QTest::qWait(100);
    QCOMPARE(presentation.count(), 1);
    QVERIFY(!studio.isPresentationPending());
    const auto shown = presentation.first().first().value<EvaluatedTierDesign>();
    QCOMPARE(shown.evaluation.design.name, u"low"_s);
    QVERIFY(shown.pareto.ok());
    QCOMPARE(shown.pareto.customers, qint64(12));
    QCOMPARE(report.first().first().value<EvaluatedTierDesign>().evaluation.design.name, u"default"_s);
}

void TestTierStudioController::reratingPublishesLatest()
{
    AnalysisController analysis;
    load(analysis);
    ReratingController rerating(&analysis);
    QSignalSpy finished(&rerating, &ReratingController::finished);
    QVERIFY(rerating.run(365, DowngradeRule::AtMostOneTier));
    // Rated 30 days before the as-of day (2024-05-26): A spent 10–13, B two orders (100–106), C five
    // orders of 200–203 (1,000–1,015: silver). On 2024-06-25 every one of the 12 is in the same tier.
    QVERIFY(rerating.run(30, DowngradeRule::ToEarnedTier));
    const quint64 latest = rerating.jobs()->generation();
    QTRY_COMPARE(rerating.jobs()->deliveredGeneration(), latest);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    const ReratingResult &r = rerating.result();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(dayToIsoDate(r.ratingDay), u"2024-05-26"_s);
    QCOMPARE(r.rule, DowngradeRule::ToEarnedTier);
    QCOMPARE(r.ratedCustomers, qint64(12));
    QCOMPARE(r.stayed, qint64(12));
    QCOMPARE(r.movedUp + r.movedDown, qint64(0));
    QVERIFY(!rerating.startsBeforeData());

    QVERIFY(rerating.run(365, DowngradeRule::ToEarnedTier)); // 2023-06-26: before the first order
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(rerating.startsBeforeData());
}

QTEST_GUILESS_MAIN(TestTierStudioController)
#include "tst_tierstudiocontroller.moc"
