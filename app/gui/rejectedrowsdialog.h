#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace clientele {

class JobTracker;
class RejectedRowsModel;

// The rows an import refused, loaded in a worker, exportable as CSV for fixing in a spreadsheet.
class RejectedRowsDialog : public QDialog
{
    Q_OBJECT
public:
    // importId -1: the rejected rows of every import.
    RejectedRowsDialog(const QString &workspacePath, qint64 importId, QWidget *parent = nullptr);

    RejectedRowsModel *model() const { return m_model; }
    // Writes in a worker; exportFinished() reports the outcome.
    void exportTo(const QString &path);

Q_SIGNALS:
    void loaded();
    void exportFinished(bool ok, const QString &error);

private:
    void chooseExportFile();

    RejectedRowsModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_exportButton;
    JobTracker *m_load;
    JobTracker *m_export;
    QString m_workspacePath;
};

} // namespace clientele
