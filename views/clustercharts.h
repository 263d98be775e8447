#pragma once

#include "analysis/engine/analysisrun.h"
#include "models/clusterpoints.h"

#include <QChartView>

#include <memory>

class QScatterSeries;
class QLineSeries;
class QValueAxis;

namespace clientele {

class KCandidateModel;

// Customers as points coloured by cluster: the PCA projection of the clustering features, or two chosen
// quantities on log scales. Draws a seeded sample of at most maxPoints() customers (said in the title).
class ClusterScatterView : public QChartView
{
    Q_OBJECT
public:
    explicit ClusterScatterView(QWidget *parent = nullptr);

    // `pca` false: x and y are the chosen axes (log scale, value + 1).
    void setResults(std::shared_ptr<const AnalysisResults> results, bool pca, PointAxis x, PointAxis y);
    static qint64 maxPoints() { return 20000; }
    const ClusterPointSample &sample() const { return m_sample; }

    static QString axisName(PointAxis axis); // "Recency (days)" …

private:
    void rebuild();

    std::shared_ptr<const AnalysisResults> m_results;
    ClusterPointSample m_sample;
    bool m_pca = true;
    PointAxis m_x = PointAxis::Recency;
    PointAxis m_y = PointAxis::NetRevenue;
};

// Mean silhouette per k (line and points, left axis) and inertia (dashed line, right axis) from a
// KCandidateModel through QVXYModelMapper; the chosen k is a large red point.
class SilhouetteChartView : public QChartView
{
    Q_OBJECT
public:
    explicit SilhouetteChartView(KCandidateModel *model, QWidget *parent = nullptr);

    // A second title line ("k fixed by you; curve from the last automatic search").
    void setNote(const QString &note);
    QLineSeries *silhouetteSeries() const { return m_silhouette; }
    QLineSeries *inertiaSeries() const { return m_inertia; }
    QScatterSeries *chosenSeries() const { return m_chosen; }

private:
    void updateFromModel();

    KCandidateModel *m_model;
    QString m_note;
    QLineSeries *m_silhouette;
    QScatterSeries *m_silhouettePoints;
    QLineSeries *m_inertia;
    QScatterSeries *m_chosen;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_leftAxis = nullptr;
    QValueAxis *m_rightAxis = nullptr;
};

} // namespace clientele
