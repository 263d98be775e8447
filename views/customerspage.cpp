#include "views/customerspage.h"

#include "models/bilingual.h"

#include "models/analysiscontroller.h"
#include "models/customerlistexport.h"
#include "models/customerlistmodel.h"
#include "models/numberformat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

static constexpr int All = -1;

static void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

static std::optional<int> comboValue(const QComboBox *combo)
{
    const int value = combo->currentData().isValid() ? combo->currentData().toInt() : All;
    return value == All ? std::nullopt : std::optional<int>(value);
}

CustomersPage::CustomersPage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_model(new CustomerListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_export = new CustomerListExport(this);
    connect(m_export, &CustomerListExport::finished, this, &CustomersPage::onExportFinished);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CustomerListModel::SortRole);

    m_segment = new QComboBox(this);
    m_segment->addItem(tr("All segments"), All);
    for (SegmentScheme scheme : {SegmentScheme::RfmGrid, SegmentScheme::ValueClasses}) {
        m_segment->insertSeparator(m_segment->count());
        for (Segment s : segmentsOf(scheme))
            m_segment->addItem(
                withChineseName(segmentName(s), segmentInfo(s).chineseName.toString(), QStringLiteral(" · ")), int(s));
    }
    m_stage = new QComboBox(this);
    m_stage->addItem(tr("All stages"), All);
    for (ActivityStage s : {ActivityStage::Active, ActivityStage::Silent, ActivityStage::Sleeping, ActivityStage::Lost})
        m_stage->addItem(
            withChineseName(activityStageEnglishName(s), activityStageChineseName(s), QStringLiteral(" · ")), int(s));
    m_tier = new QComboBox(this);
    m_cluster = new QComboBox(this);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Customer or city contains…"));
    m_text->setClearButtonEnabled(true);
    populateResultCombos(nullptr);
    for (QComboBox *combo : {m_segment, m_stage, m_tier, m_cluster}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_segment);
    filters->addWidget(m_stage);
    filters->addWidget(m_tier);
    filters->addWidget(m_cluster);
    filters->addWidget(m_text, 1);

    // The chip for index-set filters (heatmap cells).
    m_chip = new QWidget(this);
    m_chip->setObjectName(QStringLiteral("filterChip"));
    m_chip->setStyleSheet(
        QStringLiteral("#filterChip { background: #e3eef8; border: 1px solid #a6cae5; border-radius: 10px; }"));
    m_chipLabel = new QLabel(m_chip);
    auto *chipClose = new QToolButton(m_chip);
    chipClose->setText(QStringLiteral("✕"));
    chipClose->setAutoRaise(true);
    chipClose->setToolTip(tr("Show all customers again"));
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(10, 1, 2, 1);
    chipLayout->addWidget(m_chipLabel);
    chipLayout->addWidget(chipClose);
    m_chip->hide();

    m_count = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportXlsx = new QPushButton(tr("Export Excel…"), this);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the selected rows (or all rows) as tab-separated text with a header"));
    auto *status = new QHBoxLayout;
    status->addWidget(m_chip);
    status->addWidget(m_count);
    status->addWidget(m_status, 1);
    status->addWidget(m_copy);
    status->addWidget(m_exportCsv);
    status->addWidget(m_exportXlsx);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(m_table, 1);

    for (QComboBox *combo : {m_segment, m_stage, m_tier, m_cluster})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                applyFilter();
        });
    connect(m_text, &QLineEdit::textChanged, m_model, &CustomerListModel::setTextFilter);
    connect(m_model, &CustomerListModel::customersChanged, this, &CustomersPage::updateCount);
    connect(chipClose, &QToolButton::clicked, this, &CustomersPage::clearIndexFilter);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportInteractively(ExportFormat::Csv); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportInteractively(ExportFormat::Xlsx); });
    connect(m_copy, &QPushButton::clicked, this, &CustomersPage::copyToClipboard);
    updateCount();
}

void CustomersPage::onResultsChanged()
{
    setResults(controller()->table(), controller()->results());
}

void CustomersPage::setResults(
    std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results)
{
    populateResultCombos(results.get());
    m_model->setResults(std::move(table), std::move(results), currentFilter());
    m_table->resizeColumnsToContents();
}

// Tier and cluster choices come from the results; keep the current (or wanted) choice when possible.
void CustomersPage::populateResultCombos(const AnalysisResults *results)
{
    const std::optional<int> tier = m_wantedTier ? m_wantedTier : comboValue(m_tier);
    const std::optional<int> cluster = m_wantedCluster ? m_wantedCluster : comboValue(m_cluster);
    m_updating = true;
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), All);
    m_cluster->clear();
    m_cluster->addItem(tr("All clusters"), All);
    if (results) {
        for (size_t i = 0; i < results->tiers.tiers.size(); ++i)
            m_tier->addItem(withChineseName(tierDisplayName(results->tiers.tiers[i]), results->tiers.tiers[i].nameZh,
                                QStringLiteral(" · ")),
                int(i));
        for (const ClusterProfile &p : results->clusters.profiles)
            m_cluster->addItem(tr("Cluster %1: %2").arg(p.id).arg(p.labelEnglish), p.id);
        m_wantedTier.reset();
        m_wantedCluster.reset();
    }
    selectData(m_tier, tier.value_or(All));
    selectData(m_cluster, cluster.value_or(All));
    m_updating = false;
}

CustomerFilter CustomersPage::currentFilter() const
{
    CustomerFilter filter;
    if (auto s = comboValue(m_segment))
        filter.segment = Segment(*s);
    if (auto s = comboValue(m_stage))
        filter.stage = ActivityStage(*s);
    filter.tier = m_wantedTier ? m_wantedTier : comboValue(m_tier);
    filter.cluster = m_wantedCluster ? m_wantedCluster : comboValue(m_cluster);
    filter.onlyIndices = m_indexFilter;
    return filter;
}

void CustomersPage::setFilter(const CustomerFilter &filter, const QString &description)
{
    m_updating = true;
    selectData(m_segment, filter.segment ? int(*filter.segment) : All);
    selectData(m_stage, filter.stage ? int(*filter.stage) : All);
    selectData(m_tier, filter.tier.value_or(All));
    selectData(m_cluster, filter.cluster.value_or(All));
    // Before the first results the tier/cluster combos are empty: remember the wish.
    m_wantedTier = filter.tier && comboValue(m_tier) != filter.tier ? filter.tier : std::nullopt;
    m_wantedCluster = filter.cluster && comboValue(m_cluster) != filter.cluster ? filter.cluster : std::nullopt;
    m_text->clear();
    m_updating = false;
    m_indexFilter = filter.onlyIndices;
    m_chipLabel->setText(
        tr("Showing: %1").arg(description.isEmpty() ? formatCustomers(qint64(m_indexFilter.size())) : description));
    m_chip->setVisible(!m_indexFilter.empty());
    applyFilter();
}

void CustomersPage::clearIndexFilter()
{
    m_indexFilter.clear();
    m_chip->hide();
    applyFilter();
}

void CustomersPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void CustomersPage::updateCount()
{
    m_count->setText(
        tr("%1 · net revenue %2").arg(formatCustomers(m_model->rowCount()), formatMoney(m_model->netRevenueMinor())));
    const bool any = m_model->rowCount() > 0;
    m_copy->setEnabled(any);
    m_exportCsv->setEnabled(any);
    m_exportXlsx->setEnabled(any);
}

std::vector<quint32> CustomersPage::customersInViewOrder() const
{
    std::vector<quint32> out;
    out.reserve(size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out.push_back(m_model->customerIndexAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return out;
}

QString CustomersPage::clipboardText() const
{
    const auto table = m_model->table();
    const auto results = m_model->results();
    if (!table || !results)
        return {};
    std::vector<quint32> customers;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        customers = customersInViewOrder();
    } else {
        std::sort(
            rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &row : rows)
            customers.push_back(m_model->customerIndexAt(m_proxy->mapToSource(row).row()));
    }
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    return CustomerListExport::tabSeparatedText(*table, *results, customers, headers);
}

void CustomersPage::copyToClipboard()
{
    QApplication::clipboard()->setText(clipboardText());
    m_status->setText(tr("Copied."));
}

void CustomersPage::exportInteractively(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString suggested
        = QDir::home().filePath(csv ? QStringLiteral("customers.csv") : QStringLiteral("customers.xlsx"));
    const QString path = QFileDialog::getSaveFileName(this, csv ? tr("Export CSV") : tr("Export Excel"), suggested,
        csv ? tr("CSV, UTF-8 (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void CustomersPage::exportTo(const QString &path, ExportFormat format)
{
    const auto table = m_model->table();
    const auto results = m_model->results();
    if (!table || !results) {
        Q_EMIT exportFinished(false, tr("There is nothing to export yet."));
        return;
    }
    std::vector<quint32> customers = customersInViewOrder();
    const qint64 count = qint64(customers.size());
    const QString sheet = tr("Customers");
    m_exportCsv->setEnabled(false);
    m_exportXlsx->setEnabled(false);
    m_status->setText(tr("Exporting %1…").arg(formatCustomers(count)));
    m_pendingExport = {path, count};
    // Never over the open workspace (nor any other): the writers refuse it with a sentence.
    m_export->start(table, results, std::move(customers), path,
        format == ExportFormat::Csv ? CustomerListExport::Format::Csv : CustomerListExport::Format::Xlsx, sheet,
        controller()->workspacePath());
}

void CustomersPage::onExportFinished(bool ok, const QString &error)
{
    updateCount();
    const QString message = ok
        ? tr("Exported %1 to %2.")
              .arg(formatCustomers(m_pendingExport.count), QFileInfo(m_pendingExport.path).fileName())
        : error;
    m_status->setText(message);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b42318;"));
    Q_EMIT exportFinished(ok, message);
}

} // namespace clientele
