#include "analysis/import/columnmapping.h"

#include <QSet>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {

// "key=header" for every mapped role, sorted, so one QCOMPARE shows the whole mapping on failure.
QStringList describe(const ColumnMapping &mapping, const QStringList &headers)
{
    QStringList out;
    for (int i = 0; i < RoleCount; ++i) {
        const int column = mapping.column(Role(i));
        if (column >= 0)
            out.append(roleKey(Role(i)) + u'=' + (column < headers.size() ? headers.at(column) : u"?"_s));
    }
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList split(const QString &csv)
{
    return csv.split(u',');
}

// The headers gen_orders.py writes with --headers en / zh.
const QString GenEn = u"order_id,customer_id,order_time,amount,quantity,channel,city,category,status"_s;
const QString GenZh = u"订单编号,买家会员名,订单付款时间,买家实际支付金额,宝贝总数量,渠道,收货城市,类目,订单状态"_s;

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void priority_data();
    void priority();
    void normalisation_data();
    void normalisation();
    void overrides_data();
    void overrides();
    void missingRequirements_data();
    void missingRequirements();
    void customerRole_data();
    void customerRole();
    void keys();
    void roleOf();
};

void TestColumnMapping::detect_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("taobao seller export")
        << split(u"订单编号,买家会员名,买家支付宝账号,支付单号,支付详情,买家应付货款,买家应付邮费,买家支付积分,"
                 u"总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,"
                 u"联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,"
                 u"宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,"
                 u"分阶段订单信息,特权订金订单id,是否代付,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,"
                 u"集分宝抵扣,是否是O2O交易,退款金额,预约门店,确认收货时间"_s)
        << u"taobao"_s
        << QStringList{u"order_id=订单编号"_s, u"customer_id=买家会员名"_s, u"phone=联系手机"_s, u"name=收货人姓名"_s,
               u"order_time=订单付款时间"_s, u"amount=买家实际支付金额"_s, u"quantity=宝贝总数量"_s,
               u"status=订单状态"_s, u"channel=店铺名称"_s};
    // Decision: gen_orders --headers zh uses Taobao's own words (买家会员名, 宝贝总数量, 订单付款时间 …),
    // so it is read as a Taobao export; every role still maps.
    QTest::newRow("gen_orders zh") << split(GenZh) << u"taobao"_s
                                   << QStringList{u"order_id=订单编号"_s, u"customer_id=买家会员名"_s,
                                          u"order_time=订单付款时间"_s, u"amount=买家实际支付金额"_s,
                                          u"quantity=宝贝总数量"_s, u"channel=渠道"_s, u"city=收货城市"_s,
                                          u"category=类目"_s, u"status=订单状态"_s};
    QTest::newRow("jd pop export") << split(
        u"订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,"
        u"订单状态,订单类型,下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,发票抬头,发票内容,"
        u"商家备注,商家备注等级,运费金额,付款确认时间,增值税发票,货号,订单完成时间,订单来源,订单渠道,"
        u"省,市,县"_s) << u"jd"_s
                                   << QStringList{u"order_id=订单号"_s, u"customer_id=下单帐号"_s, u"phone=联系电话"_s,
                                          u"name=客户姓名"_s, u"order_time=下单时间"_s, u"amount=应付金额"_s,
                                          u"quantity=订购数量"_s, u"unit_price=京东价"_s, u"status=订单状态"_s,
                                          u"channel=订单渠道"_s, u"city=市"_s};
    QTest::newRow("jd customer account") << split(
        u"订单号,客户账号,客户姓名,下单时间,订单金额,应付金额,订单状态,商品ID,商品名称,订购数量,"
        u"联系电话,客户地址,省,市"_s) << u"jd"_s
                                         << QStringList{u"order_id=订单号"_s, u"customer_id=客户账号"_s,
                                                u"phone=联系电话"_s, u"name=客户姓名"_s, u"order_time=下单时间"_s,
                                                u"amount=应付金额"_s, u"quantity=订购数量"_s, u"status=订单状态"_s,
                                                u"city=市"_s};
    // Youzan has no account column: the buyer's phone identifies the customer.
    QTest::newRow("youzan order export") << split(
        u"订单号,订单状态,订单类型,订单创建时间,买家付款时间,商品名称,商品规格,商品编码,商品数量,商品单价,"
        u"商品金额合计,运费,订单实付金额,支付方式,买家昵称,买家手机号,收货人/提货人,"
        u"收货人手机号/提货人手机号,收货人省份,收货人城市,收货人地区,详细收货地址/提货地址,买家备注,"
        u"商家订单备注,交易成功时间"_s) << u"youzan"_s
                                         << QStringList{u"order_id=订单号"_s, u"phone=买家手机号"_s, u"name=买家昵称"_s,
                                                u"order_time=买家付款时间"_s, u"amount=订单实付金额"_s,
                                                u"quantity=商品数量"_s, u"unit_price=商品单价"_s, u"status=订单状态"_s,
                                                u"city=收货人城市"_s};
    QTest::newRow("youzan fans, amount in yuan")
        << split(u"订单号,订单状态,订单创建时间,买家付款时间,商品名称,商品数量,订单实付(元),粉丝昵称,买家手机号,"
                 u"收货人,收货人手机号,收货人省份,收货人城市"_s)
        << u"youzan"_s
        << QStringList{u"order_id=订单号"_s, u"phone=买家手机号"_s, u"name=粉丝昵称"_s, u"order_time=买家付款时间"_s,
               u"amount=订单实付(元)"_s, u"quantity=商品数量"_s, u"status=订单状态"_s, u"city=收货人城市"_s};
    QTest::newRow("shopify orders export")
        << split(u"Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
                 u"Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
                 u"Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
                 u"Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
                 u"Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
                 u"Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
                 u"Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
                 u"Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
                 u"Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,"
                 u"Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,"
                 u"Phone,Receipt Number,Duties,Payment ID"_s)
        << u"shopify"_s
        << QStringList{u"order_id=Name"_s, u"email=Email"_s, u"phone=Phone"_s, u"name=Billing Name"_s,
               u"order_time=Created at"_s, u"amount=Total"_s, u"quantity=Lineitem quantity"_s,
               u"unit_price=Lineitem price"_s, u"status=Financial Status"_s, u"channel=Source"_s,
               u"city=Billing City"_s};
    // A trimmed Shopify export: one Shopify-only column plus shared ones is enough.
    QTest::newRow("shopify few columns") << split(u"Name,Email,Created at,Lineitem quantity,Total"_s) << u"shopify"_s
                                         << QStringList{u"order_id=Name"_s, u"email=Email"_s,
                                                u"order_time=Created at"_s, u"quantity=Lineitem quantity"_s,
                                                u"amount=Total"_s};
    // Customer User ID is 0 for every guest: the email identifies customers instead.
    QTest::newRow("woocommerce order export")
        << split(u"Order ID,Order Number,Order Date,Order Status,Customer Note,Billing First Name (Name),"
                 u"Billing Last Name,Billing Email Address,Customer User ID,Billing Phone,Billing City,"
                 u"Order Subtotal Amount,Order Shipping Amount,Order Total Amount,Payment Method Title,Item Name,"
                 u"SKU,Quantity (- Refund),Item Cost"_s)
        << u"woocommerce"_s
        << QStringList{u"order_id=Order ID"_s, u"email=Billing Email Address"_s, u"phone=Billing Phone"_s,
               u"name=Billing First Name (Name)"_s, u"order_time=Order Date"_s, u"amount=Order Total Amount"_s,
               u"quantity=Quantity (- Refund)"_s, u"unit_price=Item Cost"_s, u"status=Order Status"_s,
               u"city=Billing City"_s};
    QTest::newRow("woocommerce short") << split(
        u"Order Number,Order Date,Order Status,Customer Email,Billing First Name,Billing City,"
        u"Order Total,Payment Method Title,Item Name,Quantity"_s)
                                       << u"woocommerce"_s
                                       << QStringList{u"order_id=Order Number"_s, u"email=Customer Email"_s,
                                              u"name=Billing First Name"_s, u"order_time=Order Date"_s,
                                              u"amount=Order Total"_s, u"quantity=Quantity"_s, u"status=Order Status"_s,
                                              u"city=Billing City"_s};
    QTest::newRow("uci online retail") << split(
        u"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"_s)
                                       << u"online-retail"_s
                                       << QStringList{u"order_id=InvoiceNo"_s, u"customer_id=CustomerID"_s,
                                              u"order_time=InvoiceDate"_s, u"quantity=Quantity"_s,
                                              u"unit_price=UnitPrice"_s};
    QTest::newRow("uci online retail II")
        << split(u"Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country"_s)
        << u"online-retail"_s
        << QStringList{u"order_id=Invoice"_s, u"customer_id=Customer ID"_s, u"order_time=InvoiceDate"_s,
               u"quantity=Quantity"_s, u"unit_price=Price"_s};
    // A computed total in an invoice-line file is not used: the importer multiplies.
    QTest::newRow("online retail with total")
        << split(u"InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Total"_s) << u"online-retail"_s
        << QStringList{u"order_id=InvoiceNo"_s, u"customer_id=CustomerID"_s, u"order_time=InvoiceDate"_s,
               u"quantity=Quantity"_s, u"unit_price=UnitPrice"_s};
    QTest::newRow("gen_orders en") << split(GenEn) << u"generic"_s
                                   << QStringList{u"order_id=order_id"_s, u"customer_id=customer_id"_s,
                                          u"order_time=order_time"_s, u"amount=amount"_s, u"quantity=quantity"_s,
                                          u"channel=channel"_s, u"city=city"_s, u"category=category"_s,
                                          u"status=status"_s};
    QTest::newRow("erp zh") << split(u"客户编号,姓名,手机号,邮箱,成交时间,实付金额,数量,单价,状态,平台,城市,品类"_s)
                            << u"generic"_s
                            << QStringList{u"customer_id=客户编号"_s, u"name=姓名"_s, u"phone=手机号"_s,
                                   u"email=邮箱"_s, u"order_time=成交时间"_s, u"amount=实付金额"_s, u"quantity=数量"_s,
                                   u"unit_price=单价"_s, u"status=状态"_s, u"channel=平台"_s, u"city=城市"_s,
                                   u"category=品类"_s};
    QTest::newRow("erp zh members") << split(u"会员ID,客户名称,手机,下单时间,销售额,分类,来源"_s) << u"generic"_s
                                    << QStringList{u"customer_id=会员ID"_s, u"name=客户名称"_s, u"phone=手机"_s,
                                           u"order_time=下单时间"_s, u"amount=销售额"_s, u"category=分类"_s,
                                           u"channel=来源"_s};
    QTest::newRow("erp zh short") << split(u"订单号,客户ID,支付时间,金额,类目,渠道"_s) << u"generic"_s
                                  << QStringList{u"order_id=订单号"_s, u"customer_id=客户ID"_s,
                                         u"order_time=支付时间"_s, u"amount=金额"_s, u"category=类目"_s,
                                         u"channel=渠道"_s};
    QTest::newRow("english words") << split(
        u"Order Number,Customer,Email,Phone,Order Date,Total,Qty,Price,Status,Source,City,Category"_s)
                                   << u"generic"_s
                                   << QStringList{u"order_id=Order Number"_s, u"customer_id=Customer"_s,
                                          u"email=Email"_s, u"phone=Phone"_s, u"order_time=Order Date"_s,
                                          u"amount=Total"_s, u"quantity=Qty"_s, u"unit_price=Price"_s,
                                          u"status=Status"_s, u"channel=Source"_s, u"city=City"_s,
                                          u"category=Category"_s};
    QTest::newRow("english invoice") << split(u"Invoice,Date,Customer,Revenue,Channel"_s) << u"generic"_s
                                     << QStringList{u"order_id=Invoice"_s, u"order_time=Date"_s,
                                            u"customer_id=Customer"_s, u"amount=Revenue"_s, u"channel=Channel"_s};
    // Without Shopify's own columns, "Name" is a person, never the order id.
    QTest::newRow("generic name") << split(u"Name,Email,Total,Created at"_s) << u"generic"_s
                                  << QStringList{u"name=Name"_s, u"email=Email"_s, u"amount=Total"_s,
                                         u"order_time=Created at"_s};
    QTest::newRow("empty") << QStringList{} << u"generic"_s << QStringList{};
    QTest::newRow("unknown") << split(u"foo,bar,备注"_s) << u"generic"_s << QStringList{};
}

void TestColumnMapping::detect()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, layout);
    QFETCH(QStringList, expected);

    const DetectedLayout detected = detectLayout(headers);
    QCOMPARE(layoutKey(detected.layout), layout);
    QCOMPARE(describe(detected.mapping, headers), sorted(expected));

    // Each column serves at most one role.
    QSet<int> used;
    for (int i = 0; i < RoleCount; ++i) {
        const int column = detected.mapping.column(Role(i));
        if (column < 0)
            continue;
        QVERIFY2(!used.contains(column), qPrintable(headers.at(column)));
        used.insert(column);
        QCOMPARE(detected.mapping.roleOf(column), std::optional<Role>(Role(i)));
    }
}

void TestColumnMapping::priority_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected"); // header, or empty when the role stays unmapped

    QTest::newRow("taobao paid time over created")
        << split(u"订单编号,订单创建时间,订单付款时间,买家会员名"_s) << u"order_time"_s << u"订单付款时间"_s;
    QTest::newRow("taobao created time alone")
        << split(u"订单编号,订单创建时间,买家会员名,买家实际支付金额"_s) << u"order_time"_s << u"订单创建时间"_s;
    QTest::newRow("taobao paid amount over totals")
        << split(u"买家应付货款,总金额,买家实际支付金额,买家会员名"_s) << u"amount"_s << u"买家实际支付金额"_s;
    QTest::newRow("taobao total over goods")
        << split(u"买家应付货款,总金额,买家会员名,宝贝标题"_s) << u"amount"_s << u"总金额"_s;
    QTest::newRow("taobao item kinds is no category")
        << split(u"宝贝种类,宝贝标题,买家会员名"_s) << u"category"_s << QString();
    QTest::newRow("taobao member over alipay")
        << split(u"买家支付宝账号,买家会员名"_s) << u"customer_id"_s << u"买家会员名"_s;
    QTest::newRow("taobao channel column over shop")
        << split(u"店铺名称,渠道,买家会员名,宝贝标题"_s) << u"channel"_s << u"渠道"_s;
    QTest::newRow("jd payable over order amount")
        << split(u"订单金额,应付金额,结算金额"_s) << u"amount"_s << u"应付金额"_s;
    QTest::newRow("youzan buyer phone over recipient")
        << split(u"收货人手机号,买家手机号"_s) << u"phone"_s << u"买家手机号"_s;
    QTest::newRow("shopify name is order id")
        << split(u"Name,Email,Financial Status,Lineitem quantity,Billing Name"_s) << u"order_id"_s << u"Name"_s;
    QTest::newRow("shopify billing name is customer")
        << split(u"Name,Email,Financial Status,Lineitem quantity,Billing Name"_s) << u"name"_s << u"Billing Name"_s;
    QTest::newRow("shopify created over paid")
        << split(u"Name,Paid at,Created at,Financial Status,Lineitem quantity"_s) << u"order_time"_s << u"Created at"_s;
    QTest::newRow("shopify paid without created")
        << split(u"Name,Paid at,Financial Status,Lineitem quantity"_s) << u"order_time"_s << u"Paid at"_s;
    QTest::newRow("shopify id without name")
        << split(u"Id,Email,Financial Status,Lineitem quantity,Total"_s) << u"order_id"_s << u"Id"_s;
    QTest::newRow("shopify id with name")
        << split(u"Id,Name,Email,Financial Status,Lineitem quantity"_s) << u"order_id"_s << u"Name"_s;
    QTest::newRow("shopify fulfillment is no status")
        << split(u"Name,Fulfillment Status,Lineitem quantity,Paid at"_s) << u"status"_s << QString();
    QTest::newRow("total over subtotal") << split(u"Subtotal,Total"_s) << u"amount"_s << u"Total"_s;
    QTest::newRow("billing city over shipping city")
        << split(u"Shipping City,Billing City"_s) << u"city"_s << u"Billing City"_s;
    QTest::newRow("shipping city alone") << split(u"Email,Shipping City"_s) << u"city"_s << u"Shipping City"_s;
    QTest::newRow("generic name is no order id") << split(u"Name,Date,Amount"_s) << u"order_id"_s << QString();
    QTest::newRow("woo user id is no customer id")
        << split(u"Order ID,Customer User ID,Billing Email Address,Payment Method Title"_s) << u"customer_id"_s
        << QString();
    QTest::newRow("duplicate header takes first") << split(u"金额,客户,金额"_s) << u"amount"_s << u"金额"_s;
    QTest::newRow("paid time over order time zh") << split(u"下单时间,支付时间"_s) << u"order_time"_s << u"支付时间"_s;
    QTest::newRow("order date over bare date") << split(u"Date,Order Date"_s) << u"order_time"_s << u"Order Date"_s;
    QTest::newRow("discount amount is no amount")
        << split(u"Discount Amount,Refunded Amount"_s) << u"amount"_s << QString();
    QTest::newRow("tracking number is no order id") << split(u"物流单号,支付单号"_s) << u"order_id"_s << QString();
}

void TestColumnMapping::priority()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, role);
    QFETCH(QString, expected);

    const DetectedLayout detected = detectLayout(headers);
    const std::optional<Role> r = roleFromKey(role);
    QVERIFY(r);
    const int column = detected.mapping.column(*r);
    if (expected.isEmpty()) {
        QVERIFY2(column < 0, qPrintable(headers.value(column)));
    } else {
        QVERIFY2(column >= 0, qPrintable(describe(detected.mapping, headers).join(u' ')));
        // First occurrence: duplicates must resolve to the left-most column.
        QCOMPARE(column, int(headers.indexOf(expected)));
    }
}

void TestColumnMapping::normalisation_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("role");

    QTest::newRow("full-width latin") << u"ＯＲＤＥＲ＿ＩＤ"_s << u"order_id"_s;
    QTest::newRow("surrounding spaces") << u"  Customer ID  "_s << u"customer_id"_s;
    QTest::newRow("hyphen") << u"customer-id"_s << u"customer_id"_s;
    QTest::newRow("camel case") << u"CustomerID"_s << u"customer_id"_s;
    QTest::newRow("upper case") << u"INVOICENO"_s << u"order_id"_s;
    QTest::newRow("trailing colon") << u"Order Date:"_s << u"order_time"_s;
    QTest::newRow("full-width colon") << u"订单付款时间："_s << u"order_time"_s;
    QTest::newRow("ideographic space") << u"订单\u3000编号"_s << u"order_id"_s;
    QTest::newRow("ascii space in chinese") << u"订单 编号"_s << u"order_id"_s;
    QTest::newRow("full-width brackets unit") << u"订单实付（元）"_s << u"amount"_s;
    QTest::newRow("yen unit") << u"金额（￥）"_s << u"amount"_s;
    QTest::newRow("rmb unit") << u"实付金额(RMB)"_s << u"amount"_s;
    QTest::newRow("count unit") << u"数量(件)"_s << u"quantity"_s;
    QTest::newRow("byte order mark") << u"\uFEFForder_id"_s << u"order_id"_s;
    QTest::newRow("e-mail") << u"E-mail"_s << u"email"_s;
    QTest::newRow("shopify capitalised") << u"LINEITEM QUANTITY"_s << u"quantity"_s;
    QTest::newRow("unit price spaced") << u"Unit Price"_s << u"unit_price"_s;
    QTest::newRow("unit price snake") << u"unit_price"_s << u"unit_price"_s;
    QTest::newRow("account variant 帐") << u"下单帐号"_s << u"customer_id"_s;
    QTest::newRow("account variant 账") << u"下单账号"_s << u"customer_id"_s;
    QTest::newRow("quoted header") << u"\"city\""_s << u"city"_s;
    QTest::newRow("full-width digits and id") << u"客户ＩＤ"_s << u"customer_id"_s;
}

void TestColumnMapping::normalisation()
{
    QFETCH(QString, header);
    QFETCH(QString, role);

    const QStringList headers{u"unrelated"_s, header};
    const DetectedLayout detected = detectLayout(headers);
    const std::optional<Role> found = detected.mapping.roleOf(1);
    QVERIFY2(found, qPrintable(header));
    QCOMPARE(roleKey(*found), role);
}

void TestColumnMapping::overrides_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("errors"); // one substring per expected error sentence

    const QStringList headers = split(GenEn + u",Buyer Email,备注"_s);
    const QStringList base{u"order_id=order_id"_s, u"customer_id=customer_id"_s, u"order_time=order_time"_s,
        u"amount=amount"_s, u"quantity=quantity"_s, u"channel=channel"_s, u"city=city"_s, u"category=category"_s,
        u"status=status"_s};
    const auto with = [&base](const QStringList &extra, const QStringList &without = {}) {
        QStringList out;
        for (const QString &entry : base) {
            if (!without.contains(entry.section(u'=', 0, 0)))
                out.append(entry);
        }
        return out + extra;
    };

    QTest::newRow("none") << headers << QStringList{} << base << QStringList{};
    QTest::newRow("exact name") << headers << QStringList{u"email=Buyer Email"_s} << with({u"email=Buyer Email"_s})
                                << QStringList{};
    QTest::newRow("case-insensitive name")
        << headers << QStringList{u"email=buyer email"_s} << with({u"email=Buyer Email"_s}) << QStringList{};
    QTest::newRow("normalised name") << headers << QStringList{u"email=BUYER_EMAIL"_s} << with({u"email=Buyer Email"_s})
                                     << QStringList{};
    QTest::newRow("chinese name") << headers << QStringList{u"category=备注"_s}
                                  << with({u"category=备注"_s}, {u"category"_s}) << QStringList{};
    QTest::newRow("column number") << headers << QStringList{u"email=10"_s} << with({u"email=Buyer Email"_s})
                                   << QStringList{};
    QTest::newRow("spaces and key case") << headers << QStringList{u" EMAIL = Buyer Email "_s}
                                         << with({u"email=Buyer Email"_s}) << QStringList{};
    QTest::newRow("clear empty") << headers << QStringList{u"channel="_s} << with({}, {u"channel"_s}) << QStringList{};
    QTest::newRow("clear none") << headers << QStringList{u"channel=none"_s, u"city=NONE"_s}
                                << with({}, {u"channel"_s, u"city"_s}) << QStringList{};
    QTest::newRow("replace column") << headers << QStringList{u"customer_id=Buyer Email"_s}
                                    << with({u"customer_id=Buyer Email"_s}, {u"customer_id"_s}) << QStringList{};
    // The column moves: it was customer_id, now it is the name, and customer_id is unmapped.
    QTest::newRow("steal column") << headers << QStringList{u"name=customer_id"_s}
                                  << with({u"name=customer_id"_s}, {u"customer_id"_s}) << QStringList{};
    QTest::newRow("steal by number") << headers << QStringList{u"amount=5"_s}
                                     << with({u"amount=quantity"_s}, {u"amount"_s, u"quantity"_s}) << QStringList{};
    QTest::newRow("later override wins") << headers << QStringList{u"email=Buyer Email"_s, u"customer_id=Buyer Email"_s}
                                         << with({u"customer_id=Buyer Email"_s}, {u"customer_id"_s}) << QStringList{};
    QTest::newRow("same column same role") << headers << QStringList{u"city=city"_s} << base << QStringList{};
    QTest::newRow("unknown role") << headers << QStringList{u"colour=city"_s} << base
                                  << QStringList{u"Unknown role \"colour\""_s};
    QTest::newRow("unknown role lists keys") << headers << QStringList{u"colour=city"_s} << base
                                             << QStringList{u"order_id, customer_id, email, phone, name, "
                                                            u"order_time, amount, quantity, unit_price, status, "
                                                            u"channel, city, category"_s};
    QTest::newRow("unknown column") << headers << QStringList{u"email=Nope"_s} << base
                                    << QStringList{u"No column \"Nope\" for email"_s};
    QTest::newRow("number out of range") << headers << QStringList{u"email=12"_s} << base
                                         << QStringList{u"out of range"_s};
    QTest::newRow("number zero") << headers << QStringList{u"email=0"_s} << base << QStringList{u"out of range"_s};
    QTest::newRow("missing equals") << headers << QStringList{u"email"_s} << base << QStringList{u"role=column"_s};
    QTest::newRow("errors do not stop others")
        << headers << QStringList{u"bogus=1"_s, u"email=Buyer Email"_s, u"city=Nowhere"_s}
        << with({u"email=Buyer Email"_s}) << QStringList{u"bogus"_s, u"Nowhere"_s};
    QTest::newRow("ambiguous normalised")
        << split(u"Order-Date,order date,amount,customer"_s) << QStringList{u"order_time=ORDER_DATE"_s}
        << QStringList{u"order_time=Order-Date"_s, u"amount=amount"_s, u"customer_id=customer"_s}
        << QStringList{u"ambiguous"_s};
    QTest::newRow("exact beats normalised")
        << split(u"Order-Date,order date,amount,customer"_s) << QStringList{u"order_time=order date"_s}
        << QStringList{u"order_time=order date"_s, u"amount=amount"_s, u"customer_id=customer"_s} << QStringList{};
    // A header that looks like a number is matched as a header first.
    QTest::newRow("numeric header") << split(u"2,amount,customer,date"_s) << QStringList{u"channel=2"_s}
                                    << QStringList{u"channel=2"_s, u"amount=amount"_s, u"customer_id=customer"_s,
                                           u"order_time=date"_s}
                                    << QStringList{};
}

void TestColumnMapping::overrides()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, overrides);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, errors);

    ColumnMapping mapping = detectLayout(headers).mapping;
    const QStringList actualErrors = applyOverrides(mapping, headers, overrides);
    QCOMPARE(describe(mapping, headers), sorted(expected));
    QCOMPARE(actualErrors.size(), errors.size());
    for (int i = 0; i < errors.size(); ++i)
        QVERIFY2(actualErrors.at(i).contains(errors.at(i)), qPrintable(actualErrors.at(i)));
}

void TestColumnMapping::missingRequirements_data()
{
    QTest::addColumn<QStringList>("roles");   // role keys mapped (to arbitrary distinct columns)
    QTest::addColumn<QStringList>("missing"); // one substring per expected sentence

    QTest::newRow("complete") << split(u"order_time,customer_id,amount"_s) << QStringList{};
    QTest::newRow("order id optional") << split(u"order_time,email,amount"_s) << QStringList{};
    QTest::newRow("phone identifies") << split(u"order_time,phone,amount"_s) << QStringList{};
    QTest::newRow("name identifies") << split(u"order_time,name,amount"_s) << QStringList{};
    QTest::newRow("quantity times price") << split(u"order_time,customer_id,quantity,unit_price"_s) << QStringList{};
    QTest::newRow("no time") << split(u"order_id,customer_id,amount"_s) << QStringList{u"order time"_s};
    QTest::newRow("no customer") << split(u"order_id,order_time,amount,city"_s) << QStringList{u"customer"_s};
    QTest::newRow("no amount") << split(u"order_time,customer_id"_s) << QStringList{u"amount"_s};
    QTest::newRow("quantity without price")
        << split(u"order_time,customer_id,quantity"_s) << QStringList{u"unit_price"_s};
    QTest::newRow("price without quantity")
        << split(u"order_time,customer_id,unit_price"_s) << QStringList{u"quantity"_s};
    QTest::newRow("nothing") << QStringList{} << QStringList{u"order time"_s, u"customer"_s, u"amount"_s};
}

void TestColumnMapping::missingRequirements()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, missing);

    ColumnMapping mapping;
    for (int i = 0; i < roles.size(); ++i)
        mapping.set(*roleFromKey(roles.at(i)), i);
    const QStringList actual = mapping.missingRequirements();
    QCOMPARE(actual.size(), missing.size());
    for (int i = 0; i < missing.size(); ++i) {
        QVERIFY2(actual.at(i).contains(missing.at(i)), qPrintable(actual.at(i)));
        QVERIFY(actual.at(i).endsWith(u'.')); // sentences, shown as they are
    }
}

void TestColumnMapping::customerRole_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all") << split(u"name,phone,email,customer_id"_s) << u"customer_id"_s;
    QTest::newRow("email over phone") << split(u"name,phone,email"_s) << u"email"_s;
    QTest::newRow("phone over name") << split(u"name,phone"_s) << u"phone"_s;
    QTest::newRow("name") << split(u"name,amount"_s) << u"name"_s;
    QTest::newRow("none") << split(u"amount,order_id"_s) << QString();
}

void TestColumnMapping::customerRole()
{
    QFETCH(QStringList, roles);
    QFETCH(QString, expected);

    ColumnMapping mapping;
    for (int i = 0; i < roles.size(); ++i)
        mapping.set(*roleFromKey(roles.at(i)), i);
    QCOMPARE(roleKey(mapping.customerRole()), expected);
}

void TestColumnMapping::keys()
{
    QSet<QString> seen;
    for (int i = 0; i < RoleCount; ++i) {
        const Role role = Role(i);
        QVERIFY(!roleKey(role).isEmpty());
        QVERIFY(!roleDisplayName(role).isEmpty());
        QCOMPARE(roleFromKey(roleKey(role)), std::optional<Role>(role));
        QCOMPARE(roleFromKey(roleKey(role).toUpper()), std::optional<Role>(role));
        seen.insert(roleKey(role));
    }
    QCOMPARE(int(seen.size()), RoleCount);
    QCOMPARE(roleFromKey(u"bogus"_s), std::nullopt);
    QCOMPARE(roleFromKey(QString()), std::nullopt);
    QCOMPARE(roleKey(Role::CustomerEmail), u"email"_s);
    QCOMPARE(roleDisplayName(Role::OrderTime), u"Order time"_s);

    const QStringList layoutKeys{
        u"generic"_s, u"taobao"_s, u"jd"_s, u"youzan"_s, u"shopify"_s, u"woocommerce"_s, u"online-retail"_s};
    for (const QString &key : layoutKeys) {
        const std::optional<Layout> layout = layoutFromKey(key);
        QVERIFY2(layout, qPrintable(key));
        QCOMPARE(layoutKey(*layout), key);
        QVERIFY(!layoutDisplayName(*layout).isEmpty());
    }
    QCOMPARE(layoutDisplayName(Layout::TaobaoTmall), u"Taobao / Tmall"_s);
    QCOMPARE(layoutFromKey(u" Shopify "_s), std::optional<Layout>(Layout::Shopify));
    QCOMPARE(layoutFromKey(u"tmall"_s), std::optional<Layout>(Layout::TaobaoTmall));
    QCOMPARE(layoutFromKey(u"amazon"_s), std::nullopt);
}

void TestColumnMapping::roleOf()
{
    ColumnMapping mapping;
    QCOMPARE(mapping.roleOf(0), std::nullopt);
    QCOMPARE(mapping.roleOf(-1), std::nullopt);
    QCOMPARE(mapping.customerRole(), Role::Count);
    mapping.set(Role::City, 3);
    QCOMPARE(mapping.roleOf(3), std::optional<Role>(Role::City));
    QCOMPARE(mapping.roleOf(2), std::nullopt);
    QVERIFY(mapping != ColumnMapping());
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
