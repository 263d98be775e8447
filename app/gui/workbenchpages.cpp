#include "app/gui/workbenchpages.h"

#include "app/gui/customerstablepage.h"

namespace clientele {

std::vector<WorkbenchPage *> createWorkbenchPages(AnalysisController *controller, QWidget *parent)
{
    // One line per page, in navigation order; Ctrl+1… follow this order.
    return {
        // new OverviewPage(controller, parent),
        // new RfmPage(controller, parent),
        // new LifecyclePage(controller, parent),
        // new ParetoTiersPage(controller, parent),
        // new ClustersPage(controller, parent),
        new CustomersTablePage(controller, parent), // interim: replaced by CustomersPage
    };
}

} // namespace clientele
