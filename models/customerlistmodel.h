#pragma once

#include "analysis/engine/customerlist.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace clientele {

// A customer list over the analysis results: one row per table index, cells computed on demand from the
// table and results (no per-row copies, so 300k rows cost one index vector). Columns follow
// customerListTable(), in the same order.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        CityColumn,
        OrdersColumn,
        NetRevenueColumn,
        AverageOrderValueColumn,
        FirstOrderColumn,
        LastOrderColumn,
        RecencyDaysColumn,
        TrailingSpendColumn,
        RScoreColumn,
        FScoreColumn,
        MScoreColumn,
        RfmCodeColumn,
        SegmentColumn,
        ValueClassColumn,
        StageColumn,
        TierColumn,
        ClusterColumn,
        ClusterLabelColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, dates as day numbers, text as text
        CustomerIndexRole,           // quint32 index into the CustomerTable
        MinorUnitsRole,              // money columns: qint64 minor units
    };

    explicit CustomerListModel(QObject *parent = nullptr);

    // New data; the current filter (or explicit list) is applied again.
    void setResults(std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results);
    std::shared_ptr<const CustomerTable> table() const { return m_table; }
    std::shared_ptr<const AnalysisResults> results() const { return m_results; }

    // New data and filter at once: one recomputation (and one re-sort in a proxy) instead of two.
    void setResults(std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results,
        const CustomerFilter &filter);
    // The customers matching `filter` (filterCustomers), narrowed by the text filter.
    void setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }
    // An explicit list (shown in this order; may be empty): replaces the filter until setFilter().
    void setCustomerIndices(std::vector<quint32> indices);
    // Case-insensitive substring of the customer key or city; empty = no text filter.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // The rows' table indices, in row order (for export).
    const std::vector<quint32> &customerIndices() const { return m_rows; }
    quint32 customerIndexAt(int row) const { return m_rows.at(size_t(row)); }
    qint64 netRevenueMinor() const { return m_netRevenueMinor; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void customersChanged(); // after every recomputation of the rows

private:
    void recompute();
    QVariant value(quint32 c, int column, bool forSort) const;

    std::shared_ptr<const CustomerTable> m_table;
    std::shared_ptr<const AnalysisResults> m_results;
    CustomerFilter m_filter;
    bool m_explicit = false;
    std::vector<quint32> m_explicitRows;
    QString m_text;
    std::vector<quint32> m_rows;
    qint64 m_netRevenueMinor = 0;
};

} // namespace clientele
