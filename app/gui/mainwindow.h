#pragma once

#include "analysis/engine/customerlist.h"
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "app/gui/workbenchpages.h"

#include <QMainWindow>
#include <QStringList>

#include <vector>

class QAction;
class QActionGroup;
class QDate;
class QDateEdit;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace clientele {

class AnalysisController;
class ImportController;
class ImportDialog;
class ImportJob;
class JobTracker;
class WorkbenchPage;

// The workbench shell: a sidebar of pages (Ctrl+1…) over a stack of WorkbenchPages, the "As of" toolbar
// with a busy indicator, File/View/Help menus, import (menu, drag and drop, status bar progress) and the
// workspace totals in the status bar. One AnalysisController feeds every page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr); // the pages of createWorkbenchPages()
    explicit MainWindow(WorkbenchPageFactory pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a workspace; returns false with the reason, shows no message box.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    QString workspacePath() const { return m_workspacePath; }
    AnalysisController *controller() const { return m_controller; }

    // Pages, by WorkbenchPage::pageKey().
    QStringList pageKeys() const;
    WorkbenchPage *page(const QString &key) const;
    WorkbenchPage *currentPage() const;
    QString currentPageKey() const;
    bool showPage(const QString &key);
    QListWidget *navigation() const { return m_navigation; }
    QDateEdit *asOfEdit() const { return m_asOfEdit; }
    QToolButton *latestButton() const { return m_latestButton; }
    bool isBusyIndicatorShown() const;
    QMenu *recentMenu() const { return m_recentMenu; }

    // Shows the import dialog window-modally without a nested event loop; accepting it starts the import.
    ImportDialog *openImportDialog(const QString &filePath = {});
    // Starts importing right away (the dialog ends here too). Returns nullptr while another import runs.
    ImportJob *startImport(const QString &filePath, const ImportOptions &options);
    ImportJob *currentImport() const;
    // Files dropped or chosen together are imported one after another, each with its own dialog.
    void queueImports(const QStringList &files);
    void setShowImportSummaries(bool show);

    // Workspace totals (status bar), loaded in a worker.
    const WorkspaceSummary &summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }

    static bool isImportableFile(const QString &path);

public Q_SLOTS:
    // Reads the workspace again: totals and the controller's customer table.
    void reload();
    void askForWorkspace();
    // Switches to the "customers" page and narrows it to `filter` (views/customerfiltertarget.h).
    void showCustomers(const clientele::CustomerFilter &filter, const QString &description);
    // "en", "zh_CN" or "" (follow the system); saved; the UI is rebuilt in the new language.
    void setLanguage(const QString &language);
    // Opens the analysis settings at a group ("rfm", "lifecycle" …; empty: the top); OK applies them.
    void editAnalysisSettings(const QString &group = {});

Q_SIGNALS:
    void customersLoaded(); // the workspace totals were (re)loaded
    void importFinished(const clientele::ImportSummary &summary);
    void currentPageChanged(const QString &pageKey);
    void retranslated();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindowpages.cpp
    void setupNavigation();
    void createToolBar();
    void buildPages();
    void updateAsOfRange();
    void onAsOfEdited(const QDate &date);
    void onBusyChanged(bool busy);
    // mainwindow.cpp
    void retranslate();
    void retranslateChrome();
    void loadSummary();
    void applySummary(const WorkspaceSummary &summary, const QString &error);
    void updateSummaryLabel();
    void updateCentralWidget();
    void onImportFinished(const ImportSummary &summary);
    void showError(const QString &title, const QString &message);
    // mainwindowmenus.cpp
    void createMenus();
    void updateActions();
    void fillRecentMenu();
    void newWorkspace();
    void chooseWorkspace();
    void openRecent(const QString &path);
    void chooseImportFiles();
    void exportRejectedRows();
    void about();

    WorkbenchPageFactory m_pageFactory;
    AnalysisController *m_controller;
    ImportController *m_imports;
    QString m_workspacePath;

    QStackedWidget *m_central;
    QWidget *m_workbench;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    std::vector<WorkbenchPage *> m_pageList;
    QLabel *m_emptyLabel;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QToolButton *m_latestButton = nullptr;
    QWidget *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_summaryLabel;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportRejectedAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_pageActions;

    WorkspaceSummary m_summary;
    QString m_summaryError;
    JobTracker *m_summaryJob;
    JobTracker *m_rejectedExport;
    bool m_loading = false;
    bool m_retranslatePending = false;
    bool m_restoringPage = false;
};

} // namespace clientele
