#pragma once

#include "analysis/engine/analysisrun.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QScrollArea;

namespace clientele {

// Every analysis parameter of analysis/engine/parameterkeys.h in one dialog, grouped by analysis (RFM
// scores, lifecycle, 80/20, tiers, clusters), each with its explanation. Money is edited in currency units
// and kept in minor units. OK checks the whole set and stays open with the reason when it is inconsistent.
class AnalysisSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnalysisSettingsDialog(const AnalysisParameters &current, QWidget *parent = nullptr);

    // Scrolls to a group: "rfm", "lifecycle", "pareto", "tiers" or "clusters".
    void showGroup(const QString &group);
    // The parameters as edited (only meaningful after accept()).
    AnalysisParameters parameters() const { return m_result; }

    // For tests: the editor of a key (QComboBox or QLineEdit), and the problem shown, if any.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QString problemText() const;

    void accept() override;

private:
    void load(const AnalysisParameters &parameters);
    QString editedText(const QString &key) const;

    AnalysisParameters m_current;
    AnalysisParameters m_result;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QWidget *> m_groups;
    QScrollArea *m_scroll;
    QLabel *m_problem;
};

} // namespace clientele
