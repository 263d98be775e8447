#pragma once

#include "analysis/rfm/rfmheatmap.h"
#include "analysis/rfm/rfmscorer.h"
#include "analysis/rfm/segmentsummary.h"

#include <QJsonObject>

namespace clientele {

// JSON for `clientele-cli summary --json`. Money appears twice: "x" in major units (a number with at most
// two decimals) and "x_minor" as the exact integer. Shares are fractions (0.25 = 25 %), unrounded.

// The "rfm" object:
// { "as_of": "2024-03-05", "method": "quintiles", "monetary_basis": "net_revenue",
//   "active_customers": n, "net_revenue": 1.23, "net_revenue_minor": 123,
//   "scores": { "recency":   { "unit": "days",   ["cut_points": [..]], "ranges": [ {score, customers, min, max} ×5 ] },
//               "frequency": { "unit": "orders", … },
//               "monetary":  { "unit": "money",  ["cut_points", "cut_points_minor"],
//                              "ranges": [ {score, customers, min, min_minor, max, max_minor} ×5 ] } },
//   "grid": [ { "r", "f", "customers", "share", "mean_m", "mean_m_minor", "revenue", "revenue_minor" } ×25,
//             r = 1..5 outer, f = 1..5 inner ] }
// Failed scoring gives { …, "errors": ["sentence", …] } and no "scores"/"grid".
QJsonObject rfmToJson(const RfmScores &scores, const RfmHeatmap &heatmap);

// One scheme's summary:
// { "scheme": "rfm_grid", "as_of", "monetary_basis", "active_customers", "net_revenue", "net_revenue_minor",
//   "means": { "recency_days", "frequency", "monetary", "monetary_minor" },
//   "items": [ { "key", "name", "name_zh", "hint", "customers", "share", "revenue", "revenue_minor",
//                "revenue_share", "mean_recency_days", "mean_frequency", "mean_monetary",
//                "mean_monetary_minor" } ] }
QJsonObject segmentSummaryToJson(const SegmentSummary &summary);

// The "segments" object: { "rfm_grid": {…}, "value_classes": {…} }.
QJsonObject segmentsToJson(const SegmentSummary &grid, const SegmentSummary &valueClasses);

} // namespace clientele
