// MainWindow: menus, workspace and file choosers, import entry points (menu, drag and drop).
#include "app/gui/mainwindow.h"

#include "app/gui/analysissettingsdialog.h"
#include "app/gui/importcontroller.h"
#include "app/gui/language.h"
#include "app/gui/settings.h"
#include "models/analysiscontroller.h"
#include "models/jobtracker.h"
#include "models/rejectedrowsmodel.h"
#include "models/workspacesnapshot.h"
#include "views/workbenchpage.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>

namespace clientele {

static const QString WorkspaceFilter = QStringLiteral("*.clientele *.sqlite *.db");

void MainWindow::createMenus()
{
    // Rebuilt whole on a language change; the old menus may be mid-signal, so they go later.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        menu->deleteLater();
    menuBar()->clear();
    m_pageActions.clear();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::chooseImportFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportRejectedAction = file->addAction(tr("&Export Rejected Rows…"), this, &MainWindow::exportRejectedRows);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *pages = new QActionGroup(view);
    for (const QString &key : pageKeys()) {
        const int i = int(m_pageActions.size());
        QAction *action = view->addAction(page(key)->title(), this, [this, key] { showPage(key); });
        action->setCheckable(true);
        action->setChecked(key == currentPageKey());
        action->setActionGroup(pages);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << action;
    }
    view->addSeparator();
    view->addAction(tr("Analysis &Settings…"), this, [this] { editAnalysisSettings(); });
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(language);
    const QString chosen = Settings::language();
    // Language names are written in their own language, never translated.
    const std::pair<QString, QString> languages[] = {{QString(), tr("System Default")},
        {Language::english(), QStringLiteral("English")}, {Language::chinese(), QStringLiteral("中文（简体）")}};
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name, this, [this, code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        action->setActionGroup(m_languageGroup);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Clientele"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = !m_workspacePath.isEmpty();
    const bool importing = m_imports->isRunning();
    m_importAction->setEnabled(open && !importing);
    m_exportRejectedAction->setEnabled(open && m_summary.rejectedRows > 0);
    m_newAction->setEnabled(!importing);
    m_openAction->setEnabled(!importing);
    m_recentMenu->setEnabled(!importing);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentWorkspaces(); // prunes files that are gone
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        QAction *action
            = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name), this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        Settings::clearRecentWorkspaces();
        fillRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        showError(tr("Cannot open the workspace"), tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        fillRecentMenu();
        return;
    }
    QString error;
    if (!openWorkspace(path, &error))
        showError(tr("Cannot open the workspace"), error);
    fillRecentMenu();
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    const QString resolved = Language::resolve(language);
    if (resolved != Language::current())
        Language::apply(resolved); // every widget gets LanguageChange; changeEvent() rebuilds
}

void MainWindow::askForWorkspace()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clientele"),
        tr("Create a new workspace for your order exports, or open an existing one?"), QMessageBox::NoButton, this);
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
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QString(), tr("Clientele workspaces (%1)").arg(WorkspaceFilter));
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
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Clientele workspaces (%1);;All files (*)").arg(WorkspaceFilter));
    QString error;
    if (!path.isEmpty() && !openWorkspace(path, &error))
        showError(tr("Cannot open the workspace"), error);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Orders"), Settings::lastImportDirectory(),
        tr("Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setLastImportDirectory(QFileInfo(files.first()).absolutePath());
    queueImports(files);
}

void MainWindow::exportRejectedRows()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Rejected Rows"), tr("rejected-rows.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString workspacePath = m_workspacePath;
    statusBar()->showMessage(tr("Exporting rejected rows…"));
    m_rejectedExport->start(
        [workspacePath, path] {
            RejectedRowsResult result = loadRejectedRowsFrom(workspacePath, -1);
            if (result.error.isEmpty())
                writeRejectedRowsCsv(path, result.rows, &result.error, workspacePath);
            return result;
        },
        [this, path](RejectedRowsResult result) {
            statusBar()->clearMessage();
            if (!result.error.isEmpty())
                showError(tr("Export failed"), result.error);
            else
                statusBar()->showMessage(tr("Exported %n rejected row(s) to %1", nullptr, int(result.rows.size()))
                                             .arg(QDir::toNativeSeparators(path)),
                    8000);
        });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Clientele"),
        tr("<h3>Clientele %1</h3><p>Customer segmentation for shop order exports.</p>"
           "<p>Imports CSV and Excel exports (Chinese or English) into a local workspace.</p>")
            .arg(QStringLiteral(CLIENTELE_VERSION)));
}

bool MainWindow::isImportableFile(const QString &path)
{
    static const QStringList suffixes{
        QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv"), QStringLiteral("xlsx")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
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

ImportDialog *MainWindow::openImportDialog(const QString &filePath)
{
    return m_imports->openImportDialog(filePath);
}

ImportJob *MainWindow::startImport(const QString &filePath, const ImportOptions &options)
{
    return m_imports->startImport(filePath, options);
}

ImportJob *MainWindow::currentImport() const
{
    return m_imports->currentImport();
}

void MainWindow::queueImports(const QStringList &files)
{
    m_imports->queueImports(files);
}

void MainWindow::setShowImportSummaries(bool show)
{
    m_imports->setShowSummaries(show);
}

void MainWindow::editAnalysisSettings(const QString &group)
{
    AnalysisSettingsDialog dialog(m_controller->parameters(), this);
    dialog.showGroup(group);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AnalysisParameters parameters = dialog.parameters();
    parameters.asOfDay = m_controller->parameters().asOfDay; // the session's date, not a setting
    m_controller->setParameters(parameters);
}

} // namespace clientele
