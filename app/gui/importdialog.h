#pragma once

#include "analysis/import/importer.h"

#include <QDialog>

#include <array>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace clientele {

class ImportPreviewModel;
class JobTracker;

// Lets the user check how a file will be read before importing it: encoding, sheet, a preview with
// the role of each column, role → column overrides, and the date order when the file cannot tell.
// The preview is read in a worker; the Import button is enabled only for a usable mapping.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // The options to import with, including the mapping shown in the dialog.
    ImportOptions options() const;
    bool canImport() const;
    bool isPreviewPending() const { return m_previewPending; }
    const ColumnMapping &mapping() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_model; }

    void setEncoding(const QString &encoding); // "" for Auto
    void setSheet(const QString &sheet);
    void setColumnForRole(Role role, int column);
    void setDateOrder(DateOrder order);
    void setKeepDuplicateRows(bool keep);
    QString problemText() const;

Q_SIGNALS:
    void previewUpdated();

private:
    void browse();
    void requestPreview(bool keepMapping);
    void applyPreview(ImportPreview preview);
    void onRoleComboChanged(Role role);
    void fillRoleCombos();
    void updateState();
    bool isXlsx() const;

    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_formatLabel;
    QTableView *m_table;
    ImportPreviewModel *m_model;
    std::array<QComboBox *, RoleCount> m_roleCombos{};
    QLabel *m_problems;
    QGroupBox *m_dateOrderBox;
    QButtonGroup *m_dateOrder;
    QCheckBox *m_keepDuplicates;
    QDialogButtonBox *m_buttons;

    QString m_previewedPath;
    ColumnMapping m_mapping;
    bool m_userEditedMapping = false;
    bool m_previewPending = false;
    JobTracker *m_preview;
};

} // namespace clientele
