#pragma once

#include "analysis/pareto/pareto.h"

#include <QJsonObject>

namespace clientele {

// For `clientele-cli summary --json`: totals, the downsampled Lorenz curve, Gini, head share and the
// head distributions. Head customer indices are left out. Shape in docs/metrics/pareto.md.
QJsonObject paretoToJson(const ParetoResult &result);

} // namespace clientele
