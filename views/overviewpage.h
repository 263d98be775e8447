#pragma once

#include "views/workbenchpage.h"

#include <QList>

class QChartView;
class QComboBox;
class QLabel;

namespace clientele {

class OverviewModel;
class SegmentCountModel;
class StageCountModel;

// Overview: KPI tiles (definitions in tooltips), customers per segment as sorted horizontal bars (click
// a bar to list the segment's customers) and customers per activity stage as a donut.
class OverviewPage : public WorkbenchPage
{
    Q_OBJECT
public:
    explicit OverviewPage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QList<QWidget *> charts() const override;

    // For tests.
    OverviewModel *kpiModel() const { return m_kpis; }
    SegmentCountModel *segmentModel() const { return m_segments; }
    StageCountModel *stageModel() const { return m_stages; }
    QComboBox *schemeSelector() const { return m_scheme; } // 0: 11 RFM segments, 1: 8 value classes
    QLabel *tileValueLabel(int kpi) const { return m_tileValues.value(kpi); }
    QChartView *segmentChart() const { return m_segmentChart; }
    QChartView *stageChart() const { return m_stageChart; }
    // What clicking bar `row` (model row = bar from the top) does.
    void requestSegmentCustomers(int row);

protected:
    void onResultsChanged() override;

private:
    void updateTiles();
    void updateSegments();
    void rebuildSegmentChart();
    void rebuildStageChart();

    OverviewModel *m_kpis;
    SegmentCountModel *m_segments;
    StageCountModel *m_stages;
    QComboBox *m_scheme;
    QList<QLabel *> m_tileNames;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileDetails;
    QList<QWidget *> m_tiles;
    QChartView *m_segmentChart;
    QChartView *m_stageChart;
};

} // namespace clientele
