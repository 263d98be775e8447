#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace clientele {

// What a column means for Clientele.
enum class Role {
    OrderId,
    CustomerId,
    CustomerEmail,
    CustomerPhone,
    CustomerName,
    OrderTime,
    Amount, // order (or line) total actually paid
    Quantity,
    UnitPrice, // with Quantity: amount = quantity × unit price (invoice-line layouts)
    Status,
    Channel,
    City,
    Category,
    Count
};
constexpr int RoleCount = int(Role::Count);

// Known export layouts; the layout changes how rows are read (see importer).
enum class Layout {
    Generic,
    TaobaoTmall, // 淘宝/天猫 seller-center order export
    JD,          // 京东 POP order export
    Youzan,      // 有赞 order export
    Shopify,     // one row per line item; Total only on the first row of an order
    WooCommerce,
    OnlineRetail, // UCI Online Retail style invoice lines: Quantity × UnitPrice, 'C' invoices are returns
};

QString roleKey(Role role); // stable key for --map: "order_id", "customer_id", "email", ...
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role); // English label, e.g. "Order time"
QString layoutKey(Layout layout);   // "generic", "taobao", "jd", "youzan", "shopify", "woocommerce", "online-retail"
std::optional<Layout> layoutFromKey(const QString &key);
QString layoutDisplayName(Layout layout); // e.g. "Taobao / Tmall"

// Column index per role, -1 when the file has no such column.
class ColumnMapping
{
public:
    ColumnMapping() { m_columns.fill(-1); }
    int column(Role role) const { return m_columns[size_t(role)]; }
    bool has(Role role) const { return column(role) >= 0; }
    void set(Role role, int column) { m_columns[size_t(role)] = column; }
    // The role of a column, if any.
    std::optional<Role> roleOf(int column) const;
    // Customer identity: id, else email, else phone, else name. Count when none.
    Role customerRole() const;
    // English sentences naming what is missing for an import: order time, a customer column,
    // an amount (or quantity and unit price). Empty when the mapping is usable.
    QStringList missingRequirements() const;
    bool operator==(const ColumnMapping &other) const = default;

private:
    std::array<int, RoleCount> m_columns;
};

struct DetectedLayout
{
    Layout layout = Layout::Generic;
    ColumnMapping mapping;
};

// Recognises roles from English and Chinese headers (case/space/punctuation-insensitive), and the
// layout from characteristic header sets. Each column gets at most one role.
DetectedLayout detectLayout(const QStringList &headers);

// Applies user overrides "role=column" where column is a header name (exact, then case-insensitive)
// or a 1-based column number. Returns English error sentences for unknown roles or columns.
QStringList applyOverrides(ColumnMapping &mapping, const QStringList &headers, const QStringList &overrides);

} // namespace clientele
