#pragma once

#include "analysis/import/importer.h"

#include <QDialog>

namespace clientele {

// What an import did, in numbers the user can check against the shop's back office.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportSummaryDialog(const ImportSummary &summary, const QString &workspacePath, QWidget *parent = nullptr);

    static QString headline(const ImportSummary &summary);

private:
    void showRejectedRows();

    ImportSummary m_summary;
    QString m_workspacePath;
};

} // namespace clientele
