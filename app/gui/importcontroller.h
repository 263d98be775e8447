#pragma once

#include "analysis/import/importer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace clientele {

class ImportDialog;
class ImportJob;

// Imports into the open workspace for the main window: one dialog and one job at a time, a queue of
// dropped or chosen files, progress and Cancel in the status bar, the summary dialog afterwards.
// Nothing here blocks: dialogs are window-modal via open(), the job runs in a worker.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(QWidget *window, QStatusBar *statusBar);
    ~ImportController() override;

    void setWorkspacePath(const QString &path) { m_workspacePath = path; }
    void setShowSummaries(bool show) { m_showSummaries = show; }

    ImportDialog *openImportDialog(const QString &filePath = {});
    // Returns nullptr while another import runs or when no workspace is open.
    ImportJob *startImport(const QString &filePath, const ImportOptions &options);
    ImportJob *currentImport() const;
    bool isRunning() const;
    void queueImports(const QStringList &files);
    void cancel();
    void retranslate();

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const clientele::ImportSummary &summary);

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ImportSummary &summary);
    void openNextQueued();

    QWidget *m_window;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QString m_workspacePath;
    QString m_fileName;
    bool m_showSummaries = true;
    QPointer<ImportJob> m_job;
    QPointer<ImportDialog> m_dialog;
    QStringList m_queue;
};

} // namespace clientele
