#include "analysis/engine/analysisrun.h"

#include "analysis/lifecycle/lifecyclejson.h"
#include "analysis/pareto/paretojson.h"
#include "analysis/predict/predictionjson.h"
#include "analysis/rfm/rfmjson.h"
#include "analysis/tiers/tiersjson.h"

namespace clientele {

namespace {

// Every analysis reads the snapshot, which depends on the as-of day and the trailing window alone.
bool sameSnapshot(const AnalysisResults *previous, qint32 asOfDay, const AnalysisParameters &parameters)
{
    return previous && !previous->cancelled && previous->asOfDay == asOfDay
        && previous->parameters.tiers.windowDays == parameters.tiers.windowDays;
}

bool sameClusters(const AnalysisResults *previous, qint32 asOfDay, const AnalysisParameters &parameters)
{
    return sameSnapshot(previous, asOfDay, parameters) && previous->parameters.computeClusters
        && previous->parameters.clusters == parameters.clusters;
}

bool samePrediction(const AnalysisResults *previous, qint32 asOfDay, const AnalysisParameters &parameters)
{
    return sameSnapshot(previous, asOfDay, parameters) && previous->parameters.prediction.enabled
        && previous->parameters.prediction == parameters.prediction;
}

} // namespace

AnalysisResults runAnalyses(const CustomerTable &table, const AnalysisParameters &parameters, const CancelToken &cancel,
    const AnalysisResults *previous)
{
    AnalysisResults r;
    r.parameters = parameters;
    r.asOfDay = parameters.asOfDay.value_or(table.lastDay);
    // The tier rating window and the snapshot's trailing window are the same thing.
    if (sameSnapshot(previous, r.asOfDay, parameters))
        r.snapshot = previous->snapshot;
    else
        r.snapshot = takeSnapshot(table, r.asOfDay, parameters.tiers.windowDays);
    r.rfm = scoreRfm(r.snapshot, parameters.rfm);
    r.heatmap = buildRfmHeatmap(r.snapshot, r.rfm);
    r.gridSegments = assignGridSegments(r.rfm);
    r.valueClasses = assignValueClasses(r.snapshot, parameters.rfm.monetaryBasis);
    r.gridSummary = summarizeSegments(r.snapshot, r.gridSegments);
    r.valueSummary = summarizeSegments(r.snapshot, r.valueClasses);
    if (cancel.isCancelled()) {
        r.cancelled = true;
        return r;
    }
    r.stageOf.resize(table.size(), ActivityStage::Lost);
    if (validateStageBoundaries(parameters.lifecycle.stages).isEmpty()) {
        for (size_t c = 0; c < table.size(); ++c)
            if (r.snapshot.active[c])
                r.stageOf[c] = activityStageFor(r.snapshot.recencyDays[c], parameters.lifecycle.stages);
    }
    r.lifecycle = computeLifecycle(table, r.snapshot, parameters.lifecycle);
    r.pareto = computePareto(r.snapshot, parameters.pareto);
    r.tiers = computeTiers(r.snapshot, parameters.tiers);
    r.tierSuggestion = suggestTierThresholds(r.snapshot);
    if (parameters.computeClusters && sameClusters(previous, r.asOfDay, parameters)) {
        r.clusters = previous->clusters;
        r.clustersReused = true;
    } else if (parameters.computeClusters && !cancel.isCancelled()) {
        r.clusters = runClustering(r.snapshot, parameters.clusters, cancel);
    }
    if (parameters.prediction.enabled && samePrediction(previous, r.asOfDay, parameters)) {
        r.prediction = previous->prediction;
        r.predictionReused = true;
    } else if (parameters.prediction.enabled && !cancel.isCancelled()) {
        r.prediction = runPrediction(table, r.snapshot, parameters.prediction, cancel);
    }
    r.cancelled = cancel.isCancelled();
    return r;
}

QJsonObject analysesToJson(const AnalysisResults &r)
{
    QJsonObject tiers = tiersToJson(r.tiers);
    tiers.insert(QStringLiteral("suggested_thresholds"), thresholdSuggestionToJson(r.tierSuggestion));
    QJsonObject json{
        {QStringLiteral("as_of_date"), dayToIsoDate(r.asOfDay)},
        {QStringLiteral("rfm"), rfmToJson(r.rfm, r.heatmap)},
        {QStringLiteral("segments"), segmentsToJson(r.gridSummary, r.valueSummary)},
        {QStringLiteral("lifecycle"), lifecycleToJson(r.lifecycle)},
        {QStringLiteral("pareto"), paretoToJson(r.pareto)},
        {QStringLiteral("tiers"), tiers},
    };
    if (r.clusters.k > 0 || r.clusters.error != ClusteringError::None)
        json.insert(QStringLiteral("clusters"), clusteringToJson(r.clusters));
    json.insert(QStringLiteral("prediction"), predictionToJson(r.prediction));
    return json;
}

} // namespace clientele
