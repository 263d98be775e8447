#include "analysis/core/customertable.h"

#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "analysis/store/workspacehealth.h"

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

CustomerTableBuilder::CustomerTableBuilder(const QTimeZone &zone)
{
    m_table.timeZone = zone;
    m_table.orderBegin.push_back(0);
    m_table.returnBegin.push_back(0);
    m_table.firstDay = std::numeric_limits<qint32>::max();
    m_table.lastDay = std::numeric_limits<qint32>::min();
}

void CustomerTableBuilder::addCustomer(
    qint64 id, const QString &key, const QString &city, std::vector<Entry> orders, std::vector<Entry> returns)
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

namespace {

struct TimedAmount
{
    quint32 customer;
    qint64 utc;
    qint64 amountMinor;
};

// Reads (customer, time, amount) rows in table order (a sequential scan; walking the customer index
// would cost a random lookup per row) and groups them per customer with a counting sort.
bool readGrouped(sqlite3 *db, const char *sql, const std::vector<qint32> &indexById, size_t customers,
    std::vector<quint32> &begin, std::vector<TimedAmount> &grouped, QString *error, const CancelToken &cancel)
{
    SqliteStatement query(db, sql);
    if (!query.isValid()) {
        *error = query.errorMessage();
        return false;
    }
    std::vector<TimedAmount> rows;
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW) {
        if ((++count & 0xffff) == 0 && cancel.isCancelled())
            return false;
        const qint64 id = query.int64(0);
        if (id < 0 || size_t(id) >= indexById.size() || indexById[size_t(id)] < 0)
            continue; // a customer without orders (returns only)
        rows.push_back({quint32(indexById[size_t(id)]), query.int64(1), query.int64(2)});
    }
    if (rc != SQLITE_DONE) {
        *error = query.errorMessage();
        return false;
    }
    begin.assign(customers + 1, 0);
    for (const TimedAmount &row : rows)
        ++begin[row.customer + 1];
    for (size_t c = 0; c < customers; ++c)
        begin[c + 1] += begin[c];
    grouped.resize(rows.size());
    std::vector<quint32> next(begin.begin(), begin.end() - 1);
    for (const TimedAmount &row : rows)
        grouped[next[row.customer]++] = row;
    for (size_t c = 0; c < customers; ++c)
        std::stable_sort(grouped.begin() + begin[c], grouped.begin() + begin[c + 1],
            [](const TimedAmount &a, const TimedAmount &b) { return a.utc < b.utc; });
    return true;
}

} // namespace

CustomerTable loadCustomerTable(
    const Workspace &workspace, const QTimeZone &zone, QString *error, const CancelToken &cancel)
{
    auto failed = [&](const QString &message) {
        if (error && !message.isEmpty())
            *error
                = QCoreApplication::translate("clientele::CustomerTable", "Cannot read the workspace: %1").arg(message);
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
    auto damaged = [&] {
        if (error)
            *error = damagedMessage(workspace.path());
        return CustomerTable{};
    };
    CustomerTable table;
    table.timeZone = zone;
    SqliteStatement customers(db,
        "SELECT id, customer_key, coalesce(city, '') FROM customers "
        "WHERE order_count > 0 ORDER BY id");
    if (!customers.isValid())
        return workspace.isDamaged() ? damaged() : failed(customers.errorMessage());
    std::vector<qint32> indexById;
    while (customers.step() == SQLITE_ROW) {
        const qint64 id = customers.int64(0);
        if (id < 0 || id > std::numeric_limits<qint32>::max())
            continue;
        if (size_t(id) >= indexById.size())
            indexById.resize(size_t(id) + 1 + indexById.size() / 2, -1);
        indexById[size_t(id)] = qint32(table.ids.size());
        table.ids.push_back(id);
        table.keys.push_back(customers.text(1));
        table.cities.push_back(customers.text(2));
    }
    const size_t n = table.ids.size();
    QString message;
    std::vector<TimedAmount> grouped;
    if (!readGrouped(db, "SELECT customer_id, ordered_at, net_amount FROM orders", indexById, n, table.orderBegin,
            grouped, &message, cancel))
        return workspace.isDamaged() ? damaged() : failed(message);
    // A damaged page ends a scan early, as if the rows were not there; every order is also counted in its
    // customer's row, so a short read shows.
    SqliteStatement counted(db, "SELECT coalesce(sum(order_count), 0) FROM customers");
    if (workspace.isDamaged() || !counted.isValid() || counted.step() != SQLITE_ROW
        || counted.int64(0) != qint64(grouped.size()))
        return workspace.isDamaged() || counted.isValid() ? damaged() : failed(counted.errorMessage());
    table.orderDay.reserve(grouped.size());
    table.orderAmountMinor.reserve(grouped.size());
    for (const TimedAmount &order : grouped) {
        table.orderDay.push_back(toDay(order.utc));
        table.orderAmountMinor.push_back(order.amountMinor);
    }
    if (!readGrouped(db, "SELECT customer_id, returned_at, amount FROM returns", indexById, n, table.returnBegin,
            grouped, &message, cancel))
        return workspace.isDamaged() ? damaged() : failed(message);
    if (workspace.isDamaged())
        return damaged();
    for (const TimedAmount &ret : grouped) {
        table.returnDay.push_back(toDay(ret.utc));
        table.returnAmountMinor.push_back(ret.amountMinor);
    }
    table.firstDay = table.lastDay = 0;
    if (!table.orderDay.empty()) {
        table.firstDay = *std::min_element(table.orderDay.begin(), table.orderDay.end());
        table.lastDay = *std::max_element(table.orderDay.begin(), table.orderDay.end());
    }
    // A customer whose orders all vanished (not expected: order_count > 0) would break the invariant
    // that every customer has an order; drop nothing silently — keep the table as read.
    return table;
}

} // namespace clientele
