#pragma once

#include "analysis/core/customertable.h"

#include <vector>

namespace clientele {

// The customers as they stood at the end of `asOfDay`: only orders and returns on or before that day
// count, and customers whose first order is later are not part of the snapshot (active[c] == false).
// All per-customer vectors are indexed like the CustomerTable.
struct CustomerSnapshot
{
    qint32 asOfDay = 0;
    std::vector<bool> active;               // has at least one order on or before asOfDay
    std::vector<qint32> recencyDays;        // asOfDay − day of last order (0 = bought on the as-of day)
    std::vector<qint32> frequency;          // number of orders
    std::vector<qint64> monetaryMinor;      // net revenue: orders − returns, minor units (can be < 0)
    std::vector<qint64> grossMinor;         // orders only
    std::vector<qint32> tenureDays;         // asOfDay − day of first order
    std::vector<qint64> firstOrderMinor;    // amount of the first order
    std::vector<qint32> firstToSecondDays;  // days from first to second order, −1 when F < 2
    std::vector<qint64> trailingSpendMinor; // net revenue in the trailing window (asOfDay − window, asOfDay]
    std::vector<qint32> trailingOrders;     // orders in the trailing window
    qint32 trailingWindowDays = 365;
    qint64 activeCount = 0;

    size_t size() const { return active.size(); }
    // Average order value: net revenue / orders (minor units, rounded half away from zero); 0 when F = 0.
    qint64 averageOrderValueMinor(size_t c) const;
};

// One pass over the orders; O(orders). `trailingWindowDays` is the window for trailingSpend/Orders.
CustomerSnapshot takeSnapshot(const CustomerTable &table, qint32 asOfDay, qint32 trailingWindowDays = 365);

} // namespace clientele
