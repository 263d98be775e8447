#include "app/gui/screenshotrunner.h"

#include "analysis/generate/ordergenerator.h"
#include "app/gui/analysissettingsdialog.h"
#include "app/gui/importdialog.h"
#include "app/gui/mainwindow.h"
#include "models/analysiscontroller.h"

#include <QDir>

namespace clientele {

namespace {
// Pages lay out and charts draw on the next event loop turns; a short pause lets them settle.
constexpr int SettleMs = 400;
} // namespace

ScreenshotRunner::ScreenshotRunner(
    const QString &outputDirectory, const QString &workspacePath, const QSize &windowSize, QObject *parent)
    : QObject(parent)
    , m_outputDirectory(outputDirectory)
    , m_workspacePath(workspacePath)
    , m_windowSize(windowSize)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(180000);
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { finish(false, QStringLiteral("timed out waiting for the analyses")); });
}

ScreenshotRunner::~ScreenshotRunner() = default;

void ScreenshotRunner::start()
{
    m_timeout.start();
    if (!QDir().mkpath(m_outputDirectory))
        return finish(false, QStringLiteral("cannot create ") + m_outputDirectory);
    m_window = std::make_unique<MainWindow>();
    m_window->setShowImportSummaries(false);
    m_window->resize(m_windowSize);
    m_window->show();
    connect(m_window->controller(), &AnalysisController::resultsChanged, this, &ScreenshotRunner::maybeStartShooting);
    connect(m_window->controller(), &AnalysisController::failed, this,
        [this](const QString &message) { finish(false, message); });
    connect(m_window.get(), &MainWindow::customersLoaded, this, &ScreenshotRunner::maybeStartShooting);
    QString error;
    if (!m_window->openWorkspace(m_workspacePath, &error))
        return finish(false, error);
}

void ScreenshotRunner::maybeStartShooting()
{
    if (m_shooting || m_done || m_window->isLoading() || !m_window->controller()->hasResults()
        || m_window->controller()->isBusy())
        return;
    m_shooting = true;
    m_pendingPages = m_window->pageKeys();
    QTimer::singleShot(SettleMs, this, &ScreenshotRunner::shootNextPage);
}

void ScreenshotRunner::shootNextPage()
{
    if (m_done)
        return;
    if (m_pendingPages.isEmpty())
        return shootImportDialog();
    const QString key = m_pendingPages.takeFirst();
    m_window->showPage(key);
    QTimer::singleShot(SettleMs, this, [this, key] { shootWhenIdle(key); });
}

// A page may start a refresh when first shown (the prediction page turns the model on): wait for it.
void ScreenshotRunner::shootWhenIdle(const QString &key)
{
    if (m_done)
        return;
    if (m_window->controller()->isBusy()) {
        QTimer::singleShot(SettleMs, this, [this, key] { shootWhenIdle(key); });
        return;
    }
    if (save(m_window.get(), key))
        shootNextPage();
}

void ScreenshotRunner::shootImportDialog()
{
    const QString csv = m_scratch.filePath(QStringLiteral("店铺订单导出.csv"));
    GeneratorOptions demo;
    demo.orders = 400;
    QString error;
    if (!m_scratch.isValid() || !writeOrderExport(csv, demo, nullptr, &error))
        return finish(false, error.isEmpty() ? QStringLiteral("cannot write a sample export") : error);
    ImportDialog *dialog = m_window->openImportDialog(csv);
    dialog->resize(1000, 680);
    const auto shoot = [this, dialog] {
        QTimer::singleShot(SettleMs, this, [this, dialog] {
            if (save(dialog, QStringLiteral("import"))) {
                dialog->reject();
                shootSettingsDialog();
            }
        });
    };
    if (dialog->isPreviewPending())
        connect(dialog, &ImportDialog::previewUpdated, this, shoot, Qt::SingleShotConnection);
    else
        shoot();
}

void ScreenshotRunner::shootSettingsDialog()
{
    auto *dialog = new AnalysisSettingsDialog(m_window->controller()->parameters(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->showGroup(QStringLiteral("rfm"));
    QTimer::singleShot(SettleMs, this, [this, dialog] {
        if (save(dialog, QStringLiteral("settings"))) {
            dialog->close();
            finish(true, QString());
        }
    });
}

bool ScreenshotRunner::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_outputDirectory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        finish(false, QStringLiteral("cannot write ") + path);
        return false;
    }
    m_written << path;
    return true;
}

void ScreenshotRunner::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(ok, message);
}

} // namespace clientele
