#include "views/rfmpage.h"

#include "models/bilingual.h"

#include "models/analysiscontroller.h"
#include "models/customerlistmodel.h"
#include "models/numberformat.h"
#include "models/rfmheatmapmodel.h"
#include "models/segmentsummarymodel.h"
#include "views/chartexport.h"
#include "views/rfmheatmapview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

static QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

RfmPage::RfmPage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_heatmap(new RfmHeatmapModel(this))
    , m_summary(new SegmentSummaryModel(this))
    , m_customers(new CustomerListModel(this))
    , m_customersProxy(new QSortFilterProxyModel(this))
{
    m_customers->setCustomerIndices({});
    m_customersProxy->setSourceModel(m_customers);
    m_customersProxy->setSortRole(CustomerListModel::SortRole);

    // Toolbar row.
    m_measureCombo = new QComboBox(this);
    m_measureCombo->addItem(tr("Customers"), int(RfmHeatmapModel::ColorMeasure::Count));
    m_measureCombo->addItem(tr("Mean net revenue"), int(RfmHeatmapModel::ColorMeasure::MeanMonetary));
    m_measureCombo->addItem(tr("Revenue"), int(RfmHeatmapModel::ColorMeasure::Revenue));
    m_overlay = new QCheckBox(tr("Show segments"), this);
    m_overlay->setToolTip(
        tr("Outline the 11 RFM segments on the grid (each cell shows the segment most of its customers belong to)"));
    m_schemeCombo = new QComboBox(this);
    m_schemeCombo->addItem(tr("11 RFM segments"), int(SegmentScheme::RfmGrid));
    m_schemeCombo->addItem(tr("8 value classes (价值分类)"), int(SegmentScheme::ValueClasses));
    auto *toolbar = new QHBoxLayout;
    auto *colourLabel = new QLabel(tr("Colour by:"), this);
    colourLabel->setBuddy(m_measureCombo);
    toolbar->addWidget(colourLabel);
    toolbar->addWidget(m_measureCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_overlay);
    toolbar->addSpacing(12);
    m_scoringButton = new QPushButton(this);
    m_scoringButton->setToolTip(tr("How R, F and M become scores 1–5: quintiles or your own cut points, and "
                                   "whether M is net revenue or average order value"));
    toolbar->addWidget(m_scoringButton);
    toolbar->addStretch(1);
    auto *schemeLabel = new QLabel(tr("Summary:"), this);
    schemeLabel->setBuddy(m_schemeCombo);
    toolbar->addWidget(schemeLabel);
    toolbar->addWidget(m_schemeCombo);

    // Heatmap and segment summary side by side.
    m_view = new RfmHeatmapView(this);
    m_view->setModel(m_heatmap);
    m_view->setWindowTitle(tr("RFM heatmap"));
    m_view->setAccessibleName(tr("RFM heatmap"));
    addChartExportAction(m_view, QStringLiteral("rfm-heatmap"));
    m_summaryTable = makeTable(m_summary, this);
    // In the Chinese UI the segment column already shows the Chinese name.
    m_summaryTable->setColumnHidden(SegmentSummaryModel::ChineseNameColumn, chineseUi());
    // The action hint takes what is left (elided; full text in its tooltip), so the figures never scroll away.
    m_summaryTable->horizontalHeader()->setSectionResizeMode(SegmentSummaryModel::HintColumn, QHeaderView::Stretch);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_view);
    top->addWidget(m_summaryTable);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({1000, 1000}); // half each on first layout: the summary's figures need ~700 px
    top->setChildrenCollapsible(false);

    // Customers of the selected cells.
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setTextFormat(Qt::PlainText);
    m_showButton = new QPushButton(tr("Show in Customers page"), this);
    m_showButton->setEnabled(false);
    m_customersTable = makeTable(m_customersProxy, this);
    m_customersTable->setSortingEnabled(true);
    m_customersTable->sortByColumn(-1, Qt::AscendingOrder);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *selectionRow = new QHBoxLayout;
    selectionRow->addWidget(m_selectionLabel, 1);
    selectionRow->addWidget(m_showButton);
    bottomLayout->addLayout(selectionRow);
    bottomLayout->addWidget(m_customersTable);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_measureCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_heatmap->setColorMeasure(RfmHeatmapModel::ColorMeasure(m_measureCombo->currentData().toInt())); });
    connect(m_overlay, &QCheckBox::toggled, m_view, &RfmHeatmapView::setSegmentOverlay);
    connect(m_schemeCombo, &QComboBox::currentIndexChanged, this, &RfmPage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RfmPage::updateSelection);
    connect(m_showButton, &QPushButton::clicked, this,
        [this] { Q_EMIT showCustomersRequested(selectionFilter(), selectionDescription()); });
    connect(m_scoringButton, &QPushButton::clicked, this, [this] { Q_EMIT settingsRequested(QStringLiteral("rfm")); });
    updateSelection();
    updateScoringButton();
}

void RfmPage::updateScoringButton()
{
    const RfmParameters &p = controller()->parameters().rfm;
    const QString method = p.method == ScoringMethod::Quintiles ? tr("quintiles") : tr("cut points");
    const QString basis
        = p.monetaryBasis == MonetaryBasis::NetRevenue ? tr("M = net revenue") : tr("M = average order value");
    m_scoringButton->setText(tr("Scoring: %1, %2…").arg(method, basis));
}

QList<QWidget *> RfmPage::charts() const
{
    return {m_view};
}

void RfmPage::onResultsChanged()
{
    updateScoringButton();
    setResults(controller()->table(), controller()->results());
}

void RfmPage::setResults(std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results)
{
    m_results = results;
    m_heatmap->setResults(results);
    m_customers->setResults(std::move(table), std::move(results));
    updateSummary();
    updateSelection(); // a reset clears the selection without selectionChanged()
}

void RfmPage::updateSummary()
{
    if (!m_results) {
        m_summary->setSummary({});
        return;
    }
    const bool grid = SegmentScheme(m_schemeCombo->currentData().toInt()) == SegmentScheme::RfmGrid;
    m_summary->setSummary(grid ? m_results->gridSummary : m_results->valueSummary);
    m_summaryTable->resizeColumnsToContents();
}

CustomerFilter RfmPage::selectionFilter() const
{
    CustomerFilter filter;
    filter.onlyIndices = m_heatmap->customersOf(m_view->selectionModel()->selectedIndexes());
    return filter;
}

QString RfmPage::selectionDescription() const
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    std::sort(cells.begin(), cells.end());
    QStringList names;
    for (const QModelIndex &cell : cells)
        names << tr("R%1 F%2")
                     .arg(RfmHeatmapModel::rScoreOfRow(cell.row()))
                     .arg(RfmHeatmapModel::fScoreOfColumn(cell.column()));
    if (names.size() > 6)
        return tr("RFM heatmap, %1 cells").arg(names.size());
    return tr("RFM heatmap %1").arg(names.join(QStringLiteral(", ")));
}

void RfmPage::updateSelection()
{
    const QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    m_customers->setCustomerIndices(m_heatmap->customersOf(cells));
    m_customersTable->resizeColumnsToContents();
    m_showButton->setEnabled(!cells.isEmpty() && m_customers->rowCount() > 0);
    if (cells.isEmpty()) {
        m_selectionLabel->setText(
            tr("Select cells in the heatmap (Ctrl or Shift for several, or drag) to list their customers."));
        return;
    }
    m_selectionLabel->setText(tr("%1: %2 · net revenue %3")
                                  .arg(selectionDescription(), formatCustomers(m_customers->rowCount()),
                                      formatMoney(m_customers->netRevenueMinor())));
}

} // namespace clientele
