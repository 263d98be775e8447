#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace clientele {

class CustomerTableModel;

// The customers table with a filter line; sorts on CustomerTableModel::SortRole so numbers and
// dates sort by value, not by their formatted text.
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(CustomerTableModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace clientele
