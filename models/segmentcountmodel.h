#pragma once

#include "analysis/engine/analysisrun.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

// Customers per segment of one scheme (11-grid or value classes), largest first (ties: display order),
// for the Overview's horizontal bar chart. Empty segments are kept so the chart lists the whole scheme.
class SegmentCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChineseNameColumn, CustomersColumn, ShareColumn, RevenueShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SegmentRole, SegmentKeyRole };

    explicit SegmentCountModel(QObject *parent = nullptr);

    void setSummary(const SegmentSummary &summary);
    SegmentScheme scheme() const { return m_scheme; }
    Segment segmentAt(int row) const { return m_rows.at(size_t(row)).segment; }
    const SegmentStats &statsAt(int row) const { return m_rows.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SegmentScheme m_scheme = SegmentScheme::RfmGrid;
    std::vector<SegmentStats> m_rows;
};

// Customers per activity stage (active, silent, sleeping, lost) with the day ranges.
class StageCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChineseNameColumn, DaysColumn, CustomersColumn, ShareColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StageRole };

    explicit StageCountModel(QObject *parent = nullptr);

    void setLifecycle(const LifecycleResult &lifecycle);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<StageSummary> m_stages; // without index lists
};

} // namespace clientele
