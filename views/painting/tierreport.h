#pragma once

#include "analysis/pareto/pareto.h"
#include "analysis/tiers/tierdesign.h"

#include <QString>

class QPainter;

namespace clientele {

// A three-page A4 PDF of one evaluated tier design, for a consultant to hand to the client:
//   1 title and summary: design, as-of date, thresholds, members and revenue shares per tier;
//   2 the 80/20 diagnosis: Lorenz curve, head share, head first-order amount and frequency quantiles;
//   3 re-rating movements (transition matrix) and benefit costs.
// Needs a QGuiApplication (fonts). Tier names are shown in English and Chinese (a CJK font family is
// asked for). Returns false and fills `error` with a sentence when the file cannot be written. Written
// through ExportFile: atomically, and never over the workspace `workspacePath` or any other workspace.
bool writeTierDesignReport(const QString &path, const TierDesignEvaluation &evaluation, const ParetoResult &pareto,
    QString *error, const QString &workspacePath = {});

// The pages of the report, for the PDF and the presentation mode: paints page 0 … TierReportPages − 1 in
// a 515-unit wide layout (points on the PDF) starting at (0, 0); returns the height used.
constexpr int TierReportPages = 3;
qreal paintTierReportPage(
    QPainter &painter, int page, const TierDesignEvaluation &evaluation, const ParetoResult &pareto);

} // namespace clientele
