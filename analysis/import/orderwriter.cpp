#include "analysis/import/orderwriter.h"

#include "analysis/parse/amountparser.h"
#include "analysis/store/multirowinsert.h"
#include "analysis/store/schema.h"

#include <algorithm>
#include <utility>

#include <sqlite3.h>

namespace clientele {

namespace {

constexpr const char *UpsertOrder
    = "INSERT INTO orders(order_key, customer_id, ordered_at, net_amount, quantity, channel, status, city, "
      "category, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
      "ON CONFLICT(order_key) DO UPDATE SET net_amount = net_amount + excluded.net_amount, "
      "quantity = quantity + excluded.quantity WHERE orders.import_id = excluded.import_id";
constexpr const char *UpsertReturn
    = "INSERT INTO returns(return_key, customer_id, returned_at, amount, import_id) VALUES(?1, ?2, ?3, ?4, ?10) "
      "ON CONFLICT(return_key) DO UPDATE SET amount = amount + excluded.amount "
      "WHERE returns.import_id = excluded.import_id";
constexpr const char *AppendOrders
    = "INSERT INTO orders(order_key, customer_id, ordered_at, net_amount, quantity, channel, status, city, "
      "category, import_id)";
constexpr int OrderColumns = 10;
// Orders queued for one multi-row insert at most (they belong to the batch being written).
constexpr size_t MaxPendingAppends = 1024;
constexpr const char *AppendReturn
    = "INSERT INTO returns(return_key, customer_id, returned_at, amount, import_id) VALUES(?1, ?2, ?3, ?4, ?10)";

} // namespace

OrderWriter::OrderWriter(sqlite3 *db, qint64 importId, QString customerKeyKind)
    : m_db(db)
    , m_importId(importId)
    , m_keyKind(std::move(customerKeyKind))
{
    // A key seen again inside this import (line items of one order that are not adjacent) adds to the
    // order; a key from an earlier import is left alone and counted as already present.
    prepareUpserts();
    SqliteStatement existing(db, "SELECT count(*), coalesce(max(id), 0) FROM customers");
    if (existing.isValid() && existing.step() == SQLITE_ROW) {
        m_workspaceHasCustomers = existing.int64(0) > 0;
        m_customers.setNextId(existing.int64(1) + 1);
    }
    m_findCustomer = std::make_unique<SqliteStatement>(db, "SELECT id FROM customers WHERE customer_key = ?1");
    m_insertRejection = std::make_unique<SqliteStatement>(
        db, "INSERT INTO rejected_rows(import_id, line, column_name, reason, raw) VALUES(?1, ?2, ?3, ?4, ?5)");
}

OrderWriter::~OrderWriter() = default;

bool OrderWriter::prepareUpserts()
{
    m_upsertOrder = std::make_unique<SqliteStatement>(m_db, UpsertOrder);
    m_upsertReturn = std::make_unique<SqliteStatement>(m_db, UpsertReturn);
    return (m_upsertOrder->isValid() || fail(*m_upsertOrder)) && (m_upsertReturn->isValid() || fail(*m_upsertReturn));
}

bool OrderWriter::isReady(QString *error) const
{
    for (const auto *statement :
        {m_upsertOrder.get(), m_upsertReturn.get(), m_findCustomer.get(), m_insertRejection.get()}) {
        if (!statement->isValid()) {
            *error = statement->errorMessage();
            return false;
        }
    }
    return true;
}

bool OrderWriter::fail(const SqliteStatement &statement)
{
    m_lastError = statement.errorMessage();
    return false;
}

bool OrderWriter::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_lastError = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

bool OrderWriter::beginBulk(KeyHashSet &orderKeys, KeyHashSet &returnKeys)
{
    // Without the customer key index every customer must be known here: load them all (a bulk import
    // brings more than the workspace has, so this is the smaller part).
    if (m_workspaceHasCustomers) {
        SqliteStatement all(m_db, "SELECT id, customer_key FROM customers ORDER BY id");
        int rc;
        while ((rc = all.step()) == SQLITE_ROW) {
            const std::string_view key = all.utf8(1);
            if (!m_customers.find(key))
                m_customers.insertExisting(key, all.int64(0));
        }
        if (rc != SQLITE_DONE)
            return fail(all);
        m_workspaceHasCustomers = false;
    }
    for (auto [sql, keys] : {std::pair{"SELECT order_key FROM orders", &orderKeys},
             std::pair{"SELECT return_key FROM returns", &returnKeys}}) {
        SqliteStatement all(m_db, sql);
        int rc;
        while ((rc = all.step()) == SQLITE_ROW) {
            keys->insert(all.utf8(0));
        }
        if (rc != SQLITE_DONE)
            return fail(all);
    }
    m_upsertOrder.reset();
    m_upsertReturn.reset();
    if (!exec(schema::OrdersByKey.drop) || !exec(schema::ReturnsByKey.drop) || !exec(schema::CustomersByKey.drop))
        return false;
    m_keysUnindexed = true;
    m_customerIndexDropped = true;
    m_orderAppends = std::make_unique<MultiRowInsert>(m_db, AppendOrders, OrderColumns);
    m_appendReturn = std::make_unique<SqliteStatement>(m_db, AppendReturn);
    return m_appendReturn->isValid() || fail(*m_appendReturn);
}

bool OrderWriter::indexKeys()
{
    if (!m_keysUnindexed)
        return true;
    if (!flushAppends())
        return false;
    // A duplicate key here would be a bug in the deferral; the unique index refuses it and the import
    // rolls back rather than storing an order twice.
    if (!exec(schema::OrdersByKey.create) || !exec(schema::ReturnsByKey.create))
        return false;
    m_keysUnindexed = false;
    m_orderAppends.reset();
    m_appendReturn.reset();
    return prepareUpserts();
}

CustomerDelta *OrderWriter::customer(const AssembledOrder &order)
{
    if (CustomerDelta *known = m_customers.find(order.customerKey))
        return known;
    qint64 existingId = 0;
    if (m_workspaceHasCustomers) {
        SqliteStatement &find = *m_findCustomer;
        find.bind(1, std::string_view(order.customerKey));
        const int rc = find.step();
        if (rc == SQLITE_ROW)
            existingId = find.int64(0);
        find.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            fail(find);
            return nullptr;
        }
    }
    if (existingId == 0)
        return &m_customers.create(order.customerKey, order.city);
    return &m_customers.insertExisting(order.customerKey, existingId);
}

OrderWriter::Outcome OrderWriter::insert(const AssembledOrder &order, bool isOrder, qint64 minor)
{
    if (m_keysUnindexed && order.keyMaybeStored) {
        m_deferred.push_back(order);
        return Outcome::Deferred;
    }
    CustomerDelta *delta = order.customer ? order.customer : customer(order);
    if (!delta)
        return Outcome::Failed;
    if (m_keysUnindexed && isOrder) {
        // Certainly new: appended with many others per statement (flushAppends()).
        m_pendingAppends.push_back({&order, delta->id, minor});
        delta->grossMinor += minor;
        ++delta->orders;
        delta->first = std::min(delta->first, order.utcSeconds);
        delta->last = std::max(delta->last, order.utcSeconds);
        return m_pendingAppends.size() < MaxPendingAppends || flushAppends() ? Outcome::Added : Outcome::Failed;
    }
    SqliteStatement &statement = m_keysUnindexed ? *m_appendReturn : (isOrder ? *m_upsertOrder : *m_upsertReturn);
    if (isOrder) {
        bindOrder(statement, 1, order, delta->id, minor);
    } else {
        // The order's strings outlive step() and reset(): bind them without copies.
        statement.bindStatic(1, order.key);
        statement.bind(2, delta->id);
        statement.bind(3, order.utcSeconds);
        statement.bind(4, minor);
        statement.bind(10, m_importId);
    }
    // Rowids start at 1, so a zero left in place afterwards means the upsert updated an existing row.
    sqlite3_set_last_insert_rowid(m_db, 0);
    const int rc = statement.step();
    statement.reset();
    if (rc != SQLITE_DONE) {
        fail(statement);
        return Outcome::Failed;
    }
    if (sqlite3_changes(m_db) == 0)
        return Outcome::AlreadyPresent;
    const bool added = sqlite3_last_insert_rowid(m_db) != 0;
    if (isOrder) {
        delta->grossMinor += minor;
        if (added) {
            ++delta->orders;
            delta->first = std::min(delta->first, order.utcSeconds);
            delta->last = std::max(delta->last, order.utcSeconds);
        }
    } else {
        delta->returnedMinor += minor;
    }
    return added ? Outcome::Added : Outcome::MergedIntoAdded;
}

// The ten order columns, from parameter `first` on, in the order of the insert statements above.
// The order's strings outlive step() and reset(): they are bound without copies.
void OrderWriter::bindOrder(
    SqliteStatement &statement, int first, const AssembledOrder &order, qint64 customerId, qint64 minor) const
{
    auto bindText = [&statement](int index, const std::string &text) {
        if (text.empty())
            statement.bindNull(index);
        else
            statement.bindStatic(index, text);
    };
    statement.bindStatic(first, order.key);
    statement.bind(first + 1, customerId);
    statement.bind(first + 2, order.utcSeconds);
    statement.bind(first + 3, minor);
    // A whole quantity is stored as an integer; 1.5 (kg, metres) is kept as it is, never rounded to 2.
    if (order.quantityMicros % 1000000 == 0)
        statement.bind(first + 4, order.quantityMicros / 1000000);
    else
        statement.bindDouble(first + 4, double(order.quantityMicros) / 1e6);
    bindText(first + 5, order.channel);
    bindText(first + 6, order.status);
    bindText(first + 7, order.city);
    bindText(first + 8, order.category);
    statement.bind(first + 9, m_importId);
}

bool OrderWriter::flushAppends()
{
    if (m_pendingAppends.empty())
        return true;
    const bool written
        = m_orderAppends->insert(m_pendingAppends.size(), [this](SqliteStatement &statement, int first, size_t row) {
              const PendingAppend &pending = m_pendingAppends[row];
              bindOrder(statement, first, *pending.order, pending.customerId, pending.minor);
          });
    m_pendingAppends.clear();
    if (!written)
        m_lastError = m_orderAppends->error();
    return written;
}

OrderWriter::Outcome OrderWriter::writeOrder(const AssembledOrder &order)
{
    return insert(order, true, microsToMinorUnits(order.amountMicros));
}

OrderWriter::Outcome OrderWriter::writeReturn(const AssembledOrder &order)
{
    const qint64 minor = microsToMinorUnits(order.amountMicros);
    return insert(order, false, minor < 0 ? -minor : minor);
}

bool OrderWriter::writeRejection(qint64 line, const QString &column, const QString &reason, std::string_view raw)
{
    constexpr size_t MaxRawBytes = 16 * 1024;
    SqliteStatement &statement = *m_insertRejection;
    statement.bind(1, m_importId);
    statement.bind(2, line);
    if (column.isEmpty())
        statement.bindNull(3);
    else
        statement.bind(3, column);
    statement.bind(4, reason);
    statement.bind(5, raw.substr(0, MaxRawBytes));
    const int rc = statement.step();
    statement.reset();
    return rc == SQLITE_DONE || fail(statement);
}

bool OrderWriter::writeCustomers()
{
    return flushAppends() && updateStoredCustomers() && insertCreatedCustomers();
}

bool OrderWriter::indexCustomers()
{
    if (m_customerIndexDropped) {
        if (!exec(schema::CustomersByKey.create))
            return false;
        m_customerIndexDropped = false;
    }
    return true;
}

bool OrderWriter::updateStoredCustomers()
{
    SqliteStatement update(m_db,
        "UPDATE customers SET order_count = order_count + ?2, gross_amount = gross_amount + ?3, "
        "returned_amount = returned_amount + ?4, "
        "first_order_at = CASE WHEN ?2 = 0 THEN first_order_at ELSE min(coalesce(first_order_at, ?5), ?5) END, "
        "last_order_at = CASE WHEN ?2 = 0 THEN last_order_at ELSE max(coalesce(last_order_at, ?6), ?6) END "
        "WHERE id = ?1");
    if (!update.isValid())
        return fail(update);
    // In id order: the rows are then visited front to back instead of at random over a large table.
    std::vector<const CustomerDelta *> changed;
    for (size_t index = 0; index < m_customers.size(); ++index) {
        const CustomerDelta &delta = m_customers.delta(index);
        if (!delta.created && (delta.orders != 0 || delta.grossMinor != 0 || delta.returnedMinor != 0))
            changed.push_back(&delta);
    }
    std::sort(
        changed.begin(), changed.end(), [](const CustomerDelta *a, const CustomerDelta *b) { return a->id < b->id; });
    for (const CustomerDelta *stored : changed) {
        const CustomerDelta &delta = *stored;
        update.bind(1, delta.id);
        update.bind(2, delta.orders);
        update.bind(3, delta.grossMinor);
        update.bind(4, delta.returnedMinor);
        update.bind(5, delta.first);
        update.bind(6, delta.last);
        const int rc = update.step();
        update.reset();
        if (rc != SQLITE_DONE)
            return fail(update);
    }
    return true;
}

bool OrderWriter::insertCreatedCustomers()
{
    // Deltas are in order of first appearance, so created ids ascend: appends to the table's B-tree.
    std::vector<size_t> created;
    for (size_t index = 0; index < m_customers.size(); ++index)
        if (m_customers.delta(index).created)
            created.push_back(index);
    m_newCustomers = 0;
    for (const size_t index : created)
        if (m_customers.delta(index).orders > 0)
            ++m_newCustomers;
    const QByteArray keyKind = m_keyKind.toUtf8();
    MultiRowInsert insert(m_db,
        "INSERT INTO customers(id, customer_key, key_kind, city, first_order_at, last_order_at, "
        "order_count, gross_amount, returned_amount)",
        9);
    const bool inserted = insert.insert(created.size(), [&](SqliteStatement &statement, int first, size_t row) {
        const size_t index = created[row];
        constexpr size_t Ahead = 16; // the keys are in a large hash table: load them ahead
        if (row + Ahead < created.size())
            m_customers.prefetchKey(created[row + Ahead]);
        const CustomerDelta &delta = m_customers.delta(index);
        // Keys, cities and the key kind stay put until the statement is done: no copies.
        statement.bind(first, delta.id);
        statement.bindStatic(first + 1, m_customers.key(index));
        statement.bindStatic(first + 2, std::string_view(keyKind.constData(), size_t(keyKind.size())));
        if (const std::string_view city = m_customers.city(index); city.empty())
            statement.bindNull(first + 3);
        else
            statement.bindStatic(first + 3, city);
        if (delta.orders == 0) { // returns only
            statement.bindNull(first + 4);
            statement.bindNull(first + 5);
        } else {
            statement.bind(first + 4, delta.first);
            statement.bind(first + 5, delta.last);
        }
        statement.bind(first + 6, delta.orders);
        statement.bind(first + 7, delta.grossMinor);
        statement.bind(first + 8, delta.returnedMinor);
    });
    if (!inserted)
        m_lastError = insert.error();
    return inserted;
}

} // namespace clientele
