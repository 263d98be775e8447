#include "models/rejectedrowsmodel.h"

#include <QSaveFile>

namespace clientele {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : ResultTableModel(ColumnCount, {}, parent)
{
}

QVariant RejectedRowsModel::cellData(const RejectedRow &r, int column, int role) const
{
    if (role == Qt::TextAlignmentRole) {
        if (column == ImportColumn || column == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
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

QString RejectedRowsModel::columnTitle(int column) const
{
    switch (column) {
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
