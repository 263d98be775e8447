#include "views/workbenchpage.h"

#include "models/analysiscontroller.h"

namespace clientele {

WorkbenchPage::WorkbenchPage(AnalysisController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    connect(controller, &AnalysisController::resultsChanged, this, [this] {
        m_seenResults = true;
        onResultsChanged();
    });
}

void WorkbenchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_seenResults && m_controller->hasResults()) {
        m_seenResults = true;
        onResultsChanged();
    }
}

} // namespace clientele
