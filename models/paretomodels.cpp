#include "models/paretomodels.h"

#include "models/valueformat.h"

#include <QLocale>

#include <cmath>

namespace clientele {

namespace {

bool validIndex(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && !index.parent().isValid() && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

} // namespace

// ---- LorenzModel ------------------------------------------------------------------------------------

LorenzModel::LorenzModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LorenzModel::setResult(const ParetoResult &result)
{
    beginResetModel();
    m_points = result.ok() ? result.lorenz : std::vector<LorenzPoint>{};
    m_gini = result.ok() ? result.gini : 0.0;
    endResetModel();
}

int LorenzModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int LorenzModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LorenzModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index) || (role != Qt::DisplayRole && role != ValueRole))
        return {};
    const LorenzPoint &p = m_points[size_t(index.row())];
    const double share = index.column() == CustomerShareColumn ? p.customerShare : p.revenueShare;
    return role == ValueRole ? share : share * 100.0;
}

QVariant LorenzModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case CustomerShareColumn:
        return tr("Share of customers (%)");
    case RevenueShareColumn:
        return tr("Share of net revenue (%)");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> LorenzModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    return names;
}

// ---- HeadDistributionModel --------------------------------------------------------------------------

HeadDistributionModel::HeadDistributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeadDistributionModel::setResult(const ParetoResult &result)
{
    beginResetModel();
    m_ok = result.ok() && result.headCustomers > 0;
    m_headPercent = result.headPercent;
    m_firstOrder = result.headFirstOrder;
    m_frequency = result.headFrequency;
    m_firstOrder.histogram = {};
    m_frequency.histogram = {};
    endResetModel();
}

int HeadDistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ok ? 0 : RowCount;
}

int HeadDistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadDistributionModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() > MeasureColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool money = index.row() == FirstOrderRow;
    const HeadDistribution &d = money ? m_firstOrder : m_frequency;
    if (index.column() == MeasureColumn)
        return money ? tr("First-order amount") : tr("Orders per customer");
    double v = 0.0;
    switch (Column(index.column())) {
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
        return formatMoney(qint64(std::llround(v)));
    return QLocale().toString(v, 'f', 1);
}

QVariant HeadDistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case MeasureColumn:
        return tr("Top %1% (%2 customers)").arg(m_headPercent).arg(formatCount(m_firstOrder.count));
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

QHash<int, QByteArray> HeadDistributionModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    return names;
}

} // namespace clientele
