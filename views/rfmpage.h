#pragma once

#include "views/workbenchpage.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace clientele {

class CustomerListModel;
class RfmHeatmapModel;
class RfmHeatmapView;
class SegmentSummaryModel;

// The RFM page: the R × F heatmap (colour measure, segment overlay), a summary of either segment scheme,
// and the customers of the selected heatmap cells, which can be opened on the Customers page.
class RfmPage : public WorkbenchPage
{
    Q_OBJECT
public:
    explicit RfmPage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("rfm"); }
    QString title() const override { return tr("RFM"); }
    QList<QWidget *> charts() const override;

    // What onResultsChanged() does with the controller's data; public so tests can feed hand-made results.
    void setResults(std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results);

    RfmHeatmapView *heatmapView() const { return m_view; }
    RfmHeatmapModel *heatmapModel() const { return m_heatmap; }
    SegmentSummaryModel *summaryModel() const { return m_summary; }
    CustomerListModel *selectedCustomersModel() const { return m_customers; }
    QComboBox *colorMeasureCombo() const { return m_measureCombo; }
    QComboBox *schemeCombo() const { return m_schemeCombo; }
    QCheckBox *overlayCheckBox() const { return m_overlay; }
    QPushButton *showInCustomersButton() const { return m_showButton; }
    // Opens the analysis settings at the RFM group (through the main window); its text states the scoring.
    QPushButton *scoringButton() const { return m_scoringButton; }

    // The selected cells as a Customers-page filter (onlyIndices = their customers) and its description.
    CustomerFilter selectionFilter() const;
    QString selectionDescription() const;

protected:
    void onResultsChanged() override;

private:
    void updateSelection();
    void updateSummary();
    void updateScoringButton();

    RfmHeatmapModel *m_heatmap;
    SegmentSummaryModel *m_summary;
    CustomerListModel *m_customers;
    QSortFilterProxyModel *m_customersProxy;
    RfmHeatmapView *m_view;
    QTableView *m_summaryTable;
    QTableView *m_customersTable;
    QComboBox *m_measureCombo;
    QComboBox *m_schemeCombo;
    QCheckBox *m_overlay;
    QLabel *m_selectionLabel;
    QPushButton *m_showButton;
    QPushButton *m_scoringButton;
    std::shared_ptr<const AnalysisResults> m_results;
};

} // namespace clientele
