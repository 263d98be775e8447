#pragma once

#include "analysis/tiers/tierdesign.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace clientele {

class AnalysisController;

// Tier studio: saves the tier rules applied on the 80/20 & Tiers page as a named design (with benefit
// costs and a downgrade rule), compares two saved designs side by side at the controller's as-of day,
// exports a design's PDF report and presents it full screen. Evaluations run off the GUI thread.
class TierStudioDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TierStudioDialog(AnalysisController *controller, QWidget *parent = nullptr);

    QTableWidget *comparisonTable() const { return m_table; }
    void saveCurrent();
    void compare();
    // Re-reads the saved designs; `selectAsA` (if given) becomes design A, B is kept different when possible.
    void reloadDesigns(const QString &selectAsA = {});

private:
    std::optional<TierDesign> selectedDesign(QComboBox *combo);
    void exportPdf();
    void present();
    void deleteSelected();
    void showComparison(const TierDesignComparison &comparison);
    void setMessage(const QString &text, bool error);

    AnalysisController *m_controller;
    std::vector<TierDesign> m_designs;
    QLineEdit *m_name;
    QLineEdit *m_benefits;
    QComboBox *m_downgrade;
    QComboBox *m_designA;
    QComboBox *m_designB;
    QTableWidget *m_table;
    QLabel *m_message;
    quint64 m_generation = 0;
};

} // namespace clientele
