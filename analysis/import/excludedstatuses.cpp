#include "analysis/import/importer.h"

namespace clientele {

QStringList defaultExcludedStatuses()
{
    return {
        // Taobao / Tmall / JD / Youzan
        QStringLiteral("交易关闭"),
        QStringLiteral("交易取消"),
        QStringLiteral("已取消"),
        QStringLiteral("取消"),
        QStringLiteral("订单取消"),
        QStringLiteral("已关闭"),
        QStringLiteral("订单关闭"),
        QStringLiteral("关闭"),
        QStringLiteral("退款成功"),
        QStringLiteral("已退款"),
        QStringLiteral("全额退款"),
        QStringLiteral("退款完成"),
        QStringLiteral("已作废"),
        QStringLiteral("作废"),
        QStringLiteral("交易失败"),
        QStringLiteral("等待买家付款"),
        QStringLiteral("待付款"),
        QStringLiteral("未付款"),
        QStringLiteral("锁定"),
        QStringLiteral("TRADE_CLOSED"),
        QStringLiteral("TRADE_CLOSED_BY_TAOBAO"),
        QStringLiteral("WAIT_BUYER_PAY"),
        // Shopify / WooCommerce / generic
        QStringLiteral("cancelled"),
        QStringLiteral("canceled"),
        QStringLiteral("closed"),
        QStringLiteral("refunded"),
        QStringLiteral("voided"),
        QStringLiteral("void"),
        QStringLiteral("failed"),
        QStringLiteral("declined"),
        QStringLiteral("expired"),
        QStringLiteral("pending payment"),
        QStringLiteral("trash"),
        QStringLiteral("checkout-draft"),
        QStringLiteral("wc-cancelled"),
        QStringLiteral("wc-refunded"),
        QStringLiteral("wc-failed"),
        QStringLiteral("wc-pending"),
    };
}

} // namespace clientele
