#include "app/gui/mainwindow.h"

#include "app/gui/importdialog.h"
#include "app/gui/importsummarydialog.h"
#include "app/gui/settings.h"
#include "models/asyncrunner.h"
#include "models/customertablemodel.h"
#include "models/importjob.h"
#include "models/rejectedrowsmodel.h"
#include "models/workspacesnapshot.h"
#include "views/customersview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace clientele {

static const QString WorkspaceFilter = QStringLiteral("*.clientele *.sqlite *.db");

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_customers(new CustomerTableModel(this))
    , m_customersView(new CustomersView(m_customers, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setAcceptDrops(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);
    m_emptyLabel->setContentsMargins(48, 48, 48, 48);
    m_stack->addWidget(m_customersView);
    m_stack->addWidget(m_emptyLabel);
    setCentralWidget(m_stack);

    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_summaryLabel, 1);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setFormat(tr("Importing… %p%"));
    m_progressBar->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel the import; the workspace stays as it was before"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancelButton->setEnabled(false);
            m_progressBar->setFormat(tr("Cancelling…"));
        }
    });
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);

    createMenus();
    setWindowTitle(tr("Clientele"));
    resize(1000, 640);
    applySnapshot({});
}

MainWindow::~MainWindow()
{
    // The worker notices, rolls the transaction back and its result is dropped (QPointer).
    if (m_job)
        m_job->cancel();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    m_openAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::chooseImportFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportRejectedAction = file->addAction(tr("&Export Rejected Rows…"), this, &MainWindow::exportRejectedRows);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Clientele"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    updateActions();
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
    setWindowTitle(tr("%1 — Clientele").arg(QFileInfo(path).fileName()));
    setWindowFilePath(m_workspacePath);
    m_customers->setCustomers({});
    reload();
    return true;
}

void MainWindow::reload()
{
    if (m_workspacePath.isEmpty())
        return;
    const quint64 generation = ++m_loadGeneration;
    m_loading = true;
    updateSummaryLabel();
    const QString path = m_workspacePath;
    runAsync(
        this,
        [path, generation] {
            WorkspaceSnapshot snapshot = loadWorkspaceSnapshot(path);
            snapshot.generation = generation;
            return snapshot;
        },
        [this](WorkspaceSnapshot snapshot) {
            if (snapshot.generation == m_loadGeneration) // an older load or another workspace: drop it
                applySnapshot(std::move(snapshot));
        });
}

void MainWindow::applySnapshot(WorkspaceSnapshot snapshot)
{
    m_loading = false;
    if (!snapshot.error.isEmpty())
        showError(tr("Cannot read the workspace"), snapshot.error);
    m_summary = snapshot.summary;
    m_customers->setCustomers(std::move(snapshot.customers));
    if (m_workspacePath.isEmpty())
        m_emptyLabel->setText(tr("No workspace is open.\n\nUse File › New Workspace… or File › Open Workspace…"));
    else
        m_emptyLabel->setText(tr("This workspace has no orders yet.\n\nUse File › Import… or drop CSV or Excel "
                                 "order exports onto this window."));
    m_stack->setCurrentWidget(m_customers->rowCount() > 0 ? static_cast<QWidget *>(m_customersView) : m_emptyLabel);
    updateSummaryLabel();
    updateActions();
    Q_EMIT customersLoaded();
}

static QString formatDay(const std::optional<qint64> &utcSeconds)
{
    if (!utcSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*utcSeconds, QTimeZone::utc()).toLocalTime().date().toString(Qt::ISODate);
}

void MainWindow::updateSummaryLabel()
{
    if (m_loading) {
        m_summaryLabel->setText(tr("Loading customers…"));
        return;
    }
    if (m_workspacePath.isEmpty()) {
        m_summaryLabel->clear();
        return;
    }
    const QLocale locale;
    QString text = tr("%1 orders · %2 customers · net revenue %3")
                       .arg(locale.toString(m_summary.orders), locale.toString(m_summary.customers),
                            locale.toString(double(m_summary.netRevenueMinor) / 100.0, 'f', 2));
    if (m_summary.firstOrderUtc && m_summary.lastOrderUtc)
        text += tr(" · %1 – %2").arg(formatDay(m_summary.firstOrderUtc), formatDay(m_summary.lastOrderUtc));
    m_summaryLabel->setText(text);
}

void MainWindow::updateActions()
{
    const bool open = !m_workspacePath.isEmpty();
    const bool importing = m_job && m_job->isRunning();
    m_importAction->setEnabled(open && !importing);
    m_exportRejectedAction->setEnabled(open && m_summary.rejectedRows > 0);
    m_newAction->setEnabled(!importing);
    m_openAction->setEnabled(!importing);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::askForWorkspace()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clientele"),
                                tr("Create a new workspace for your order exports, or open an existing one?"),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *create = box->addButton(tr("New Workspace…"), QMessageBox::AcceptRole);
    QPushButton *open = box->addButton(tr("Open Workspace…"), QMessageBox::ActionRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    connect(create, &QPushButton::clicked, this, &MainWindow::newWorkspace, Qt::QueuedConnection);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseWorkspace, Qt::QueuedConnection);
    box->open();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
                                                      tr("Clientele workspaces (%1)").arg(WorkspaceFilter));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path % QStringLiteral(".clientele") : path;
    if (QFileInfo::exists(file) && !QFile::remove(file)) { // the dialog already asked to replace it
        showError(tr("Cannot create the workspace"), tr("%1 cannot be replaced.").arg(file));
        return;
    }
    QString error;
    if (!openWorkspace(file, &error))
        showError(tr("Cannot create the workspace"), error);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                      tr("Clientele workspaces (%1);;All files (*)").arg(WorkspaceFilter));
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        showError(tr("Cannot open the workspace"), error);
}

bool MainWindow::isImportableFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv"),
                                      QStringLiteral("xlsx")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Orders"), Settings::lastImportDirectory(),
        tr("Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setLastImportDirectory(QFileInfo(files.first()).absolutePath());
    queueImports(files);
}

void MainWindow::queueImports(const QStringList &files)
{
    m_queuedImports += files;
    openNextQueuedImport();
}

void MainWindow::openNextQueuedImport()
{
    if (m_importDialog || (m_job && m_job->isRunning()) || m_queuedImports.isEmpty() || m_workspacePath.isEmpty())
        return;
    openImportDialog(m_queuedImports.takeFirst());
}

ImportDialog *MainWindow::openImportDialog(const QString &filePath)
{
    if (m_importDialog)
        return m_importDialog;
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    // Cleared at once: the deferred delete may come after the queued openNextQueuedImport().
    connect(dialog, &QDialog::finished, this, [this] { m_importDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->filePath(), dialog->options()); });
    connect(dialog, &QDialog::rejected, this, &MainWindow::openNextQueuedImport, Qt::QueuedConnection);
    if (!filePath.isEmpty())
        dialog->setFilePath(filePath);
    dialog->open();
    return dialog;
}

ImportJob *MainWindow::startImport(const QString &filePath, const ImportOptions &options)
{
    if (m_workspacePath.isEmpty() || (m_job && m_job->isRunning()))
        return nullptr;
    if (m_job)
        m_job->deleteLater();
    m_job = new ImportJob(this);
    connect(m_job, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_job, &ImportJob::finished, this, &MainWindow::onImportFinished);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("Importing %1… %p%").arg(QFileInfo(filePath).fileName()));
    m_progressBar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_job->start(m_workspacePath, filePath, options);
    updateActions();
    return m_job;
}

void MainWindow::onImportProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progressBar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_progressBar->hide();
    m_cancelButton->hide();
    updateActions();
    if (summary.outcome == ImportSummary::Outcome::Completed)
        reload();
    Q_EMIT importFinished(summary);
    if (!m_showSummaries) {
        openNextQueuedImport();
        return;
    }
    auto *dialog = new ImportSummaryDialog(summary, m_workspacePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::openNextQueuedImport, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::exportRejectedRows()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"),
                                                      tr("rejected-rows.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString workspacePath = m_workspacePath;
    statusBar()->showMessage(tr("Exporting rejected rows…"));
    runAsync(
        this,
        [workspacePath, path] {
            RejectedRowsResult result = loadRejectedRowsFrom(workspacePath, -1);
            if (result.error.isEmpty())
                writeRejectedRowsCsv(path, result.rows, &result.error);
            return result;
        },
        [this, path](RejectedRowsResult result) {
            statusBar()->clearMessage();
            if (!result.error.isEmpty())
                showError(tr("Export failed"), result.error);
            else
                statusBar()->showMessage(tr("Exported %n rejected row(s) to %1", nullptr, int(result.rows.size()))
                                             .arg(QDir::toNativeSeparators(path)), 8000);
        });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Clientele"),
                       tr("<h3>Clientele %1</h3><p>Customer segmentation for shop order exports.</p>"
                          "<p>Imports CSV and Excel exports (Chinese or English) into a local workspace.</p>")
                           .arg(QStringLiteral(CLIENTELE_VERSION)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_workspacePath.isEmpty() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportableFile(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportableFile(url.toLocalFile()))
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    queueImports(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job && m_job->isRunning())
        m_job->cancel(); // rolled back by the importer; the pool waits for it on exit
    event->accept();
}

} // namespace clientele
