#pragma once

#include "analysis/tiers/tierdesign.h"
#include "views/tierpresentation.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace clientele {

class AnalysisController;
class TierStudioController;
struct EvaluatedTierDesign;

// Tier studio: saves the tier rules applied on the 80/20 & Tiers page as a named design (with benefit
// costs and a downgrade rule), compares two saved designs side by side at the controller's as-of day,
// exports a design's PDF report and presents it full screen (one presentation at a time). The work is
// the TierStudioController's, off the GUI thread.
class TierStudioDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TierStudioDialog(AnalysisController *controller, QWidget *parent = nullptr);

    TierStudioController *studio() const { return m_studio; }
    QTableWidget *comparisonTable() const { return m_table; }
    // The open presentation, if any.
    TierPresentation *presentation() const { return m_presentation; }
    void saveCurrent();
    void compare();
    // Presents design A; while a presentation is open or on its way, raises that one instead.
    void present();
    // Re-reads the saved designs.
    void reloadDesigns();

private:
    void showDesigns();
    std::optional<TierDesign> selectedDesign(QComboBox *combo);
    void exportPdf();
    void deleteSelected();
    void showComparison(const TierDesignComparison &comparison);
    void writeReport(const EvaluatedTierDesign &design);
    void showPresentation(const EvaluatedTierDesign &design);
    void setMessage(const QString &text, bool error);

    AnalysisController *m_controller;
    TierStudioController *m_studio;
    QPointer<TierPresentation> m_presentation;
    QString m_selectAsA; // the design just saved becomes A once the list is re-read
    QString m_reportPath;
    QLineEdit *m_name;
    QLineEdit *m_benefits;
    QComboBox *m_downgrade;
    QComboBox *m_designA;
    QComboBox *m_designB;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace clientele
