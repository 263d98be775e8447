#pragma once

#include <vector>

namespace clientele::schema {

// 'CLNT': marks an SQLite file as a Clientele workspace (PRAGMA application_id).
constexpr int ApplicationId = 0x434C4E54;

// The index behind per-customer order lookups. Bulk imports drop and rebuild it inside their
// transaction: one sort is cheaper than a million random index inserts.
constexpr const char *DropOrdersByCustomer = "DROP INDEX IF EXISTS orders_by_customer";
constexpr const char *CreateOrdersByCustomer =
    "CREATE INDEX IF NOT EXISTS orders_by_customer ON orders(customer_id, ordered_at)";

// migrations()[i] upgrades a workspace from schema version i to i + 1; version 0 is an empty file.
const std::vector<const char *> &migrations();

} // namespace clientele::schema
