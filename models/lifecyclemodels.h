#pragma once

#include "analysis/lifecycle/lifecycle.h"

#include "models/resulttablemodel.h"

namespace clientele {

// Models over LifecycleResult, set whole with setResult(). Count columns hold numbers, percent columns
// hold numbers of percent with one decimal (headers say "(%)"), so QVBarModelMapper can feed charts from
// the same model a table shows; money is formatted text with the raw minor units under ValueRole.

// One row per activity stage: active, silent, sleeping, lost.
class LifecycleStageModel : public ResultTableModel<StageSummary>
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

protected:
    QVariant cellData(const StageSummary &s, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant rowTitle(int row) const override;

private:
    LifecycleResult m_result; // without index lists
};

// One row per funnel step: new → repeat → loyal.
class FunnelModel : public ResultTableModel<FunnelStepSummary>
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

protected:
    QVariant cellData(const FunnelStepSummary &s, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant rowTitle(int row) const override;

private:
    LifecycleResult m_result; // without index lists
};

// One row per repurchase window: first-to-second order rate among customers old enough to be judged.
class RepurchaseModel : public ResultTableModel<RepurchaseWindow>
{
    Q_OBJECT
public:
    enum Column { WindowColumn, EligibleColumn, RepurchasedColumn, RateColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit RepurchaseModel(QObject *parent = nullptr);
    void setResult(const LifecycleResult &result);

    static QString censoringExplanation();

protected:
    QVariant cellData(const RepurchaseWindow &w, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant headerRoleData(int section, Qt::Orientation orientation, int role) const override;

private:
    double m_naiveRate = 0.0;
};

} // namespace clientele
