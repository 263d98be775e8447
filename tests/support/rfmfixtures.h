#pragma once

#include "analysis/core/customersnapshot.h"
#include "analysis/rfm/rfmscorer.h"

#include <QList>

// Hand-built shops for tst_rfm and tst_segments; the expected figures are worked out in those tests.
namespace rfmfixtures {

inline constexpr qint32 AsOf = 19723; // 2024-01-01

// One customer per value; the value becomes the customer's R (days since the only order), F (orders,
// one a day up to the as-of day) or M (one order of that amount; a negative M is an order of 0 and a
// return of |M|).
clientele::CustomerSnapshot snapshotWith(clientele::RfmDimension d, const QList<qint64> &values);

// The heatmap table (as-of AsOf), scored with thresholds R 30/90/180/365 days, F 2/3/4/5 orders
// (every M here is below the M cut points):
//  c0 R 10, one order 5000                  → R5 F1  M 5000
//  c1 R 20, one order 7000                  → R5 F1  M 7000
//  c2 R  5, orders 1000, 2000, 3001         → R5 F3  net 6001, AOV 6001/3 = 2000.33 → 2000
//  c3 R400, order 2000, return 500          → R1 F1  net 1500
//  c4 R100, orders 4000, 4000               → R3 F2  net 8000, AOV 4000
//  c5 first order the day after the as-of   → inactive, score 0
//  c6 R 25, one order 1                     → R5 F1  M 1
//  c7 R500, one order 1                     → R1 F1  M 1
// 7 active customers, net revenue 5000+7000+6001+1500+8000+1+1 = 27503.
clientele::CustomerTable heatmapTable();

// The shop used for both schemes (as-of day 100, not AsOf):
//  c0 orders day 80, 90, 95 of 4000 each   R  5  F 3  net 12000  AOV 4000
//  c1 order day 40 of 20000                R 60  F 1  net 20000  AOV 20000
//  c2 orders day 97, 98 of 1000            R  2  F 2  net  2000  AOV 1000
//  c3 order day 10 of 500                  R 90  F 1  net   500  AOV 500
//  c4 orders day 20, 50, 60, 70 of 1000    R 30  F 4  net  4000  AOV 1000
//  c5 first order day 150                  inactive
//  c6 order day 99 of 300                  R  1  F 1  net   300  AOV 300
// Means over the 6 active: R (5+60+2+90+30+1)/6 = 188/6 = 31.33 days; F (3+1+2+1+4+1)/6 = 12/6 = 2 (exactly);
// net M 38800/6 = 6466.67; AOV M (4000+20000+1000+500+1000+300)/6 = 26800/6 = 4466.67.
clientele::CustomerSnapshot shop();

// Threshold parameters: R 30, 90, 180, 365 days; F 2, 3, 4, 5 orders; M as given (minor units).
clientele::RfmParameters thresholdParameters(const clientele::RfmCutPoints &monetaryCuts);

} // namespace rfmfixtures
