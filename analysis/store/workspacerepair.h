#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace clientele {

// What one table gave back.
struct RepairedTable
{
    QString table;
    qint64 recovered = 0;           // rows copied into the new workspace
    qint64 unreadableIds = 0;       // row ids inside the stretches that could not be read (an upper bound of rows lost)
    std::optional<qint64> expected; // rows the workspace's own records say there were, when still readable
    bool unreadable = false;        // the table could not be read at all
};

struct RepairReport
{
    QString error; // non-empty: nothing was written
    std::vector<RepairedTable> tables;
    qint64 placeholderCustomers = 0; // recovered orders/returns whose customer row was lost
    qint64 placeholderImports = 0;   // recovered rows whose import row was lost
};

// Copies what SQLite can still read of a damaged workspace into a new workspace at `outPath` (which must
// not exist): table by table, in row-id order, stepping over the stretches of rows on unreadable pages.
// Customer totals are recomputed from the recovered orders and returns. The damaged file is only read.
RepairReport repairWorkspace(const QString &damagedPath, const QString &outPath);

} // namespace clientele
