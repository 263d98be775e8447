#pragma once

#include "analysis/pareto/pareto.h"

#include "models/resulttablemodel.h"

namespace clientele {

// The Lorenz curve of net revenue, in percent (0–100), one row per kept point: the poorest X% of the
// customers hold Y% of the revenue. Display values are plain numbers for QVXYModelMapper.
class LorenzModel : public ResultTableModel<LorenzPoint>
{
    Q_OBJECT
public:
    enum Column { CustomerShareColumn, RevenueShareColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 }; // the fraction (0–1)

    explicit LorenzModel(QObject *parent = nullptr);
    void setResult(const ParetoResult &result);
    double gini() const { return m_gini; }

protected:
    QVariant cellData(const LorenzPoint &p, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    double m_gini = 0.0;
};

// Quantiles of the head customers' first-order amount and order count: the seeds for tier rules.
struct HeadMeasure
{
    bool money = false; // the first-order amount (minor units); otherwise orders per customer
    HeadDistribution distribution;
};

class HeadDistributionModel : public ResultTableModel<HeadMeasure>
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

protected:
    QVariant cellData(const HeadMeasure &m, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    int m_headPercent = 0;
    qint64 m_headCustomers = 0;
};

} // namespace clientele
