#pragma once

#include "views/workbenchpage.h"

#include <QTimer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

namespace clientele {

class HeadDistributionModel;
class LorenzModel;
class ReratingController;
class ReratingModel;
class TierEditModel;
class TierSummaryModel;

// 80/20 & Tiers: the Lorenz curve with the head point and Gini, the head customers' distributions (seeds
// for tier rules), the tier editor (thresholds validated inline, applied through the controller, or taken
// from the suggestion), the tier summary with a stacked share chart, and a re-rating what-if run in a
// worker. Double-clicking a tier row asks for that tier's customers.
class ParetoTiersPage : public WorkbenchPage
{
    Q_OBJECT
public:
    explicit ParetoTiersPage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("pareto"); }
    QString title() const override { return tr("80/20 & Tiers"); }
    QList<QWidget *> charts() const override;

    LorenzModel *lorenzModel() const { return m_lorenzModel; }
    HeadDistributionModel *headModel() const { return m_headModel; }
    TierEditModel *tierEditModel() const { return m_editModel; }
    TierSummaryModel *tierSummaryModel() const { return m_summaryModel; }
    ReratingModel *reratingModel() const { return m_reratingModel; }

protected:
    void onResultsChanged() override;

private:
    QWidget *buildLorenzChart();
    QWidget *buildTierChart();
    QWidget *buildTierEditor();
    QWidget *buildRerating();
    void applyTiers();
    void useSuggestion();
    void runRerating();
    void showRerating();
    void updateLorenzDecorations();
    void placeHeadLabel();

    LorenzModel *m_lorenzModel;
    HeadDistributionModel *m_headModel;
    TierEditModel *m_editModel;
    TierSummaryModel *m_summaryModel;
    ReratingModel *m_reratingModel;
    ReratingController *m_rerating;
    QChartView *m_lorenzView = nullptr;
    QChartView *m_tierView = nullptr;
    QScatterSeries *m_headPoint = nullptr;
    QLineSeries *m_headGuide = nullptr;
    QGraphicsRectItem *m_headLabelBack = nullptr;
    QGraphicsSimpleTextItem *m_headLabel = nullptr;
    QTableView *m_editTable = nullptr;
    QTableView *m_summaryTable = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QLabel *m_suggestionText = nullptr;
    QLabel *m_tierMessage = nullptr;
    QSpinBox *m_reratingOffset = nullptr;
    QComboBox *m_downgradeRule = nullptr;
    QLabel *m_reratingText = nullptr;
    QTimer m_tierDebounce;
    QTimer m_reratingDebounce;
};

} // namespace clientele
