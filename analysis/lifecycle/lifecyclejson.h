#pragma once

#include "analysis/lifecycle/lifecycle.h"

#include <QJsonObject>

namespace clientele {

// For `clientele-cli summary --json`. Counts, shares and money only: customer indices are left out
// (they would be 300k numbers); the GUI takes them from the result. Shape in docs/metrics/lifecycle.md.
QJsonObject lifecycleToJson(const LifecycleResult &result);

} // namespace clientele
