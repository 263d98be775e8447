#include "views/paretotierspage.h"

#include "models/analysiscontroller.h"
#include "models/paretomodels.h"
#include "models/reratingcontroller.h"
#include "models/tiermodels.h"
#include "models/valueformat.h"
#include "views/painting/palette.h"
#include "views/tiereditdelegate.h"
#include "views/tierstudiodialog.h"
#include "views/valuecharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGroupBox>
#include <QHBarModelMapper>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVXYModelMapper>

#include <QValueAxis>
#include <algorithm>

namespace clientele {

namespace {

QWidget *boxed(const QString &title, std::initializer_list<QWidget *> widgets, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return box;
}

bool sameTiers(const std::vector<TierDefinition> &a, const std::vector<TierDefinition> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const TierDefinition &x, const TierDefinition &y) {
        return x.key == y.key && x.minSpendMinor == y.minSpendMinor && x.minOrders == y.minOrders;
    });
}

} // namespace

ParetoTiersPage::ParetoTiersPage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_lorenzModel(new LorenzModel(this))
    , m_headModel(new HeadDistributionModel(this))
    , m_editModel(new TierEditModel(this))
    , m_summaryModel(new TierSummaryModel(this))
    , m_reratingModel(new ReratingModel(this))
    , m_rerating(new ReratingController(controller, this))
{
    connect(m_rerating, &ReratingController::finished, this, &ParetoTiersPage::showRerating);
    for (QTimer *timer : {&m_tierDebounce, &m_reratingDebounce}) {
        timer->setSingleShot(true);
        timer->setInterval(150);
    }
    connect(&m_tierDebounce, &QTimer::timeout, this, &ParetoTiersPage::applyTiers);
    connect(&m_reratingDebounce, &QTimer::timeout, this, &ParetoTiersPage::runRerating);
    connect(m_editModel, &TierEditModel::tiersEdited, &m_tierDebounce, qOverload<>(&QTimer::start));
    m_editModel->setTiers(controller->parameters().tiers.tiers);

    auto *headTable = makeValueTable(m_headModel, QStringLiteral("headDistributionTable"), this);
    m_summaryTable = makeValueTable(m_summaryModel, QStringLiteral("tierSummaryTable"), this);
    m_summaryTable->setToolTip(tr("Double-click a tier to list its members."));
    connect(m_summaryTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int tier = index.data(TierSummaryModel::TierIndexRole).toInt();
        CustomerFilter filter;
        filter.tier = tier;
        Q_EMIT showCustomersRequested(
            filter, tr("Tier: %1").arg(tierLabel(m_summaryModel->result().tiers[size_t(tier)])));
    });

    headTable->horizontalHeader()->setStretchLastSection(false);
    headTable->hideColumn(HeadDistributionModel::CountColumn); // the count is in the first header
    fitTableHeightToRows(headTable);
    fitTableHeightToRows(m_summaryTable);

    m_summaryTable->horizontalHeader()->setStretchLastSection(false);

    // Left: where the revenue is (80/20); right: the tier rules built on it.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildLorenzChart(), 1);
    leftLayout->addWidget(boxed(tr("Head customers: distributions (seeds for tier rules)"), {headTable}, this));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildTierEditor());
    rightLayout->addWidget(boxed(tr("Tier summary (rating window up to the as-of day)"), {m_summaryTable}, this));
    rightLayout->addWidget(buildTierChart(), 1);
    rightLayout->addWidget(buildRerating());
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setSizes({700, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(columns);
}

QList<QWidget *> ParetoTiersPage::charts() const
{
    return {m_lorenzView, m_tierView};
}

QWidget *ParetoTiersPage::buildLorenzChart()
{
    auto *curve = new QLineSeries;
    curve->setName(tr("Lorenz curve"));
    curve->setPen(QPen(palette::blue(), 2.5));
    auto *mapper = new QVXYModelMapper(this);
    mapper->setXColumn(LorenzModel::CustomerShareColumn);
    mapper->setYColumn(LorenzModel::RevenueShareColumn);
    mapper->setSeries(curve);
    mapper->setModel(m_lorenzModel);

    auto *equality = new QLineSeries;
    equality->setName(tr("Equality"));
    equality->setPen(QPen(palette::guide(), 1.5, Qt::DashLine));
    equality->append(0, 0);
    equality->append(100, 100);
    m_headGuide = new QLineSeries;
    m_headGuide->setPen(QPen(palette::sand(), 1.2, Qt::DotLine));
    m_headPoint = new QScatterSeries;
    m_headPoint->setName(tr("Head boundary"));
    m_headPoint->setColor(palette::sand());
    m_headPoint->setBorderColor(palette::ink());
    m_headPoint->setMarkerSize(11);

    QChart *chart = makeValueChart(tr("Lorenz curve of net revenue"));
    auto *x = makeValueAxis(tr("Share of customers (%), poorest first"));
    auto *y = makeValueAxis(tr("Share of net revenue (%)"));
    for (auto *axis : {x, y}) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{equality, m_headGuide, curve, m_headPoint}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart->legend()->markers(m_headGuide).constFirst()->setVisible(false);
    m_headLabelBack = new QGraphicsRectItem(chart);
    m_headLabelBack->setBrush(QColor(255, 255, 255, 225));
    m_headLabelBack->setPen(Qt::NoPen);
    m_headLabel = new QGraphicsSimpleTextItem(chart);
    QFont font = m_headLabel->font();
    font.setBold(true);
    m_headLabel->setFont(font);
    m_headLabel->setBrush(palette::ink());
    connect(chart, &QChart::plotAreaChanged, this, &ParetoTiersPage::placeHeadLabel);
    m_lorenzView = makeValueChartView(chart, QStringLiteral("pareto-lorenz"), this);
    return m_lorenzView;
}

QWidget *ParetoTiersPage::buildTierChart()
{
    auto *series = new QHorizontalStackedBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setBarWidth(0.55);
    auto *mapper = new QHBarModelMapper(this);
    mapper->setFirstColumn(TierSummaryModel::ShareColumn);
    mapper->setColumnCount(2); // ShareColumn, RevenueShareColumn
    mapper->setSeries(series);
    mapper->setFirstBarSetRow(0);
    mapper->setLastBarSetRow(-1);
    mapper->setModel(m_summaryModel);
    connect(m_summaryModel, &QAbstractItemModel::modelReset, mapper,
        [this, mapper] { mapper->setLastBarSetRow(m_summaryModel->rowCount() - 1); });
    colourBarSets(series, [series](int i) { return palette::tier(i, int(series->count())); });
    connect(series, &QAbstractBarSeries::barsetsAdded, this, [series] {
        // Labels of thin segments would overlap: show them only when every segment is wide enough
        // (the table next to the chart and the tooltips carry the numbers).
        bool wide = true;
        for (QBarSet *set : series->barSets()) {
            set->setLabelColor(Qt::white);
            for (int i = 0; i < set->count(); ++i)
                wide = wide && set->at(i) >= 6.0;
        }
        series->setLabelsVisible(wide);
    });
    connect(series, &QAbstractBarSeries::hovered, this, [](bool status, int index, QBarSet *set) {
        if (!status)
            return QToolTip::hideText();
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2% of %3")
                .arg(set->label(), QLocale().toString(set->at(index), 'f', 1),
                    index == 0 ? tr("members") : tr("net spend")));
    });

    QChart *chart = makeValueChart(tr("Tiers: share of members and of net spend"));
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->setCategories({tr("Members"), tr("Net spend")});
    categories->setReverse(true);
    styleAxis(categories, QString());
    auto *share = makeValueAxis(tr("Share (%)"));
    share->setRange(0, 100);
    share->setTickCount(6);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(share);
    m_tierView = makeValueChartView(chart, QStringLiteral("tier-shares"), this);
    return m_tierView;
}

QWidget *ParetoTiersPage::buildTierEditor()
{
    m_editTable = makeValueTable(m_editModel, QStringLiteral("tierEditTable"), this);
    m_editTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_editTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_editTable->setItemDelegate(new TierEditDelegate(m_editTable));
    m_editTable->horizontalHeader()->setStretchLastSection(false);
    fitTableHeightToRows(m_editTable);
    m_useSuggestion = new QPushButton(tr("Use suggested thresholds"), this);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedThresholds"));
    connect(m_useSuggestion, &QPushButton::clicked, this, &ParetoTiersPage::useSuggestion);
    m_suggestionText = new QLabel(this);
    m_suggestionText->setWordWrap(true);
    m_tierMessage = new QLabel(this);
    m_tierMessage->setObjectName(QStringLiteral("tierMessage"));
    m_tierMessage->setWordWrap(true);
    m_tierMessage->setStyleSheet(QStringLiteral("color: %1;").arg(palette::rose().name()));
    m_tierMessage->hide();
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_useSuggestion);
    rowLayout->addWidget(m_suggestionText, 1);
    auto *studio = new QPushButton(tr("Tier studio…"), this);
    studio->setObjectName(QStringLiteral("openTierStudio"));
    studio->setToolTip(tr("Save these tiers as a named design, compare designs, export a PDF report, present."));
    connect(studio, &QPushButton::clicked, this, [this] { (new TierStudioDialog(controller(), this))->open(); });
    rowLayout->addWidget(studio);
    return boxed(tr("Tier rules: net spend ≥ threshold (or the optional orders track)"),
        {m_editTable, row, m_tierMessage}, this);
}

QWidget *ParetoTiersPage::buildRerating()
{
    m_reratingOffset = new QSpinBox(this);
    m_reratingOffset->setObjectName(QStringLiteral("reratingOffset"));
    m_reratingOffset->setRange(1, 3650);
    m_reratingOffset->setValue(365);
    m_reratingOffset->setSuffix(tr(" days"));
    m_reratingOffset->setToolTip(tr("Simulates a first rating this many days before the as-of day and the "
                                    "re-rating on the as-of day, on the orders of the data."));
    m_downgradeRule = new QComboBox(this);
    m_downgradeRule->setObjectName(QStringLiteral("downgradeRule"));
    m_downgradeRule->addItem(tr("Everyone gets the tier earned"), int(DowngradeRule::ToEarnedTier));
    m_downgradeRule->addItem(tr("Drop at most one tier"), int(DowngradeRule::AtMostOneTier));
    connect(m_reratingOffset, &QSpinBox::valueChanged, &m_reratingDebounce, qOverload<>(&QTimer::start));
    connect(m_downgradeRule, &QComboBox::currentIndexChanged, &m_reratingDebounce, qOverload<>(&QTimer::start));
    m_reratingText = new QLabel(this);
    m_reratingText->setObjectName(QStringLiteral("reratingSummary"));
    m_reratingText->setWordWrap(true);
    auto *matrix = makeValueTable(m_reratingModel, QStringLiteral("reratingTable"), this);
    matrix->verticalHeader()->show();
    matrix->horizontalHeader()->setStretchLastSection(false);
    fitTableHeightToRows(matrix);

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Re-rate after"), controls));
    row->addWidget(m_reratingOffset);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Downgrade rule"), controls));
    row->addWidget(m_downgradeRule);
    row->addStretch(1);
    return boxed(tr("Re-rating what-if"), {controls, m_reratingText, matrix}, this);
}

void ParetoTiersPage::onResultsChanged()
{
    const auto results = controller()->results();
    if (!results)
        return;
    m_lorenzModel->setResult(results->pareto);
    m_headModel->setResult(results->pareto);
    m_summaryModel->setResult(results->tiers);
    const auto &tiers = controller()->parameters().tiers.tiers;
    if (!m_tierDebounce.isActive() && m_tierMessage->isHidden() && !sameTiers(tiers, m_editModel->tiers()))
        m_editModel->setTiers(tiers);

    const ThresholdSuggestion &s = results->tierSuggestion;
    const bool usable = s.ok() && s.thresholdsMinor.size() == m_editModel->tiers().size();
    m_useSuggestion->setEnabled(usable);
    QStringList parts;
    for (size_t i = 0; usable && i < s.tiers.size(); ++i)
        parts << tr("%1 ≥ %2 (top %3%)")
                     .arg(tierDisplayName(m_editModel->tiers()[i + 1]), formatMoney(s.tiers[i].thresholdMinor))
                     .arg(s.tiers[i].topPercent);
    m_suggestionText->setText(usable ? parts.join(QStringLiteral(", ")) : s.error);
    updateLorenzDecorations();
    runRerating();
}

void ParetoTiersPage::updateLorenzDecorations()
{
    const ParetoResult &p = controller()->results()->pareto;
    QChart *chart = m_lorenzView->chart();
    m_headPoint->clear();
    m_headGuide->clear();
    if (!p.ok() || p.customers == 0) {
        chart->setTitle(tr("Lorenz curve of net revenue"));
        m_headLabel->setText(QString());
        m_headLabelBack->setRect(QRectF());
        return;
    }
    chart->setTitle(tr("Lorenz curve of net revenue — Gini %1").arg(QLocale().toString(p.gini, 'f', 2)));
    const double x = 100.0 - p.headPercent;
    const double y = 100.0 * (1.0 - p.headRevenueShare);
    m_headPoint->append(x, y);
    m_headGuide->append(x, 0);
    m_headGuide->append(x, 100);
    m_headLabel->setText(tr("Top %1% of customers bring %2% of revenue")
                             .arg(p.headPercent)
                             .arg(QLocale().toString(p.headRevenueShare * 100.0, 'f', 0)));
    placeHeadLabel();
}

void ParetoTiersPage::placeHeadLabel()
{
    if (m_headPoint->count() == 0)
        return;
    QChart *chart = m_lorenzView->chart();
    const QPointF at = chart->mapToPosition(m_headPoint->at(0), m_headPoint);
    const QRectF text = m_headLabel->boundingRect();
    // Left of the point, between the curve and the diagonal, where the plot is empty.
    const qreal left = std::max(chart->plotArea().left() + 4, at.x() - text.width() - 14);
    m_headLabel->setPos(left, at.y() - text.height() - 8);
    m_headLabelBack->setRect(QRectF(m_headLabel->pos(), text.size()).adjusted(-4, -2, 4, 2));
}

void ParetoTiersPage::applyTiers()
{
    AnalysisParameters parameters = controller()->parameters();
    parameters.tiers.tiers = m_editModel->tiers();
    const QString error = controller()->parameterProblem(parameters);
    m_tierMessage->setText(error);
    m_tierMessage->setVisible(!error.isEmpty());
    if (!error.isEmpty() || sameTiers(parameters.tiers.tiers, controller()->parameters().tiers.tiers))
        return;
    controller()->setParameters(parameters);
}

void ParetoTiersPage::useSuggestion()
{
    const auto results = controller()->results();
    if (results && results->tierSuggestion.ok())
        m_editModel->setSpendThresholds(results->tierSuggestion.thresholdsMinor);
}

void ParetoTiersPage::runRerating()
{
    m_rerating->run(m_reratingOffset->value(), DowngradeRule(m_downgradeRule->currentData().toInt()));
}

void ParetoTiersPage::showRerating()
{
    const ReratingResult &result = m_rerating->result();
    m_reratingModel->setResult(result);
    if (!result.ok()) {
        m_reratingText->setText(result.error);
        return;
    }
    qint64 newcomers = 0;
    for (qint64 n : result.newcomers)
        newcomers += n;
    QString text = tr("Rated on %1, re-rated on %2: %3 customers — ↑ %4 up, = %5 stay, ↓ %6 down. "
                      "%7 newcomers joined in between (not in the matrix).")
                       .arg(dayToIsoDate(result.ratingDay), dayToIsoDate(result.nextRatingDay),
                           formatCount(result.ratedCustomers), formatCount(result.movedUp), formatCount(result.stayed),
                           formatCount(result.movedDown), formatCount(newcomers));
    if (result.heldByRule > 0)
        text += u' ' + tr("%1 were kept above their earned tier by the rule.").arg(formatCount(result.heldByRule));
    if (m_rerating->startsBeforeData())
        text += u' ' + tr("The first rating day is before the first order, so its tiers are incomplete.");
    m_reratingText->setText(text);
}

} // namespace clientele
