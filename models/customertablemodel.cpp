#include "models/customertablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace clientele {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::setCustomers(std::vector<CustomerRow> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The identity the importer used, in words (the store keeps stable keys).
static QString keyKindLabel(const QString &kind)
{
    if (kind == u"customer_id")
        return CustomerTableModel::tr("Customer ID");
    if (kind == u"email")
        return CustomerTableModel::tr("Email");
    if (kind == u"phone")
        return CustomerTableModel::tr("Phone");
    if (kind == u"name")
        return CustomerTableModel::tr("Name");
    return kind;
}

static QString formatDate(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()).toLocalTime().date().toString(Qt::ISODate);
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow &c = m_customers[size_t(index.row())];
    if (role == CustomerIdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == OrdersColumn || index.column() == NetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case OrdersColumn: return c.orders;
        case NetColumn: return c.netMinor;
        case FirstOrderColumn: return c.firstOrderUtc;
        case LastOrderColumn: return c.lastOrderUtc;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn: return c.key;
    case KeyKindColumn: return keyKindLabel(c.keyKind);
    case CityColumn: return c.city;
    case OrdersColumn: return QLocale().toString(c.orders);
    case NetColumn: return QLocale().toString(double(c.netMinor) / 100.0, 'f', 2);
    case FirstOrderColumn: return formatDate(c.firstOrderUtc);
    case LastOrderColumn: return formatDate(c.lastOrderUtc);
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return tr("Customer");
    case KeyKindColumn: return tr("Identified by");
    case CityColumn: return tr("City");
    case OrdersColumn: return tr("Orders");
    case NetColumn: return tr("Net revenue");
    case FirstOrderColumn: return tr("First order");
    case LastOrderColumn: return tr("Last order");
    default: return {};
    }
}

} // namespace clientele
