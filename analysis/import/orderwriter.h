#pragma once

#include "analysis/import/customerdeltas.h"
#include "analysis/store/sqlitestatement.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace clientele {

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
    bool isReturn() const { return returnInvoice || amountMicros < 0; }
};

// The SQLite side of an import: reused prepared statements, and the per-customer deltas that update
// the customers table once at the end (new customers get their ids here and are inserted in id order). Must run inside the import's transaction.
class OrderWriter
{
public:
    enum class Outcome { Added, MergedIntoAdded, AlreadyPresent, Failed };

    OrderWriter(sqlite3 *db, qint64 importId, QString customerKeyKind);
    ~OrderWriter();

    bool isReady(QString *error) const;
    Outcome writeOrder(const AssembledOrder &order);
    Outcome writeReturn(const AssembledOrder &order);
    // The order that will be written next belongs to this customer (hides a cache miss).
    void prefetchCustomer(std::string_view key) const { m_customers.prefetch(key); }
    bool writeRejection(qint64 line, const QString &column, const QString &reason, std::string_view raw);
    // Applies the per-customer deltas to the customers table.
    bool finish();

    // Customers created by this import that have at least one order (return-only keys do not count).
    qint64 newCustomers() const { return m_newCustomers; }
    QString lastError() const { return m_lastError; }

private:
    CustomerDelta *customer(const AssembledOrder &order);
    Outcome insert(SqliteStatement &statement, const AssembledOrder &order, qint64 minor);
    bool fail(const SqliteStatement &statement);

    sqlite3 *m_db;
    qint64 m_importId;
    QString m_keyKind;
    std::unique_ptr<SqliteStatement> m_insertOrder;
    std::unique_ptr<SqliteStatement> m_insertReturn;
    std::unique_ptr<SqliteStatement> m_findCustomer;
    std::unique_ptr<SqliteStatement> m_insertRejection;
    CustomerDeltas m_customers;
    bool m_workspaceHasCustomers = false;
    qint64 m_nextCustomerId = 1;
    qint64 m_newCustomers = 0;
    QString m_lastError;
};

} // namespace clientele
