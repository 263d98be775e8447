#include "app/gui/workbenchpages.h"

#include "views/clusterspage.h"
#include "views/customerspage.h"
#include "views/lifecyclepage.h"
#include "views/overviewpage.h"
#include "views/paretotierspage.h"
#include "views/predictionpage.h"
#include "views/rfmpage.h"

namespace clientele {

std::vector<WorkbenchPage *> createWorkbenchPages(AnalysisController *controller, QWidget *parent)
{
    // One line per page, in navigation order; Ctrl+1… follow this order.
    return {
        new OverviewPage(controller, parent),
        new RfmPage(controller, parent),
        new LifecyclePage(controller, parent),
        new ParetoTiersPage(controller, parent),
        new ClustersPage(controller, parent),
        new PredictionPage(controller, parent),
        new CustomersPage(controller, parent),
    };
}

} // namespace clientele
