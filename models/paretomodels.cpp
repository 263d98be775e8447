#include "models/paretomodels.h"

#include "models/valueformat.h"

#include <QLocale>

#include <cmath>

namespace clientele {

// ---- LorenzModel ------------------------------------------------------------------------------------

LorenzModel::LorenzModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{ValueRole, "value"}}, parent)
{
}

void LorenzModel::setResult(const ParetoResult &result)
{
    m_gini = result.ok() ? result.gini : 0.0;
    setRows(result.ok() ? result.lorenz : std::vector<LorenzPoint>{});
}

QVariant LorenzModel::cellData(const LorenzPoint &p, int column, int role) const
{
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const double share = column == CustomerShareColumn ? p.customerShare : p.revenueShare;
    return role == ValueRole ? share : share * 100.0;
}

QString LorenzModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case CustomerShareColumn:
        return tr("Share of customers (%)");
    case RevenueShareColumn:
        return tr("Share of net revenue (%)");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- HeadDistributionModel --------------------------------------------------------------------------

HeadDistributionModel::HeadDistributionModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{ValueRole, "value"}}, parent)
{
}

void HeadDistributionModel::setResult(const ParetoResult &result)
{
    m_headPercent = result.headPercent;
    m_headCustomers = result.headFirstOrder.count;
    std::vector<HeadMeasure> rows;
    if (result.ok() && result.headCustomers > 0) {
        // In Row order: FirstOrderRow, FrequencyRow.
        rows = {{true, result.headFirstOrder}, {false, result.headFrequency}};
        for (HeadMeasure &m : rows)
            m.distribution.histogram = {};
    }
    setRows(std::move(rows));
}

QVariant HeadDistributionModel::cellData(const HeadMeasure &m, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column > MeasureColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool money = m.money;
    const HeadDistribution &d = m.distribution;
    if (column == MeasureColumn)
        return money ? tr("First-order amount") : tr("Orders per customer");
    double v = 0.0;
    switch (Column(column)) {
    case CountColumn:
        return role == ValueRole ? QVariant(d.count) : QVariant(formatCount(d.count));
    case MinColumn:
        v = double(d.min);
        break;
    case P10Column:
        v = d.p10;
        break;
    case P25Column:
        v = d.p25;
        break;
    case P50Column:
        v = d.p50;
        break;
    case P75Column:
        v = d.p75;
        break;
    case P90Column:
        v = d.p90;
        break;
    case MaxColumn:
        v = double(d.max);
        break;
    case MeanColumn:
        v = d.mean;
        break;
    case MeasureColumn:
    case ColumnCount:
        break;
    }
    if (role == ValueRole)
        return v;
    if (money)
        return formatMoney(v);
    return QLocale().toString(v, 'f', 1);
}

QString HeadDistributionModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case MeasureColumn:
        return tr("Top %1% (%2 customers)").arg(m_headPercent).arg(formatCount(m_headCustomers));
    case CountColumn:
        return tr("Customers");
    case MinColumn:
        return tr("Min");
    case P10Column:
        return tr("p10");
    case P25Column:
        return tr("p25");
    case P50Column:
        return tr("Median");
    case P75Column:
        return tr("p75");
    case P90Column:
        return tr("p90");
    case MaxColumn:
        return tr("Max");
    case MeanColumn:
        return tr("Mean");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace clientele
