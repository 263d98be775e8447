#include "models/resulttablemodel.h"

namespace clientele {

ResultTableModelBase::ResultTableModelBase(
    int columnCount, std::initializer_list<std::pair<int, QByteArray>> roles, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_roleNames(QAbstractTableModel::roleNames())
{
    for (const auto &[role, name] : roles)
        m_roleNames.insert(role, name);
}

int ResultTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ResultTableModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(index.row(), index.column(), role);
}

QVariant ResultTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    if (section < 0 || section >= (horizontal ? columnCount() : rowCount()))
        return {};
    if (role != Qt::DisplayRole)
        return headerRoleData(section, orientation, role);
    return horizontal ? QVariant(columnTitle(section)) : rowTitle(section);
}

QHash<int, QByteArray> ResultTableModelBase::roleNames() const
{
    return m_roleNames;
}

QVariant ResultTableModelBase::rowTitle(int row) const
{
    return QAbstractTableModel::headerData(row, Qt::Vertical, Qt::DisplayRole);
}

QVariant ResultTableModelBase::headerRoleData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace clientele
