#include "analysis/import/columnmapping.h"

#include "analysis/import/headersynonyms.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <variant>
#include <vector>

namespace clientele {

namespace {

// Translation context for the user-visible sentences (QtCore only: no QObject needed).
struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

Layout detectLayoutOnly(const QSet<QString> &present)
{
    Layout best = Layout::Generic;
    int bestScore = 0;
    for (const headers::NormalizedSignature &signature : headers::normalizedSignatures()) {
        const auto hits = [&present](const QStringList &keys) {
            return int(std::count_if(
                keys.cbegin(), keys.cend(), [&present](const QString &key) { return present.contains(key); }));
        };
        const int strong = hits(signature.strong);
        const int weak = hits(signature.weak);
        const int score = 2 * strong + weak;
        // Four points: two strong headers, or one strong and two shared ones. Ties keep the
        // earlier (table order) layout, so the result never depends on hash order.
        if (strong >= signature.minStrong && score >= 4 && score > bestScore) {
            best = signature.layout;
            bestScore = score;
        }
    }
    return best;
}

struct Candidate
{
    int priority;
    int column;
    Role role;
};

ColumnMapping assignRoles(const QStringList &normalized, Layout layout)
{
    std::vector<Candidate> candidates;
    const auto &index = headers::synonymIndex();
    for (int column = 0; column < normalized.size(); ++column) {
        const auto it = index.constFind(normalized.at(column));
        if (it == index.cend())
            continue;
        for (const headers::NormalizedSynonym &s : *it) {
            if (s.layouts == headers::AnyLayout || (s.layouts & headers::layoutBit(layout)))
                candidates.push_back({s.priority, column, s.role});
        }
    }
    // Best match first; on equal priority the left-most column, as a person reading the file would.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.column < b.column;
    });
    ColumnMapping mapping;
    std::vector<bool> taken(size_t(normalized.size()), false);
    for (const Candidate &c : candidates) {
        if (mapping.has(c.role) || taken[size_t(c.column)])
            continue;
        mapping.set(c.role, c.column);
        taken[size_t(c.column)] = true;
    }
    // Invoice-line files: the importer computes the amount from quantity × unit price, and an
    // extra total column must not be read as a second source of truth.
    if (layout == Layout::OnlineRetail)
        mapping.set(Role::Amount, -1);
    return mapping;
}

QString validRoleKeys()
{
    QStringList keys;
    for (int i = 0; i < RoleCount; ++i)
        keys.append(roleKey(Role(i)));
    return keys.join(QStringLiteral(", "));
}

// Resolves a column given by name (exact, case-insensitive, normalised) or 1-based number.
// Returns the index, or an error sentence.
std::variant<int, QString> resolveColumn(const QStringList &headers, const QString &value, const QString &key)
{
    const int exact = headers.indexOf(value);
    if (exact >= 0)
        return exact;
    for (int i = 0; i < headers.size(); ++i) {
        if (headers.at(i).trimmed().compare(value, Qt::CaseInsensitive) == 0)
            return i;
    }
    const QString wanted = headers::normalize(value);
    if (!wanted.isEmpty()) {
        QList<int> matches;
        for (int i = 0; i < headers.size(); ++i) {
            if (headers::normalize(headers.at(i)) == wanted)
                matches.append(i);
        }
        if (matches.size() == 1)
            return matches.first();
        if (matches.size() > 1) {
            return MappingText::tr("Column \"%1\" for %2 is ambiguous: it matches columns %3 and %4; "
                                   "give the column number instead.")
                .arg(value, key)
                .arg(matches.at(0) + 1)
                .arg(matches.at(1) + 1);
        }
    }
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber) {
        if (number >= 1 && number <= headers.size())
            return number - 1;
        return MappingText::tr(
            "Column number %1 for %2 is out of range: the file has %n column(s).", nullptr, int(headers.size()))
            .arg(number)
            .arg(key);
    }
    return MappingText::tr("No column \"%1\" for %2: give a header name or a column number from 1 to %3.")
        .arg(value, key)
        .arg(headers.size());
}

} // namespace

QString roleKey(Role role)
{
    switch (role) {
    case Role::OrderId:
        return QStringLiteral("order_id");
    case Role::CustomerId:
        return QStringLiteral("customer_id");
    case Role::CustomerEmail:
        return QStringLiteral("email");
    case Role::CustomerPhone:
        return QStringLiteral("phone");
    case Role::CustomerName:
        return QStringLiteral("name");
    case Role::OrderTime:
        return QStringLiteral("order_time");
    case Role::Amount:
        return QStringLiteral("amount");
    case Role::Quantity:
        return QStringLiteral("quantity");
    case Role::UnitPrice:
        return QStringLiteral("unit_price");
    case Role::Status:
        return QStringLiteral("status");
    case Role::Channel:
        return QStringLiteral("channel");
    case Role::City:
        return QStringLiteral("city");
    case Role::Category:
        return QStringLiteral("category");
    case Role::Count:
        break;
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (int i = 0; i < RoleCount; ++i) {
        if (roleKey(Role(i)) == wanted)
            return Role(i);
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::OrderId:
        return MappingText::tr("Order ID");
    case Role::CustomerId:
        return MappingText::tr("Customer ID");
    case Role::CustomerEmail:
        return MappingText::tr("Email");
    case Role::CustomerPhone:
        return MappingText::tr("Phone");
    case Role::CustomerName:
        return MappingText::tr("Customer name");
    case Role::OrderTime:
        return MappingText::tr("Order time");
    case Role::Amount:
        return MappingText::tr("Amount");
    case Role::Quantity:
        return MappingText::tr("Quantity");
    case Role::UnitPrice:
        return MappingText::tr("Unit price");
    case Role::Status:
        return MappingText::tr("Status");
    case Role::Channel:
        return MappingText::tr("Channel");
    case Role::City:
        return MappingText::tr("City");
    case Role::Category:
        return MappingText::tr("Category");
    case Role::Count:
        break;
    }
    return {};
}

QString layoutKey(Layout layout)
{
    switch (layout) {
    case Layout::Generic:
        return QStringLiteral("generic");
    case Layout::TaobaoTmall:
        return QStringLiteral("taobao");
    case Layout::JD:
        return QStringLiteral("jd");
    case Layout::Youzan:
        return QStringLiteral("youzan");
    case Layout::Shopify:
        return QStringLiteral("shopify");
    case Layout::WooCommerce:
        return QStringLiteral("woocommerce");
    case Layout::OnlineRetail:
        return QStringLiteral("online-retail");
    }
    return {};
}

std::optional<Layout> layoutFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (Layout layout : {Layout::Generic, Layout::TaobaoTmall, Layout::JD, Layout::Youzan, Layout::Shopify,
             Layout::WooCommerce, Layout::OnlineRetail}) {
        if (layoutKey(layout) == wanted)
            return layout;
    }
    // Spellings people type on the command line without checking the help.
    if (wanted == u"tmall")
        return Layout::TaobaoTmall;
    if (wanted == u"online_retail" || wanted == u"onlineretail")
        return Layout::OnlineRetail;
    return std::nullopt;
}

QString layoutDisplayName(Layout layout)
{
    switch (layout) {
    case Layout::Generic:
        return MappingText::tr("Generic");
    case Layout::TaobaoTmall:
        return MappingText::tr("Taobao / Tmall");
    case Layout::JD:
        return MappingText::tr("JD");
    case Layout::Youzan:
        return MappingText::tr("Youzan");
    case Layout::Shopify:
        return MappingText::tr("Shopify");
    case Layout::WooCommerce:
        return MappingText::tr("WooCommerce");
    case Layout::OnlineRetail:
        return MappingText::tr("Online Retail (invoice lines)");
    }
    return {};
}

std::optional<Role> ColumnMapping::roleOf(int column) const
{
    if (column < 0)
        return std::nullopt;
    for (int i = 0; i < RoleCount; ++i) {
        if (m_columns[size_t(i)] == column)
            return Role(i);
    }
    return std::nullopt;
}

Role ColumnMapping::customerRole() const
{
    for (Role role : {Role::CustomerId, Role::CustomerEmail, Role::CustomerPhone, Role::CustomerName}) {
        if (has(role))
            return role;
    }
    return Role::Count;
}

QStringList ColumnMapping::missingRequirements() const
{
    QStringList missing;
    if (!has(Role::OrderTime))
        missing.append(MappingText::tr("No column holds the order time (order_time)."));
    if (customerRole() == Role::Count)
        missing.append(MappingText::tr("No column identifies the customer: map a customer ID, email, phone "
                                       "or name column (customer_id, email, phone, name)."));
    if (!has(Role::Amount) && !(has(Role::Quantity) && has(Role::UnitPrice))) {
        if (has(Role::Quantity) || has(Role::UnitPrice))
            missing.append(MappingText::tr("No amount column (amount), and the amount cannot be computed: "
                                           "it needs both quantity and unit_price."));
        else
            missing.append(MappingText::tr("No amount column (amount), nor quantity and unit price columns "
                                           "(quantity, unit_price) to compute it from."));
    }
    return missing;
}

DetectedLayout detectLayout(const QStringList &headers)
{
    QStringList normalized;
    normalized.reserve(headers.size());
    QSet<QString> present;
    for (const QString &header : headers) {
        normalized.append(headers::normalize(header));
        present.insert(normalized.constLast());
    }
    DetectedLayout result;
    result.layout = detectLayoutOnly(present);
    result.mapping = assignRoles(normalized, result.layout);
    return result;
}

QStringList applyOverrides(ColumnMapping &mapping, const QStringList &headers, const QStringList &overrides)
{
    QStringList errors;
    for (const QString &override : overrides) {
        const qsizetype eq = override.indexOf(u'=');
        if (eq < 0) {
            errors.append(MappingText::tr("Mapping \"%1\" is not of the form role=column. Valid roles: %2.")
                              .arg(override, validRoleKeys()));
            continue;
        }
        const QString key = override.left(eq).trimmed();
        const QString value = override.mid(eq + 1).trimmed();
        const std::optional<Role> role = roleFromKey(key);
        if (!role) {
            errors.append(
                MappingText::tr("Unknown role \"%1\" in \"%2\". Valid roles: %3.").arg(key, override, validRoleKeys()));
            continue;
        }
        if (value.isEmpty() || value.compare(u"none", Qt::CaseInsensitive) == 0) {
            mapping.set(*role, -1);
            continue;
        }
        const auto resolved = resolveColumn(headers, value, roleKey(*role));
        if (const QString *error = std::get_if<QString>(&resolved)) {
            errors.append(*error);
            continue;
        }
        const int column = std::get<int>(resolved);
        // The user's word wins: whatever role had this column loses it.
        if (const std::optional<Role> previous = mapping.roleOf(column); previous && *previous != *role)
            mapping.set(*previous, -1);
        mapping.set(*role, column);
    }
    return errors;
}

} // namespace clientele
