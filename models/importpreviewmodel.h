#pragma once

#include "analysis/import/importer.h"

#include <QAbstractTableModel>

namespace clientele {

// The first rows of a file about to be imported. Column headers show the file's header plus the role
// the current mapping gives the column, so the user sees at a glance what will be read from where.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ColumnRoleRole = Qt::UserRole + 1 }; // header data: int(Role) of the column, -1 when unmapped

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(ImportPreview preview);
    const ImportPreview &preview() const { return m_preview; }
    // The mapping the user is editing; only the headers change.
    void setMapping(const ColumnMapping &mapping);
    const ColumnMapping &mapping() const { return m_mapping; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPreview m_preview;
    ColumnMapping m_mapping;
};

} // namespace clientele
