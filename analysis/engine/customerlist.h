#pragma once

#include "analysis/engine/analysisrun.h"
#include "analysis/export/tablewriter.h"

#include <QString>

#include <optional>

namespace clientele {

// Which customers a list holds; every set criterion must match (and only active customers ever do).
struct CustomerFilter
{
    std::optional<Segment> segment; // an 11-grid segment or an 8-class value class
    std::optional<ActivityStage> stage;
    std::optional<int> tier;          // index into the tier definitions
    std::optional<int> cluster;       // cluster id (0 = most valuable)
    std::vector<quint32> onlyIndices; // non-empty: restrict to these table indices (heatmap cells)
};

// Parses CLI/GUI names: segment by key ("champions", "important_value") or English/Chinese name;
// stage by key or name (active/活跃 …); tier by key, name or Chinese name (gold/黄金会员 …).
// Empty optional and an English sentence in `error` when the name is unknown.
std::optional<Segment> segmentByName(const QString &name, QString *error);
std::optional<ActivityStage> stageByName(const QString &name, QString *error);
std::optional<int> tierByName(const QString &name, const TierResult &tiers, QString *error);

// The customers matching `filter`, in table order.
std::vector<quint32> filterCustomers(
    const CustomerTable &table, const AnalysisResults &results, const CustomerFilter &filter);

// The export table of a customer list: identity, R/F/M values and scores, segment (both schemes),
// stage, tier and cluster, with English column keys and Chinese-friendly text values.
ExportTable customerListTable(
    const CustomerTable &table, const AnalysisResults &results, const std::vector<quint32> &customers);

} // namespace clientele
