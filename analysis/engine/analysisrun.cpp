#include "analysis/engine/analysisrun.h"

#include "analysis/lifecycle/lifecyclejson.h"
#include "analysis/pareto/paretojson.h"
#include "analysis/predict/predictionjson.h"
#include "analysis/rfm/rfmjson.h"
#include "analysis/tiers/tiersjson.h"

namespace clientele {

AnalysisResults runAnalyses(const CustomerTable &table, const AnalysisParameters &parameters, const CancelToken &cancel)
{
    AnalysisResults r;
    r.asOfDay = parameters.asOfDay.value_or(table.lastDay);
    // The tier rating window and the snapshot's trailing window are the same thing.
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
    if (parameters.computeClusters && !cancel.isCancelled())
        r.clusters = runClustering(r.snapshot, parameters.clusters, cancel);
    if (parameters.prediction.enabled && !cancel.isCancelled())
        r.prediction = runPrediction(table, r.snapshot, parameters.prediction, cancel);
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
