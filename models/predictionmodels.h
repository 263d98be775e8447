#pragma once

#include "analysis/core/customersnapshot.h"
#include "analysis/core/customertable.h"
#include "analysis/predict/prediction.h"

#include "models/resulttablemodel.h"

#include <QAbstractTableModel>

#include <optional>

namespace clientele {

// Models over PredictionResult (docs/metrics/prediction.md), set whole with setResult(). Number columns
// hold numbers under Qt::DisplayRole so QVBarModelMapper can feed charts from the same model a table
// shows; SortRole gives the raw number of every column (money in minor units, shares as fractions).

// The calibration/holdout check: one row per number of calibration repeat purchases 0, 1, …, 7+.
class HoldoutModel : public ResultTableModel<predict::HoldoutRow>
{
    Q_OBJECT
public:
    enum Column { FrequencyColumn, CustomersColumn, ActualMeanColumn, PredictedMeanColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FrequencyRole };

    explicit HoldoutModel(QObject *parent = nullptr);
    void setResult(const PredictionResult &result);
    // Empty when the result has no usable check.
    const std::optional<predict::HoldoutCheck> &check() const { return m_check; }
    // "0", "1", …, "7+" for row `row`.
    QString frequencyLabel(int row) const;

protected:
    QVariant cellData(const predict::HoldoutRow &r, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    QString frequencyLabel(const predict::HoldoutRow &r) const;

    std::optional<predict::HoldoutCheck> m_check;
};

// One 10 % bin of AliveHistogramModel.
struct AliveBin
{
    int bin = 0; // 0 … 9: P(alive) from bin·10 %
    qint64 repeatBuyers = 0;
    qint64 oneTimeBuyers = 0;
    double share = 0.0; // of all acquired customers

    qint64 customers() const { return repeatBuyers + oneTimeBuyers; }
};

// Acquired customers by P(alive) in ten 10 % bins (the last bin includes 100 %), split into one-time
// buyers (a single purchase day; P(alive) = 1 under BG/NBD) and repeat buyers, for a stacked bar chart.
class AliveHistogramModel : public ResultTableModel<AliveBin>
{
    Q_OBJECT
public:
    enum Column { BinColumn, RepeatBuyersColumn, OneTimeBuyersColumn, CustomersColumn, ShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, BinFromRole };
    static constexpr int BinCount = 10;

    explicit AliveHistogramModel(QObject *parent = nullptr);
    void setResult(const CustomerTable &table, const PredictionResult &result);
    qint64 customers() const { return m_total; }
    qint64 maxBinCustomers() const;

protected:
    QVariant cellData(const AliveBin &b, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    qint64 m_total = 0;
};

// One warned customer: a row of ChurnWarningModel.
struct ChurnWarningRow
{
    quint32 customer = 0; // index into the CustomerTable
    QString key;
    QString city;
    qint64 netRevenueMinor = 0;
    qint32 orders = 0;
    qint32 lastOrderDay = 0;
    double pAlive = 0;
    double expectedOrders = 0;
    qint64 clvMinor = 0;
};

// Valuable customers whose P(alive) is below the threshold (PredictionResult::churnWarning), most
// valuable first.
class ChurnWarningModel : public ResultTableModel<ChurnWarningRow>
{
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        CityColumn,
        RevenueColumn,
        OrdersColumn,
        LastOrderColumn,
        AliveColumn,
        ExpectedOrdersColumn,
        ClvColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, CustomerIndexRole };

    using Row = ChurnWarningRow;

    explicit ChurnWarningModel(QObject *parent = nullptr);
    // `snapshot` is the one the prediction was computed from.
    void setResult(const CustomerTable &table, const CustomerSnapshot &snapshot, const PredictionResult &result);
    // The warned customers' table indices, in table order (for CustomerFilter::onlyIndices).
    std::vector<quint32> customerIndices() const;
    qint32 horizonDays() const { return m_horizonDays; }
    qint32 clvMonths() const { return m_clvMonths; }

protected:
    QVariant cellData(const Row &r, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant headerRoleData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant header(int column, bool toolTip) const;

    qint32 m_horizonDays = 90;
    qint32 m_clvMonths = 12;
};

// The fit in a few lines: BG/NBD r, α, a, b, log-likelihood, convergence; Gamma-Gamma p, q, γ; counts.
// Two columns (quantity, value); the rows are fixed, so a form can be built once from the model.
class PredictionSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row {
        ModelRow,
        RRow,
        AlphaRow,
        ARow,
        BRow,
        LogLikelihoodRow,
        ConvergedRow,
        SpendPRow,
        SpendQRow,
        SpendGammaRow,
        SpendConvergedRow,
        CustomersRow,
        OneTimeBuyersRow,
        ValuableRow,
        WarningsRow,
        ExpectedOrdersRow,
        ClvTotalRow,
        RowCount
    };
    enum Column { QuantityColumn, ValueColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole };

    explicit PredictionSummaryModel(QObject *parent = nullptr);
    void setResult(const PredictionResult &result);
    const PredictionResult &result() const { return m_result; }
    static QString rowKey(Row row); // stable: "r", "alpha", "logLikelihood" …

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString label(Row row) const;
    QString explanation(Row row) const;
    QVariant rawValue(Row row) const;
    QString displayValue(Row row) const;

    PredictionResult m_result; // without the per-customer vectors
};

} // namespace clientele
