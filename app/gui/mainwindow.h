#pragma once

#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "models/importjob.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace clientele {

class CustomersView;
class CustomerTableModel;
class ImportDialog;
class ImportJob;
struct WorkspaceSnapshot;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a workspace; returns false with the reason, shows no message box.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    QString workspacePath() const { return m_workspacePath; }

    // Shows the import dialog window-modally without a nested event loop; accepting it starts the import.
    ImportDialog *openImportDialog(const QString &filePath = {});
    // Starts importing right away (the dialog ends here too). Returns nullptr while another import runs.
    ImportJob *startImport(const QString &filePath, const ImportOptions &options);
    ImportJob *currentImport() const { return m_job; }
    // Files dropped or chosen together are imported one after another, each with its own dialog.
    void queueImports(const QStringList &files);

    CustomersView *customersView() const { return m_customersView; }
    CustomerTableModel *customerModel() const { return m_customers; }
    const WorkspaceSummary &summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }
    void setShowImportSummaries(bool show) { m_showSummaries = show; }

    static bool isImportableFile(const QString &path);

public Q_SLOTS:
    void reload();
    void askForWorkspace();

Q_SIGNALS:
    void customersLoaded();
    void importFinished(const clientele::ImportSummary &summary);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newWorkspace();
    void chooseWorkspace();
    void chooseImportFiles();
    void exportRejectedRows();
    void about();
    void applySnapshot(WorkspaceSnapshot snapshot);
    void updateSummaryLabel();
    void updateActions();
    void onImportProgress(qint64 done, qint64 total);
    void onImportFinished(const ImportSummary &summary);
    void openNextQueuedImport();
    void showError(const QString &title, const QString &message);

    QString m_workspacePath;
    CustomerTableModel *m_customers;
    CustomersView *m_customersView;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_summaryLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportRejectedAction = nullptr;

    WorkspaceSummary m_summary;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    bool m_showSummaries = true;
    QPointer<ImportJob> m_job;
    QPointer<ImportDialog> m_importDialog;
    QStringList m_queuedImports;
};

} // namespace clientele
