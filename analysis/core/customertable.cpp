#include "analysis/core/customertable.h"

#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace clientele {

qint32 dayNumber(qint64 utcSeconds, const QTimeZone &zone)
{
    const qint64 local = utcSeconds + zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    return qint32(local >= 0 ? local / 86400 : (local - 86399) / 86400);
}

QString dayToIsoDate(qint32 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

std::optional<qint32> dayFromIsoDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return qint32(QDate(1970, 1, 1).daysTo(date));
}

CustomerTableBuilder::CustomerTableBuilder(const QTimeZone &zone)
{
    m_table.timeZone = zone;
    m_table.orderBegin.push_back(0);
    m_table.returnBegin.push_back(0);
    m_table.firstDay = std::numeric_limits<qint32>::max();
    m_table.lastDay = std::numeric_limits<qint32>::min();
}

void CustomerTableBuilder::addCustomer(qint64 id, const QString &key, const QString &city, std::vector<Entry> orders,
                                       std::vector<Entry> returns)
{
    if (orders.empty())
        return;
    auto byDay = [](const Entry &a, const Entry &b) { return a.day < b.day; };
    std::stable_sort(orders.begin(), orders.end(), byDay);
    std::stable_sort(returns.begin(), returns.end(), byDay);
    CustomerTable &t = m_table;
    t.ids.push_back(id);
    t.keys.push_back(key);
    t.cities.push_back(city);
    for (const Entry &e : orders) {
        t.orderDay.push_back(e.day);
        t.orderAmountMinor.push_back(e.amountMinor);
    }
    for (const Entry &e : returns) {
        t.returnDay.push_back(e.day);
        t.returnAmountMinor.push_back(e.amountMinor);
    }
    t.orderBegin.push_back(quint32(t.orderDay.size()));
    t.returnBegin.push_back(quint32(t.returnDay.size()));
    t.firstDay = std::min(t.firstDay, orders.front().day);
    t.lastDay = std::max(t.lastDay, orders.back().day);
}

CustomerTable CustomerTableBuilder::build()
{
    CustomerTable table = std::move(m_table);
    if (table.ids.empty())
        table.firstDay = table.lastDay = 0;
    *this = CustomerTableBuilder(table.timeZone);
    return table;
}

CustomerTable loadCustomerTable(const Workspace &workspace, const QTimeZone &zone, QString *error,
                                const CancelToken &cancel)
{
    auto failed = [&](const SqliteStatement &statement) {
        if (error)
            *error = QCoreApplication::translate("clientele::CustomerTable", "Cannot read the workspace: %1")
                         .arg(statement.errorMessage());
        return CustomerTable{};
    };
    // The day of a UTC instant changes only at local midnight; cache the offset per UTC hour.
    qint64 cachedHour = std::numeric_limits<qint64>::min();
    qint64 cachedOffset = 0;
    auto toDay = [&](qint64 utc) {
        const qint64 hour = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600;
        if (hour != cachedHour) {
            cachedHour = hour;
            cachedOffset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::utc()));
        }
        const qint64 local = utc + cachedOffset;
        return qint32(local >= 0 ? local / 86400 : (local - 86399) / 86400);
    };

    sqlite3 *db = workspace.handle();
    SqliteStatement customers(db, "SELECT id, customer_key, coalesce(city, '') FROM customers "
                                  "WHERE order_count > 0 ORDER BY id");
    SqliteStatement orders(db, "SELECT customer_id, ordered_at, net_amount FROM orders ORDER BY customer_id, ordered_at");
    SqliteStatement returns(db, "SELECT customer_id, returned_at, amount FROM returns ORDER BY customer_id, returned_at");
    for (const SqliteStatement *s : {&customers, &orders, &returns})
        if (!s->isValid())
            return failed(*s);

    CustomerTableBuilder builder(zone);
    int orderRc = orders.step();
    int returnRc = returns.step();
    std::vector<CustomerTableBuilder::Entry> customerOrders;
    std::vector<CustomerTableBuilder::Entry> customerReturns;
    qint64 count = 0;
    while (customers.step() == SQLITE_ROW) {
        if ((++count & 0xfff) == 0 && cancel.isCancelled())
            return {};
        const qint64 id = customers.int64(0);
        customerOrders.clear();
        customerReturns.clear();
        while (orderRc == SQLITE_ROW && orders.int64(0) < id)
            orderRc = orders.step();
        while (orderRc == SQLITE_ROW && orders.int64(0) == id) {
            customerOrders.push_back({toDay(orders.int64(1)), orders.int64(2)});
            orderRc = orders.step();
        }
        while (returnRc == SQLITE_ROW && returns.int64(0) < id)
            returnRc = returns.step();
        while (returnRc == SQLITE_ROW && returns.int64(0) == id) {
            customerReturns.push_back({toDay(returns.int64(1)), returns.int64(2)});
            returnRc = returns.step();
        }
        builder.addCustomer(id, customers.text(1), customers.text(2), customerOrders, customerReturns);
    }
    return builder.build();
}

} // namespace clientele
