#include "models/analysiscontroller.h"

#include "analysis/store/workspace.h"
#include "models/asyncrunner.h"

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
    if (m_cancel)
        m_cancel->cancel();
    ++m_generation;
    setBusy(false);
}

void AnalysisController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
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
    const quint64 generation = ++m_generation;
    auto token = std::make_shared<CancelToken>();
    m_cancel = token;
    setBusy(true);
    const QString path = m_path;
    const QTimeZone zone = m_zone;
    const AnalysisParameters parameters = m_parameters;
    runAsync(
        this,
        [path, zone, parameters, token]() {
            LoadResult result;
            // A worker thread opens its own connection.
            auto workspace = Workspace::open(path, &result.error, Workspace::OpenMode::ReadOnly);
            if (!workspace)
                return result;
            auto table = std::make_shared<CustomerTable>(loadCustomerTable(*workspace, zone, &result.error, *token));
            if (!result.error.isEmpty() || token->isCancelled())
                return result;
            auto results = std::make_shared<AnalysisResults>(runAnalyses(*table, parameters, *token));
            result.table = std::move(table);
            if (!results->cancelled)
                result.results = std::move(results);
            return result;
        },
        [this, generation](LoadResult result) {
            if (generation != m_generation)
                return;
            setBusy(false);
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
                Q_EMIT resultsChanged();
            }
        });
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
    if (m_cancel)
        m_cancel->cancel();
    const quint64 generation = ++m_generation;
    auto token = std::make_shared<CancelToken>();
    m_cancel = token;
    setBusy(true);
    std::shared_ptr<const CustomerTable> table = m_table;
    const AnalysisParameters parameters = m_parameters;
    runAsync(
        this,
        [table, parameters, token]() {
            return std::make_shared<const AnalysisResults>(runAnalyses(*table, parameters, *token));
        },
        [this, generation](std::shared_ptr<const AnalysisResults> results) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (results->cancelled)
                return;
            m_results = std::move(results);
            Q_EMIT resultsChanged();
        });
}

} // namespace clientele
