#pragma once

#include "analysis/store/workspace.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

// The customers of a workspace as a table; rows are set whole from a loaded snapshot.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, KeyKindColumn, CityColumn, OrdersColumn, NetColumn, FirstOrderColumn, LastOrderColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, CustomerIdRole };

    explicit CustomerTableModel(QObject *parent = nullptr);

    void setCustomers(std::vector<CustomerRow> customers);
    const CustomerRow &customerAt(int row) const { return m_customers.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CustomerRow> m_customers;
};

} // namespace clientele
