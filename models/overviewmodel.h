#pragma once

#include "analysis/engine/analysisrun.h"

#include <QAbstractTableModel>

namespace clientele {

// The headline figures of one refresh (all at the as-of date, over customers with an order by then).
struct OverviewKpis
{
    qint32 asOfDay = 0;
    qint64 orders = 0;                 // Σ F
    qint64 customers = 0;              // customers with at least one order by the as-of date
    qint64 netRevenueMinor = 0;        // Σ (orders − returns)
    qint64 averageOrderValueMinor = 0; // net revenue ÷ orders, rounded half away from zero; 0 without orders
    double repeatRate = 0.0;           // customers with ≥ 2 orders ÷ customers (lifecycle's naive rate)
    qint64 activeCustomers = 0;        // lifecycle stage "active": last order within the active boundary
    double activeShare = 0.0;          // activeCustomers ÷ customers
    qint32 activeMaxDays = 0;
    double gini = 0.0; // of net revenue (negatives as 0)
    int headPercent = 20;
    double headRevenueShare = 0.0; // revenue share of the top headPercent % of customers
};

OverviewKpis computeOverviewKpis(const AnalysisResults &results);

// The KPIs as rows (for tiles and for a two-column table): name, formatted value; ToolTipRole explains
// the definition; SortRole/ValueRole give the raw number.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Kpi {
        Orders,
        Customers,
        NetRevenue,
        AverageOrderValue,
        RepeatRate,
        ActiveShare,
        Gini,
        HeadShare,
        AsOfDate,
        KpiCount
    };
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KpiRole, ValueRole, DetailRole };

    explicit OverviewModel(QObject *parent = nullptr);

    void setKpis(const OverviewKpis &kpis);
    const OverviewKpis &kpis() const { return m_kpis; }
    bool hasKpis() const { return m_valid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString name(Kpi kpi) const;
    QString formattedValue(Kpi kpi) const;
    QString detail(Kpi kpi) const;      // one short line under the value ("of 1 234 customers")
    QString explanation(Kpi kpi) const; // the definition, for tooltips
    QVariant rawValue(Kpi kpi) const;

private:
    OverviewKpis m_kpis;
    bool m_valid = false;
};

} // namespace clientele
