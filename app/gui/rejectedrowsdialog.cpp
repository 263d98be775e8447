#include "app/gui/rejectedrowsdialog.h"

#include "models/jobtracker.h"
#include "models/rejectedrowsmodel.h"
#include "models/workspacesnapshot.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

RejectedRowsDialog::RejectedRowsDialog(const QString &workspacePath, qint64 importId, QWidget *parent)
    : QDialog(parent)
    , m_model(new RejectedRowsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(tr("Loading rejected rows…"), this))
    , m_exportButton(new QPushButton(tr("Export as CSV…"), this))
    , m_load(new JobTracker(this))
    , m_export(new JobTracker(this))
    , m_workspacePath(workspacePath)
{
    setWindowTitle(tr("Rejected Rows"));
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setMaximumSectionSize(420);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setTextFormat(Qt::PlainText);
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &RejectedRowsDialog::chooseExportFile);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 480);

    m_load->start([workspacePath, importId] { return loadRejectedRowsFrom(workspacePath, importId); },
        [this](RejectedRowsResult result) {
            if (!result.error.isEmpty()) {
                m_status->setText(result.error);
                return;
            }
            m_model->setRows(std::move(result.rows));
            m_status->setText(tr("%n row(s) were not imported.", nullptr, m_model->rowCount()));
            m_table->resizeColumnsToContents();
            m_exportButton->setEnabled(m_model->rowCount() > 0);
            Q_EMIT loaded();
        });
}

void RejectedRowsDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Rejected Rows"), tr("rejected-rows.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void RejectedRowsDialog::exportTo(const QString &path)
{
    m_exportButton->setEnabled(false);
    std::vector<RejectedRow> rows = m_model->rows();
    m_export->start(
        [path, rows, workspacePath = m_workspacePath] {
            QString error;
            writeRejectedRowsCsv(path, rows, &error, workspacePath);
            return error;
        },
        [this, path](const QString &error) {
            m_exportButton->setEnabled(true);
            m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : error);
            Q_EMIT exportFinished(error.isEmpty(), error);
        });
}

} // namespace clientele
