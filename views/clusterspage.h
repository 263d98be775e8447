#pragma once

#include "analysis/clusters/clusterfeatures.h"
#include "analysis/clusters/clustering.h"
#include "views/workbenchpage.h"

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace clientele {

class ClusterProfileModel;
class ClusterScatterView;
class KCandidateModel;
class SilhouetteChartView;

// Clusters: a scatter of customers coloured by cluster (PCA projection, or two chosen quantities on log
// scales), the silhouette/elbow chart of the k search, the k and feature choices (sent to the controller,
// debounced) and the cluster profiles; double-clicking a profile lists its customers.
class ClustersPage : public WorkbenchPage
{
    Q_OBJECT
public:
    explicit ClustersPage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("clusters"); }
    QString title() const override { return tr("Clusters"); }
    QList<QWidget *> charts() const override;

    // For tests and the main window.
    QComboBox *kSelector() const { return m_kCombo; } // item 0: Auto (silhouette); data = k (0 = auto)
    QComboBox *projectionSelector() const { return m_projectionCombo; } // 0: PCA, 1: two axes
    QComboBox *xAxisSelector() const { return m_xCombo; }
    QComboBox *yAxisSelector() const { return m_yCombo; }
    QCheckBox *featureCheckBox(ClusterFeature feature) const { return m_featureBoxes.at(feature); }
    ClusterProfileModel *profileModel() const { return m_profiles; }
    KCandidateModel *candidateModel() const { return m_candidates; }
    ClusterScatterView *scatterView() const { return m_scatter; }
    SilhouetteChartView *silhouetteView() const { return m_silhouette; }
    QTableView *profileTable() const { return m_table; }
    static int debounceMs() { return 300; }

protected:
    void onResultsChanged() override;

private:
    void syncControlsFromParameters();
    void scheduleParameters();
    void applyParameters();
    void updateScatter();
    std::vector<ClusterFeature> chosenFeatures() const;

    ClusterProfileModel *m_profiles;
    KCandidateModel *m_candidates;
    ClusterScatterView *m_scatter;
    SilhouetteChartView *m_silhouette;
    QTableView *m_table;
    QComboBox *m_kCombo;
    QComboBox *m_projectionCombo;
    QComboBox *m_xCombo;
    QComboBox *m_yCombo;
    std::map<ClusterFeature, QCheckBox *> m_featureBoxes;
    QLabel *m_status;
    QTimer *m_debounce;
    // The curve of the last automatic k search, kept to show while k is fixed (a fixed-k run reports
    // only its own k).
    std::vector<KCandidate> m_searchCandidates;
    std::vector<ClusterFeature> m_searchFeatures;
};

} // namespace clientele
