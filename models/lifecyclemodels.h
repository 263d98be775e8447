#pragma once

#include "analysis/lifecycle/lifecycle.h"

#include <QAbstractTableModel>

namespace clientele {

// Models over LifecycleResult, set whole with setResult(). Count columns hold numbers, percent columns
// hold numbers of percent with one decimal (headers say "(%)"), so QVBarModelMapper can feed charts from
// the same model a table shows; money is formatted text with the raw minor units under ValueRole.

// One row per activity stage: active, silent, sleeping, lost.
class LifecycleStageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StageColumn,
        ChineseNameColumn,
        DaysColumn,
        CustomersColumn,
        ShareColumn,
        RevenueColumn,
        RevenueShareColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, StageRole, StageKeyRole };

    explicit LifecycleStageModel(QObject *parent = nullptr);
    void setResult(const LifecycleResult &result);
    const LifecycleResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    LifecycleResult m_result;
};

// One row per funnel step: new → repeat → loyal.
class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        ReachedColumn,
        ConversionColumn,
        SegmentColumn,
        SegmentRevenueColumn,
        SegmentRevenueShareColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, StepRole, StepKeyRole };

    explicit FunnelModel(QObject *parent = nullptr);
    void setResult(const LifecycleResult &result);
    const LifecycleResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    LifecycleResult m_result;
};

// One row per repurchase window: first-to-second order rate among customers old enough to be judged.
class RepurchaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WindowColumn, EligibleColumn, RepurchasedColumn, RateColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit RepurchaseModel(QObject *parent = nullptr);
    void setResult(const LifecycleResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    static QString censoringExplanation();

private:
    std::vector<RepurchaseWindow> m_windows;
    double m_naiveRate = 0.0;
};

} // namespace clientele
