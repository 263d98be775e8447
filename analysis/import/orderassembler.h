#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/import/parsedbatch.h"
#include "analysis/import/rowinterpreter.h"

#include <QMap>
#include <QStringList>

#include <string>
#include <unordered_set>

namespace clientele {

class RecordSource;

// What the reading side learned about the rows, apart from the orders themselves.
struct AssemblyCounts
{
    qint64 rowsRead = 0; // data records, header excluded
    qint64 excludedByStatus = 0;
    qint64 duplicateRows = 0; // exact repeats of an earlier row (skipped unless the interpreter keeps them)
    QMap<QString, qint64> excludedByStatusValue;
    qint64 rejectedRows = 0;
    QMap<QString, qint64> rejectsByReason;
    QStringList rejectionExamples; // the first 20, as "line N: reason"
};

// The reading half of an import, run on its own thread: turns records into whole orders (adjacent line
// items merged), drops excluded statuses and exact repeats of earlier rows (unless the interpreter keeps
// them), and rejects incomplete rows with their line and reason. Its output goes through a BatchQueue
// to the thread that writes to SQLite.
class OrderAssembler
{
public:
    // `excludedStatuses` in lower case. `perOrderAmount`: line items repeat the order total (platform
    // exports) instead of carrying their own amounts (generic and invoice-line files), see importer.cpp.
    OrderAssembler(RowInterpreter interpreter, const QStringList &headers, const ColumnMapping &mapping,
        bool perOrderAmount, const std::unordered_set<std::string> &excludedStatuses);

    // Reads the records after the header until the source ends or fails, `cancel` is set, or the queue
    // is stopped; always calls queue.finish() at the end. Read errors are left in the source.
    void run(RecordSource &source, BatchQueue &queue, const CancelToken &cancel);

    // Bulk imports: marks each order whose key hash is already in the set for its kind (orders or
    // returns) as keyMaybeStored, and adds the others; resolves each order's customer in `customers`
    // (see OrderWriter::customersInMemory()). All three stay with this thread while it runs.
    void setBulkState(KeyHashSet *orderKeys, KeyHashSet *returnKeys, CustomerDeltas *customers)
    {
        m_orderKeys = orderKeys;
        m_returnKeys = returnKeys;
        m_customers = customers;
    }

    const AssemblyCounts &counts() const { return m_counts; }

private:
    bool isExcluded(std::string_view status);
    void reject(ParsedBatch &batch, const Record &record, const Rejection &rejection);
    void startOrder(ParsedBatch &batch, const OrderLine &line);
    void prepareBulk(ParsedBatch &batch);
    void push(BatchQueue &queue, std::unique_ptr<ParsedBatch> batch, qint64 position);
    bool spillRejections(BatchQueue &queue, ParsedBatch &batch, qint64 position);

    RowInterpreter m_interpreter;
    QStringList m_headers;
    ColumnMapping m_mapping;
    bool m_perOrderAmount;
    const std::unordered_set<std::string> &m_excluded;
    AssemblyCounts m_counts;
    KeyHashSet *m_orderKeys = nullptr;
    KeyHashSet *m_returnKeys = nullptr;
    CustomerDeltas *m_customers = nullptr;
    AssembledOrder *m_open = nullptr; // the last order of the current batch, while lines may still join it
    std::string m_excludedKey;        // the last order skipped for its status: its further lines are, too
    std::string m_lastStatus;
    bool m_lastStatusExcluded = false;
};

} // namespace clientele
