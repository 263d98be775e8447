#pragma once

#include "analysis/engine/analysisrun.h"

class QSettings;

namespace clientele {

// (De)serialisation of the analysis parameters under the group "analysis" of a QSettings:
//   analysis/rfm/{method, basis, recencyCuts, frequencyCuts, monetaryCuts}
//   analysis/lifecycle/{activeMaxDays, silentMaxDays, sleepingMaxDays, loyalMinOrders, loyalWindowDays,
//                       repurchaseWindows}
//   analysis/pareto/headPercent
//   analysis/tiers/{windowDays, definitions/<i>/{key, name, nameZh, minSpendMinor, minOrders}}
//       (name only for a name the user gave: a built-in tier is stored by its key alone)
//   analysis/clusters/{k, minK, maxK, features, seed}
// Lists are comma-separated text ("30,90,180,365", "recency,frequency,monetary") so a hand-edited file
// stays readable. The as-of day is never stored: it belongs to the session, not the user.
// Reading validates group by group: a group with an unreadable or inconsistent value falls back to its
// defaults as a whole (a half-valid set of cut points is worse than the documented defaults); missing keys
// take their default silently.
AnalysisParameters readAnalysisParameters(QSettings &settings);
void writeAnalysisParameters(QSettings &settings, const AnalysisParameters &parameters);
// Settings of earlier versions stored tier names as translated text (tr("Silver") → "白银会员"), which froze
// the language they were saved in. Removes every stored name that is a built-in name of its key, so the
// tier is stored by key alone; returns whether anything changed. Names the user gave stay.
bool migrateTierNames(QSettings &settings);

} // namespace clientele
