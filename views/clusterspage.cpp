#include "views/clusterspage.h"

#include "models/analysiscontroller.h"
#include "models/clusterprofilemodel.h"
#include "models/kcandidatemodel.h"
#include "views/chartexport.h"
#include "views/clustercharts.h"
#include "views/painting/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

static QString featureName(ClusterFeature feature)
{
    switch (feature) {
    case ClusterFeature::Recency:
        return ClustersPage::tr("Recency");
    case ClusterFeature::Frequency:
        return ClustersPage::tr("Frequency");
    case ClusterFeature::Monetary:
        return ClustersPage::tr("Monetary");
    case ClusterFeature::AverageOrderValue:
        return ClustersPage::tr("AOV");
    case ClusterFeature::Tenure:
        return ClustersPage::tr("Tenure");
    }
    return {};
}

static QString featureToolTip(ClusterFeature feature)
{
    switch (feature) {
    case ClusterFeature::Recency:
        return ClustersPage::tr("R: days since the last order (近度)");
    case ClusterFeature::Frequency:
        return ClustersPage::tr("F: number of orders (频率)");
    case ClusterFeature::Monetary:
        return ClustersPage::tr("M: net revenue (金额)");
    case ClusterFeature::AverageOrderValue:
        return ClustersPage::tr("Average order value: net revenue ÷ orders (客单价)");
    case ClusterFeature::Tenure:
        return ClustersPage::tr("Tenure: days since the first order (客龄)");
    }
    return {};
}

ClustersPage::ClustersPage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_profiles(new ClusterProfileModel(this))
    , m_candidates(new KCandidateModel(this))
    , m_scatter(new ClusterScatterView(this))
    , m_silhouette(new SilhouetteChartView(m_candidates, this))
    , m_table(new QTableView(this))
    , m_kCombo(new QComboBox(this))
    , m_projectionCombo(new QComboBox(this))
    , m_xCombo(new QComboBox(this))
    , m_yCombo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_profiles->setColorFunction(&palette::categorical);

    m_kCombo->addItem(tr("Auto (silhouette)"), 0);
    for (int k = 2; k <= 10; ++k)
        m_kCombo->addItem(QString::number(k), k);
    m_kCombo->setToolTip(tr("Number of clusters. Auto compares k = 2…10 by the mean silhouette (see the chart)."));

    m_projectionCombo->addItem(tr("PCA projection"));
    m_projectionCombo->addItem(tr("Two chosen axes (log)"));
    m_projectionCombo->setToolTip(tr("PCA shows the two directions along which the clustering features vary most."));
    for (int a = 0; a < PointAxisCount; ++a) {
        const QString name = ClusterScatterView::axisName(PointAxis(a));
        m_xCombo->addItem(name, a);
        m_yCombo->addItem(name, a);
    }
    m_xCombo->setCurrentIndex(int(PointAxis::Recency));
    m_yCombo->setCurrentIndex(int(PointAxis::NetRevenue));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("k:"), this));
    controls->addWidget(m_kCombo);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Features:"), this));
    for (ClusterFeature f : {ClusterFeature::Recency, ClusterFeature::Frequency, ClusterFeature::Monetary,
             ClusterFeature::AverageOrderValue, ClusterFeature::Tenure}) {
        auto *box = new QCheckBox(featureName(f), this);
        box->setToolTip(featureToolTip(f) + QLatin1Char('\n') + tr("At least two features are needed."));
        m_featureBoxes[f] = box;
        controls->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            if (!on && chosenFeatures().size() < 2) {
                const QSignalBlocker blocker(box);
                box->setChecked(true); // clustering on fewer than two features is not offered
                return;
            }
            scheduleParameters();
        });
    }
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_projectionCombo);
    controls->addWidget(m_xCombo);
    controls->addWidget(new QLabel(tr("vs"), this));
    controls->addWidget(m_yCombo);
    controls->addStretch(1);

    m_status->setWordWrap(true);
    m_status->setVisible(false);

    m_table->setModel([this] {
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(m_profiles);
        proxy->setSortRole(ClusterProfileModel::SortRole);
        return proxy;
    }());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClusterProfileModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a cluster to list its customers."));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        CustomerFilter filter;
        filter.cluster = index.data(ClusterProfileModel::ClusterIdRole).toInt();
        Q_EMIT showCustomersRequested(filter,
            tr("Cluster %1: %2 (%3)")
                .arg(*filter.cluster)
                .arg(index.data(ClusterProfileModel::EnglishLabelRole).toString(),
                    index.data(ClusterProfileModel::ChineseLabelRole).toString()));
    });

    addChartExportAction(m_scatter, QStringLiteral("clusters-scatter"));
    addChartExportAction(m_silhouette, QStringLiteral("clusters-silhouette"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_scatter);
    charts->addWidget(m_silhouette);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(charts);
    vertical->addWidget(m_table);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    charts->setSizes({600, 400}); // proportions; the splitter scales them to its size
    vertical->setSizes({650, 250});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(vertical, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs());
    connect(m_debounce, &QTimer::timeout, this, &ClustersPage::applyParameters);
    connect(m_kCombo, &QComboBox::currentIndexChanged, this, &ClustersPage::scheduleParameters);
    auto axesChanged = [this] {
        const bool twoAxes = m_projectionCombo->currentIndex() == 1;
        m_xCombo->setEnabled(twoAxes);
        m_yCombo->setEnabled(twoAxes);
        updateScatter();
    };
    connect(m_projectionCombo, &QComboBox::currentIndexChanged, this, axesChanged);
    connect(m_xCombo, &QComboBox::currentIndexChanged, this, &ClustersPage::updateScatter);
    connect(m_yCombo, &QComboBox::currentIndexChanged, this, &ClustersPage::updateScatter);
    m_xCombo->setEnabled(false);
    m_yCombo->setEnabled(false);
    syncControlsFromParameters();
}

QList<QWidget *> ClustersPage::charts() const
{
    return {m_scatter, m_silhouette};
}

void ClustersPage::syncControlsFromParameters()
{
    const ClusteringOptions &options = controller()->parameters().clusters;
    {
        const QSignalBlocker blocker(m_kCombo);
        const int index = m_kCombo->findData(options.k);
        m_kCombo->setCurrentIndex(std::max(0, index));
    }
    for (auto &[feature, box] : m_featureBoxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(std::find(options.features.begin(), options.features.end(), feature) != options.features.end());
    }
}

std::vector<ClusterFeature> ClustersPage::chosenFeatures() const
{
    std::vector<ClusterFeature> features;
    for (const auto &[feature, box] : m_featureBoxes) // map order = enum order: R, F, M, AOV, tenure
        if (box->isChecked())
            features.push_back(feature);
    return features;
}

void ClustersPage::scheduleParameters()
{
    m_debounce->start(); // restarts: a burst of clicks sends one refresh
}

void ClustersPage::applyParameters()
{
    AnalysisParameters parameters = controller()->parameters();
    parameters.clusters.k = m_kCombo->currentData().toInt();
    parameters.clusters.features = chosenFeatures();
    parameters.computeClusters = true;
    if (parameters.clusters.k == controller()->parameters().clusters.k
        && parameters.clusters.features == controller()->parameters().clusters.features)
        return;
    m_status->setText(tr("Clustering…"));
    m_status->setVisible(true);
    controller()->setParameters(parameters);
}

void ClustersPage::onResultsChanged()
{
    const auto results = controller()->results();
    if (!results)
        return;
    const ClusteringResult &clusters = results->clusters;
    m_profiles->setProfiles(clusters.ok() ? clusters.profiles : std::vector<ClusterProfile>{});
    if (clusters.ok() && clusters.chosenBySilhouette) {
        m_searchCandidates = clusters.candidates;
        m_searchFeatures = clusters.features;
    }
    const bool useSearch = clusters.ok() && !clusters.chosenBySilhouette && !m_searchCandidates.empty()
        && m_searchFeatures == clusters.features;
    m_candidates->setCandidates(useSearch ? m_searchCandidates : clusters.candidates, clusters.ok() ? clusters.k : 0);
    const QLocale locale;
    QString note;
    if (clusters.ok()) {
        note = clusters.chosenBySilhouette ? tr("k chosen by the highest silhouette")
                                           : tr("k fixed at %1").arg(clusters.k);
        if (useSearch)
            note += tr("; curve from the last automatic search");
        else if (!clusters.chosenBySilhouette)
            note += tr("; choose Auto to compare k");
        if (clusters.searchSampleSize < clusters.customers)
            note += tr(" · fitted on a sample of %1 customers").arg(locale.toString(clusters.searchSampleSize));
    }
    m_silhouette->setNote(note);
    m_status->setText(clusters.ok() ? QString() : clusters.errorMessage);
    m_status->setVisible(!clusters.ok());
    if (!m_debounce->isActive()) // do not undo a choice that is about to be sent
        syncControlsFromParameters();
    updateScatter();
}

void ClustersPage::updateScatter()
{
    m_scatter->setResults(controller()->results(), m_projectionCombo->currentIndex() == 0,
        PointAxis(m_xCombo->currentData().toInt()), PointAxis(m_yCombo->currentData().toInt()));
}

} // namespace clientele
