#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <utility>
#include <vector>

namespace clientele {

// The part of ResultTableModel that needs no row type (Q_OBJECT cannot sit on a template): a fixed number
// of columns, index checks, headers and role names. A subclass answers cellData() for a valid cell and
// columnTitle() for a column; everything else has a default.
class ResultTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    // `roles`: the model's own roles and their names ("value", "sortValue" …).
    ResultTableModelBase(int columnCount, std::initializer_list<std::pair<int, QByteArray>> roles, QObject *parent);

    virtual QVariant cellData(int row, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Vertical header text; the default is QAbstractItemModel's (1, 2, 3 …).
    virtual QVariant rowTitle(int row) const;
    // Header roles other than DisplayRole (tooltips, alignment …); none by default.
    virtual QVariant headerRoleData(int section, Qt::Orientation orientation, int role) const;

private:
    int m_columnCount;
    QHash<int, QByteArray> m_roleNames;
};

// A table of immutable result rows: owns them, resets the model on setRows() and hands each valid cell's
// row to cellData(). Subclasses build the rows from an analysis result (without per-customer lists).
template <typename Row> class ResultTableModel : public ResultTableModelBase
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const std::vector<Row> &rows() const { return m_rows; }
    const Row &row(int row) const { return m_rows.at(size_t(row)); }

protected:
    using ResultTableModelBase::ResultTableModelBase;

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    virtual QVariant cellData(const Row &row, int column, int role) const = 0;

private:
    QVariant cellData(int row, int column, int role) const final { return cellData(m_rows[size_t(row)], column, role); }

    std::vector<Row> m_rows;
};

} // namespace clientele
