#include "views/lifecyclepage.h"
#include "models/bilingual.h"

#include "models/analysiscontroller.h"
#include "models/lifecyclemodels.h"
#include "models/valueformat.h"
#include "views/painting/palette.h"
#include "views/valuecharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

namespace {

QSpinBox *makeDaysBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 3650);
    box->setSuffix(LifecyclePage::tr(" days"));
    box->setAccelerated(true);
    return box;
}

} // namespace

LifecyclePage::LifecyclePage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_stageModel(new LifecycleStageModel(this))
    , m_funnelModel(new FunnelModel(this))
    , m_repurchaseModel(new RepurchaseModel(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LifecyclePage::applyParameters);

    buildFunnelChart();
    buildStageChart();

    m_stageTable = makeValueTable(m_stageModel, QStringLiteral("stageTable"), this);
    // In the Chinese UI the stage column already shows the Chinese name.
    m_stageTable->setColumnHidden(LifecycleStageModel::ChineseNameColumn, chineseUi());
    m_stageTable->setToolTip(tr("Double-click a stage to list its customers."));
    connect(m_stageTable, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex &index) { requestStage(index.data(LifecycleStageModel::StageRole).toInt()); });
    m_repurchaseTable = makeValueTable(m_repurchaseModel, QStringLiteral("repurchaseTable"), this);
    m_repurchaseTable->setToolTip(RepurchaseModel::censoringExplanation());

    auto *repurchaseBox = new QGroupBox(tr("First-to-second order repurchase"), this);
    auto *repurchaseLayout = new QVBoxLayout(repurchaseBox);
    auto *repurchaseNote = new QLabel(tr("Only customers old enough to have had the whole window are counted. "
                                         "Hover for details."),
        repurchaseBox);
    repurchaseNote->setWordWrap(true);
    repurchaseNote->setToolTip(RepurchaseModel::censoringExplanation());
    repurchaseLayout->addWidget(repurchaseNote);
    repurchaseLayout->addWidget(m_repurchaseTable);

    auto *stageBox = new QGroupBox(tr("Activity stages"), this);
    auto *stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addWidget(m_stageTable);
    stageLayout->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lifecycleSummary"));

    fitTableHeightToRows(m_stageTable);
    fitTableHeightToRows(m_repurchaseTable);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_funnelView);
    charts->addWidget(m_stageView);
    auto *tables = new QHBoxLayout;
    tables->addWidget(stageBox, 1);
    tables->addWidget(repurchaseBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildParameterBox());
    layout->addWidget(m_summary);
    layout->addWidget(charts, 1);
    layout->addLayout(tables);

    syncEditorsFromParameters();
}

QList<QWidget *> LifecyclePage::charts() const
{
    return {m_funnelView, m_stageView};
}

QWidget *LifecyclePage::buildParameterBox()
{
    auto *box = new QGroupBox(tr("Stage boundaries and loyalty"), this);
    m_activeMax = makeDaysBox(QStringLiteral("activeMaxDays"), box);
    m_silentMax = makeDaysBox(QStringLiteral("silentMaxDays"), box);
    m_sleepingMax = makeDaysBox(QStringLiteral("sleepingMaxDays"), box);
    m_loyalOrders = new QSpinBox(box);
    m_loyalOrders->setObjectName(QStringLiteral("loyalMinOrders"));
    m_loyalOrders->setRange(2, 100);
    m_loyalOrders->setSuffix(tr(" orders"));
    m_loyalOrders->setToolTip(tr("Loyal: at least this many orders in the loyalty window."));
    for (QSpinBox *spin : {m_activeMax, m_silentMax, m_sleepingMax, m_loyalOrders})
        connect(spin, &QSpinBox::valueChanged, &m_debounce, qOverload<>(&QTimer::start));

    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("parameterMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(palette::rose().name()));
    m_message->hide();

    auto *row = new QHBoxLayout;
    auto addField = [box, row](const QString &label, QSpinBox *spin) {
        auto *text = new QLabel(label, box);
        text->setBuddy(spin);
        row->addWidget(text);
        row->addWidget(spin);
        row->addSpacing(12);
    };
    addField(tr("Active up to"), m_activeMax);
    addField(tr("Silent up to"), m_silentMax);
    addField(tr("Sleeping up to"), m_sleepingMax);
    addField(tr("Loyal from"), m_loyalOrders);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_message);
    return box;
}

void LifecyclePage::buildFunnelChart()
{
    auto *series = new QHorizontalBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.6);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(FunnelModel::ReachedColumn);
    mapper->setLastBarSetColumn(FunnelModel::ReachedColumn);
    mapper->setSeries(series);
    mapper->setModel(m_funnelModel);
    colourBarSets(series, [](int) { return palette::blue(); });

    QChart *chart = makeValueChart(tr("Customer funnel: new → repeat → loyal"));
    chart->addSeries(series);
    m_funnelSteps = new QBarCategoryAxis;
    styleAxis(m_funnelSteps, tr("Funnel step"));
    m_funnelSteps->setReverse(true); // new at the top
    m_funnelCustomers = makeValueAxis(tr("Customers reached (count)"));
    chart->addAxis(m_funnelSteps, Qt::AlignLeft);
    chart->addAxis(m_funnelCustomers, Qt::AlignBottom);
    series->attachAxis(m_funnelSteps);
    series->attachAxis(m_funnelCustomers);
    chart->legend()->hide();
    m_funnelView = makeValueChartView(chart, QStringLiteral("lifecycle-funnel"), this);

    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index) {
        if (!status || index < 0 || index >= m_funnelModel->rowCount()) {
            QToolTip::hideText();
            return;
        }
        const FunnelStepSummary &s = m_funnelModel->result().funnel[size_t(index)];
        QToolTip::showText(QCursor::pos(),
            tr("%1 %2\nReached: %3 customers (%4 of the previous step)\n"
               "Highest step for %5 customers, net revenue %6 (%7)")
                .arg(funnelStepEnglishName(s.step), funnelStepChineseName(s.step), formatCount(s.reached),
                    formatPercent(s.conversion), formatCount(s.segment), formatMoney(s.segmentRevenueMinor),
                    formatPercent(s.segmentRevenueShare)));
    });
}

void LifecyclePage::buildStageChart()
{
    auto *series = new QBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.6);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(LifecycleStageModel::CustomersColumn);
    mapper->setLastBarSetColumn(LifecycleStageModel::CustomersColumn);
    mapper->setSeries(series);
    mapper->setModel(m_stageModel);
    colourBarSets(series, [](int) { return palette::teal(); });

    QChart *chart = makeValueChart(tr("Customers per activity stage"));
    chart->addSeries(series);
    m_stageNames = new QBarCategoryAxis;
    styleAxis(m_stageNames, tr("Stage (days since the last order)"));
    m_stageCustomers = makeValueAxis(tr("Customers (count)"));
    chart->addAxis(m_stageNames, Qt::AlignBottom);
    chart->addAxis(m_stageCustomers, Qt::AlignLeft);
    series->attachAxis(m_stageNames);
    series->attachAxis(m_stageCustomers);
    chart->legend()->hide();
    m_stageView = makeValueChartView(chart, QStringLiteral("lifecycle-stages"), this);
    m_stageView->setToolTip(tr("Double-click a bar to list the stage's customers."));

    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index) {
        if (!status || index < 0 || index >= m_stageModel->rowCount()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            m_stageModel->index(index, LifecycleStageModel::StageColumn).data(Qt::ToolTipRole).toString());
    });
    connect(series, &QAbstractBarSeries::doubleClicked, this, [this](int index) { requestStage(index); });
}

void LifecyclePage::syncEditorsFromParameters()
{
    const LifecycleParams &p = controller()->parameters().lifecycle;
    const QSignalBlocker a(m_activeMax), b(m_silentMax), c(m_sleepingMax), d(m_loyalOrders);
    m_activeMax->setValue(p.stages.activeMaxDays);
    m_silentMax->setValue(p.stages.silentMaxDays);
    m_sleepingMax->setValue(p.stages.sleepingMaxDays);
    m_loyalOrders->setValue(p.loyalMinOrders);
}

void LifecyclePage::applyParameters()
{
    AnalysisParameters parameters = controller()->parameters();
    LifecycleParams &p = parameters.lifecycle;
    p.stages.activeMaxDays = m_activeMax->value();
    p.stages.silentMaxDays = m_silentMax->value();
    p.stages.sleepingMaxDays = m_sleepingMax->value();
    p.loyalMinOrders = m_loyalOrders->value();
    const QString error = controller()->parameterProblem(parameters);
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;
    const LifecycleParams &current = controller()->parameters().lifecycle;
    if (current.stages.activeMaxDays == p.stages.activeMaxDays && current.stages.silentMaxDays == p.stages.silentMaxDays
        && current.stages.sleepingMaxDays == p.stages.sleepingMaxDays && current.loyalMinOrders == p.loyalMinOrders)
        return;
    controller()->setParameters(parameters);
}

void LifecyclePage::onResultsChanged()
{
    const auto results = controller()->results();
    if (!results)
        return;
    const LifecycleResult &lifecycle = results->lifecycle;
    m_stageModel->setResult(lifecycle);
    m_funnelModel->setResult(lifecycle);
    m_repurchaseModel->setResult(lifecycle);
    if (!m_debounce.isActive() && m_message->isHidden())
        syncEditorsFromParameters();
    if (lifecycle.ok())
        m_summary->setText(tr("%1 customers as of %2 · net revenue %3 · naive repurchase rate %4 "
                              "(customers with 2+ orders)")
                               .arg(formatCount(lifecycle.customers), dayToIsoDate(lifecycle.asOfDay),
                                   formatMoney(lifecycle.revenueMinor), formatPercent(lifecycle.repurchaseRate)));
    else
        m_summary->setText(lifecycle.error);
    updateAxes();
}

void LifecyclePage::updateAxes()
{
    const LifecycleResult &r = m_funnelModel->result();
    QStringList steps;
    double funnelMax = 0;
    for (int i = 0; i < m_funnelModel->rowCount(); ++i) {
        const FunnelStepSummary &s = r.funnel[size_t(i)];
        QString label = withChineseName(funnelStepEnglishName(s.step), funnelStepChineseName(s.step));
        if (i > 0)
            label += QStringLiteral("<br>")
                + tr("%1 of %2").arg(formatPercent(s.conversion), funnelStepEnglishName(r.funnel[size_t(i - 1)].step));
        label += QStringLiteral("<br>") + tr("%1 of revenue").arg(formatPercent(s.segmentRevenueShare, 0));
        steps << label;
        funnelMax = std::max(funnelMax, double(s.reached));
    }
    m_funnelSteps->setCategories(steps);
    m_funnelCustomers->setRange(0, niceAxisMax(funnelMax));
    m_funnelCustomers->applyNiceNumbers();

    QStringList stages;
    double stageMax = 0;
    for (int i = 0; i < m_stageModel->rowCount(); ++i) {
        const StageSummary &s = m_stageModel->result().stages[size_t(i)];
        stages << withChineseName(activityStageEnglishName(s.stage), activityStageChineseName(s.stage))
                + QStringLiteral("<br>") + tr("%1 days").arg(formatDayRange(s.fromDays, s.toDays));
        stageMax = std::max(stageMax, double(s.customers));
    }
    m_stageNames->setCategories(stages);
    m_stageCustomers->setRange(0, niceAxisMax(stageMax));
    m_stageCustomers->applyNiceNumbers();
}

void LifecyclePage::requestStage(int stage)
{
    if (stage < 0 || stage >= ActivityStageCount)
        return;
    CustomerFilter filter;
    filter.stage = ActivityStage(stage);
    Q_EMIT showCustomersRequested(filter,
        tr("Stage: %1 (%2)")
            .arg(activityStageEnglishName(ActivityStage(stage)), activityStageChineseName(ActivityStage(stage))));
}

} // namespace clientele
