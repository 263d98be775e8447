#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractItemModel;
class QChart;
class QChartView;
class QColor;
class QTableView;
class QValueAxis;
class QWidget;
QT_END_NAMESPACE

namespace clientele {

// Shared look of the value pages' charts (lifecycle, 80/20 & tiers): light theme, no animations, the
// palette's colours, bold title, legend at the bottom. Keeps every chart of these pages consistent.
QChart *makeValueChart(const QString &title);
// A chart view with antialiasing, a sensible minimum size and "Export Chart…" in its context menu.
QChartView *makeValueChartView(QChart *chart, const QString &exportName, QWidget *parent = nullptr);
QValueAxis *makeValueAxis(const QString &title, const QString &labelFormat = QStringLiteral("%.0f"));
void styleAxis(QAbstractAxis *axis, const QString &title);
// Colours each bar set now and whenever a model mapper recreates them.
void colourBarSets(QAbstractBarSeries *series, std::function<QColor(int)> colourOf);
// A read-only table of a value model: rows selected whole, columns sized to their contents.
QTableView *makeValueTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);
// Keeps a short table (a handful of rows) exactly as tall as its rows, now and after every model reset.
void fitTableHeightToRows(QTableView *table);
// A "nice" upper bound (1–2–5 series) at least `max`, for value axes that must not jump on every refresh.
double niceAxisMax(double max);

} // namespace clientele
