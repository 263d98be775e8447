#pragma once

#include "analysis/engine/customerlist.h"

#include <QString>

namespace clientele {

// What the workbench shell needs from the page that lists customers. Every page's
// WorkbenchPage::showCustomersRequested(filter, description) is routed by the main window to the page
// whose pageKey() is "customers": the window switches to it and calls setFilter() on it, found with
// dynamic_cast. CustomersPage implements it:
//
//     class CustomersPage : public WorkbenchPage, public CustomerFilterTarget
//     {
//         ...
//         void setFilter(const CustomerFilter &filter, const QString &description) override;
//     };
//
// `description` is translated text for a banner ("Champions · 1,234 customers"); the filter is
// evaluated against the controller's current results and should be re-applied when they change.
class CustomerFilterTarget
{
public:
    virtual ~CustomerFilterTarget() = default;
    virtual void setFilter(const CustomerFilter &filter, const QString &description) = 0;

protected:
    CustomerFilterTarget() = default;
    CustomerFilterTarget(const CustomerFilterTarget &) = default;
    CustomerFilterTarget &operator=(const CustomerFilterTarget &) = default;
};

} // namespace clientele
