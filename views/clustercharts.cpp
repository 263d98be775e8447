#include "views/clustercharts.h"
#include "models/bilingual.h"

#include "models/kcandidatemodel.h"
#include "views/painting/palette.h"

#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace clientele {

static QString titleHtml(const QString &title, const QString &note)
{
    if (note.isEmpty())
        return QString(QStringLiteral("<b>") % title.toHtmlEscaped() % QStringLiteral("</b>"));
    return QString(QStringLiteral("<b>") % title.toHtmlEscaped()
        % QStringLiteral("</b><br><span style=\"font-size:small\">") % note.toHtmlEscaped()
        % QStringLiteral("</span>"));
}

static void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

ClusterScatterView::ClusterScatterView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 360);
    chart()->legend()->setAlignment(Qt::AlignRight); // a column of labels fits ten clusters
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setTitle(titleHtml(tr("Customers by cluster"), tr("No results yet")));
}

QString ClusterScatterView::axisName(PointAxis axis)
{
    switch (axis) {
    case PointAxis::Recency:
        return tr("Recency (days since last order)");
    case PointAxis::Orders:
        return tr("Orders (count)");
    case PointAxis::NetRevenue:
        return tr("Net revenue (currency units)");
    case PointAxis::AverageOrderValue:
        return tr("Average order value (currency units)");
    case PointAxis::Tenure:
        return tr("Tenure (days since first order)");
    }
    return {};
}

void ClusterScatterView::setResults(std::shared_ptr<const AnalysisResults> results, bool pca, PointAxis x, PointAxis y)
{
    const bool sameResults = results == m_results;
    m_results = std::move(results);
    m_pca = pca;
    m_x = x;
    m_y = y;
    if (!sameResults)
        m_sample = m_results ? sampleClusterPoints(m_results->clusters, maxPoints()) : ClusterPointSample{};
    rebuild();
}

void ClusterScatterView::rebuild()
{
    QChart *c = chart();
    clearChart(c);
    const QLocale locale;
    if (!m_results || !m_results->clusters.ok() || m_sample.total == 0) {
        const QString why
            = m_results && !m_results->clusters.ok() ? m_results->clusters.errorMessage : tr("No results yet");
        c->setTitle(titleHtml(tr("Customers by cluster"), why));
        return;
    }
    const ClusteringResult &clusters = m_results->clusters;
    QString note = m_sample.sampled() ? tr("%1 of %2 customers drawn (seeded sample, every cluster kept)")
                                            .arg(locale.toString(m_sample.drawn), locale.toString(m_sample.total))
                                      : tr("All %1 customers").arg(locale.toString(m_sample.total));
    if (!m_pca)
        note += tr(" · log scales, value + 1 so zero fits; negative net revenue shown as 0");
    c->setTitle(titleHtml(m_pca ? tr("Customers by cluster (PCA projection)") : tr("Customers by cluster"), note));

    double xMin = HUGE_VAL, xMax = -HUGE_VAL, yMin = HUGE_VAL, yMax = -HUGE_VAL;
    std::vector<QScatterSeries *> series;
    for (const ClusterProfile &profile : clusters.profiles) {
        const auto &rows = m_sample.rowsByCluster[size_t(profile.id)];
        const QList<QPointF> points = m_pca ? pcaPoints(clusters, rows) : axisPoints(*m_results, rows, m_x, m_y);
        for (const QPointF &p : points) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        auto *s = new QScatterSeries;
        s->setUseOpenGL(false); // the offscreen platform and remote desktops have no usable GL
        s->setName(tr("%1 · %2").arg(profile.id).arg(inUiLanguage(profile.labelEnglish, profile.labelChinese)));
        s->setMarkerSize(points.size() > 3000 ? 4.0 : 6.0);
        QColor colour = palette::categorical(profile.id);
        colour.setAlphaF(points.size() > 3000 ? 0.55f : 0.8f);
        s->setColor(colour);
        s->setBorderColor(Qt::transparent);
        s->replace(points);
        c->addSeries(s);
        series.push_back(s);
        const QString tip = tr("Cluster %1: %2\n%3\n%4 customers (%5% of active)")
                                .arg(profile.id)
                                .arg(profile.labelEnglish, profile.labelChinese, locale.toString(profile.size),
                                    locale.toString(profile.share * 100.0, 'f', 1));
        connect(s, &QScatterSeries::hovered, this, [tip](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
        });
    }
    if (xMin > xMax) {
        xMin = yMin = 0;
        xMax = yMax = 1;
    }
    QAbstractAxis *xAxis = nullptr;
    QAbstractAxis *yAxis = nullptr;
    if (m_pca) {
        const auto &ratio = clusters.pcaExplainedVarianceRatio;
        auto pcTitle = [&](int i) {
            const double r = size_t(i) < ratio.size() ? ratio[size_t(i)] * 100.0 : 0.0;
            return tr("Principal component %1 (%2% of variance)").arg(i + 1).arg(locale.toString(r, 'f', 0));
        };
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        const double padX = std::max(0.05, (xMax - xMin) * 0.04), padY = std::max(0.05, (yMax - yMin) * 0.04);
        x->setRange(xMin - padX, xMax + padX);
        y->setRange(yMin - padY, yMax + padY);
        x->setTitleText(pcTitle(0));
        y->setTitleText(pcTitle(1));
        x->setLabelFormat(QStringLiteral("%.1f"));
        y->setLabelFormat(QStringLiteral("%.1f"));
        x->applyNiceNumbers();
        y->applyNiceNumbers();
        xAxis = x;
        yAxis = y;
    } else {
        auto logAxis = [](PointAxis which, double max) {
            auto *a = new QLogValueAxis;
            a->setBase(10.0);
            a->setLabelFormat(QStringLiteral("%g"));
            a->setMinorTickCount(0); // decades only: minor lines crowd a small chart
            a->setRange(1.0, std::pow(10.0, std::ceil(std::log10(std::max(10.0, max)))));
            a->setTitleText(tr("%1 + 1, log scale").arg(axisName(which)));
            return a;
        };
        xAxis = logAxis(m_x, xMax);
        yAxis = logAxis(m_y, yMax);
    }
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    for (QScatterSeries *s : series) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    // The legend names clusters in English; hovering a legend entry shows the Chinese label.
    for (const ClusterProfile &profile : clusters.profiles) {
        const QList<QLegendMarker *> markers = c->legend()->markers(series[size_t(profile.id)]);
        for (QLegendMarker *marker : markers) {
            const QString tip = profile.labelChinese;
            connect(marker, &QLegendMarker::hovered, this, [tip](bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), tip);
            });
        }
    }
}

SilhouetteChartView::SilhouetteChartView(KCandidateModel *model, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_model(model)
    , m_silhouette(new QLineSeries)
    , m_silhouettePoints(new QScatterSeries)
    , m_inertia(new QLineSeries)
    , m_chosen(new QScatterSeries)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    setToolTip(tr("Mean silhouette: higher means tighter, better separated clusters. Inertia: the elbow where it stops "
                  "falling fast suggests k."));
    QChart *c = chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);

    m_silhouette->setName(tr("Mean silhouette"));
    m_silhouette->setPen(QPen(palette::categorical(0), 2.0));
    m_silhouettePoints->setColor(palette::categorical(0));
    m_silhouettePoints->setBorderColor(Qt::white);
    m_silhouettePoints->setMarkerSize(8.0);
    m_inertia->setName(tr("Inertia"));
    m_inertia->setPen(QPen(palette::categorical(10), 2.0, Qt::DashLine));
    m_chosen->setColor(palette::highlight());
    m_chosen->setBorderColor(Qt::white);
    m_chosen->setMarkerSize(14.0);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_silhouette, m_silhouettePoints, m_inertia, m_chosen}) {
        s->setUseOpenGL(false);
        c->addSeries(s);
    }
    c->legend()->markers(m_silhouettePoints).value(0)->setVisible(false);

    auto mapper = [this](QXYSeries *series, int yColumn) {
        auto *m = new QVXYModelMapper(this);
        m->setXColumn(KCandidateModel::KColumn);
        m->setYColumn(yColumn);
        m->setSeries(series);
        m->setModel(m_model);
    };
    mapper(m_silhouette, KCandidateModel::SilhouetteColumn);
    mapper(m_silhouettePoints, KCandidateModel::SilhouetteColumn);
    mapper(m_inertia, KCandidateModel::InertiaColumn);

    auto *x = m_xAxis = new QValueAxis;
    x->setTitleText(tr("Number of clusters k"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(1);
    auto *left = m_leftAxis = new QValueAxis;
    left->setTitleText(tr("Mean silhouette (−1 to 1)"));
    left->setLabelFormat(QStringLiteral("%.2f"));
    auto *right = m_rightAxis = new QValueAxis;
    right->setTitleText(tr("Inertia (standardised units²)"));
    right->setLabelFormat(QStringLiteral("%.0f"));
    right->setLinePenColor(palette::categorical(10));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(left, Qt::AlignLeft);
    c->addAxis(right, Qt::AlignRight);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_silhouette, m_silhouettePoints, m_chosen}) {
        s->attachAxis(x);
        s->attachAxis(left);
    }
    m_inertia->attachAxis(x);
    m_inertia->attachAxis(right);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SilhouetteChartView::updateFromModel);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SilhouetteChartView::updateFromModel);
    updateFromModel();
}

void SilhouetteChartView::setNote(const QString &note)
{
    m_note = note;
    updateFromModel();
}

void SilhouetteChartView::updateFromModel()
{
    QChart *c = chart();
    const auto &candidates = m_model->candidates();
    const int chosenK = m_model->chosenK();
    c->setTitle(titleHtml(chosenK > 0 ? tr("Choosing k: silhouette and elbow (k = %1)").arg(chosenK)
                                      : tr("Choosing k: silhouette and elbow"),
        m_note));
    int kMin = 2, kMax = 10;
    double sMin = 0.0, sMax = 0.5, iMax = 1.0;
    if (!candidates.empty()) {
        kMin = candidates.front().k;
        kMax = candidates.front().k;
        for (const KCandidate &k : candidates) {
            kMin = std::min(kMin, k.k);
            kMax = std::max(kMax, k.k);
            if (!std::isnan(k.silhouette)) {
                sMin = std::min(sMin, k.silhouette);
                sMax = std::max(sMax, k.silhouette);
            }
            iMax = std::max(iMax, k.inertia);
        }
    }
    kMin = std::min(kMin, chosenK > 0 ? chosenK : kMin);
    kMax = std::max(kMax, chosenK);
    m_xAxis->setRange(kMin - 0.5, kMax + 0.5);
    // Ticks at round tenths (or fifths when the range is wide) rather than at arbitrary fractions.
    const double lo = std::floor(sMin * 10.0) / 10.0, hi = std::min(1.0, (std::floor(sMax * 10.0) + 1.0) / 10.0);
    const int tenths = int(std::lround((hi - lo) * 10.0));
    m_leftAxis->setRange(lo, tenths > 10 && tenths % 2 ? hi + 0.1 : hi);
    m_leftAxis->setTickCount(tenths > 10 ? (tenths + 1) / 2 + 1 : tenths + 1);
    m_leftAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_rightAxis->setRange(0.0, iMax * 1.1);
    m_rightAxis->applyNiceNumbers();
    QList<QPointF> chosen;
    const int row = m_model->chosenRow();
    if (row >= 0 && !std::isnan(candidates[size_t(row)].silhouette))
        chosen.append(QPointF(candidates[size_t(row)].k, candidates[size_t(row)].silhouette));
    m_chosen->replace(chosen);
    m_chosen->setName(chosenK > 0 ? tr("Chosen k = %1").arg(chosenK) : tr("Chosen k"));
}

} // namespace clientele
