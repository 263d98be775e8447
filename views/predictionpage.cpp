#include "views/predictionpage.h"

#include "models/analysiscontroller.h"
#include "models/predictionmodels.h"
#include "models/valueformat.h"
#include "views/painting/palette.h"
#include "views/valuecharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

QSpinBox *makeSpin(const QString &name, int min, int max, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QBarCategoryAxis *attachAxes(QChart *chart, QAbstractBarSeries *series, QValueAxis *valueAxis, const QString &title)
{
    auto *categories = new QBarCategoryAxis;
    styleAxis(categories, title);
    QFont font = categories->labelsFont();
    font.setPointSizeF(8); // ten categories must fit a half-width chart without "…"
    categories->setLabelsFont(font);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis);
    return categories;
}

} // namespace

PredictionPage::PredictionPage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_holdoutModel(new HoldoutModel(this))
    , m_histogramModel(new AliveHistogramModel(this))
    , m_churnModel(new ChurnWarningModel(this))
    , m_summaryModel(new PredictionSummaryModel(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PredictionPage::applyParameters);
    connect(controller, &AnalysisController::busyChanged, this, &PredictionPage::updateStatus);

    buildHoldoutChart();
    buildHistogramChart();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("predictionStatus"));
    m_status->setWordWrap(true);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_holdoutView);
    charts->addWidget(m_histogramView);
    // The holdout chart has eight categories, the histogram ten: give them similar room per bar.
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(charts, 3);
    left->addWidget(buildChurnBox(), 2);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(buildSummaryBox());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildParameterBox());
    layout->addWidget(m_status);
    layout->addLayout(body, 1);

    syncEditorsFromParameters();
    updateSummaryForm();
    updateStatus();
}

QList<QWidget *> PredictionPage::charts() const
{
    return {m_holdoutView, m_histogramView};
}

void PredictionPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (m_enabledPrediction)
        return;
    m_enabledPrediction = true;
    if (controller()->parameters().prediction.enabled)
        return;
    AnalysisParameters parameters = controller()->parameters();
    parameters.prediction.enabled = true;
    controller()->setParameters(parameters);
    updateStatus();
}

QWidget *PredictionPage::buildParameterBox()
{
    auto *box = new QGroupBox(tr("Prediction settings"), this);
    m_horizon = makeSpin(QStringLiteral("horizonDays"), 1, 3650, tr(" days"), box);
    m_horizon->setToolTip(tr("Expected orders and the repurchase score look this many days ahead."));
    m_threshold = makeSpin(QStringLiteral("aliveThreshold"), 1, 99, tr(" %"), box);
    m_threshold->setToolTip(tr("A valuable customer whose P(alive) is below this gets a churn warning."));
    m_valuable = makeSpin(QStringLiteral("valuableShare"), 1, 100, tr(" %"), box);
    m_valuable->setPrefix(tr("top "));
    m_valuable->setToolTip(tr("Valuable: the top share of customers by net revenue."));
    m_model = new QComboBox(box);
    m_model->setObjectName(QStringLiteral("dropoutModel"));
    m_model->addItem(tr("BG/NBD"), int(predict::DropoutVariant::BgNbd));
    m_model->addItem(tr("MBG/NBD"), int(predict::DropoutVariant::Modified));
    m_model->setToolTip(tr("BG/NBD: customers drop out only right after a repeat purchase, so a one-time buyer "
                           "always counts as alive.\nMBG/NBD: customers may also drop out right after their "
                           "first purchase, so one-time buyers can be gone too."));
    m_clvMonths = makeSpin(QStringLiteral("clvMonths"), 1, 120, tr(" months"), box);
    m_clvMonths->setToolTip(tr("Customer lifetime value counts the expected purchases of this many months."));
    m_margin = makeSpin(QStringLiteral("marginPercent"), 1, 100, tr(" %"), box);
    m_margin->setToolTip(tr("Share of revenue that is profit; 100 % gives the CLV in revenue."));
    m_discount = new QDoubleSpinBox(box);
    m_discount->setObjectName(QStringLiteral("discountRate"));
    m_discount->setRange(0, 100);
    m_discount->setDecimals(1);
    m_discount->setSuffix(tr(" % per year"));
    m_discount->setToolTip(tr("Annual discount rate for future purchases in the CLV."));

    for (QSpinBox *spin : {m_horizon, m_threshold, m_valuable, m_clvMonths, m_margin})
        connect(spin, &QSpinBox::valueChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_discount, &QDoubleSpinBox::valueChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &QComboBox::currentIndexChanged, &m_debounce, qOverload<>(&QTimer::start));

    auto *grid = new QGridLayout(box);
    int column = 0, row = 0;
    auto add = [&](const QString &label, QWidget *editor) {
        auto *text = new QLabel(label, box);
        text->setBuddy(editor);
        text->setToolTip(editor->toolTip());
        grid->addWidget(text, row, column, Qt::AlignRight);
        grid->addWidget(editor, row, column + 1);
        column += 2;
    };
    add(tr("Horizon"), m_horizon);
    add(tr("P(alive) below"), m_threshold);
    add(tr("Valuable"), m_valuable);
    add(tr("Model"), m_model);
    row = 1;
    column = 0;
    add(tr("CLV horizon"), m_clvMonths);
    add(tr("Margin"), m_margin);
    add(tr("Discount rate"), m_discount);
    grid->setColumnStretch(8, 1);
    return box;
}

QWidget *PredictionPage::buildChurnBox()
{
    auto *box = new QGroupBox(tr("Churn warnings: valuable customers at risk"), this);
    m_churnLabel = new QLabel(box);
    m_churnLabel->setObjectName(QStringLiteral("churnLabel"));
    m_churnLabel->setWordWrap(true);
    m_showChurned = new QPushButton(tr("Show in Customers page"), box);
    m_showChurned->setObjectName(QStringLiteral("showChurnedCustomers"));
    m_showChurned->setToolTip(tr("List the warned customers on the Customers page."));
    connect(m_showChurned, &QPushButton::clicked, this, &PredictionPage::requestChurnedCustomers);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_churnModel);
    proxy->setSortRole(ChurnWarningModel::SortRole);
    m_churnTable = makeValueTable(proxy, QStringLiteral("churnTable"), box);
    m_churnTable->setSortingEnabled(true);
    m_churnTable->sortByColumn(ChurnWarningModel::RevenueColumn, Qt::DescendingOrder);
    m_churnTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_churnModel, &QAbstractItemModel::modelReset, m_churnTable,
        [this] { m_churnTable->resizeColumnsToContents(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_churnLabel, 1);
    top->addWidget(m_showChurned);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_churnTable, 1);
    return box;
}

QWidget *PredictionPage::buildSummaryBox()
{
    auto *box = new QGroupBox(tr("Fitted model"), this);
    box->setToolTip(tr("Definitions: docs/metrics/prediction.md"));
    auto *form = new QFormLayout(box);
    auto addSection = [box, form](const QString &title) {
        auto *heading = new QLabel(title, box);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        form->addRow(heading);
    };
    for (int row = 0; row < PredictionSummaryModel::RowCount; ++row) {
        if (row == PredictionSummaryModel::ModelRow)
            addSection(tr("Repeat buying (BG/NBD)"));
        else if (row == PredictionSummaryModel::SpendPRow)
            addSection(tr("Spend (Gamma-Gamma)"));
        else if (row == PredictionSummaryModel::CustomersRow)
            addSection(tr("Customers"));
        auto *label = new QLabel(box);
        auto *value = new QLabel(box);
        value->setObjectName(
            QStringLiteral("summary_") + PredictionSummaryModel::rowKey(PredictionSummaryModel::Row(row)));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_summaryLabels << label;
        m_summaryValues << value;
        form->addRow(label, value);
    }
    connect(m_summaryModel, &QAbstractItemModel::modelReset, this, &PredictionPage::updateSummaryForm);
    return box;
}

void PredictionPage::updateSummaryForm()
{
    for (int row = 0; row < m_summaryLabels.size(); ++row) {
        const QModelIndex quantity = m_summaryModel->index(row, PredictionSummaryModel::QuantityColumn);
        const QModelIndex value = m_summaryModel->index(row, PredictionSummaryModel::ValueColumn);
        m_summaryLabels[row]->setText(quantity.data().toString() + u':');
        m_summaryLabels[row]->setToolTip(quantity.data(Qt::ToolTipRole).toString());
        m_summaryValues[row]->setText(value.data().toString());
        m_summaryValues[row]->setToolTip(quantity.data(Qt::ToolTipRole).toString());
    }
}

void PredictionPage::buildHoldoutChart()
{
    auto *series = new QBarSeries;
    series->setBarWidth(0.75);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(HoldoutModel::ActualMeanColumn);
    mapper->setLastBarSetColumn(HoldoutModel::PredictedMeanColumn);
    mapper->setSeries(series);
    mapper->setModel(m_holdoutModel);
    colourBarSets(series, [](int i) { return i == 0 ? palette::blue() : palette::sand(); });
    QChart *chart = makeValueChart(tr("Calibration/holdout check"));
    m_holdoutMean = makeValueAxis(tr("Holdout purchases per customer (mean count)"), QStringLiteral("%.1f"));
    m_holdoutFrequencies
        = attachAxes(chart, series, m_holdoutMean, tr("Repeat purchases before the split (count) / customers"));
    m_holdoutView = makeValueChartView(chart, QStringLiteral("prediction-holdout"), this);
    m_holdoutView->setToolTip(tr("The model is fitted on the purchases up to the split day and predicts each "
                                 "customer's purchases after it; bars that agree mean the model tracks reality."));
}

void PredictionPage::buildHistogramChart()
{
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(AliveHistogramModel::RepeatBuyersColumn);
    mapper->setLastBarSetColumn(AliveHistogramModel::OneTimeBuyersColumn);
    mapper->setSeries(series);
    mapper->setModel(m_histogramModel);
    colourBarSets(series, [](int i) { return i == 0 ? palette::teal() : palette::slate(); });
    QChart *chart = makeValueChart(tr("Distribution of P(alive)"));
    m_histogramCustomers = makeValueAxis(tr("Customers (count)"));
    m_histogramBins = attachAxes(chart, series, m_histogramCustomers, tr("P(alive) (%, 10 % bins)"));
    m_histogramView = makeValueChartView(chart, QStringLiteral("prediction-alive"), this);
    m_histogramView->setToolTip(tr("Under BG/NBD a customer who never bought again counts as alive (100 %); "
                                   "choose MBG/NBD to let one-time buyers drop out."));
}

void PredictionPage::syncEditorsFromParameters()
{
    const PredictionParameters &p = controller()->parameters().prediction;
    const QSignalBlocker a(m_horizon), b(m_threshold), c(m_valuable), d(m_model), e(m_clvMonths), f(m_margin),
        g(m_discount);
    m_horizon->setValue(p.horizonDays);
    m_threshold->setValue(qRound(p.churnAliveThreshold * 100));
    m_valuable->setValue(qRound(p.valuableShare * 100));
    m_model->setCurrentIndex(qMax(0, m_model->findData(int(p.model))));
    m_clvMonths->setValue(p.clvMonths);
    m_margin->setValue(qRound(p.margin * 100));
    m_discount->setValue(p.annualDiscountRate * 100);
}

void PredictionPage::applyParameters()
{
    AnalysisParameters parameters = controller()->parameters();
    PredictionParameters &p = parameters.prediction;
    const PredictionParameters before = p;
    p.enabled = true;
    p.horizonDays = m_horizon->value();
    p.churnAliveThreshold = m_threshold->value() / 100.0;
    p.valuableShare = m_valuable->value() / 100.0;
    p.model = predict::DropoutVariant(m_model->currentData().toInt());
    p.clvMonths = m_clvMonths->value();
    p.margin = m_margin->value() / 100.0;
    p.annualDiscountRate = m_discount->value() / 100.0;
    const bool same = before.enabled && before.horizonDays == p.horizonDays
        && qRound(before.churnAliveThreshold * 100) == m_threshold->value()
        && qRound(before.valuableShare * 100) == m_valuable->value() && before.model == p.model
        && before.clvMonths == p.clvMonths && qRound(before.margin * 100) == m_margin->value()
        && std::abs(before.annualDiscountRate - p.annualDiscountRate) < 1e-9;
    if (!same)
        controller()->setParameters(parameters);
}

void PredictionPage::onResultsChanged()
{
    const auto results = controller()->results();
    const auto table = controller()->table();
    if (!results || !table)
        return;
    const PredictionResult &prediction = results->prediction;
    m_holdoutModel->setResult(prediction);
    m_histogramModel->setResult(*table, prediction);
    m_churnModel->setResult(*table, results->snapshot, prediction);
    m_summaryModel->setResult(prediction);
    if (!m_debounce.isActive())
        syncEditorsFromParameters();
    updateCharts();
    updateStatus();
}

void PredictionPage::updateStatus()
{
    const auto results = controller()->results();
    const bool enabled = controller()->parameters().prediction.enabled;
    const PredictionResult *prediction = results ? &results->prediction : nullptr;
    QString text;
    if (enabled && controller()->isBusy())
        text = tr("Fitting the repurchase model…");
    else if (!enabled)
        text = tr("The repurchase model is off; it is fitted when this page is shown.");
    else if (prediction && prediction->ok)
        text = tr("Fitted on %1 customers as of %2 · %3 expected orders in the next %4 days · "
                  "P(alive): the probability that a customer is still buying")
                   .arg(formatCount(prediction->customers), dayToIsoDate(prediction->asOfDay),
                       QLocale().toString(prediction->expectedOrdersTotal, 'f', 0))
                   .arg(prediction->parameters.horizonDays);
    else if (prediction && !prediction->error.isEmpty())
        text = tr("No prediction: %1").arg(prediction->error);
    m_status->setText(text);

    const qint64 warned = m_churnModel->rowCount();
    m_showChurned->setEnabled(warned > 0);
    if (prediction && prediction->ok)
        m_churnLabel->setText(tr("%1 of %2 valuable customers (top %3 by net revenue) have P(alive) below %4.")
                                  .arg(formatCount(warned), formatCount(prediction->valuableCustomers),
                                      formatPercent(prediction->parameters.valuableShare, 0),
                                      formatPercent(prediction->parameters.churnAliveThreshold, 0)));
    else
        m_churnLabel->clear();
}

void PredictionPage::updateCharts()
{
    const auto &check = m_holdoutModel->check();
    QStringList frequencies;
    double meanMax = 0;
    for (int row = 0; check && row < m_holdoutModel->rowCount(); ++row) {
        const predict::HoldoutRow &r = check->rows[size_t(row)];
        frequencies << m_holdoutModel->frequencyLabel(row) + QStringLiteral("<br>") + formatCount(r.customers);
        meanMax = std::max({meanMax, r.actualMean(), r.predictedMean()});
    }
    m_holdoutFrequencies->setCategories(frequencies);
    m_holdoutMean->setRange(0, meanMax > 0 ? meanMax * 1.05 : 1.0);
    m_holdoutMean->applyNiceNumbers();
    const QString subtitle = check
        ? tr("Fitted on purchases up to %1; holdout %2 – %3 (%4 days)")
              .arg(dayToIsoDate(check->splitDay), dayToIsoDate(check->splitDay + 1), dayToIsoDate(check->endDay))
              .arg(check->endDay - check->splitDay)
        : tr("No holdout check (too little history)");
    m_holdoutView->chart()->setTitle(tr("Calibration/holdout check")
        + QStringLiteral("<br><span style=\"font-size:9pt; "
                         "font-weight:normal;\">")
        + subtitle.toHtmlEscaped() + QStringLiteral("</span>"));

    QStringList bins;
    for (int row = 0; row < m_histogramModel->rowCount(); ++row)
        bins << m_histogramModel->index(row, AliveHistogramModel::BinColumn).data().toString();
    m_histogramBins->setCategories(bins);
    m_histogramCustomers->setRange(0, std::max(1.0, double(m_histogramModel->maxBinCustomers()) * 1.05));
    m_histogramCustomers->applyNiceNumbers();
}

void PredictionPage::requestChurnedCustomers()
{
    CustomerFilter filter;
    filter.onlyIndices = m_churnModel->customerIndices();
    if (filter.onlyIndices.empty())
        return;
    Q_EMIT showCustomersRequested(
        filter, tr("Churn warnings: %1 valuable customers").arg(formatCount(qint64(filter.onlyIndices.size()))));
}

} // namespace clientele
