#include "models/importpreviewmodel.h"

#include "models/rolenames.h"

#include <QFont>

namespace clientele {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(ImportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    m_mapping = m_preview.mapping;
    endResetModel();
}

void ImportPreviewModel::setMapping(const ColumnMapping &mapping)
{
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.headers.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList &row = m_preview.rows[size_t(index.row())];
    // Short rows are shown with empty cells; the importer decides whether they are rejected.
    return index.column() < row.size() ? row.at(index.column()) : QString();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const std::optional<clientele::Role> columnRole = m_mapping.roleOf(section);
    const QString &name = m_preview.headers.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnRole ? QString(name % QStringLiteral("\n→ ") % roleLabel(*columnRole))
                          : QString(name % QStringLiteral("\n—"));
    case Qt::ToolTipRole:
        return columnRole ? tr("Column “%1” is read as %2").arg(name, roleLabel(*columnRole))
                          : tr("Column “%1” is not used").arg(name);
    case Qt::FontRole: {
        QFont font;
        font.setBold(columnRole.has_value());
        return font;
    }
    case ColumnRoleRole:
        return columnRole ? int(*columnRole) : -1;
    default:
        return {};
    }
}

} // namespace clientele
