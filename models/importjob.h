#pragma once

#include "analysis/import/importer.h"
#include "models/jobtracker.h"

#include <QObject>

#include <memory>

namespace clientele {

// Imports one file in a worker thread that opens its own Workspace on the same path. Progress is
// throttled and delivered on the GUI thread; the result arrives by finished(). Deleting the job
// cancels the import (the importer rolls back), and results for a dead job are dropped.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    // One job imports one file; calling start() twice is a programming error.
    void start(const QString &workspacePath, const QString &filePath, const ImportOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    QString filePath() const { return m_filePath; }
    const ImportSummary &summary() const { return m_summary; }

    static constexpr int ProgressIntervalMs = 100;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const clientele::ImportSummary &summary);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    JobTracker m_job;
    QString m_filePath;
    ImportSummary m_summary;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace clientele
