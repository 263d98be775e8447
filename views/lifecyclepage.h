#pragma once

#include "views/workbenchpage.h"

#include <QTimer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChartView;
class QLabel;
class QSpinBox;
class QTableView;
class QValueAxis;
QT_END_NAMESPACE

namespace clientele {

class FunnelModel;
class LifecycleStageModel;
class RepurchaseModel;

// Lifecycle: the new → repeat → loyal funnel, customers per activity stage, first-to-second order
// repurchase rates, and the stage boundaries / loyalty rule as live parameters (debounced, validated
// inline, applied through AnalysisController::setParameters). Double-clicking a stage (bar or row) asks
// for that stage's customers.
class LifecyclePage : public WorkbenchPage
{
    Q_OBJECT
public:
    explicit LifecyclePage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("lifecycle"); }
    QString title() const override { return tr("Lifecycle"); }
    QList<QWidget *> charts() const override;

    LifecycleStageModel *stageModel() const { return m_stageModel; }
    FunnelModel *funnelModel() const { return m_funnelModel; }
    RepurchaseModel *repurchaseModel() const { return m_repurchaseModel; }

protected:
    void onResultsChanged() override;

private:
    void buildFunnelChart();
    void buildStageChart();
    QWidget *buildParameterBox();
    void syncEditorsFromParameters();
    void applyParameters();
    void updateAxes();
    void requestStage(int stage);

    LifecycleStageModel *m_stageModel;
    FunnelModel *m_funnelModel;
    RepurchaseModel *m_repurchaseModel;
    QChartView *m_funnelView = nullptr;
    QChartView *m_stageView = nullptr;
    QBarCategoryAxis *m_funnelSteps = nullptr;
    QValueAxis *m_funnelCustomers = nullptr;
    QBarCategoryAxis *m_stageNames = nullptr;
    QValueAxis *m_stageCustomers = nullptr;
    QSpinBox *m_activeMax = nullptr;
    QSpinBox *m_silentMax = nullptr;
    QSpinBox *m_sleepingMax = nullptr;
    QSpinBox *m_loyalOrders = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_stageTable = nullptr;
    QTableView *m_repurchaseTable = nullptr;
    QTimer m_debounce;
};

} // namespace clientele
