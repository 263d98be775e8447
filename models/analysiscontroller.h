#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/engine/analysisrun.h"
#include "models/jobtracker.h"

#include <QObject>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace clientele {

// The workbench's one source of analysis results. Loads a workspace's customer table in a worker,
// re-runs every analysis off the GUI thread whenever a parameter changes, and publishes immutable
// results; a newer request cancels the older one and stale results are dropped (one JobTracker). A
// parameter change recomputes only what it affects: the previous results' clusters and prediction are
// kept when their inputs did not change. Models and pages read table() and results() when
// resultsChanged() is emitted.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    // Loads the customer table of the workspace (its calendar days in `zone`), then refreshes.
    void setWorkspace(const QString &path, const QTimeZone &zone = QTimeZone::systemTimeZone());
    QString workspacePath() const { return m_path; }
    QTimeZone timeZone() const { return m_zone; }
    // Reads the workspace again (after an import) and refreshes.
    void reload();

    const AnalysisParameters &parameters() const { return m_parameters; }
    void setParameters(const AnalysisParameters &parameters);
    // Empty when `parameters` can be used, else why not (one sentence): pages check an edit before
    // setParameters(), so they never validate by themselves.
    QString parameterProblem(const AnalysisParameters &parameters) const;
    // Empty: the latest order day.
    void setAsOfDay(std::optional<qint32> day);

    std::shared_ptr<const CustomerTable> table() const { return m_table; }
    std::shared_ptr<const AnalysisResults> results() const { return m_results; }
    bool hasResults() const { return m_results != nullptr; }
    bool isBusy() const { return m_jobs.isRunning(); }
    // The generation of the latest load or refresh request, and the one the current results answer:
    // results of a request are in once resultsGeneration() >= the requestGeneration() read after it.
    quint64 requestGeneration() const { return m_jobs.generation(); }
    quint64 resultsGeneration() const { return m_resultsGeneration; }

    // Blocks nothing: cancels the running load/refresh; its results are dropped.
    void cancel();

Q_SIGNALS:
    void tableChanged();
    void resultsChanged();
    void busyChanged(bool busy);
    void failed(const QString &message);

private:
    void refresh();

    QString m_path;
    QTimeZone m_zone;
    AnalysisParameters m_parameters;
    std::shared_ptr<const CustomerTable> m_table;
    std::shared_ptr<const AnalysisResults> m_results;
    std::shared_ptr<const CustomerTable> m_resultsTable; // the table m_results were computed on
    quint64 m_resultsGeneration = 0;
    JobTracker m_jobs;
};

} // namespace clientele
