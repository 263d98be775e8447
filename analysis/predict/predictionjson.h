#pragma once

#include "analysis/predict/prediction.h"

#include <QJsonObject>

namespace clientele {

// The "prediction" section of `clientele-cli summary --json`: fitted parameters with convergence,
// counts, the P(alive) and repurchase-score distributions, CLV totals and the holdout table. Money as
// major units (2 decimals) plus *_minor integers. Shape in docs/metrics/prediction.md.
QJsonObject predictionToJson(const PredictionResult &result);

// The holdout table alone (also used by the prediction view's chart).
QJsonObject holdoutToJson(const predict::HoldoutCheck &holdout);

} // namespace clientele
