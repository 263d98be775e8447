#include "views/valuecharts.h"

#include "views/chartexport.h"
#include "views/painting/palette.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLegend>
#include <QScrollBar>
#include <QTableView>
#include <QValueAxis>

#include <cmath>

namespace clientele {

QChart *makeValueChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(palette::ink());
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette::ink());
    return chart;
}

QChartView *makeValueChartView(QChart *chart, const QString &exportName, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    view->setObjectName(exportName);
    addChartExportAction(view, exportName);
    return view;
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(9);
    font.setBold(false);
    axis->setTitleFont(font);
    axis->setTitleBrush(palette::ink());
    axis->setLabelsColor(palette::ink());
    axis->setGridLineColor(QColor(0xE4, 0xE4, 0xEA));
}

QValueAxis *makeValueAxis(const QString &title, const QString &labelFormat)
{
    auto *axis = new QValueAxis;
    styleAxis(axis, title);
    axis->setLabelFormat(labelFormat);
    return axis;
}

void colourBarSets(QAbstractBarSeries *series, std::function<QColor(int)> colourOf)
{
    auto apply = [series, colourOf] {
        const auto sets = series->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets[i]->setColor(colourOf(i));
            sets[i]->setBorderColor(colourOf(i).darker(115));
            sets[i]->setLabelColor(palette::ink());
        }
    };
    apply();
    QObject::connect(series, &QAbstractBarSeries::barsetsAdded, series, apply);
}

QTableView *makeValueTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void fitTableHeightToRows(QTableView *table)
{
    auto fit = [table] {
        int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 2;
        const int rows = table->model() ? table->model()->rowCount() : 0;
        for (int row = 0; row < rows; ++row)
            height += table->verticalHeader()->sectionSize(row);
        if (rows == 0)
            height += table->verticalHeader()->defaultSectionSize();
        if (table->horizontalScrollBar()->isVisible())
            height += table->horizontalScrollBar()->sizeHint().height();
        table->setFixedHeight(height);
    };
    fit();
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
}

double niceAxisMax(double max)
{
    if (!(max > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= max * 1.08) // room for the bar labels
            return step * magnitude;
    return 10.0 * magnitude;
}

} // namespace clientele
