#pragma once

#include "analysis/import/customerdeltas.h"
#include "analysis/import/keyhashset.h"
#include "analysis/store/sqlitestatement.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace clientele {

class MultiRowInsert;

// An order (or return) assembled from one or more lines, ready to store.
struct AssembledOrder
{
    std::string key;
    std::string customerKey;
    std::string status;
    std::string channel;
    std::string city;
    std::string category;
    qint64 utcSeconds = 0;
    qint64 amountMicros = 0;
    qint64 quantityMicros = 0;
    bool returnInvoice = false;
    bool keyMaybeStored = false;       // bulk imports: this key's hash was seen before (set by OrderAssembler)
    CustomerDelta *customer = nullptr; // bulk imports: resolved by OrderAssembler
    bool isReturn() const { return returnInvoice || amountMicros < 0; }
};

// The SQLite side of an import: reused prepared statements, and the per-customer deltas that update
// the customers table once at the end (new customers get their ids here and are inserted in id order).
// Must run inside the import's transaction.
//
// Bulk mode, for a file that brings more orders than the workspace holds: the key indexes of orders,
// returns and customers are dropped, orders whose key is certainly new are appended without any index
// work, and the indexes are rebuilt by sort (indexKeys(), indexCustomers()). An order whose key hash was seen
// before (a line item far from its order, an order already stored, or a hash collision) is deferred
// and written once the keys are indexed again, where it is merged or skipped as always.
class OrderWriter
{
public:
    enum class Outcome { Added, MergedIntoAdded, AlreadyPresent, Deferred, Failed };

    OrderWriter(sqlite3 *db, qint64 importId, QString customerKeyKind);
    ~OrderWriter();

    bool isReady(QString *error) const;
    // Enters bulk mode: loads the workspace's customers, and the hashes of its order and return keys into
    // the two sets (which OrderAssembler then extends with the file's keys), and drops the key indexes.
    bool beginBulk(KeyHashSet &orderKeys, KeyHashSet &returnKeys);
    bool isBulk() const { return m_keysUnindexed; }
    // In bulk mode every customer is in memory: the reading thread resolves them (and numbers new
    // ones) while it assembles orders, so the writing thread does not wait for those lookups.
    CustomerDeltas *customersInMemory() { return m_keysUnindexed && !m_workspaceHasCustomers ? &m_customers : nullptr; }
    // Leaves bulk mode for orders and returns: rebuilds their key indexes. The deferred orders must then
    // be written (takeDeferred()) before writeCustomers().
    bool indexKeys();
    size_t deferredCount() const { return m_deferred.size(); }
    std::vector<AssembledOrder> takeDeferred() { return std::exchange(m_deferred, {}); }

    // Orders appended in bulk mode are queued for multi-row inserts; they must stay alive until
    // flushAppends(), which the caller runs after each batch (indexKeys() and writeCustomers() run it, too).
    Outcome writeOrder(const AssembledOrder &order);
    Outcome writeReturn(const AssembledOrder &order);
    // The order that will be written next belongs to this customer (hides a cache miss).
    void prefetchCustomer(std::string_view key) const { m_customers.prefetch(key); }
    bool flushAppends();
    bool writeRejection(qint64 line, const QString &column, const QString &reason, std::string_view raw);
    // Applies the per-customer deltas to the customers table; then, after bulk mode, rebuilds its key index.
    bool writeCustomers();
    bool indexCustomers();

    // Customers created by this import that have at least one order (return-only keys do not count).
    qint64 newCustomers() const { return m_newCustomers; }
    QString lastError() const { return m_lastError; }

private:
    CustomerDelta *customer(const AssembledOrder &order);
    Outcome insert(const AssembledOrder &order, bool isOrder, qint64 minor);
    bool prepareUpserts();
    bool updateStoredCustomers();
    bool insertCreatedCustomers();
    void bindOrder(
        SqliteStatement &statement, int first, const AssembledOrder &order, qint64 customerId, qint64 minor) const;
    bool exec(const char *sql);
    bool fail(const SqliteStatement &statement);

    sqlite3 *m_db;
    qint64 m_importId;
    QString m_keyKind;
    std::unique_ptr<SqliteStatement> m_upsertOrder; // with the key index: merge or skip on conflict
    std::unique_ptr<SqliteStatement> m_upsertReturn;
    std::unique_ptr<MultiRowInsert> m_orderAppends; // bulk mode: plain inserts
    std::unique_ptr<SqliteStatement> m_appendReturn;
    struct PendingAppend
    {
        const AssembledOrder *order;
        qint64 customerId;
        qint64 minor;
    };
    std::vector<PendingAppend> m_pendingAppends;
    std::unique_ptr<SqliteStatement> m_findCustomer;
    std::unique_ptr<SqliteStatement> m_insertRejection;
    CustomerDeltas m_customers;
    std::vector<AssembledOrder> m_deferred;
    bool m_workspaceHasCustomers = false;
    bool m_keysUnindexed = false;
    bool m_customerIndexDropped = false;
    qint64 m_newCustomers = 0;
    QString m_lastError;
};

} // namespace clientele
