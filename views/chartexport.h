#pragma once

#include <QString>

class QWidget;

namespace clientele {

// Renders a chart (any widget: a QChartView, the heatmap) to PNG (2× pixel density), SVG (vector)
// or PDF (vector, one page sized to the widget) — the format follows the file's extension.
// Returns false and fills `error` with a sentence for the user.
bool exportChart(QWidget *chart, const QString &path, QString *error);

// Asks for a file name (PNG, SVG or PDF) and exports; shows a message box on failure.
// `suggestedName` is the file name without extension, e.g. "rfm-heatmap".
void exportChartInteractively(QWidget *chart, const QString &suggestedName);

// Adds "Export Chart…" to the widget's context menu (Qt::ActionsContextMenu).
void addChartExportAction(QWidget *chart, const QString &suggestedName);

} // namespace clientele
