#pragma once

#include "analysis/engine/analysisrun.h"

#include "models/resulttablemodel.h"

#include <vector>

namespace clientele {

// Customers per segment of one scheme (11-grid or value classes), largest first (ties: display order),
// for the Overview's horizontal bar chart. Empty segments are kept so the chart lists the whole scheme.
class SegmentCountModel : public ResultTableModel<SegmentStats>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChineseNameColumn, CustomersColumn, ShareColumn, RevenueShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SegmentRole, SegmentKeyRole };

    explicit SegmentCountModel(QObject *parent = nullptr);

    void setSummary(const SegmentSummary &summary);
    SegmentScheme scheme() const { return m_scheme; }
    Segment segmentAt(int row) const { return statsAt(row).segment; }
    const SegmentStats &statsAt(int row) const { return this->row(row); }

protected:
    QVariant cellData(const SegmentStats &s, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    SegmentScheme m_scheme = SegmentScheme::RfmGrid;
};

// Customers per activity stage (active, silent, sleeping, lost) with the day ranges.
class StageCountModel : public ResultTableModel<StageSummary>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChineseNameColumn, DaysColumn, CustomersColumn, ShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StageRole };

    explicit StageCountModel(QObject *parent = nullptr);

    void setLifecycle(const LifecycleResult &lifecycle); // rows without index lists

protected:
    QVariant cellData(const StageSummary &s, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace clientele
