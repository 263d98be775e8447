#pragma once

#include "analysis/tiers/rerating.h"
#include "analysis/tiers/tiers.h"

#include <QJsonObject>

namespace clientele {

// For `clientele-cli summary --json`; customer indices are left out. Shapes in docs/metrics/tiers.md.
QJsonObject tiersToJson(const TierResult &result);
QJsonObject thresholdSuggestionToJson(const ThresholdSuggestion &suggestion);
QJsonObject reratingToJson(const ReratingResult &result);

} // namespace clientele
