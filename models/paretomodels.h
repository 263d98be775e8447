#pragma once

#include "analysis/pareto/pareto.h"

#include <QAbstractTableModel>

namespace clientele {

// The Lorenz curve of net revenue, in percent (0–100), one row per kept point: the poorest X% of the
// customers hold Y% of the revenue. Display values are plain numbers for QVXYModelMapper.
class LorenzModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CustomerShareColumn, RevenueShareColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 }; // the fraction (0–1)

    explicit LorenzModel(QObject *parent = nullptr);
    void setResult(const ParetoResult &result);
    double gini() const { return m_gini; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<LorenzPoint> m_points;
    double m_gini = 0.0;
};

// Quantiles of the head customers' first-order amount and order count: the seeds for tier rules.
class HeadDistributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row { FirstOrderRow, FrequencyRow, RowCount };
    enum Column {
        MeasureColumn,
        CountColumn,
        MinColumn,
        P10Column,
        P25Column,
        P50Column,
        P75Column,
        P90Column,
        MaxColumn,
        MeanColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1 }; // raw number: money in minor units, orders as counts

    explicit HeadDistributionModel(QObject *parent = nullptr);
    void setResult(const ParetoResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool m_ok = false;
    int m_headPercent = 0;
    HeadDistribution m_firstOrder;
    HeadDistribution m_frequency;
};

} // namespace clientele
