#pragma once

#include "views/customerfiltertarget.h"
#include "views/workbenchpage.h"

#include <optional>

class QLabel;
class QToolButton;

namespace clientele {

class CustomerTableModel;
class CustomersView;

// Interim "customers" page: the customers table of the loaded workspace, optionally narrowed to a
// CustomerFilter sent by another page. Stands in for CustomersPage until that lands.
class CustomersTablePage : public WorkbenchPage, public CustomerFilterTarget
{
    Q_OBJECT
public:
    explicit CustomersTablePage(AnalysisController *controller, QWidget *parent = nullptr);

    QString pageKey() const override { return QStringLiteral("customers"); }
    QString title() const override { return tr("Customers"); }

    void setFilter(const CustomerFilter &filter, const QString &description) override;
    void clearFilter();
    bool hasFilter() const { return m_filter.has_value(); }
    CustomersView *customersView() const { return m_view; }

protected:
    void onResultsChanged() override;

private:
    void rebuild();

    CustomerTableModel *m_model;
    CustomersView *m_view;
    QWidget *m_banner;
    QLabel *m_bannerLabel;
    QToolButton *m_showAll;
    std::optional<CustomerFilter> m_filter;
    QString m_description;
};

} // namespace clientele
