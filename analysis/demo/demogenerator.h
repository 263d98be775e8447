#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace clientele {

// Parameters of the built-in demo shop. Customers follow the BG/NBD story (purchase rate
// λ ~ Gamma(r, α) per day, drop-out after each order with p ~ Beta(a, b)), order values are
// log-normal around a per-customer mean, like ../shared/tools/gen_orders.py.
struct DemoOptions
{
    qint64 orders = 60000;
    quint64 seed = 1;
    QDate start = QDate(2023, 11, 1);
    int days = 1095;
    double r = 0.25;
    double alpha = 40.0;
    double a = 0.8;
    double b = 2.5;
    double closedShare = 0.03; // orders whose status is 交易关闭 (excluded on import)
    double returnShare = 0.01; // orders followed by a partial return (negative amount row)
};

// Writes the demo shop as a Taobao-style CSV (Chinese headers, UTF-8 with BOM, times in Asia/Shanghai).
// The same options always give the same bytes.
bool writeDemoOrdersCsv(const QString &path, const DemoOptions &options, QString *error);

} // namespace clientele
