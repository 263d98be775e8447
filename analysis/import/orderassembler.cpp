#include "analysis/import/orderassembler.h"

#include "analysis/import/importertext.h"
#include "analysis/io/recordsource.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace clientele {

namespace {

// Orders per batch handed to the writer: large enough that the hand-over costs nothing, small enough
// that both threads start working at once.
constexpr size_t OrdersPerBatch = 4096;
constexpr size_t RejectionsPerBatch = 1024;
// Rejected rows go to the writer in batches of their own once this much raw text is waiting: the rows a file
// rejects are never held beyond 4 batches of it (a file of 30,000 rejected 20 KB rows took 589 MB).
constexpr size_t RejectedBytesPerBatch = 4 * 1024 * 1024;
// A rejected row is kept for the user up to this many bytes (a broken file can have a 64 MiB "row").
constexpr size_t MaxRawBytes = 16 * 1024;

} // namespace

OrderAssembler::OrderAssembler(RowInterpreter interpreter, const QStringList &headers, const ColumnMapping &mapping,
    bool perOrderAmount, const std::unordered_set<std::string> &excludedStatuses)
    : m_interpreter(std::move(interpreter))
    , m_headers(headers)
    , m_mapping(mapping)
    , m_perOrderAmount(perOrderAmount)
    , m_excluded(excludedStatuses)
{
}

bool OrderAssembler::isExcluded(std::string_view status)
{
    if (status.empty() || m_excluded.empty())
        return false;
    // Statuses repeat ("completed" row after row): remember the last answer.
    if (status == m_lastStatus)
        return m_lastStatusExcluded;
    m_lastStatus.assign(status);
    std::string lower(status);
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    m_lastStatusExcluded = m_excluded.count(lower) > 0;
    return m_lastStatusExcluded;
}

void OrderAssembler::reject(ParsedBatch &batch, const Record &record, const Rejection &rejection)
{
    ++m_counts.rejectedRows;
    ++m_counts.rejectsByReason[rejection.category];
    const QString reason
        = rejection.detail.isEmpty() ? rejection.category : rejection.category + u": " + rejection.detail;
    if (m_counts.rejectionExamples.size() < 20)
        m_counts.rejectionExamples.append(ImporterText::tr("line %1: %2").arg(record.line).arg(reason));
    batch.rejections.push_back({record.line, rejection.column, reason, std::string(record.raw.substr(0, MaxRawBytes))});
    batch.rejectedBytes += batch.rejections.back().raw.size();
}

// Hands the rejections gathered so far to the writer in a batch of their own; the orders stay, so that line
// items of the open order still join it.
bool OrderAssembler::spillRejections(BatchQueue &queue, ParsedBatch &batch, qint64 position)
{
    std::unique_ptr<ParsedBatch> spill = queue.emptyBatch();
    if (!spill)
        return false;
    std::swap(spill->rejections, batch.rejections);
    spill->rejectedBytes = std::exchange(batch.rejectedBytes, 0);
    spill->position = position;
    queue.push(std::move(spill));
    return true;
}

void OrderAssembler::startOrder(ParsedBatch &batch, const OrderLine &line)
{
    AssembledOrder &order = batch.appendOrder();
    order.key.assign(line.orderKey);
    order.customerKey.assign(line.customerKey);
    order.status.assign(line.status);
    order.channel.assign(line.channel);
    order.city.assign(line.city);
    order.category.assign(line.category);
    order.utcSeconds = line.utcSeconds;
    order.amountMicros = line.amountMicros;
    order.quantityMicros = line.quantityMicros;
    order.returnInvoice = line.returnInvoice;
    order.keyMaybeStored = false;
    order.customer = nullptr;
    m_open = &order;
}

// Bulk imports, once a batch's orders are complete (whether one is a return depends on all its lines):
// check their keys and resolve their customers. Both are hash-table probes over millions of entries;
// looking a few orders ahead lets the memory loads overlap.
void OrderAssembler::prepareBulk(ParsedBatch &batch)
{
    if (!m_orderKeys || !m_customers)
        return;
    // Two loads per order that miss the cache: the customer's slot and the order key's slot. Hashes are
    // computed, and the slots prefetched, `Ahead` orders in advance (8 measured best: 16 keeps too many
    // loads in flight, 4 is too late).
    constexpr size_t Ahead = 8;
    struct Hashes
    {
        quint64 customer;
        quint64 key;
    };
    std::array<Hashes, Ahead> ring{};
    const size_t n = batch.orderCount;
    auto start = [&](size_t i) {
        const AssembledOrder &order = batch.orders[i];
        Hashes &hashes = ring[i % Ahead];
        hashes.customer = CustomerDeltas::hashOf(order.customerKey);
        hashes.key = KeyHashSet::hashOf(order.key);
        m_customers->prefetch(hashes.customer);
        (order.isReturn() ? m_returnKeys : m_orderKeys)->prefetch(hashes.key);
    };
    for (size_t i = 0; i < std::min(Ahead, n); ++i)
        start(i);
    for (size_t i = 0; i < n; ++i) {
        AssembledOrder &order = batch.orders[i];
        const Hashes hashes = ring[i % Ahead];
        if (i + Ahead < n)
            start(i + Ahead);
        order.customer = &m_customers->findOrCreate(order.customerKey, hashes.customer, order.city);
        order.keyMaybeStored = !(order.isReturn() ? m_returnKeys : m_orderKeys)->insertHash(hashes.key);
    }
}

void OrderAssembler::push(BatchQueue &queue, std::unique_ptr<ParsedBatch> batch, qint64 position)
{
    prepareBulk(*batch);
    m_open = nullptr;
    batch->position = position;
    queue.push(std::move(batch));
}

void OrderAssembler::run(RecordSource &source, BatchQueue &queue, const CancelToken &cancel)
{
    std::unique_ptr<ParsedBatch> batch = queue.emptyBatch();
    Record record;
    OrderLine line;
    Rejection rejection;
    source.next(record); // the header, already read when the import was prepared
    // The row hashes are sized once from the bytes the first rows took (rows are 80-500 bytes in order exports,
    // but a file of 17 KB rows must not reserve for a million rows), capped at what a 10M-row file of short
    // rows needs (134 MB); beyond the estimate the set grows as usual.
    constexpr qint64 SampleRows = 4096;
    constexpr qint64 MaxExpectedRows = 12000000;
    const qint64 dataStart = source.position();
    while (batch && source.next(record)) {
        ++m_counts.rowsRead;
        if ((m_counts.rowsRead & 0x3ff) == 0 && cancel.isCancelled())
            break;
        if (m_counts.rowsRead == SampleRows) {
            const qint64 bytesPerRow = std::max<qint64>(1, (source.position() - dataStart) / SampleRows);
            m_interpreter.expectRows(std::min((source.size() - dataStart) / bytesPerRow, MaxExpectedRows));
        }
        const bool interpreted = m_interpreter.interpret(record, line, rejection);
        if (interpreted && line.duplicateRow)
            ++m_counts.duplicateRows;
        // Every branch falls through to the spill check at the end: rejections never pile up.
        if (!interpreted) {
            reject(*batch, record, rejection);
        } else if (line.duplicateRow && !m_interpreter.keepsDuplicateRows()) {
            // An exact repeat of an earlier row, counted once: nothing to add.
        } else if (m_open && line.orderKey == m_open->key) {
            // Another line item of the order just read: it adds to its amount (line layouts) and quantity.
            if (line.hasAmount && !m_perOrderAmount)
                m_open->amountMicros += line.amountMicros;
            if (line.hasQuantity)
                m_open->quantityMicros += line.quantityMicros;
        } else if (!m_excludedKey.empty() && line.orderKey == m_excludedKey
            && (line.status.empty() || isExcluded(line.status))) {
            ++m_counts.excludedByStatus;
        } else if (isExcluded(line.status)) {
            m_excludedKey.assign(line.orderKey);
            ++m_counts.excludedByStatus;
            ++m_counts.excludedByStatusValue[toQString(line.status)];
        } else if (!line.hasCustomer || !line.hasTime || !line.hasAmount) {
            const Role role = !line.hasCustomer ? m_mapping.customerRole()
                : !line.hasTime                 ? Role::OrderTime
                                                : (m_mapping.has(Role::Amount) ? Role::Amount : Role::UnitPrice);
            const QString missing = !line.hasCustomer ? ImporterText::tr("Missing customer")
                : !line.hasTime                       ? ImporterText::tr("Missing order time")
                                                      : ImporterText::tr("Missing amount");
            reject(*batch, record, {m_headers.value(m_mapping.column(role)), missing, QString()});
        } else {
            // A new order. The batch is handed over only when the next order starts, so that line items
            // of the last order in a batch still join it.
            if (batch->orderCount >= OrdersPerBatch || batch->rejections.size() >= RejectionsPerBatch) {
                push(queue, std::move(batch), source.position());
                batch = queue.emptyBatch();
                if (!batch)
                    break;
            }
            startOrder(*batch, line);
        }
        // Rejected and skipped rows leave the open order open: its next line item still joins it.
        if ((batch->rejections.size() >= RejectionsPerBatch || batch->rejectedBytes >= RejectedBytesPerBatch)
            && !spillRejections(queue, *batch, source.position()))
            break;
    }
    if (batch)
        push(queue, std::move(batch), source.position());
    m_interpreter.forgetRows();
    queue.finish();
}

} // namespace clientele
