#pragma once

#include "analysis/store/csvexport.h"
#include "analysis/store/workspace.h"

#include "models/resulttablemodel.h"

#include <vector>

namespace clientele {

// Rows an import refused, with the reason, as kept in the workspace.
class RejectedRowsModel : public ResultTableModel<RejectedRow>
{
    Q_OBJECT
public:
    enum Column { ImportColumn, LineColumn, ColumnColumn, ReasonColumn, RawColumn, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    using ResultTableModel::setRows;

protected:
    QVariant cellData(const RejectedRow &r, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace clientele
