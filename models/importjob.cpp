#include "models/importjob.h"

#include "analysis/store/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>

namespace clientele {

// Lives as long as the worker or the job, whichever is longer.
struct ImportJob::Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool progressPosted{false};
};

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
}

// The tracker cancels the import when it is destroyed with the job.
ImportJob::~ImportJob() = default;

void ImportJob::cancel()
{
    // The importer rolls back and still reports, so the summary is delivered.
    m_job.interrupt();
}

void ImportJob::start(const QString &workspacePath, const QString &filePath, const ImportOptions &options)
{
    Q_ASSERT(!m_running && !m_finished);
    m_running = true;
    m_filePath = filePath;
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<ImportJob> self(this);

    auto work = [shared, self, workspacePath, filePath, options](const CancelToken &cancel) {
        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &error);
        if (!workspace) {
            ImportSummary failed;
            failed.outcome = ImportSummary::Outcome::Failed;
            failed.fileName = QFileInfo(filePath).fileName();
            failed.message = error;
            return failed;
        }
        QElapsedTimer sinceLastPost;
        sinceLastPost.start();
        // Called on this worker thread; posts at most one pending update at a time, and not more
        // often than every ProgressIntervalMs, so a fast importer cannot flood the GUI event queue.
        const ProgressCallback progress = [shared, self, &sinceLastPost](qint64 done, qint64 total) {
            shared->done.store(done, std::memory_order_relaxed);
            shared->total.store(total, std::memory_order_relaxed);
            if (sinceLastPost.elapsed() < ProgressIntervalMs || shared->progressPosted.exchange(true))
                return;
            sinceLastPost.restart();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [shared, self]() {
                    shared->progressPosted.store(false);
                    if (self && self->m_running)
                        Q_EMIT self->progress(shared->done.load(), shared->total.load());
                },
                Qt::QueuedConnection);
        };
        return importFile(*workspace, filePath, options, cancel, progress);
    };
    m_job.start(std::move(work), [this](ImportSummary summary) {
        m_running = false;
        m_finished = true;
        m_summary = std::move(summary);
        Q_EMIT finished(m_summary);
    });
}

} // namespace clientele
