#include "models/overviewmodel.h"

#include "models/numberformat.h"

#include <QLocale>

#include <cmath>

namespace clientele {

OverviewKpis computeOverviewKpis(const AnalysisResults &results)
{
    OverviewKpis k;
    k.asOfDay = results.asOfDay;
    const CustomerSnapshot &s = results.snapshot;
    for (size_t c = 0; c < s.size(); ++c) {
        if (!s.active[c])
            continue;
        ++k.customers;
        k.orders += s.frequency[c];
        k.netRevenueMinor += s.monetaryMinor[c];
    }
    if (k.orders > 0) {
        const double aov = double(k.netRevenueMinor) / double(k.orders);
        k.averageOrderValueMinor = qint64(std::llround(aov)); // llround rounds halves away from zero
    }
    k.repeatRate = results.lifecycle.repurchaseRate;
    k.activeCustomers = results.lifecycle.stages[size_t(ActivityStage::Active)].customers;
    k.activeShare = k.customers > 0 ? double(k.activeCustomers) / double(k.customers) : 0.0;
    k.activeMaxDays = results.lifecycle.stages[size_t(ActivityStage::Active)].toDays;
    k.gini = results.pareto.gini;
    k.headPercent = results.pareto.headPercent;
    k.headRevenueShare = results.pareto.headRevenueShare;
    return k;
}

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverviewModel::setKpis(const OverviewKpis &kpis)
{
    beginResetModel();
    m_kpis = kpis;
    m_valid = true;
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KpiCount;
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewModel::name(Kpi kpi) const
{
    switch (kpi) {
    case Orders:
        return tr("Orders");
    case Customers:
        return tr("Customers");
    case NetRevenue:
        return tr("Net revenue");
    case AverageOrderValue:
        return tr("Average order value");
    case RepeatRate:
        return tr("Repeat-purchase rate");
    case ActiveShare:
        return tr("Active customers");
    case Gini:
        return tr("Gini coefficient");
    case HeadShare:
        return tr("Top %1% revenue share").arg(m_kpis.headPercent);
    case AsOfDate:
        return tr("As-of date");
    case KpiCount:
        break;
    }
    return {};
}

QVariant OverviewModel::rawValue(Kpi kpi) const
{
    switch (kpi) {
    case Orders:
        return m_kpis.orders;
    case Customers:
        return m_kpis.customers;
    case NetRevenue:
        return m_kpis.netRevenueMinor;
    case AverageOrderValue:
        return m_kpis.averageOrderValueMinor;
    case RepeatRate:
        return m_kpis.repeatRate;
    case ActiveShare:
        return m_kpis.activeShare;
    case Gini:
        return m_kpis.gini;
    case HeadShare:
        return m_kpis.headRevenueShare;
    case AsOfDate:
        return m_kpis.asOfDay;
    case KpiCount:
        break;
    }
    return {};
}

QString OverviewModel::formattedValue(Kpi kpi) const
{
    if (!m_valid)
        return QStringLiteral("—");
    const QLocale locale;
    switch (kpi) {
    case Orders:
        return locale.toString(m_kpis.orders);
    case Customers:
        return locale.toString(m_kpis.customers);
    case NetRevenue:
        return formatMoney(m_kpis.netRevenueMinor, locale);
    case AverageOrderValue:
        return formatMoney(m_kpis.averageOrderValueMinor, locale);
    case RepeatRate:
        return formatPercent(m_kpis.repeatRate, 1, locale);
    case ActiveShare:
        return formatPercent(m_kpis.activeShare, 1, locale);
    case Gini:
        return locale.toString(m_kpis.gini, 'f', 3);
    case HeadShare:
        return formatPercent(m_kpis.headRevenueShare, 1, locale);
    case AsOfDate:
        return dayToIsoDate(m_kpis.asOfDay);
    case KpiCount:
        break;
    }
    return {};
}

QString OverviewModel::detail(Kpi kpi) const
{
    if (!m_valid)
        return {};
    const QLocale locale;
    switch (kpi) {
    case Orders:
        return tr("up to the as-of date");
    case Customers:
        return tr("with at least one order");
    case NetRevenue:
        return tr("currency units, orders − returns");
    case AverageOrderValue:
        return tr("currency units per order");
    case RepeatRate:
        return tr("customers with 2+ orders");
    case ActiveShare:
        return tr("%1, last order ≤ %2 days ago")
            .arg(locale.toString(m_kpis.activeCustomers))
            .arg(m_kpis.activeMaxDays);
    case Gini:
        return tr("0 = equal, 1 = one customer has all");
    case HeadShare:
        return tr("of net revenue");
    case AsOfDate:
        return tr("latest order day unless set");
    case KpiCount:
        break;
    }
    return {};
}

QString OverviewModel::explanation(Kpi kpi) const
{
    switch (kpi) {
    case Orders:
        return tr("Number of orders placed on or before the as-of date (returns do not reduce it).");
    case Customers:
        return tr(
            "Customers whose first order is on or before the as-of date (see Metrics › RFM, “active customers”).");
    case NetRevenue:
        return tr(
            "Order amounts minus returned amounts, on or before the as-of date, in currency units (Metrics › RFM, M).");
    case AverageOrderValue:
        return tr("Net revenue ÷ number of orders, rounded to a whole minor unit (Metrics › RFM).");
    case RepeatRate:
        return tr("Customers with at least two orders ÷ all customers. Biased low by recent first-time buyers; "
                  "the Lifecycle page shows window-based repurchase rates (Metrics › Lifecycle).");
    case ActiveShare:
        return tr("Customers in the “active” stage — last order at most %1 days before the as-of date — "
                  "÷ all customers (Metrics › Lifecycle, stages).")
            .arg(m_kpis.activeMaxDays);
    case Gini:
        return tr("Inequality of net revenue across customers (negative revenue counted as 0), from the exact "
                  "Lorenz curve (Metrics › 80/20).");
    case HeadShare:
        return tr("Share of net revenue brought in by the top %1% of customers by net revenue (Metrics › 80/20).")
            .arg(m_kpis.headPercent);
    case AsOfDate:
        return tr("Every figure is computed as the customers stood at the end of this day (Metrics › RFM, as-of day).");
    case KpiCount:
        break;
    }
    return {};
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto kpi = Kpi(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? name(kpi) : formattedValue(kpi);
    case Qt::ToolTipRole:
        return explanation(kpi);
    case SortRole:
        return index.column() == NameColumn ? QVariant(name(kpi)) : rawValue(kpi);
    case ValueRole:
        return rawValue(kpi);
    case KpiRole:
        return int(kpi);
    case DetailRole:
        return detail(kpi);
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return section == NameColumn ? tr("Figure") : tr("Value");
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(KpiRole, "kpi");
    names.insert(ValueRole, "value");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace clientele
