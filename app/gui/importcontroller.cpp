#include "app/gui/importcontroller.h"

#include "app/gui/importdialog.h"
#include "app/gui/importsummarydialog.h"
#include "models/importjob.h"

#include <QFileInfo>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>

namespace clientele {

ImportController::ImportController(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_progressBar(new QProgressBar(statusBar))
    , m_cancelButton(new QToolButton(statusBar))
{
    m_progressBar->setRange(0, 1000);
    m_progressBar->setMaximumWidth(240);
    m_progressBar->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancelButton->setEnabled(false);
            m_progressBar->setFormat(tr("Cancelling…"));
        }
    });
    statusBar->addPermanentWidget(m_progressBar);
    statusBar->addPermanentWidget(m_cancelButton);
    retranslate();
}

ImportController::~ImportController()
{
    // The worker notices, rolls the transaction back and its result is dropped (QPointer).
    cancel();
}

ImportJob *ImportController::currentImport() const
{
    return m_job;
}

bool ImportController::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportController::cancel()
{
    if (isRunning())
        m_job->cancel();
}

void ImportController::retranslate()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel the import; the workspace stays as it was before"));
    if (isRunning() && m_cancelButton->isEnabled())
        m_progressBar->setFormat(tr("Importing %1… %p%").arg(m_fileName));
}

void ImportController::queueImports(const QStringList &files)
{
    m_queue += files;
    openNextQueued();
}

void ImportController::openNextQueued()
{
    if (m_dialog || isRunning() || m_queue.isEmpty() || m_workspacePath.isEmpty())
        return;
    openImportDialog(m_queue.takeFirst());
}

ImportDialog *ImportController::openImportDialog(const QString &filePath)
{
    if (m_dialog)
        return m_dialog;
    auto *dialog = new ImportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Cleared at once: the deferred delete may come after the queued openNextQueued().
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->filePath(), dialog->options()); });
    connect(dialog, &QDialog::rejected, this, &ImportController::openNextQueued, Qt::QueuedConnection);
    if (!filePath.isEmpty())
        dialog->setFilePath(filePath);
    dialog->open();
    return dialog;
}

ImportJob *ImportController::startImport(const QString &filePath, const ImportOptions &options)
{
    if (m_workspacePath.isEmpty() || isRunning())
        return nullptr;
    if (m_job)
        m_job->deleteLater();
    m_job = new ImportJob(this);
    connect(m_job, &ImportJob::progress, this, &ImportController::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportController::onFinished);
    m_fileName = QFileInfo(filePath).fileName();
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_job->start(m_workspacePath, filePath, options);
    retranslate();
    Q_EMIT runningChanged(true);
    return m_job;
}

void ImportController::onProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void ImportController::onFinished(const ImportSummary &summary)
{
    m_progressBar->hide();
    m_cancelButton->hide();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(summary);
    if (!m_showSummaries) {
        openNextQueued();
        return;
    }
    auto *dialog = new ImportSummaryDialog(summary, m_workspacePath, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &ImportController::openNextQueued, Qt::QueuedConnection);
    dialog->open();
}

} // namespace clientele
