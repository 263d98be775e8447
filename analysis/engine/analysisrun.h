#pragma once

#include "analysis/clusters/clustering.h"
#include "analysis/core/cancellation.h"
#include "analysis/core/customersnapshot.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/pareto/pareto.h"
#include "analysis/predict/prediction.h"
#include "analysis/rfm/rfmheatmap.h"
#include "analysis/rfm/rfmscorer.h"
#include "analysis/rfm/rfmsegments.h"
#include "analysis/rfm/segmentsummary.h"
#include "analysis/tiers/tiers.h"

#include <QJsonObject>

#include <optional>

namespace clientele {

// Every parameter of the workbench's analyses; the defaults are those documented in docs/metrics.
struct AnalysisParameters
{
    std::optional<qint32> asOfDay; // empty: the day of the latest order
    RfmParameters rfm;
    LifecycleParams lifecycle; // includes the activity stage boundaries
    ParetoParams pareto;
    TierParams tiers;
    ClusteringOptions clusters;
    bool computeClusters = true; // the slowest part; views that do not show clusters may skip it
    // BG/NBD + Gamma-Gamma: about a second for 370k customers, so it is off unless asked for.
    PredictionParameters prediction = [] {
        PredictionParameters p;
        p.enabled = false;
        return p;
    }();
};

// The results of one refresh: pure values, computed from (table, parameters) alone.
struct AnalysisResults
{
    AnalysisParameters parameters; // those these results were computed with
    qint32 asOfDay = 0;
    CustomerSnapshot snapshot;
    RfmScores rfm;
    RfmHeatmap heatmap;
    SegmentAssignment gridSegments;
    SegmentAssignment valueClasses;
    SegmentSummary gridSummary;
    SegmentSummary valueSummary;
    std::vector<ActivityStage> stageOf; // per customer (meaningful for active customers)
    LifecycleResult lifecycle;
    ParetoResult pareto;
    TierResult tiers;
    ThresholdSuggestion tierSuggestion;
    ClusteringResult clusters;
    PredictionResult prediction;
    // Taken over from the previous results instead of being computed again (see runAnalyses).
    bool clustersReused = false;
    bool predictionReused = false;
    bool cancelled = false;
};

// Runs every analysis at the as-of day. No SQL: changing a parameter and calling this again is the
// whole refresh. `previous`, if given, must have been computed on the same table: the slow analyses
// (clustering, prediction) whose inputs did not change are taken from it instead of run again, so a
// tier edit does not repeat the k search.
AnalysisResults runAnalyses(const CustomerTable &table, const AnalysisParameters &parameters,
    const CancelToken &cancel = {}, const AnalysisResults *previous = nullptr);

// The sections of `clientele-cli summary --json`: rfm, segments, lifecycle, pareto, tiers, clusters.
QJsonObject analysesToJson(const AnalysisResults &results);

} // namespace clientele
