#pragma once

#include "analysis/pareto/pareto.h"
#include "analysis/tiers/tierdesign.h"

#include <QObject>

#include <vector>

namespace clientele {

class AnalysisController;
class JobTracker;

// A design evaluated at the as-of day with the Pareto result of its rating window: what the PDF
// report and the presentation show.
struct EvaluatedTierDesign
{
    TierDesignEvaluation evaluation;
    ParetoResult pareto;
};

// The tier studio's logic: the saved designs of the analysis controller's workspace (read and written
// by workers with their own connection), their comparison and their evaluation for the report and the
// presentation, all off the GUI thread on the controller's table and as-of day. Each kind of request
// has its own JobTracker: a newer request of the same kind drops the older one's result.
class TierStudioController : public QObject
{
    Q_OBJECT
public:
    explicit TierStudioController(AnalysisController *analysis, QObject *parent = nullptr);
    ~TierStudioController() override;

    // The designs read by the latest reloadDesigns() (or save / delete), sorted as stored.
    const std::vector<TierDesign> &designs() const { return m_designs; }
    void reloadDesigns();
    // Saves (replacing a design of the same name), then reloads: designSaved(), designsChanged().
    void saveDesign(const TierDesign &design);
    void deleteDesign(const QString &name);

    // Each returns false (and starts nothing) while the analysis controller has no results yet.
    bool compare(const TierDesign &a, const TierDesign &b);
    bool evaluateForReport(const TierDesign &design);
    bool evaluateForPresentation(const TierDesign &design);
    bool isPresentationPending() const;

    // Generations of the latest request of a kind (see JobTracker); for tests.
    JobTracker *designJobs() const { return m_designJobs; }
    JobTracker *comparisonJobs() const { return m_comparisonJobs; }

Q_SIGNALS:
    void designsChanged();
    void designSaved(const QString &name);
    void designDeleted(const QString &name);
    // A store operation failed; the message is for the user.
    void failed(const QString &message);
    void compared(const clientele::TierDesignComparison &comparison);
    void reportReady(const clientele::EvaluatedTierDesign &design);
    void presentationReady(const clientele::EvaluatedTierDesign &design);

private:
    enum class StoreAction { Reload, Save, Delete };
    void runStore(StoreAction action, const TierDesign &design);
    bool evaluate(
        JobTracker *jobs, const TierDesign &design, void (TierStudioController::*ready)(const EvaluatedTierDesign &));

    AnalysisController *m_analysis;
    JobTracker *m_designJobs;
    JobTracker *m_comparisonJobs;
    JobTracker *m_reportJobs;
    JobTracker *m_presentationJobs;
    std::vector<TierDesign> m_designs;
};

} // namespace clientele
