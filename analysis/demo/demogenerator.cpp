#include "analysis/demo/demogenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace clientele {

namespace {

struct DemoOrder
{
    double day;
    int customer;
    double amount;
    int quantity;
    int channel;
    int city;
    int category;
    bool closed;
    double returnedAmount; // > 0: a return row follows this order
};

const std::array<const char *, 6> Channels{"天猫旗舰店", "京东自营", "微信小程序", "抖音小店", "线下门店", "Shopify"};
const std::array<const char *, 12> Cities{
    "上海", "北京", "广州", "深圳", "杭州", "成都", "武汉", "南京", "苏州", "西安", "重庆", "Singapore"};
const std::array<const char *, 8> Categories{"护肤", "彩妆", "香水", "零食礼盒", "家居", "服饰", "个护", "Gift Box"};

double betaSample(std::mt19937_64 &rng, double a, double b)
{
    std::gamma_distribution<double> x(a, 1.0), y(b, 1.0);
    const double u = x(rng), v = y(rng);
    return u + v > 0 ? u / (u + v) : 0.5;
}

} // namespace

bool writeDemoOrdersCsv(const QString &path, const DemoOptions &options, QString *error)
{
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::gamma_distribution<double> rate(options.r, 1.0 / options.alpha);
    std::vector<DemoOrder> orders;
    orders.reserve(size_t(options.orders));

    int customer = 0;
    while (qint64(orders.size()) < options.orders) {
        ++customer;
        const double lambda = rate(rng);
        const double dropout = betaSample(rng, options.a, options.b);
        const double meanValue = std::exp(std::normal_distribution<double>(5.0, 0.6)(rng));
        const int channel = int(unit(rng) * Channels.size());
        const int city = int(unit(rng) * Cities.size());
        std::lognormal_distribution<double> value(std::log(meanValue), 0.4);
        double t = unit(rng) * options.days * 0.7;
        while (true) {
            DemoOrder order{};
            order.day = t;
            order.customer = customer;
            order.amount = std::max(1.0, std::round(value(rng) * 100.0) / 100.0);
            order.quantity = 1 + int(std::exponential_distribution<double>(0.8)(rng));
            order.channel = unit(rng) < 0.85 ? channel : int(unit(rng) * Channels.size());
            order.city = city;
            order.category = int(unit(rng) * Categories.size());
            order.closed = unit(rng) < options.closedShare;
            if (!order.closed && unit(rng) < options.returnShare)
                order.returnedAmount = std::round(order.amount * (0.2 + 0.6 * unit(rng)) * 100.0) / 100.0;
            orders.push_back(order);
            if (unit(rng) < dropout || lambda <= 0)
                break;
            t += std::exponential_distribution<double>(lambda)(rng);
            if (t >= options.days)
                break;
        }
    }
    orders.resize(size_t(options.orders));
    std::stable_sort(
        orders.begin(), orders.end(), [](const DemoOrder &x, const DemoOrder &y) { return x.day < y.day; });

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("clientele::Demo", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray out(
        "\xEF\xBB\xBF订单编号,买家会员名,订单付款时间,买家实际支付金额,宝贝总数量,渠道,收货城市,类目,订单状态\n");
    const QDateTime start(options.start, QTime(0, 0), QTimeZone::utc());
    qint64 orderNumber = 3100000000LL;
    auto appendRow = [&out](const QByteArray &id, int customerIndex, const QDateTime &when, double amount, int quantity,
                         const DemoOrder &order, const char *status) {
        out += id + ",tb" + QByteArray::number(customerIndex).rightJustified(7, '0') + ','
            + when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + ',' + QByteArray::number(amount, 'f', 2)
            + ',' + QByteArray::number(quantity) + ',' + Channels[size_t(order.channel)] + ','
            + Cities[size_t(order.city)] + ',' + Categories[size_t(order.category)] + ',' + status + '\n';
    };
    for (const DemoOrder &order : orders) {
        orderNumber += 1 + qint64(unit(rng) * 7);
        const QDateTime when = start.addSecs(qint64(order.day * 86400.0));
        appendRow(QByteArray::number(orderNumber), order.customer, when, order.amount, order.quantity, order,
            order.closed ? "交易关闭" : "交易成功");
        if (order.returnedAmount > 0)
            appendRow("R" + QByteArray::number(orderNumber), order.customer, when.addDays(7), -order.returnedAmount, 1,
                order, "售后退款");
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("clientele::Demo", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace clientele
