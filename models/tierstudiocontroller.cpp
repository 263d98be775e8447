#include "models/tierstudiocontroller.h"

#include "analysis/store/workspace.h"
#include "analysis/tiers/tierdesignstore.h"
#include "models/analysiscontroller.h"
#include "models/jobtracker.h"

#include <functional>

namespace clientele {

namespace {

struct StoreOutcome
{
    QString error; // of the save or delete; the list is still read
    QString loadError;
    std::vector<TierDesign> designs;
};

EvaluatedTierDesign evaluateDesign(const CustomerTable &table, qint32 asOfDay, const TierDesign &design)
{
    EvaluatedTierDesign e{evaluateTierDesign(table, asOfDay, design), {}};
    if (e.evaluation.ok())
        e.pareto = computePareto(takeSnapshot(table, asOfDay, design.params.windowDays));
    return e;
}

} // namespace

TierStudioController::TierStudioController(AnalysisController *analysis, QObject *parent)
    : QObject(parent)
    , m_analysis(analysis)
    , m_designJobs(new JobTracker(this))
    , m_comparisonJobs(new JobTracker(this))
    , m_reportJobs(new JobTracker(this))
    , m_presentationJobs(new JobTracker(this))
{
}

TierStudioController::~TierStudioController() = default;

void TierStudioController::reloadDesigns()
{
    runStore(StoreAction::Reload, {});
}

void TierStudioController::saveDesign(const TierDesign &design)
{
    runStore(StoreAction::Save, design);
}

void TierStudioController::deleteDesign(const QString &name)
{
    TierDesign design;
    design.name = name;
    runStore(StoreAction::Delete, design);
}

void TierStudioController::runStore(StoreAction action, const TierDesign &design)
{
    const QString path = m_analysis->workspacePath();
    // A newer store request drops this one's answer, not its write; it re-reads the list after it.
    m_designJobs->start(
        [path, action, design] {
            StoreOutcome outcome;
            // A worker opens its own connection; only writes need a writable one.
            const auto mode
                = action == StoreAction::Reload ? Workspace::OpenMode::ReadOnly : Workspace::OpenMode::ReadWrite;
            std::unique_ptr<Workspace> workspace = Workspace::open(path, &outcome.loadError, mode);
            if (!workspace)
                return outcome;
            if (action == StoreAction::Save)
                saveTierDesign(*workspace, design, &outcome.error);
            else if (action == StoreAction::Delete)
                deleteTierDesign(*workspace, design.name, &outcome.error);
            outcome.designs = loadTierDesigns(*workspace, &outcome.loadError);
            return outcome;
        },
        [this, action, name = design.name](StoreOutcome outcome) {
            m_designs = std::move(outcome.designs);
            Q_EMIT designsChanged();
            if (!outcome.error.isEmpty() || !outcome.loadError.isEmpty()) {
                Q_EMIT failed(outcome.error.isEmpty() ? outcome.loadError : outcome.error);
                return;
            }
            if (action == StoreAction::Save)
                Q_EMIT designSaved(name);
            else if (action == StoreAction::Delete)
                Q_EMIT designDeleted(name);
        });
}

bool TierStudioController::compare(const TierDesign &a, const TierDesign &b)
{
    const auto table = m_analysis->table();
    const auto results = m_analysis->results();
    if (!table || !results)
        return false;
    const qint32 day = results->asOfDay;
    m_comparisonJobs->start([table, day, a, b] { return compareTierDesigns(*table, day, a, b); },
        [this](const TierDesignComparison &comparison) { Q_EMIT compared(comparison); });
    return true;
}

bool TierStudioController::evaluate(
    JobTracker *jobs, const TierDesign &design, void (TierStudioController::*ready)(const EvaluatedTierDesign &))
{
    const auto table = m_analysis->table();
    const auto results = m_analysis->results();
    if (!table || !results)
        return false;
    const qint32 day = results->asOfDay;
    jobs->start([table, day, design] { return evaluateDesign(*table, day, design); },
        [this, ready](const EvaluatedTierDesign &e) { Q_EMIT std::invoke(ready, this, e); });
    return true;
}

bool TierStudioController::evaluateForReport(const TierDesign &design)
{
    return evaluate(m_reportJobs, design, &TierStudioController::reportReady);
}

bool TierStudioController::evaluateForPresentation(const TierDesign &design)
{
    return evaluate(m_presentationJobs, design, &TierStudioController::presentationReady);
}

bool TierStudioController::isPresentationPending() const
{
    return m_presentationJobs->isRunning();
}

} // namespace clientele
