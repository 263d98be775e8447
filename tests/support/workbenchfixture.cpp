#include "workbenchfixture.h"

#include <QString>

#include <vector>

namespace testsupport {

namespace {

struct Order
{
    int customer; // 0..11
    const char *date;
    int amount; // major units
};

std::vector<Order> workbenchOrders()
{
    std::vector<Order> orders;
    for (int i = 0; i < 4; ++i) {
        orders.push_back({i, "2024-01-10", 10 + i});
        for (const char *date : {"2024-05-01", "2024-05-15", "2024-06-01"})
            orders.push_back({4 + i, date, 50 + i});
        for (const char *date : {"2024-01-25", "2024-02-25", "2024-03-25", "2024-04-25", "2024-05-25", "2024-06-25"})
            orders.push_back({8 + i, date, 200 + i});
    }
    return orders;
}

} // namespace

clientele::CustomerTable workbenchTable()
{
    std::vector<std::vector<clientele::CustomerTableBuilder::Entry>> entries(12);
    for (const Order &o : workbenchOrders())
        entries[size_t(o.customer)].push_back(
            {*clientele::dayFromIsoDate(QString::fromLatin1(o.date)), qint64(o.amount) * 100});
    clientele::CustomerTableBuilder builder;
    for (int c = 0; c < 12; ++c)
        builder.addCustomer(c + 1, QStringLiteral("C%1").arg(c), QString(), entries[size_t(c)]);
    return builder.build();
}

QByteArray workbenchCsv()
{
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    int id = 0;
    for (const Order &o : workbenchOrders())
        csv += QByteArray::number(++id) + ",C" + QByteArray::number(o.customer) + ',' + o.date + " 10:00,"
            + QByteArray::number(o.amount) + ".00\n";
    return csv;
}

} // namespace testsupport
