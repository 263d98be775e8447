#pragma once

#include "analysis/core/customertable.h"

#include <QByteArray>

// The hand-made shop of the workbench page tests: 12 customers in three clear groups, latest order
// 2024-06-25 (the as-of date). Customer i = 0..3 of each group pays the base amount + i per order:
//   A "one-timers":  1 order  of 10 + i  on 2024-01-10                       (recency 167 days)
//   B "regulars":    3 orders of 50 + i  on 2024-05-01, 05-15, 06-01          (recency 24 days)
//   C "champions":   6 orders of 200 + i on the 25th of January … June 2024   (recency 0 days)
// Hand-computed figures at the as-of date:
//   orders = 4·1 + 4·3 + 4·6 = 40; customers = 12
//   net revenue = (10+11+12+13) + 3·(50+51+52+53) + 6·(200+201+202+203) = 46 + 618 + 4836 = 5500.00
//   AOV = 5500 / 40 = 137.50; repeat-purchase rate = 8 / 12 = 66.7 %
//   active (last order ≤ 63 days ago): B and C = 8 → 66.7 %
//   Gini over ascending x (10,11,12,13,150,153,156,159,1200,1206,1212,1218), Σx = 5500,
//     Σ i·xᵢ = 120 + 4032 + 50808 = 54960 → G = 2·54960 / (12·5500) − 13/12 = 0.58212
//   top 20 % = ⌈2.4⌉ = 3 customers: 1218 + 1212 + 1206 = 3636 → 3636 / 5500 = 66.1 %
namespace testsupport {

clientele::CustomerTable workbenchTable();
// The same orders as CSV (order_id, customer_id, order_time, amount) for importing into a workspace.
QByteArray workbenchCsv();

} // namespace testsupport
