#pragma once

#include "analysis/store/csvexport.h"
#include "analysis/store/workspace.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

// Rows an import refused, with the reason, as kept in the workspace.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ImportColumn, LineColumn, ColumnColumn, ReasonColumn, RawColumn, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRows(std::vector<RejectedRow> rows);
    const std::vector<RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RejectedRow> m_rows;
};

} // namespace clientele
