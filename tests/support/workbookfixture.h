#pragma once

#include <QString>

namespace clientele::test {

// Writes a small .xlsx with two sheets: "说明" (notes, no orders) first, then "订单" with 9 Taobao-style
// orders of 3 customers (张三, 李四, 王五). Returns `path`, or an empty string on failure.
// Written by Python's zipfile: libxlsxwriter and QuaZip both export minizip's zipOpen3 and clash
// in one process, so xlsxwriter cannot be used in tests that also read workbooks.
QString writeOrdersWorkbook(const QString &path);

} // namespace clientele::test
