#pragma once

#include "views/workbenchpage.h"

#include <QTimer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QValueAxis;
QT_END_NAMESPACE

namespace clientele {

class AliveHistogramModel;
class ChurnWarningModel;
class HoldoutModel;
class PredictionSummaryModel;

// Prediction: BG/NBD + Gamma-Gamma repurchase and churn prediction. The fit is off by default (about a
// second on 370k customers), so the first time the page is shown it switches it on through
// AnalysisController::setParameters() and says so while the worker fits. Shows the calibration/holdout
// check (actual vs predicted holdout purchases by calibration frequency), the distribution of P(alive),
// the valuable customers at risk (with a hand-off to the Customers page) and the fitted parameters.
// The horizon, threshold, valuable share, model variant and CLV settings are live parameters (debounced).
class PredictionPage : public WorkbenchPage
{
    Q_OBJECT
public:
    explicit PredictionPage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("prediction"); }
    QString title() const override { return tr("Prediction"); }
    QList<QWidget *> charts() const override;

    HoldoutModel *holdoutModel() const { return m_holdoutModel; }
    AliveHistogramModel *histogramModel() const { return m_histogramModel; }
    ChurnWarningModel *churnModel() const { return m_churnModel; }
    PredictionSummaryModel *summaryModel() const { return m_summaryModel; }

protected:
    void onResultsChanged() override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildParameterBox();
    QWidget *buildSummaryBox();
    QWidget *buildChurnBox();
    void buildHoldoutChart();
    void buildHistogramChart();
    void syncEditorsFromParameters();
    void applyParameters();
    void updateStatus();
    void updateCharts();
    void updateSummaryForm();
    void requestChurnedCustomers();

    HoldoutModel *m_holdoutModel;
    AliveHistogramModel *m_histogramModel;
    ChurnWarningModel *m_churnModel;
    PredictionSummaryModel *m_summaryModel;
    QChartView *m_holdoutView = nullptr;
    QChartView *m_histogramView = nullptr;
    QBarCategoryAxis *m_holdoutFrequencies = nullptr;
    QValueAxis *m_holdoutMean = nullptr;
    QBarCategoryAxis *m_histogramBins = nullptr;
    QValueAxis *m_histogramCustomers = nullptr;
    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_threshold = nullptr;
    QSpinBox *m_valuable = nullptr;
    QComboBox *m_model = nullptr;
    QSpinBox *m_clvMonths = nullptr;
    QSpinBox *m_margin = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_churnLabel = nullptr;
    QPushButton *m_showChurned = nullptr;
    QTableView *m_churnTable = nullptr;
    QList<QLabel *> m_summaryLabels;
    QList<QLabel *> m_summaryValues;
    QTimer m_debounce;
    bool m_enabledPrediction = false;
};

} // namespace clientele
