#include "views/overviewpage.h"

#include "models/bilingual.h"

#include "models/analysiscontroller.h"
#include "models/overviewmodel.h"
#include "models/segmentcountmodel.h"
#include "views/chartexport.h"
#include "views/painting/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

static QString chartTitle(const QString &title, const QString &note)
{
    return QString(QStringLiteral("<b>") % title.toHtmlEscaped()
        % QStringLiteral("</b><br><span style=\"font-size:small\">") % note.toHtmlEscaped()
        % QStringLiteral("</span>"));
}

OverviewPage::OverviewPage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_kpis(new OverviewModel(this))
    , m_segments(new SegmentCountModel(this))
    , m_stages(new StageCountModel(this))
    , m_scheme(new QComboBox(this))
    , m_segmentChart(new QChartView(new QChart, this))
    , m_stageChart(new QChartView(new QChart, this))
{
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const QColor muted = palette::mutedText();
    for (int kpi = 0; kpi < OverviewModel::KpiCount; ++kpi) {
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("kpiTile"));
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setStyleSheet(QStringLiteral("QFrame#kpiTile { border: 1px solid #d5d9df; border-radius: 6px; }"));
        auto *name = new QLabel(tile);
        auto *value = new QLabel(tile);
        auto *detail = new QLabel(tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        for (QLabel *label : {name, detail}) {
            QPalette p = label->palette();
            p.setColor(QPalette::WindowText, muted);
            label->setPalette(p);
        }
        detail->setWordWrap(true);
        auto *box = new QVBoxLayout(tile);
        box->setContentsMargins(10, 6, 10, 6);
        box->setSpacing(2);
        box->addWidget(name);
        box->addWidget(value);
        box->addWidget(detail);
        tiles->addWidget(tile, kpi / 3, kpi % 3);
        m_tiles.append(tile);
        m_tileNames.append(name);
        m_tileValues.append(value);
        m_tileDetails.append(detail);
    }

    m_scheme->addItem(tr("11 RFM segments"));
    m_scheme->addItem(tr("8 value classes (重要价值 …)"));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &OverviewPage::updateSegments);

    for (QChartView *view : {m_segmentChart, m_stageChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
        view->setMinimumSize(360, 300);
    }
    addChartExportAction(m_segmentChart, QStringLiteral("overview-segments"));
    addChartExportAction(m_stageChart, QStringLiteral("overview-stages"));

    auto *schemeRow = new QHBoxLayout;
    schemeRow->addWidget(new QLabel(tr("Segments:"), this));
    schemeRow->addWidget(m_scheme);
    schemeRow->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addLayout(schemeRow);
    left->addWidget(m_segmentChart, 1);
    auto *charts = new QHBoxLayout;
    charts->addLayout(left, 3);
    charts->addWidget(m_stageChart, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);

    connect(m_kpis, &QAbstractItemModel::modelReset, this, &OverviewPage::updateTiles);
    connect(m_segments, &QAbstractItemModel::modelReset, this, &OverviewPage::rebuildSegmentChart);
    connect(m_stages, &QAbstractItemModel::modelReset, this, &OverviewPage::rebuildStageChart);
    updateTiles();
    rebuildSegmentChart();
    rebuildStageChart();
}

QList<QWidget *> OverviewPage::charts() const
{
    return {m_segmentChart, m_stageChart};
}

void OverviewPage::onResultsChanged()
{
    const auto results = controller()->results();
    if (!results)
        return;
    m_kpis->setKpis(computeOverviewKpis(*results));
    m_stages->setLifecycle(results->lifecycle);
    updateSegments();
}

void OverviewPage::updateSegments()
{
    const auto results = controller()->results();
    if (results)
        m_segments->setSummary(m_scheme->currentIndex() == 0 ? results->gridSummary : results->valueSummary);
}

void OverviewPage::updateTiles()
{
    for (int row = 0; row < m_kpis->rowCount(); ++row) {
        const QModelIndex name = m_kpis->index(row, OverviewModel::NameColumn);
        const QModelIndex value = m_kpis->index(row, OverviewModel::ValueColumn);
        m_tileNames[row]->setText(name.data().toString());
        m_tileValues[row]->setText(value.data().toString());
        m_tileDetails[row]->setText(value.data(OverviewModel::DetailRole).toString());
        m_tiles[row]->setToolTip(value.data(Qt::ToolTipRole).toString());
    }
}

void OverviewPage::requestSegmentCustomers(int row)
{
    if (row < 0 || row >= m_segments->rowCount())
        return;
    CustomerFilter filter;
    filter.segment = m_segments->segmentAt(row);
    const QModelIndex index = m_segments->index(row, SegmentCountModel::NameColumn);
    Q_EMIT showCustomersRequested(filter,
        tr("Segment %1 (%2)")
            .arg(index.data().toString(),
                m_segments->index(row, SegmentCountModel::ChineseNameColumn).data().toString()));
}

void OverviewPage::rebuildSegmentChart()
{
    QChart *chart = m_segmentChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const int n = m_segments->rowCount();
    const QLocale locale;
    chart->setTitle(chartTitle(tr("Customers per segment"),
        n > 0 ? tr("As of %1 · hover for the Chinese name, click a bar to list the customers")
                    .arg(dayToIsoDate(m_kpis->kpis().asOfDay))
              : tr("No results yet")));
    chart->legend()->hide();
    if (n == 0)
        return;
    // Horizontal bars grow upwards from the first category: add rows bottom-up so the largest is on top.
    auto *set = new QBarSet(tr("Customers"));
    set->setColor(palette::categorical(0));
    set->setBorderColor(Qt::transparent);
    set->setLabelColor(palette::mutedText());
    QStringList categories;
    qint64 max = 1;
    for (int row = n - 1; row >= 0; --row) {
        const qint64 count
            = m_segments->index(row, SegmentCountModel::CustomersColumn).data(SegmentCountModel::SortRole).toLongLong();
        set->append(double(count));
        max = std::max(max, count);
        categories.append(m_segments->index(row, SegmentCountModel::NameColumn).data().toString());
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Customers (count)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(0, double(max) * 1.15);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    connect(set, &QBarSet::clicked, this, [this, n](int index) { requestSegmentCustomers(n - 1 - index); });
    connect(set, &QBarSet::hovered, this, [this, n](bool state, int index) {
        const int row = n - 1 - index;
        if (!state || row < 0 || row >= m_segments->rowCount())
            return;
        const QModelIndex name = m_segments->index(row, SegmentCountModel::NameColumn);
        QToolTip::showText(QCursor::pos(),
            tr("%1 · %2\n%3 customers (%4), %5 of net revenue\n%6")
                .arg(name.data().toString(),
                    m_segments->index(row, SegmentCountModel::ChineseNameColumn).data().toString(),
                    m_segments->index(row, SegmentCountModel::CustomersColumn).data().toString(),
                    m_segments->index(row, SegmentCountModel::ShareColumn).data().toString(),
                    m_segments->index(row, SegmentCountModel::RevenueShareColumn).data().toString(),
                    tr("Click to list these customers.")));
    });
}

void OverviewPage::rebuildStageChart()
{
    QChart *chart = m_stageChart->chart();
    chart->removeAllSeries();
    const int n = m_stages->rowCount();
    QStringList ranges;
    for (int row = 0; row < n; ++row)
        ranges.append(m_stages->index(row, StageCountModel::DaysColumn).data().toString());
    chart->setTitle(chartTitle(tr("Customers by activity stage"),
        n > 0 ? tr("Days since the last order: %1").arg(ranges.join(QStringLiteral(" / "))) : tr("No results yet")));
    chart->legend()->setAlignment(Qt::AlignRight);
    if (n == 0)
        return;
    static const int colours[] = {2, 3, 9, 11}; // green, sand, orange, grey: active → lost
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.75);
    for (int row = 0; row < n; ++row) {
        const auto text = [&](int column) { return m_stages->index(row, column).data().toString(); };
        const qint64 customers
            = m_stages->index(row, StageCountModel::CustomersColumn).data(StageCountModel::SortRole).toLongLong();
        // "Active 活跃" in English, just "活跃" in the Chinese UI.
        const QString name
            = withChineseName(text(StageCountModel::NameColumn), text(StageCountModel::ChineseNameColumn));
        auto *slice = series->append(tr("%1 · %2").arg(name, text(StageCountModel::ShareColumn)), double(customers));
        slice->setColor(palette::categorical(colours[row % 4]));
        slice->setBorderColor(Qt::white);
        const QString tip = m_stages->index(row, 0).data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
            + tr("%1 customers").arg(QLocale().toString(customers));
        connect(slice, &QPieSlice::hovered, this, [tip](bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
        });
        const int stage = m_stages->index(row, 0).data(StageCountModel::StageRole).toInt();
        connect(slice, &QPieSlice::clicked, this, [this, stage, description = name] {
            CustomerFilter filter;
            filter.stage = ActivityStage(stage);
            Q_EMIT showCustomersRequested(filter, tr("Stage %1").arg(description));
        });
    }
    chart->addSeries(series);
}

} // namespace clientele
