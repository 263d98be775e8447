#pragma once

#include "analysis/engine/customerlist.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace clientele {

class AnalysisController;

// One page of the workbench (Overview, RFM, Lifecycle, 80/20 & Tiers, Clusters, Customers). Pages read
// the controller's immutable results when they change and never run analyses themselves; parameters
// they edit go back through AnalysisController::setParameters(), which refreshes in a worker.
class WorkbenchPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkbenchPage(AnalysisController *controller, QWidget *parent = nullptr);

    virtual QString pageKey() const = 0; // stable: "overview", "rfm", "lifecycle", "pareto", "clusters", "customers"
    virtual QString title() const = 0;   // navigation label, translated
    // The page's charts, for export and `make screenshots` (may be empty).
    virtual QList<QWidget *> charts() const { return {}; }

Q_SIGNALS:
    // Ask the main window to show these customers on the Customers page.
    void showCustomersRequested(const clientele::CustomerFilter &filter, const QString &description);
    // Ask the main window to open the analysis settings at a group ("rfm", "lifecycle" …).
    void settingsRequested(const QString &group);

protected:
    AnalysisController *controller() const { return m_controller; }
    // Called after the controller publishes new results (and once if results already exist when the
    // page is shown for the first time). Implementations update their models.
    virtual void onResultsChanged() = 0;
    void showEvent(QShowEvent *event) override;

private:
    AnalysisController *m_controller;
    bool m_seenResults = false;
};

} // namespace clientele
