#include "models/analysiscontroller.h"

#include "analysis/engine/parameterkeys.h"

#include "analysis/store/workspace.h"

namespace clientele {

namespace {

struct LoadResult
{
    std::shared_ptr<const CustomerTable> table;
    std::shared_ptr<const AnalysisResults> results;
    QString error;
};

} // namespace

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
    connect(&m_jobs, &JobTracker::runningChanged, this, &AnalysisController::busyChanged);
}

AnalysisController::~AnalysisController()
{
    // No busyChanged(false) from here: the receiver is typically the parent window, which is already
    // half destroyed when QObject deletes its children (UBSan: downcast to a destroyed MainWindow).
    blockSignals(true);
    cancel();
}

void AnalysisController::cancel()
{
    m_jobs.cancel();
}

void AnalysisController::setWorkspace(const QString &path, const QTimeZone &zone)
{
    m_path = path;
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    reload();
}

void AnalysisController::reload()
{
    cancel();
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    const QTimeZone zone = m_zone;
    const AnalysisParameters parameters = m_parameters;
    m_jobs.start(
        [path, zone, parameters](const CancelToken &cancel) {
            LoadResult result;
            // A worker thread opens its own connection.
            auto workspace = Workspace::open(path, &result.error, Workspace::OpenMode::ReadOnly);
            if (!workspace)
                return result;
            auto table = std::make_shared<CustomerTable>(loadCustomerTable(*workspace, zone, &result.error, cancel));
            if (!result.error.isEmpty() || cancel.isCancelled())
                return result;
            auto results = std::make_shared<AnalysisResults>(runAnalyses(*table, parameters, cancel));
            result.table = std::move(table);
            if (!results->cancelled)
                result.results = std::move(results);
            return result;
        },
        [this](LoadResult result) {
            if (!result.error.isEmpty()) {
                Q_EMIT failed(result.error);
                return;
            }
            if (!result.table)
                return;
            m_table = std::move(result.table);
            Q_EMIT tableChanged();
            if (result.results) {
                m_results = std::move(result.results);
                m_resultsTable = m_table;
                m_resultsGeneration = m_jobs.deliveredGeneration();
                Q_EMIT resultsChanged();
            }
        });
}

QString AnalysisController::parameterProblem(const AnalysisParameters &parameters) const
{
    return validateAnalysisParameters(parameters);
}

void AnalysisController::setParameters(const AnalysisParameters &parameters)
{
    m_parameters = parameters;
    refresh();
}

void AnalysisController::setAsOfDay(std::optional<qint32> day)
{
    if (m_parameters.asOfDay == day)
        return;
    m_parameters.asOfDay = day;
    refresh();
}

void AnalysisController::refresh()
{
    if (!m_table)
        return;
    std::shared_ptr<const CustomerTable> table = m_table;
    // The slow analyses of the previous results are reused where their inputs did not change.
    std::shared_ptr<const AnalysisResults> previous = m_resultsTable == m_table ? m_results : nullptr;
    const AnalysisParameters parameters = m_parameters;
    m_jobs.start(
        [table, previous, parameters](const CancelToken &cancel) {
            return std::make_shared<const AnalysisResults>(runAnalyses(*table, parameters, cancel, previous.get()));
        },
        [this, table](std::shared_ptr<const AnalysisResults> results) {
            if (results->cancelled)
                return;
            m_results = std::move(results);
            m_resultsTable = table;
            m_resultsGeneration = m_jobs.deliveredGeneration();
            Q_EMIT resultsChanged();
        });
}

} // namespace clientele
