#include "models/rolenames.h"

#include <QCoreApplication>

namespace clientele {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::OrderId:
        return QCoreApplication::translate("clientele::Roles", "Order ID");
    case Role::CustomerId:
        return QCoreApplication::translate("clientele::Roles", "Customer ID");
    case Role::CustomerEmail:
        return QCoreApplication::translate("clientele::Roles", "Customer email");
    case Role::CustomerPhone:
        return QCoreApplication::translate("clientele::Roles", "Customer phone");
    case Role::CustomerName:
        return QCoreApplication::translate("clientele::Roles", "Customer name");
    case Role::OrderTime:
        return QCoreApplication::translate("clientele::Roles", "Order time");
    case Role::Amount:
        return QCoreApplication::translate("clientele::Roles", "Amount paid");
    case Role::Quantity:
        return QCoreApplication::translate("clientele::Roles", "Quantity");
    case Role::UnitPrice:
        return QCoreApplication::translate("clientele::Roles", "Unit price");
    case Role::Status:
        return QCoreApplication::translate("clientele::Roles", "Status");
    case Role::Channel:
        return QCoreApplication::translate("clientele::Roles", "Channel");
    case Role::City:
        return QCoreApplication::translate("clientele::Roles", "City");
    case Role::Category:
        return QCoreApplication::translate("clientele::Roles", "Category");
    case Role::Count:
        break;
    }
    return {};
}

QString layoutLabel(Layout layout)
{
    switch (layout) {
    case Layout::Generic:
        return QCoreApplication::translate("clientele::Roles", "Generic table");
    case Layout::TaobaoTmall:
        return QCoreApplication::translate("clientele::Roles", "Taobao / Tmall (淘宝/天猫)");
    case Layout::JD:
        return QCoreApplication::translate("clientele::Roles", "JD (京东)");
    case Layout::Youzan:
        return QCoreApplication::translate("clientele::Roles", "Youzan (有赞)");
    case Layout::Shopify:
        return QCoreApplication::translate("clientele::Roles", "Shopify");
    case Layout::WooCommerce:
        return QCoreApplication::translate("clientele::Roles", "WooCommerce");
    case Layout::OnlineRetail:
        return QCoreApplication::translate("clientele::Roles", "Invoice lines (Online Retail)");
    }
    return {};
}

} // namespace clientele
