#pragma once

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace clientele {

class AnalysisController;
class WorkbenchPage;

// The workbench's pages in navigation order (Overview, RFM, Lifecycle, 80/20 & Tiers, Clusters,
// Customers). Adding a page is one line in workbenchpages.cpp. The main window calls this again to
// rebuild every page when the language changes, so pages may set their texts once in the constructor.
std::vector<WorkbenchPage *> createWorkbenchPages(AnalysisController *controller, QWidget *parent);

using WorkbenchPageFactory = std::function<std::vector<WorkbenchPage *>(AnalysisController *, QWidget *)>;

// The page that receives WorkbenchPage::showCustomersRequested (see views/customerfiltertarget.h).
inline QString customersPageKey()
{
    return QStringLiteral("customers");
}

} // namespace clientele
