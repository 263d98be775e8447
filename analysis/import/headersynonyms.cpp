#include "analysis/import/headersynonyms.h"

#include <QRegularExpression>

#include <utility>

namespace clientele::headers {

namespace {

struct Synonym
{
    Role role;
    int priority;         // higher wins when several columns could fill the role
    const char16_t *text; // as written in exports; normalised once at start-up
    unsigned layouts = AnyLayout;
};

// Priorities only compare within a role, except for the few headers listed under two roles (Shopify's
// "Name"), where the layout-specific entry is given the higher value.
// Deliberately absent: Taobao 宝贝种类 (a count of item kinds, not a category), WooCommerce
// "Customer User ID" (0 for every guest, so it would merge all guests into one customer; the billing
// email identifies them), Shopify "Fulfillment Status" (financial status says whether money came in).
const std::vector<Synonym> &synonymTable()
{
    static const std::vector<Synonym> table = {
        // Order id. Shopify's "Name" is the order number (#1001); elsewhere "name" is a person.
        {Role::OrderId, 100, u"Name", layoutBit(Layout::Shopify)},
        {Role::OrderId, 40, u"Id", layoutBit(Layout::Shopify)},
        {Role::OrderId, 95, u"订单编号"},
        {Role::OrderId, 95, u"订单号"},
        {Role::OrderId, 90, u"订单ID"},
        {Role::OrderId, 85, u"主订单编号"},
        {Role::OrderId, 80, u"单号"},
        {Role::OrderId, 80, u"发票号"},
        {Role::OrderId, 95, u"order_id"},
        {Role::OrderId, 93, u"Order Number"},
        {Role::OrderId, 93, u"Order No"},
        {Role::OrderId, 90, u"InvoiceNo"},
        {Role::OrderId, 88, u"Invoice Number"},
        {Role::OrderId, 85, u"Invoice"},
        {Role::OrderId, 80, u"Order"},
        {Role::OrderId, 75, u"Transaction ID"},

        // Customer id: a stable account key. Taobao's 买家会员名 is the buyer's unique login.
        {Role::CustomerId, 95, u"customer_id"},
        {Role::CustomerId, 95, u"CustomerNo"},
        {Role::CustomerId, 93, u"Customer Number"},
        {Role::CustomerId, 90, u"Client ID"},
        {Role::CustomerId, 90, u"Member ID"},
        {Role::CustomerId, 88, u"Buyer ID"},
        {Role::CustomerId, 85, u"User ID"},
        {Role::CustomerId, 85, u"Account"},
        {Role::CustomerId, 60, u"Customer"},
        {Role::CustomerId, 95, u"客户编号"},
        {Role::CustomerId, 95, u"客户ID"},
        {Role::CustomerId, 95, u"会员ID"},
        {Role::CustomerId, 93, u"买家会员名"},
        {Role::CustomerId, 92, u"会员编号"},
        {Role::CustomerId, 92, u"会员号"},
        {Role::CustomerId, 92, u"会员卡号"},
        {Role::CustomerId, 90, u"客户账号"},
        {Role::CustomerId, 90, u"下单账号"},
        {Role::CustomerId, 90, u"买家账号"},
        {Role::CustomerId, 90, u"买家ID"},
        {Role::CustomerId, 88, u"用户ID"},
        {Role::CustomerId, 85, u"会员名"},
        {Role::CustomerId, 80, u"客户代码"},
        {Role::CustomerId, 70, u"买家支付宝账号"},
        {Role::CustomerId, 60, u"客户"},
        {Role::CustomerId, 55, u"会员"},
        {Role::CustomerId, 50, u"买家"},

        {Role::CustomerEmail, 95, u"Email"},
        {Role::CustomerEmail, 93, u"Email Address"},
        {Role::CustomerEmail, 92, u"Customer Email"},
        {Role::CustomerEmail, 90, u"Billing Email Address"},
        {Role::CustomerEmail, 90, u"Billing Email"},
        {Role::CustomerEmail, 90, u"Email (Billing)"},
        {Role::CustomerEmail, 80, u"Mail"},
        {Role::CustomerEmail, 95, u"邮箱"},
        {Role::CustomerEmail, 93, u"电子邮箱"},
        {Role::CustomerEmail, 90, u"电子邮件"},
        {Role::CustomerEmail, 90, u"买家邮箱"},
        {Role::CustomerEmail, 88, u"邮件"},

        // The buyer's own number beats the recipient's (a gift may ship to someone else).
        {Role::CustomerPhone, 95, u"Phone"},
        {Role::CustomerPhone, 93, u"Mobile"},
        {Role::CustomerPhone, 93, u"Phone Number"},
        {Role::CustomerPhone, 92, u"Customer Phone"},
        {Role::CustomerPhone, 88, u"Billing Phone"},
        {Role::CustomerPhone, 88, u"Phone (Billing)"},
        {Role::CustomerPhone, 85, u"Telephone"},
        {Role::CustomerPhone, 80, u"Tel"},
        {Role::CustomerPhone, 75, u"Shipping Phone"},
        {Role::CustomerPhone, 97, u"买家手机号"},
        {Role::CustomerPhone, 95, u"手机号"},
        {Role::CustomerPhone, 95, u"手机号码"},
        {Role::CustomerPhone, 94, u"手机"},
        {Role::CustomerPhone, 92, u"联系手机"},
        {Role::CustomerPhone, 90, u"联系电话"},
        {Role::CustomerPhone, 88, u"电话"},
        {Role::CustomerPhone, 88, u"联系方式"},
        {Role::CustomerPhone, 75, u"收货人手机号"},
        {Role::CustomerPhone, 75, u"收货人手机号/提货人手机号"},
        {Role::CustomerPhone, 70, u"收货人电话"},

        {Role::CustomerName, 95, u"Billing Name"},
        {Role::CustomerName, 95, u"Customer Name"},
        {Role::CustomerName, 92, u"Full Name"},
        {Role::CustomerName, 92, u"Billing Full Name"},
        {Role::CustomerName, 90, u"Billing First Name (Name)"},
        {Role::CustomerName, 85, u"Billing First Name"},
        {Role::CustomerName, 85, u"First Name (Billing)"},
        {Role::CustomerName, 85, u"Buyer Name"},
        {Role::CustomerName, 80, u"Client"},
        {Role::CustomerName, 75, u"Shipping Name"},
        {Role::CustomerName, 60, u"Name"},
        {Role::CustomerName, 95, u"客户姓名"},
        {Role::CustomerName, 95, u"客户名称"},
        {Role::CustomerName, 93, u"客户名"},
        {Role::CustomerName, 93, u"买家姓名"},
        {Role::CustomerName, 92, u"会员姓名"},
        {Role::CustomerName, 90, u"姓名"},
        {Role::CustomerName, 88, u"收货人姓名"},
        {Role::CustomerName, 85, u"联系人"},
        {Role::CustomerName, 80, u"买家昵称"},
        {Role::CustomerName, 78, u"粉丝昵称"},
        {Role::CustomerName, 75, u"昵称"},
        {Role::CustomerName, 70, u"收货人/提货人"},
        {Role::CustomerName, 70, u"收货人"},

        // Payment time is the moment of sale (Taobao, Youzan); Shopify fills "Paid at" on the first
        // line of an order only, so "Created at", present on every line, comes first there.
        {Role::OrderTime, 97, u"订单付款时间"},
        {Role::OrderTime, 97, u"买家付款时间"},
        {Role::OrderTime, 95, u"付款时间"},
        {Role::OrderTime, 95, u"支付时间"},
        {Role::OrderTime, 92, u"成交时间"},
        {Role::OrderTime, 92, u"交易时间"},
        {Role::OrderTime, 90, u"下单时间"},
        {Role::OrderTime, 88, u"订单创建时间"},
        {Role::OrderTime, 88, u"订单时间"},
        {Role::OrderTime, 88, u"订单日期"},
        {Role::OrderTime, 85, u"创建时间"},
        {Role::OrderTime, 85, u"下单日期"},
        {Role::OrderTime, 80, u"付款确认时间"},
        {Role::OrderTime, 80, u"销售日期"},
        {Role::OrderTime, 70, u"日期"},
        {Role::OrderTime, 60, u"时间"},
        {Role::OrderTime, 95, u"order_time"},
        {Role::OrderTime, 95, u"Order Date"},
        {Role::OrderTime, 95, u"InvoiceDate"},
        {Role::OrderTime, 93, u"Order Datetime"},
        {Role::OrderTime, 93, u"Purchase Date"},
        {Role::OrderTime, 92, u"Created at"},
        {Role::OrderTime, 90, u"Paid at"},
        {Role::OrderTime, 90, u"Transaction Date"},
        {Role::OrderTime, 88, u"Date Created"},
        {Role::OrderTime, 85, u"Created"},
        {Role::OrderTime, 70, u"Date"},
        {Role::OrderTime, 68, u"Datetime"},
        {Role::OrderTime, 65, u"Timestamp"},
        {Role::OrderTime, 60, u"Time"},

        // What the buyer actually paid beats list totals and goods-only subtotals.
        {Role::Amount, 99, u"买家实际支付金额"},
        {Role::Amount, 97, u"订单实付金额"},
        {Role::Amount, 97, u"订单实付"},
        {Role::Amount, 96, u"实付金额"},
        {Role::Amount, 96, u"实际支付金额"},
        {Role::Amount, 95, u"实收金额"},
        {Role::Amount, 94, u"支付金额"},
        {Role::Amount, 94, u"付款金额"},
        {Role::Amount, 92, u"应付金额"},
        {Role::Amount, 90, u"成交金额"},
        {Role::Amount, 88, u"总金额"},
        {Role::Amount, 86, u"订单金额"},
        {Role::Amount, 85, u"订单总额"},
        {Role::Amount, 84, u"销售额"},
        {Role::Amount, 84, u"销售金额"},
        {Role::Amount, 82, u"买家应付货款"},
        {Role::Amount, 80, u"金额"},
        {Role::Amount, 75, u"合计"},
        {Role::Amount, 70, u"商品金额合计"},
        {Role::Amount, 97, u"Amount Paid"},
        {Role::Amount, 97, u"Paid Amount"},
        {Role::Amount, 95, u"Order Total Amount"},
        {Role::Amount, 95, u"Order Total"},
        {Role::Amount, 93, u"Grand Total"},
        {Role::Amount, 92, u"Total"},
        {Role::Amount, 92, u"Total Amount"},
        {Role::Amount, 90, u"Amount"},
        {Role::Amount, 88, u"Net Sales"},
        {Role::Amount, 85, u"Revenue"},
        {Role::Amount, 85, u"Sales"},
        {Role::Amount, 80, u"Order Amount"},
        {Role::Amount, 75, u"Value"},
        {Role::Amount, 60, u"Subtotal"},
        {Role::Amount, 58, u"Order Subtotal Amount"},

        {Role::Quantity, 95, u"宝贝总数量"},
        {Role::Quantity, 95, u"商品数量"},
        {Role::Quantity, 95, u"订购数量"},
        {Role::Quantity, 93, u"购买数量"},
        {Role::Quantity, 90, u"数量"},
        {Role::Quantity, 88, u"件数"},
        {Role::Quantity, 95, u"Lineitem quantity"},
        {Role::Quantity, 95, u"Quantity (- Refund)"},
        {Role::Quantity, 93, u"Quantity"},
        {Role::Quantity, 90, u"Qty"},
        {Role::Quantity, 88, u"Quantity Ordered"},
        {Role::Quantity, 85, u"Units"},

        {Role::UnitPrice, 95, u"单价"},
        {Role::UnitPrice, 95, u"商品单价"},
        {Role::UnitPrice, 90, u"京东价"},
        {Role::UnitPrice, 88, u"售价"},
        {Role::UnitPrice, 85, u"价格"},
        {Role::UnitPrice, 95, u"UnitPrice"},
        {Role::UnitPrice, 95, u"Lineitem price"},
        {Role::UnitPrice, 92, u"Item Cost"},
        {Role::UnitPrice, 90, u"Item Price"},
        {Role::UnitPrice, 88, u"Price"},

        {Role::Status, 95, u"Financial Status"},
        {Role::Status, 95, u"Order Status"},
        {Role::Status, 90, u"Payment Status"},
        {Role::Status, 85, u"Status"},
        {Role::Status, 95, u"订单状态"},
        {Role::Status, 93, u"交易状态"},
        {Role::Status, 85, u"状态"},

        // A Taobao seller with several shops reads the shop as the channel, but an explicit channel
        // column always wins.
        {Role::Channel, 95, u"Channel"},
        {Role::Channel, 95, u"Sales Channel"},
        {Role::Channel, 90, u"Platform"},
        {Role::Channel, 88, u"Source"},
        {Role::Channel, 85, u"Order Source"},
        {Role::Channel, 80, u"Store"},
        {Role::Channel, 80, u"Marketplace"},
        {Role::Channel, 95, u"渠道"},
        {Role::Channel, 95, u"销售渠道"},
        {Role::Channel, 93, u"订单渠道"},
        {Role::Channel, 90, u"平台"},
        {Role::Channel, 90, u"销售平台"},
        {Role::Channel, 88, u"来源"},
        {Role::Channel, 88, u"订单来源"},
        {Role::Channel, 70, u"店铺"},
        {Role::Channel, 65, u"店铺名称"},

        {Role::City, 95, u"City"},
        {Role::City, 93, u"Billing City"},
        {Role::City, 93, u"City (Billing)"},
        {Role::City, 90, u"Customer City"},
        {Role::City, 85, u"Shipping City"},
        {Role::City, 85, u"City (Shipping)"},
        {Role::City, 95, u"城市"},
        {Role::City, 93, u"收货城市"},
        {Role::City, 92, u"收货人城市"},
        {Role::City, 90, u"所在城市"},
        {Role::City, 88, u"收货市"},
        {Role::City, 85, u"市"},

        {Role::Category, 95, u"Category"},
        {Role::Category, 93, u"Product Category"},
        {Role::Category, 90, u"Product Type"},
        {Role::Category, 85, u"Department"},
        {Role::Category, 95, u"品类"},
        {Role::Category, 95, u"类目"},
        {Role::Category, 93, u"商品类目"},
        {Role::Category, 93, u"商品分类"},
        {Role::Category, 90, u"分类"},
        {Role::Category, 88, u"一级类目"},
        {Role::Category, 85, u"类别"},
    };
    return table;
}

// Layout signatures as written in exports; see NormalizedSignature for how they are scored.
struct Signature
{
    Layout layout;
    int minStrong;
    std::vector<const char16_t *> strong;
    std::vector<const char16_t *> weak;
};

const std::vector<Signature> &signatures()
{
    static const std::vector<Signature> table = {
        {Layout::TaobaoTmall, 2,
            {u"买家会员名", u"买家支付宝账号", u"买家应付货款", u"买家应付邮费", u"买家实际支付金额", u"买家支付积分",
                u"买家实际支付积分", u"订单付款时间", u"宝贝标题", u"宝贝种类", u"宝贝总数量", u"联系手机",
                u"收货人姓名", u"店铺Id", u"店铺名称", u"订单关闭原因", u"返点积分", u"主订单编号"},
            {u"订单编号", u"总金额", u"订单状态", u"买家留言", u"收货地址", u"订单创建时间", u"物流单号", u"物流公司",
                u"退款金额", u"联系电话"}},
        {Layout::JD, 2,
            {u"下单账号", u"客户账号", u"订购数量", u"京东价", u"商品ID", u"付款确认时间", u"结算金额", u"余额支付",
                u"运费金额", u"商家备注等级", u"订单完成时间", u"增值税发票"},
            {u"订单号", u"下单时间", u"订单金额", u"应付金额", u"订单状态", u"商品名称", u"客户姓名", u"客户地址",
                u"联系电话", u"省", u"市", u"县"}},
        {Layout::Youzan, 2,
            {u"买家付款时间", u"订单实付金额", u"订单实付", u"粉丝昵称", u"买家昵称", u"买家手机号", u"收货人/提货人",
                u"收货人手机号", u"收货人手机号/提货人手机号", u"收货人省份", u"收货人城市", u"收货人地区",
                u"详细收货地址/提货地址", u"商品金额合计", u"商家订单备注", u"交易成功时间"},
            {u"订单号", u"订单状态", u"订单类型", u"订单创建时间", u"商品名称", u"商品数量", u"商品单价", u"收货人",
                u"运费"}},
        {Layout::Shopify, 1,
            {u"Financial Status", u"Fulfillment Status", u"Paid at", u"Fulfilled at", u"Accepts Marketing",
                u"Lineitem quantity", u"Lineitem name", u"Lineitem price", u"Lineitem sku",
                u"Lineitem compare at price", u"Lineitem requires shipping", u"Lineitem taxable",
                u"Lineitem fulfillment status", u"Billing Name", u"Shipping Name", u"Discount Code", u"Shipping Method",
                u"Cancelled at", u"Outstanding Balance", u"Risk Level", u"Note Attributes"},
            {u"Name", u"Email", u"Currency", u"Subtotal", u"Shipping", u"Taxes", u"Total", u"Created at",
                u"Billing City", u"Shipping City", u"Id", u"Phone", u"Source", u"Vendor", u"Tags"}},
        {Layout::WooCommerce, 2,
            {u"Payment Method Title", u"Customer User ID", u"Billing First Name", u"Billing First Name (Name)",
                u"Billing Last Name", u"First Name (Billing)", u"Email (Billing)", u"Billing Email Address",
                u"Order Total Amount", u"Order Subtotal Amount", u"Order Shipping Amount", u"Quantity (- Refund)",
                u"Customer Note", u"Item Cost", u"Cart Discount Amount", u"Shipping Method Title"},
            {u"Order ID", u"Order Number", u"Order Date", u"Order Status", u"Customer Email", u"Billing Phone",
                u"Billing City", u"Order Total", u"Item Name", u"Quantity", u"SKU"}},
        {Layout::OnlineRetail, 2, {u"StockCode", u"InvoiceNo", u"InvoiceDate"},
            {u"Invoice", u"UnitPrice", u"Price", u"Description", u"Country", u"CustomerID", u"Quantity"}},
    };
    return table;
}

} // namespace

QString normalize(QStringView header)
{
    static const QRegularExpression unit(
        QStringLiteral(u"\\(\\s*(?:元|人民币|¥|rmb|cny|usd|eur|gbp|\\$|件|个)\\s*\\)"));
    QString text = header.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    text.remove(unit);
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            out.append(c == u'帐' ? QChar(u'账') : c);
    }
    return out;
}

// normalised header → every role it may fill
const QHash<QString, std::vector<NormalizedSynonym>> &synonymIndex()
{
    static const QHash<QString, std::vector<NormalizedSynonym>> index = [] {
        QHash<QString, std::vector<NormalizedSynonym>> result;
        for (const Synonym &s : synonymTable())
            result[normalize(QStringView(s.text))].push_back({s.role, s.priority, s.layouts});
        return result;
    }();
    return index;
}

const std::vector<NormalizedSignature> &normalizedSignatures()
{
    static const std::vector<NormalizedSignature> table = [] {
        std::vector<NormalizedSignature> result;
        for (const Signature &signature : signatures()) {
            NormalizedSignature n{signature.layout, signature.minStrong, {}, {}};
            for (const char16_t *text : signature.strong)
                n.strong.append(normalize(QStringView(text)));
            for (const char16_t *text : signature.weak)
                n.weak.append(normalize(QStringView(text)));
            result.push_back(std::move(n));
        }
        return result;
    }();
    return table;
}

} // namespace clientele::headers
