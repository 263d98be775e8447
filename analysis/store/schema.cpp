#include "analysis/store/schema.h"

namespace clientele::schema {

// Amounts are integers in minor units (fen/cents); times are UTC seconds since the epoch.
static const char *const Version1 = R"sql(
CREATE TABLE imports(
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_path TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    imported_at INTEGER NOT NULL,
    format TEXT NOT NULL,
    layout TEXT NOT NULL,
    mapping TEXT NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    orders_added INTEGER NOT NULL DEFAULT 0,
    orders_already_present INTEGER NOT NULL DEFAULT 0,
    returns_added INTEGER NOT NULL DEFAULT 0,
    excluded_rows INTEGER NOT NULL DEFAULT 0,
    rejected_rows INTEGER NOT NULL DEFAULT 0,
    net_amount_added INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE customers(
    id INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL UNIQUE,
    key_kind TEXT NOT NULL,
    city TEXT,
    first_order_at INTEGER,
    last_order_at INTEGER,
    order_count INTEGER NOT NULL DEFAULT 0,
    gross_amount INTEGER NOT NULL DEFAULT 0,
    returned_amount INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE orders(
    id INTEGER PRIMARY KEY,
    order_key TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    ordered_at INTEGER NOT NULL,
    net_amount INTEGER NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 0,
    channel TEXT,
    status TEXT,
    city TEXT,
    category TEXT,
    import_id INTEGER NOT NULL REFERENCES imports(id)
);
CREATE INDEX orders_by_customer ON orders(customer_id, ordered_at);
CREATE TABLE returns(
    id INTEGER PRIMARY KEY,
    return_key TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    returned_at INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id)
);
CREATE INDEX returns_by_customer ON returns(customer_id);
CREATE TABLE rejected_rows(
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    line INTEGER NOT NULL,
    column_name TEXT,
    reason TEXT NOT NULL,
    raw TEXT
);
CREATE INDEX rejected_by_import ON rejected_rows(import_id, line);
)sql";

// Tier designs saved by consultants (analysis/tiers/tierdesignstore.h); `definition` is the design's JSON.
static const char *const Version2 = R"sql(
CREATE TABLE tier_designs(
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
)sql";

// Version 3 is about import speed.
// - Every analysis reads orders and returns by one sequential scan and groups them per customer in
//   memory (analysis/core/customertable.cpp); no query looks them up by customer. The two per-customer
//   indexes only cost time on import (sorting them was a quarter of a 1M-row import), so they go.
// - The key uniqueness constraints become named unique indexes, so that a bulk import can drop them
//   and rebuild them by sort at the end (OrderWriter): inserting ten million keys one by one into an
//   index that no longer fits in the page cache took longer than everything else together. The tables
//   are rebuilt the way SQLite documents for such changes (new table, copy, drop, rename).
static const char *const Version3 = R"sql(
DROP INDEX IF EXISTS orders_by_customer;
DROP INDEX IF EXISTS returns_by_customer;
CREATE TABLE customers_v3(
    id INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL,
    key_kind TEXT NOT NULL,
    city TEXT,
    first_order_at INTEGER,
    last_order_at INTEGER,
    order_count INTEGER NOT NULL DEFAULT 0,
    gross_amount INTEGER NOT NULL DEFAULT 0,
    returned_amount INTEGER NOT NULL DEFAULT 0
);
INSERT INTO customers_v3 SELECT id, customer_key, key_kind, city, first_order_at, last_order_at, order_count,
    gross_amount, returned_amount FROM customers;
DROP TABLE customers;
ALTER TABLE customers_v3 RENAME TO customers;
CREATE UNIQUE INDEX customers_by_key ON customers(customer_key);
CREATE TABLE orders_v3(
    id INTEGER PRIMARY KEY,
    order_key TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    ordered_at INTEGER NOT NULL,
    net_amount INTEGER NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 0,
    channel TEXT,
    status TEXT,
    city TEXT,
    category TEXT,
    import_id INTEGER NOT NULL REFERENCES imports(id)
);
INSERT INTO orders_v3 SELECT id, order_key, customer_id, ordered_at, net_amount, quantity, channel, status, city,
    category, import_id FROM orders;
DROP TABLE orders;
ALTER TABLE orders_v3 RENAME TO orders;
CREATE UNIQUE INDEX orders_by_key ON orders(order_key);
CREATE TABLE returns_v3(
    id INTEGER PRIMARY KEY,
    return_key TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    returned_at INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id)
);
INSERT INTO returns_v3 SELECT id, return_key, customer_id, returned_at, amount, import_id FROM returns;
DROP TABLE returns;
ALTER TABLE returns_v3 RENAME TO returns;
CREATE UNIQUE INDEX returns_by_key ON returns(return_key);
)sql";

const std::vector<const char *> &migrations()
{
    static const std::vector<const char *> all{Version1, Version2, Version3};
    return all;
}

} // namespace clientele::schema
