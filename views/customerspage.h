#pragma once

#include "views/customerfiltertarget.h"
#include "views/workbenchpage.h"

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace clientele {

class CustomerListModel;
class CustomerListExport;

// Every active customer with their scores and segments: filter by segment (either scheme), stage, tier,
// cluster and text; sort by any column (numbers by value); export what is shown to CSV or Excel, or copy it.
class CustomersPage : public WorkbenchPage, public CustomerFilterTarget
{
    Q_OBJECT
public:
    enum class ExportFormat { Csv, Xlsx };

    explicit CustomersPage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customers"); }

    // Shows the customers matching `filter`: segment/stage/tier/cluster go to the combo boxes; an index
    // set (heatmap cells) appears as a removable "Showing: <description>" chip. Clears the text filter.
    void setFilter(const CustomerFilter &filter, const QString &description) override;
    // The filter in effect (combos plus the chip's index set; the text filter is separate).
    CustomerFilter currentFilter() const;

    // What onResultsChanged() does with the controller's data; public so tests can feed hand-made results.
    void setResults(std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results);

    // Table indices of the listed customers in the order shown (after sorting).
    std::vector<quint32> customersInViewOrder() const;
    // Tab-separated, with a header line: the selected rows, or all rows when none is selected.
    QString clipboardText() const;
    void copyToClipboard();
    // Writes the listed customers (order shown) in a worker; exportFinished() reports the outcome.
    void exportTo(const QString &path, ExportFormat format);

    CustomerListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QComboBox *segmentCombo() const { return m_segment; }
    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *clusterCombo() const { return m_cluster; }
    QLineEdit *textFilterEdit() const { return m_text; }
    QLabel *countLabel() const { return m_count; }
    QWidget *filterChip() const { return m_chip; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

protected:
    void onResultsChanged() override;

private:
    void populateResultCombos(const AnalysisResults *results);
    void applyFilter();
    void clearIndexFilter();
    void updateCount();
    void exportInteractively(ExportFormat format);
    void onExportFinished(bool ok, const QString &error);

    CustomerListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_segment;
    QComboBox *m_stage;
    QComboBox *m_tier;
    QComboBox *m_cluster;
    QLineEdit *m_text;
    QWidget *m_chip;
    QLabel *m_chipLabel;
    QLabel *m_count;
    QLabel *m_status;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
    QPushButton *m_copy;
    CustomerListExport *m_export;
    struct PendingExport
    {
        QString path;
        qint64 count = 0;
    } m_pendingExport;
    std::vector<quint32> m_indexFilter;
    std::optional<int> m_wantedTier; // set before the results arrived
    std::optional<int> m_wantedCluster;
    bool m_updating = false;
};

} // namespace clientele
