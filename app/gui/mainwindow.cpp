#include "app/gui/mainwindow.h"

#include "models/numberformat.h"

#include "app/gui/importcontroller.h"
#include "app/gui/settings.h"
#include "models/analysiscontroller.h"
#include "models/jobtracker.h"
#include "models/workspacesnapshot.h"
#include "views/workbenchpage.h"

#include <QCloseEvent>
#include <QDateEdit>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace clientele {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(createWorkbenchPages, parent)
{
}

MainWindow::MainWindow(WorkbenchPageFactory pages, QWidget *parent)
    : QMainWindow(parent)
    , m_pageFactory(std::move(pages))
    , m_controller(new AnalysisController(this))
    , m_imports(new ImportController(this, statusBar()))
    , m_central(new QStackedWidget(this))
    , m_workbench(new QWidget(m_central))
    , m_navigation(new QListWidget(m_workbench))
    , m_pages(new QStackedWidget(m_workbench))
    , m_emptyLabel(new QLabel(m_central))
    , m_summaryLabel(new QLabel(this))
    , m_summaryJob(new JobTracker(this))
    , m_rejectedExport(new JobTracker(this))
{
    setAcceptDrops(true);
    m_controller->setParameters(Settings::analysisParameters());

    setupNavigation();

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);
    m_emptyLabel->setContentsMargins(48, 48, 48, 48);
    m_central->addWidget(m_workbench);
    m_central->addWidget(m_emptyLabel);
    setCentralWidget(m_central);

    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_summaryLabel, 1);

    connect(m_imports, &ImportController::runningChanged, this, &MainWindow::updateActions);
    connect(m_imports, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_controller, &AnalysisController::tableChanged, this, &MainWindow::updateAsOfRange);
    connect(m_controller, &AnalysisController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &AnalysisController::failed, this,
        [this](const QString &message) { showError(tr("Cannot analyse the workspace"), message); });
    // Parameters are saved once they produced results (pages change them through the controller).
    connect(m_controller, &AnalysisController::resultsChanged, this,
        [this] { Settings::setAnalysisParameters(m_controller->parameters()); });

    createToolBar();
    buildPages();
    createMenus();
    retranslateChrome();
    resize(1280, 800);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    updateCentralWidget();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    // Installing or removing a translator sends this once per translator: rebuild once, after the
    // handler that changed the language (maybe a menu action about to be deleted) has returned.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    // Pages written by others set their texts in constructors; rebuilding them is the one approach that
    // works for every page. They read the controller's current results when shown.
    buildPages();
    createMenus();
    retranslateChrome();
    m_imports->retranslate();
    Q_EMIT retranslated();
}

void MainWindow::retranslateChrome()
{
    m_toolBar->setWindowTitle(tr("Workbench"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOfEdit->setToolTip(tr("Analyse the orders up to and including this day"));
    m_asOfEdit->setLocale(QLocale());
    m_latestButton->setText(tr("Latest"));
    m_latestButton->setToolTip(tr("Use the day of the latest order"));
    m_busyLabel->setText(tr("Calculating…"));
    m_navigation->setAccessibleName(tr("Pages"));
    setWindowTitle(
        m_workspacePath.isEmpty() ? tr("Clientele") : tr("%1 — Clientele").arg(QFileInfo(m_workspacePath).fileName()));
    updateCentralWidget();
    updateSummaryLabel();
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    QString message;
    // Opening validates the file (not a workspace, newer schema) and migrates older ones; it is quick.
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &message);
    if (!workspace) {
        if (error)
            *error = message;
        return false;
    }
    workspace.reset();
    m_workspacePath = QFileInfo(path).absoluteFilePath();
    Settings::setLastWorkspace(m_workspacePath);
    setWindowFilePath(m_workspacePath);
    m_imports->setWorkspacePath(m_workspacePath);
    m_summary = {};
    m_controller->setAsOfDay(std::nullopt); // another workspace starts at its own latest day
    m_controller->setWorkspace(m_workspacePath);
    loadSummary();
    retranslateChrome();
    updateActions();
    return true;
}

void MainWindow::reload()
{
    if (m_workspacePath.isEmpty())
        return;
    m_controller->reload();
    loadSummary();
}

void MainWindow::loadSummary()
{
    m_loading = true;
    updateSummaryLabel();
    const QString path = m_workspacePath;
    // An older load or another workspace's is dropped by the tracker.
    m_summaryJob->start([path] { return loadWorkspaceSnapshot(path); },
        [this](const WorkspaceSnapshot &load) { applySummary(load.summary, load.error); });
}

void MainWindow::applySummary(const WorkspaceSummary &summary, const QString &error)
{
    m_loading = false;
    if (!error.isEmpty())
        showError(tr("Cannot read the workspace"), error);
    m_summary = summary;
    updateCentralWidget();
    updateSummaryLabel();
    updateActions();
    Q_EMIT customersLoaded();
}

void MainWindow::updateCentralWidget()
{
    if (m_workspacePath.isEmpty())
        m_emptyLabel->setText(tr("No workspace is open.\n\nUse File › New Workspace… or File › Open Workspace…"));
    else
        m_emptyLabel->setText(tr("This workspace has no orders yet.\n\nUse File › Import… or drop CSV or Excel "
                                 "order exports onto this window."));
    const bool empty = m_workspacePath.isEmpty() || (!m_loading && m_summary.orders == 0);
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_workbench);
}

void MainWindow::updateSummaryLabel()
{
    if (m_loading) {
        m_summaryLabel->setText(tr("Loading the workspace…"));
        return;
    }
    if (m_workspacePath.isEmpty()) {
        m_summaryLabel->clear();
        return;
    }
    const QLocale locale;
    const auto day = [](const std::optional<qint64> &utc) {
        return QDateTime::fromSecsSinceEpoch(*utc, QTimeZone::utc()).toLocalTime().date().toString(Qt::ISODate);
    };
    QString text = tr("%1 orders · %2 customers · net revenue %3")
                       .arg(locale.toString(m_summary.orders), locale.toString(m_summary.customers),
                           formatMoney(m_summary.netRevenueMinor, locale));
    if (m_summary.firstOrderUtc && m_summary.lastOrderUtc)
        text += tr(" · %1 – %2").arg(day(m_summary.firstOrderUtc), day(m_summary.lastOrderUtc));
    m_summaryLabel->setText(text);
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    updateActions();
    if (summary.outcome == ImportSummary::Outcome::Completed)
        reload();
    Q_EMIT importFinished(summary);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_imports->cancel(); // rolled back by the importer; the pool waits for it on exit
    Settings::setWindowGeometry(saveGeometry(), saveState());
    Settings::setAnalysisParameters(m_controller->parameters());
    event->accept();
}

} // namespace clientele
