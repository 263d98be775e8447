#pragma once

#include <vector>

namespace clientele::schema {

// 'CLNT': marks an SQLite file as a Clientele workspace (PRAGMA application_id).
constexpr int ApplicationId = 0x434C4E54;

// The unique key indexes (schema 3). A bulk import drops them and rebuilds them by sort at the end.
struct KeyIndex
{
    const char *drop;
    const char *create;
};
constexpr KeyIndex OrdersByKey{"DROP INDEX orders_by_key", "CREATE UNIQUE INDEX orders_by_key ON orders(order_key)"};
constexpr KeyIndex ReturnsByKey{
    "DROP INDEX returns_by_key", "CREATE UNIQUE INDEX returns_by_key ON returns(return_key)"};
constexpr KeyIndex CustomersByKey{
    "DROP INDEX customers_by_key", "CREATE UNIQUE INDEX customers_by_key ON customers(customer_key)"};

// migrations()[i] upgrades a workspace from schema version i to i + 1; version 0 is an empty file.
const std::vector<const char *> &migrations();

} // namespace clientele::schema
