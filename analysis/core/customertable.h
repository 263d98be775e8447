#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/core/days.h"

#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace clientele {

class Workspace;

// Every customer with at least one order, with their order and return history, in compact columns.
// Loaded once from the workspace; every analysis is a pure function of (table, parameters, as-of day).
// Days are whole calendar days since 1970-01-01 in the table's time zone (the shop's local dates).
struct CustomerTable
{
    QTimeZone timeZone;
    // Per customer, index c in [0, size()):
    std::vector<qint64> ids;   // customers.id in the workspace
    std::vector<QString> keys; // customer key (member name, id, e-mail …)
    std::vector<QString> cities;
    // Orders of customer c are [orderBegin[c], orderBegin[c + 1]), sorted by day (then time).
    std::vector<quint32> orderBegin; // size() + 1 entries
    std::vector<qint32> orderDay;
    std::vector<qint64> orderAmountMinor; // net amount of the order, minor units (≥ 0)
    // Returns of customer c are [returnBegin[c], returnBegin[c + 1]), sorted by day.
    std::vector<quint32> returnBegin;
    std::vector<qint32> returnDay;
    std::vector<qint64> returnAmountMinor; // positive minor units
    qint32 firstDay = 0;                   // earliest order day in the table
    qint32 lastDay = 0;                    // latest order day: the default as-of day

    size_t size() const { return ids.size(); }
    size_t orderCount() const { return orderDay.size(); }
};

// Reads customers, orders and returns. Customers without orders are left out. Dates are taken in
// `zone` (the shop's zone). Returns an empty table (and sets `error`) if the workspace cannot be read.
CustomerTable loadCustomerTable(
    const Workspace &workspace, const QTimeZone &zone, QString *error = nullptr, const CancelToken &cancel = {});

// Day number of a UTC instant in `zone`, and back: the first second of that day as UTC.
qint32 dayNumber(qint64 utcSeconds, const QTimeZone &zone);

} // namespace clientele

namespace clientele {

// Builds a CustomerTable customer by customer (the loader uses it; tests build tables by hand with it).
class CustomerTableBuilder
{
public:
    struct Entry
    {
        qint32 day;
        qint64 amountMinor;
    };
    explicit CustomerTableBuilder(const QTimeZone &zone = QTimeZone::utc());
    // Orders and returns may come in any order; they are sorted by day. Customers without orders are skipped.
    void addCustomer(
        qint64 id, const QString &key, const QString &city, std::vector<Entry> orders, std::vector<Entry> returns = {});
    CustomerTable build();

private:
    CustomerTable m_table;
};

} // namespace clientele
