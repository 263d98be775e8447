#include "analysis/generate/exportlayouts.h"

#include "analysis/core/money.h"

#include <array>
#include <cstdio>

namespace clientele {

namespace {

std::string format(const char *pattern, long long value)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

// Amounts as an export writes them ("-12.30"), through the project's one money-to-text conversion.
std::string moneyText(qint64 minor)
{
    return minorUnitsText(minor).toStdString();
}

enum class TimeStyle { Seconds, Minutes, ShopifyOffset };

// `day` days (fractional) after `start`, plus `extraDays`, as the platform writes local times.
std::string timeText(const QDate &start, double day, int extraDays, TimeStyle style)
{
    const qint64 seconds = qint64(day * 86400.0) + qint64(extraDays) * 86400;
    const QDate date = start.addDays(seconds / 86400);
    const int secondOfDay = int(seconds % 86400);
    char buffer[40];
    const int h = secondOfDay / 3600, m = secondOfDay / 60 % 60, s = secondOfDay % 60;
    switch (style) {
    case TimeStyle::Seconds:
        std::snprintf(
            buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", date.year(), date.month(), date.day(), h, m, s);
        break;
    case TimeStyle::Minutes:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", date.year(), date.month(), date.day(), h, m);
        break;
    case TimeStyle::ShopifyOffset:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d +0800", date.year(), date.month(),
            date.day(), h, m, s);
        break;
    }
    return buffer;
}

// Deterministic person details of customer `index`, as the platforms show them.
std::string chineseName(int index)
{
    static const std::array<const char *, 12> family{
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    static const std::array<const char *, 10> given{"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "杰", "婷"};
    return std::string(family[size_t(index) % family.size()]) + given[size_t(index / 12) % given.size()];
}

std::string fullPhone(int index)
{
    return format("139%08lld", index);
}

std::string maskedPhone(int index)
{
    return format("138****%04lld", index % 10000);
}

std::string email(int index)
{
    return format("buyer%lld@example.com", index);
}

// 1 to 3 line items: the order's quantity spread over them (each at least 1).
std::vector<int> lineQuantities(int quantity, std::mt19937_64 &details)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double u = unit(details);
    const int lines = std::min(quantity, u < 0.65 ? 1 : u < 0.9 ? 2 : 3);
    std::vector<int> out(size_t(lines), 1);
    for (int extra = quantity - lines; extra > 0; --extra)
        ++out[size_t(unit(details) * lines)];
    return out;
}

const char *productName(int category, int line)
{
    static const std::array<const char *, 4> product{"精华液", "礼盒装", "旅行装", "Classic"};
    (void)category;
    return product[size_t(line) % product.size()];
}

} // namespace

const std::vector<LayoutColumn> &layoutColumns(GeneratedLayout layout)
{
    static const std::vector<LayoutColumn> generic{{"order_id"}, {"customer_id"}, {"order_time"}, {"amount", true},
        {"quantity", true}, {"channel"}, {"city"}, {"category"}, {"status"}};
    static const std::vector<LayoutColumn> taobao{{"订单编号"}, {"买家会员名"}, {"订单付款时间"},
        {"买家实际支付金额", true}, {"宝贝总数量", true}, {"渠道"}, {"收货城市"}, {"类目"}, {"订单状态"}};
    static const std::vector<LayoutColumn> jd{{"订单号"}, {"下单账号"}, {"下单时间"}, {"应付金额", true},
        {"订购数量", true}, {"商品名称"}, {"订单状态"}, {"客户姓名"}, {"联系电话"}, {"市"}};
    static const std::vector<LayoutColumn> youzan{{"订单号"}, {"订单状态"}, {"买家付款时间"}, {"订单实付金额", true},
        {"粉丝昵称"}, {"买家手机号"}, {"商品名称"}, {"商品数量", true}, {"收货人城市"}};
    static const std::vector<LayoutColumn> shopify{{"Name"}, {"Email"}, {"Financial Status"}, {"Paid at"},
        {"Created at"}, {"Total", true}, {"Lineitem quantity", true}, {"Lineitem name"}, {"Billing City"}, {"Source"}};
    static const std::vector<LayoutColumn> woo{{"Order ID"}, {"Order Date"}, {"Order Status"},
        {"Billing Email Address"}, {"Billing First Name"}, {"Billing City"}, {"Order Total Amount", true},
        {"Item Name"}, {"Quantity", true}};
    static const std::vector<LayoutColumn> retail{{"InvoiceNo"}, {"StockCode"}, {"Description"}, {"Quantity", true},
        {"InvoiceDate"}, {"UnitPrice", true}, {"CustomerID"}, {"Country"}};
    switch (layout) {
    case GeneratedLayout::Generic:
        return generic;
    case GeneratedLayout::Taobao:
        return taobao;
    case GeneratedLayout::JD:
        return jd;
    case GeneratedLayout::Youzan:
        return youzan;
    case GeneratedLayout::Shopify:
        return shopify;
    case GeneratedLayout::WooCommerce:
        return woo;
    case GeneratedLayout::OnlineRetail:
        return retail;
    }
    return generic;
}

LayoutFields layoutFields(GeneratedLayout layout)
{
    switch (layout) {
    case GeneratedLayout::Generic:
    case GeneratedLayout::Taobao:
        return {1, 2, 3, 6};
    case GeneratedLayout::JD:
        return {1, 2, 3, 9};
    case GeneratedLayout::Youzan:
        return {5, 2, 3, 8};
    case GeneratedLayout::Shopify:
        return {1, 4, 5, 8};
    case GeneratedLayout::WooCommerce:
        return {3, 1, 6, 5};
    case GeneratedLayout::OnlineRetail:
        return {6, 4, 5, 7};
    }
    return {1, 2, 3, 6};
}

QByteArray generatedCustomerId(GeneratedLayout layout, int index, int group)
{
    const std::string prefix = group >= 0 ? format("g%lld-", group + 1) : std::string();
    switch (layout) {
    case GeneratedLayout::Generic:
        return QByteArray::fromStdString(prefix + format("C%08lld", index));
    case GeneratedLayout::Taobao:
        return QByteArray::fromStdString(format("tb%07lld", index)).insert(2, prefix.c_str());
    case GeneratedLayout::JD:
        return QByteArray::fromStdString(prefix + format("jd_%07lld", index));
    case GeneratedLayout::Youzan:
        return QByteArray::fromStdString(fullPhone(index)); // the phone is the key; groups not marked
    case GeneratedLayout::Shopify:
    case GeneratedLayout::WooCommerce:
        return QByteArray::fromStdString(prefix + email(index));
    case GeneratedLayout::OnlineRetail:
        return QByteArray::fromStdString(format("%lld", 10000 + index)); // numeric, as UCI writes them
    }
    return {};
}

WrittenOrder layoutOrderRows(
    GeneratedLayout layout, const SampledOrder &order, qint64 orderNumber, const QDate &start, std::mt19937_64 &details)
{
    WrittenOrder out;
    out.written = true;
    out.amountMinor = order.amountMinor;
    const std::string id = std::to_string(orderNumber);
    const std::string customer = generatedCustomerId(layout, order.customer, order.group).toStdString();
    const std::string amount = moneyText(order.amountMinor);
    const std::string quantity = std::to_string(order.quantity);
    const char *channel = GeneratedChannels[size_t(order.channel)];
    const char *city = GeneratedCities[size_t(order.city)];
    const char *category = GeneratedCategories[size_t(order.category)];
    const bool hasReturn = order.returnedMinor > 0;
    switch (layout) {
    case GeneratedLayout::Generic:
    case GeneratedLayout::Taobao: {
        const bool zh = layout == GeneratedLayout::Taobao;
        const char *status = order.closed ? (zh ? "交易关闭" : "refunded") : (zh ? "交易成功" : "completed");
        out.rows.push_back({id, customer, timeText(start, order.day, 0, TimeStyle::Seconds), amount, quantity, channel,
            city, category, status});
        if (hasReturn) {
            out.returnedMinor = order.returnedMinor;
            out.rows.push_back({"R" + id, customer, timeText(start, order.day, 7, TimeStyle::Seconds),
                moneyText(-order.returnedMinor), "1", channel, city, category, zh ? "售后退款" : "returned"});
        }
        break;
    }
    case GeneratedLayout::JD: {
        const std::string time = timeText(start, order.day, 0, TimeStyle::Seconds);
        const std::vector<int> lines = lineQuantities(order.quantity, details);
        for (size_t i = 0; i < lines.size(); ++i)
            out.rows.push_back(
                {id, customer, time, amount, std::to_string(lines[i]), productName(order.category, int(i)),
                    order.closed ? "已取消" : "完成", chineseName(order.customer), maskedPhone(order.customer), city});
        break;
    }
    case GeneratedLayout::Youzan:
        out.rows.push_back(
            {"E" + id, order.closed ? "已关闭" : "交易成功", timeText(start, order.day, 0, TimeStyle::Seconds), amount,
                chineseName(order.customer) + "的小店粉丝", customer, productName(order.category, 0), quantity, city});
        break;
    case GeneratedLayout::Shopify: {
        const std::string time = timeText(start, order.day, 0, TimeStyle::ShopifyOffset);
        const std::vector<int> lines = lineQuantities(order.quantity, details);
        for (size_t i = 0; i < lines.size(); ++i) {
            const bool first = i == 0;
            out.rows.push_back({"#" + id, customer, first ? (order.closed ? "refunded" : "paid") : "",
                first ? time : "", time, first ? amount : "", std::to_string(lines[i]),
                productName(order.category, int(i)), first ? city : "", "web"});
        }
        break;
    }
    case GeneratedLayout::WooCommerce: {
        const std::string time = timeText(start, order.day, 0, TimeStyle::Minutes);
        const std::vector<int> lines = lineQuantities(order.quantity, details);
        for (size_t i = 0; i < lines.size(); ++i)
            out.rows.push_back(
                {id, time, order.closed ? "Refunded" : "Completed", customer, format("Buyer%lld", order.customer), city,
                    amount, productName(order.category, int(i)), std::to_string(lines[i])});
        break;
    }
    case GeneratedLayout::OnlineRetail: {
        // No status column: a cancelled sale is not in the file. Each line is quantity × unit price, so the
        // order's amount is what its lines add up to.
        if (order.closed) {
            out.written = false;
            break;
        }
        const std::string time = timeText(start, order.day, 0, TimeStyle::Minutes);
        const std::string customerNumber = customer;
        const std::vector<int> lines = lineQuantities(order.quantity, details);
        qint64 remaining = order.amountMinor, total = 0;
        for (size_t i = 0; i < lines.size(); ++i) {
            const qint64 share = i + 1 == lines.size() ? remaining : remaining / qint64(lines.size() - i);
            const qint64 unitPrice = std::max<qint64>(1, share / lines[i]);
            remaining -= share;
            total += unitPrice * lines[i];
            out.rows.push_back(
                {id, format("%lldA", 20000 + order.category * 10 + qint64(i)), productName(order.category, int(i)),
                    std::to_string(lines[i]), time, moneyText(unitPrice), customerNumber, "United Kingdom"});
        }
        out.amountMinor = total;
        if (hasReturn) {
            out.returnedMinor = order.returnedMinor;
            out.rows.push_back({"C" + id, format("%lldA", 20000 + order.category * 10), productName(order.category, 0),
                "-1", timeText(start, order.day, 7, TimeStyle::Minutes), moneyText(order.returnedMinor), customerNumber,
                "United Kingdom"});
        }
        break;
    }
    }
    return out;
}

} // namespace clientele
