#include "models/rejectedrowsmodel.h"

#include <QSaveFile>

namespace clientele {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowsModel::setRows(std::vector<RejectedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &r = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ImportColumn || index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ImportColumn:
        return r.importId;
    case LineColumn:
        return r.line;
    case ColumnColumn:
        return r.column;
    case ReasonColumn:
        return r.reason;
    case RawColumn: {
        if (role == Qt::ToolTipRole)
            return r.raw;
        // One table line per row even when the record spanned lines (quoted newlines).
        QString oneLine = r.raw;
        while (oneLine.endsWith(u'\n') || oneLine.endsWith(u'\r'))
            oneLine.chop(1);
        return oneLine.replace(QStringLiteral("\r\n"), QStringLiteral(" ⏎ ")).replace(u'\n', QStringLiteral(" ⏎ "));
    }
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportColumn:
        return tr("Import");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case RawColumn:
        return tr("Row as in the file");
    default:
        return {};
    }
}

} // namespace clientele
