#include "analysis/import/importer.h"

#include "analysis/import/importertext.h"
#include "analysis/import/orderassembler.h"
#include "analysis/import/orderwriter.h"
#include "analysis/import/rowinterpreter.h"
#include "analysis/import/sourcefactory.h"
#include "analysis/import/sourcehead.h"
#include "analysis/io/filedigest.h"
#include "analysis/io/xlsxreader.h"
#include "analysis/store/schema.h"
#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "analysis/store/workspacehealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <future>
#include <new>
#include <system_error>
#include <thread>
#include <unordered_set>

#include <sqlite3.h>

namespace clientele {

namespace {

std::string asciiLower(std::string_view text)
{
    std::string lower(text);
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return lower;
}

// An upper bound of the rows stored in `table` (ids are never reused), without counting them.
qint64 largestRowId(const Workspace &workspace, const char *table)
{
    const QByteArray sql = QByteArray("SELECT coalesce(max(id), 0) FROM ").append(table);
    SqliteStatement largest(workspace.handle(), sql.constData());
    return largest.isValid() && largest.step() == SQLITE_ROW ? largest.int64(0) : 0;
}

// While a file is loaded into an empty workspace, its pages go through SQLite's rollback journal instead
// of the write-ahead log: new pages are then written once, straight into the file, where the WAL writes
// them twice (into the log, then by the checkpoint) — 4 of the 23 seconds of a 10M-row import. The
// import stays one atomic transaction: after a crash the hot journal is rolled back on the next open.
// The switch needs the file to itself (no other connection open), so it is only tried when there is
// nothing a reader could be looking at; when it cannot be made, the import simply runs in WAL mode.
// Returns whether the mode is now the one asked for.
bool useRollbackJournal(Workspace &workspace, bool rollback)
{
    SqliteStatement mode(workspace.handle(), rollback ? "PRAGMA journal_mode=DELETE" : "PRAGMA journal_mode=WAL");
    return mode.isValid() && mode.step() == SQLITE_ROW
        && mode.text(0).compare(QLatin1String(rollback ? "delete" : "wal"), Qt::CaseInsensitive) == 0;
}

// Platform exports repeat the order total on every line item row (or leave it empty after the first);
// generic and invoice-line files carry one amount per line, which add up.
bool amountIsPerOrder(Layout layout)
{
    switch (layout) {
    case Layout::TaobaoTmall:
    case Layout::JD:
    case Layout::Youzan:
    case Layout::Shopify:
    case Layout::WooCommerce:
        return true;
    case Layout::Generic:
    case Layout::OnlineRetail:
        return false;
    }
    return false;
}

} // namespace

namespace {

// One import run: owns the state of the streaming loop so the steps can be separate functions.
class ImportRun
{
public:
    ImportRun(Workspace &workspace, const QString &path, const ImportOptions &options, const CancelToken &cancel,
        const ProgressCallback &progress)
        : m_workspace(workspace)
        , m_path(path)
        , m_options(options)
        , m_cancel(cancel)
        , m_progress(progress)
    {
        m_summary.fileName = QFileInfo(path).fileName();
        for (const QString &status : options.excludedStatuses)
            m_excluded.insert(asciiLower(status.trimmed().toStdString()));
    }

    // Also when memory runs out, on either thread: the transaction is rolled back, and the summary says so.
    ImportSummary run();

private:
    ImportSummary runSteps();
    bool decide(QString *error);
    bool stream(RecordSource &source, OrderWriter &writer, QString *error);
    bool writeBatch(OrderWriter &writer, const ParsedBatch &batch);
    bool store(OrderWriter &writer, const AssembledOrder &order);
    bool writeDeferred(OrderWriter &writer);
    ImportSummary finishWith(ImportSummary::Outcome outcome, QString message);
    void phaseDone(const char *name) { m_summary.phaseMillis.append({QString::fromLatin1(name), m_phase.restart()}); }
    QString rejectionOverview() const;

    Workspace &m_workspace;
    QString m_path;
    const ImportOptions &m_options;
    const CancelToken &m_cancel;
    const ProgressCallback &m_progress;
    ImportSummary m_summary;
    std::unordered_set<std::string> m_excluded;

    QStringList m_headers;
    Layout m_layout = Layout::Generic;
    ColumnMapping m_mapping;
    DateOrder m_dateOrder = DateOrder::Unknown;
    DecimalSeparator m_decimal = DecimalSeparator::Point;

    bool m_transactionOpen = false;
    bool m_journalSwitched = false;
    QElapsedTimer m_phase;
    KeyHashSet m_orderKeys; // bulk imports only
    KeyHashSet m_returnKeys;
};

ImportSummary ImportRun::finishWith(ImportSummary::Outcome outcome, QString message)
{
    sqlite3_progress_handler(m_workspace.handle(), 0, nullptr, nullptr);
    // A statement interrupted by Cancel (the index sorts at the end can take seconds) fails: that is a
    // cancelled import, not a broken one.
    if (outcome == ImportSummary::Outcome::Failed && m_transactionOpen && m_cancel.isCancelled()) {
        outcome = ImportSummary::Outcome::Cancelled;
        message = ImporterText::tr("Import cancelled; the workspace is unchanged.");
    }
    if (outcome == ImportSummary::Outcome::Failed && m_workspace.isDamaged())
        message = damagedMessage(m_workspace.path());
    if (m_transactionOpen) {
        m_workspace.exec(outcome == ImportSummary::Outcome::Completed ? "COMMIT" : "ROLLBACK");
        m_transactionOpen = false;
    }
    if (m_journalSwitched)
        useRollbackJournal(m_workspace, false);
    m_workspace.exec("PRAGMA threads=0");
    m_workspace.exec(Workspace::CacheSizePragma);
    m_workspace.exec("PRAGMA foreign_keys=ON");
    m_summary.outcome = outcome;
    m_summary.message = message;
    if (outcome != ImportSummary::Outcome::Completed)
        m_summary.importId = -1;
    return m_summary;
}

QString ImportRun::rejectionOverview() const
{
    QList<std::pair<qint64, QString>> byCount;
    for (auto it = m_summary.rejectsByReason.cbegin(); it != m_summary.rejectsByReason.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    for (const auto &[count, reason] : byCount)
        parts.append(ImporterText::tr("%1: %2").arg(reason).arg(count));
    return parts.join(QStringLiteral("; "));
}

bool ImportRun::decide(QString *error)
{
    std::unique_ptr<RecordSource> sampleSource = openRecordSource(m_path, m_options, error);
    if (!sampleSource)
        return false;
    m_summary.formatDescription = sampleSource->description();
    SourceHead head = readHeader(*sampleSource);
    if (!head.error.isEmpty()) {
        *error = head.error;
        return false;
    }
    if (head.headers.size() < 2) {
        *error = ImporterText::tr("The file has only one column; is it really a table of orders? Check the delimiter "
                                  "and the encoding.");
        return false;
    }
    m_headers = head.headers;
    QStringList problems;
    resolveMapping(m_headers, m_options, m_layout, m_mapping, problems);
    m_summary.layout = m_layout;
    if (!problems.isEmpty()) {
        *error = ImporterText::tr("The columns of %1 cannot be used as they are: %2 Found columns: %3.")
                     .arg(m_summary.fileName, problems.join(u' '), m_headers.join(QStringLiteral(", ")));
        return false;
    }
    readSample(*sampleSource, head, m_mapping, DecisionSampleRows, 0);
    m_decimal = detectDecimal(head);

    m_dateOrder = m_options.dateOrder;
    if (m_dateOrder != DateOrder::Unknown)
        return true;
    DateOrderDetector detector = detectDateOrder(head);
    if (!detector.sawDayMonthForm() || detector.decision() != DateOrder::Unknown) {
        m_dateOrder = detector.decision();
        return true;
    }
    // The first rows do not decide it: read the whole column before importing anything.
    std::unique_ptr<RecordSource> scan = openRecordSource(m_path, m_options, error);
    if (!scan)
        return false;
    Record record;
    const int column = m_mapping.column(Role::OrderTime);
    scan->next(record); // header
    detector = DateOrderDetector();
    for (qint64 count = 1; scan->next(record); ++count) {
        if (size_t(column) < record.fields.size())
            detector.add(trimmedCell(record.fields[size_t(column)]));
        if ((count & 0x3ff) == 0 && m_cancel.isCancelled())
            return true;
    }
    if (detector.isContradictory()) {
        *error = ImporterText::tr("The order time column \"%1\" mixes day/month and month/day dates; choose the order "
                                  "explicitly (--date-order dmy or mdy); rows in the other order will be rejected.")
                     .arg(m_headers.value(column));
        return false;
    }
    if (detector.isAmbiguous()) {
        *error = ImporterText::tr(
            "The order time column \"%1\" has dates like 3/5/2024 and none of them shows whether the "
            "day or the month comes first; choose it explicitly (--date-order dmy or mdy).")
                     .arg(m_headers.value(column));
        return false;
    }
    m_dateOrder = detector.decision();
    return true;
}

bool ImportRun::store(OrderWriter &writer, const AssembledOrder &order)
{
    const bool isReturn = order.isReturn();
    const OrderWriter::Outcome outcome = isReturn ? writer.writeReturn(order) : writer.writeOrder(order);
    switch (outcome) {
    case OrderWriter::Outcome::Failed:
        return false;
    case OrderWriter::Outcome::Added: {
        const qint64 minor = microsToMinorUnits(order.amountMicros);
        if (isReturn) {
            ++m_summary.returnsAdded;
            m_summary.netAmountAddedMinor -= minor < 0 ? -minor : minor;
        } else {
            ++m_summary.ordersAdded;
            m_summary.netAmountAddedMinor += minor;
        }
        break;
    }
    case OrderWriter::Outcome::MergedIntoAdded:
        m_summary.netAmountAddedMinor += microsToMinorUnits(order.amountMicros);
        break;
    case OrderWriter::Outcome::AlreadyPresent:
        ++(isReturn ? m_summary.returnsAlreadyPresent : m_summary.ordersAlreadyPresent);
        break;
    case OrderWriter::Outcome::Deferred:
        // Counted when written. A file that repeats many stored orders (a re-import) leaves bulk mode
        // early instead of holding them all in memory.
        constexpr size_t MaxDeferred = 50000;
        if (writer.deferredCount() >= MaxDeferred)
            return writeDeferred(writer);
        break;
    }
    return true;
}

// Rebuilds the key indexes of a bulk import and writes the orders it deferred, in file order.
bool ImportRun::writeDeferred(OrderWriter &writer)
{
    if (!writer.indexKeys())
        return false;
    for (const AssembledOrder &order : writer.takeDeferred())
        if (!store(writer, order))
            return false;
    return true;
}

bool ImportRun::writeBatch(OrderWriter &writer, const ParsedBatch &batch)
{
    for (const RejectedLine &rejected : batch.rejections)
        if (!writer.writeRejection(rejected.line, rejected.column, rejected.reason, rejected.raw))
            return false;
    // Looking a few orders ahead hides the cache miss of each customer lookup (when this thread does them).
    constexpr size_t PrefetchDistance = 8;
    for (size_t i = 0; i < batch.orderCount; ++i) {
        if (i + PrefetchDistance < batch.orderCount) {
            const AssembledOrder &ahead = batch.orders[i + PrefetchDistance];
            if (ahead.customer)
                __builtin_prefetch(ahead.customer, 1);
            else
                writer.prefetchCustomer(ahead.customerKey);
        }
        if (!store(writer, batch.orders[i]))
            return false;
    }
    // Before the batch is recycled: queued appends point into it.
    return writer.flushAppends();
}

// Two threads: this one writes to SQLite while a second one reads and parses the file ahead of it.
bool ImportRun::stream(RecordSource &source, OrderWriter &writer, QString *error)
{
    OrderAssembler assembler(
        RowInterpreter(m_headers, m_mapping, m_layout, DateTimeParser(m_options.timeZone, m_dateOrder),
            AmountParser(m_decimal), isXlsxFile(m_path), m_options.keepDuplicateRows),
        m_headers, m_mapping, amountIsPerOrder(m_layout), m_excluded);
    constexpr int BatchesInFlight = 4;
    BatchQueue queue(BatchesInFlight);
    const qint64 size = source.size();
    if (writer.isBulk())
        assembler.setBulkState(&m_orderKeys, &m_returnKeys, writer.customersInMemory());
    // An allocation failure on either thread stops both; it is thrown again once the reader has been joined.
    bool readerOutOfMemory = false;
    std::thread reader([&] {
        try {
            assembler.run(source, queue, m_cancel);
        } catch (const std::bad_alloc &) {
            readerOutOfMemory = true;
            queue.finish();
        }
    });
    bool written = true;
    bool writerOutOfMemory = false;
    try {
        while (std::unique_ptr<ParsedBatch> batch = queue.pop()) {
            written = writeBatch(writer, *batch);
            const qint64 position = batch->position;
            queue.recycle(std::move(batch));
            if (!written || m_cancel.isCancelled())
                break;
            if (m_progress)
                m_progress(position, size);
        }
    } catch (const std::bad_alloc &) {
        writerOutOfMemory = true;
    }
    queue.stop();
    reader.join();
    if (readerOutOfMemory || writerOutOfMemory)
        throw std::bad_alloc();

    const AssemblyCounts &counts = assembler.counts();
    m_summary.rowsRead = counts.rowsRead;
    m_summary.excludedByStatus = counts.excludedByStatus;
    m_summary.excludedByStatusValue = counts.excludedByStatusValue;
    m_summary.duplicateRows = counts.duplicateRows;
    m_summary.duplicateRowsKept = m_options.keepDuplicateRows;
    m_summary.rejectedRows = counts.rejectedRows;
    m_summary.rejectsByReason = counts.rejectsByReason;
    m_summary.rejectionExamples = counts.rejectionExamples;
    phaseDone("read and write");
    if (written && !m_cancel.isCancelled())
        written = writeDeferred(writer);
    phaseDone("index keys");
    // The key hashes have served (the indexes are back): give their memory to the sorts that follow.
    m_orderKeys = KeyHashSet();
    m_returnKeys = KeyHashSet();
    if (!written) {
        *error = writer.lastError();
        return false;
    }
    if (const auto readError = source.error()) {
        *error = readError->line > 0 ? ImporterText::tr("line %1: %2").arg(readError->line).arg(readError->message)
                                     : readError->message;
        return false;
    }
    return true;
}

ImportSummary ImportRun::run()
{
    try {
        return runSteps();
    } catch (const std::bad_alloc &) {
        // The steps' own memory is released by now; the key hashes are the run's.
        m_orderKeys = KeyHashSet();
        m_returnKeys = KeyHashSet();
        return finishWith(ImportSummary::Outcome::Failed, importOutOfMemoryMessage(m_summary.fileName));
    } catch (const std::system_error &) {
        // The reading or digest thread could not be started: the same shortage (a thread's stack is memory).
        m_orderKeys = KeyHashSet();
        m_returnKeys = KeyHashSet();
        return finishWith(ImportSummary::Outcome::Failed, importOutOfMemoryMessage(m_summary.fileName));
    }
}

ImportSummary ImportRun::runSteps()
{
    using Outcome = ImportSummary::Outcome;
    if (sqlite3_db_readonly(m_workspace.handle(), "main") == 1)
        return finishWith(Outcome::Failed,
            ImporterText::tr("The workspace %1 is read-only; nothing was imported.")
                .arg(QFileInfo(m_workspace.path()).fileName()));
    QString error;
    m_phase.start();
    if (!decide(&error))
        return finishWith(Outcome::Failed, error);
    if (m_cancel.isCancelled())
        return finishWith(Outcome::Cancelled, ImporterText::tr("Import cancelled; the workspace is unchanged."));
    m_summary.dateOrderUsed = m_dateOrder == DateOrder::DayFirst ? QStringLiteral("day/month")
        : m_dateOrder == DateOrder::MonthFirst                   ? QStringLiteral("month/day")
                                                                 : QString();

    std::unique_ptr<RecordSource> source = openRecordSource(m_path, m_options, &error);
    if (!source)
        return finishWith(Outcome::Failed, error);
    auto hash = std::async(std::launch::async, [this] { return sha256HexOfFile(m_path, m_cancel); });

    // The writer only ever links to customers and the import row it created itself.
    m_workspace.exec("PRAGMA foreign_keys=OFF");
    // Index rebuilds sort on both cores (the parsing thread is done by then).
    m_workspace.exec("PRAGMA threads=2");
    // A file that brings more orders than the workspace holds is faster to index afterwards, by sort.
    constexpr qint64 BytesPerRowEstimate = 100;
    const QFileInfo info(m_path);
    const qint64 storedOrders = largestRowId(m_workspace, "orders");
    const bool bulk = info.size() / BytesPerRowEstimate > storedOrders;
    if (bulk && storedOrders == 0 && largestRowId(m_workspace, "returns") == 0)
        m_journalSwitched = useRollbackJournal(m_workspace, true);
    // A bulk load appends pages and then sorts. Its sorts are done in memory when the keys fit in the
    // page cache (up to ~2M rows); beyond that SQLite merges sorted runs, which a small cache does
    // faster: the index sorts of a 10M-row file took 2.0 s instead of 2.6 with 16 MiB instead of 64,
    // and peak memory fell by 200 MB (1M rows: 64 MiB, 0.15 s instead of 0.19).
    constexpr qint64 InMemorySortRows = 2000000;
    if (bulk && info.size() / BytesPerRowEstimate > InMemorySortRows)
        m_workspace.exec("PRAGMA cache_size=-16384");
    const SpaceBaseline spaceBefore = spaceBaseline(m_workspace.handle(), m_workspace.path());
    if (!m_workspace.exec("BEGIN IMMEDIATE", &error))
        return finishWith(
            Outcome::Failed, ImporterText::tr("The workspace is busy or cannot be written: %1").arg(error));
    m_transactionOpen = true;
    // Cancel also stops a long SQLite statement (the index sorts at the end): checked every 100k steps.
    sqlite3_progress_handler(
        m_workspace.handle(), 100000,
        [](void *token) { return static_cast<const CancelToken *>(token)->isCancelled() ? 1 : 0; },
        const_cast<CancelToken *>(&m_cancel));
    SqliteStatement insertImport(m_workspace.handle(),
        "INSERT INTO imports(file_name, file_path, file_sha256, file_size, imported_at, "
        "format, layout, mapping) VALUES(?1, ?2, '', ?3, ?4, ?5, ?6, ?7)");
    insertImport.bind(1, m_summary.fileName);
    insertImport.bind(2, info.absoluteFilePath());
    insertImport.bind(3, info.size());
    insertImport.bind(4, QDateTime::currentSecsSinceEpoch());
    insertImport.bind(5, m_summary.formatDescription);
    insertImport.bind(6, layoutKey(m_layout));
    insertImport.bind(7, mappingJson(m_mapping, m_headers));
    if (insertImport.step() != SQLITE_DONE)
        return finishWith(
            Outcome::Failed, ImporterText::tr("Cannot write to the workspace: %1").arg(insertImport.errorMessage()));
    m_summary.importId = sqlite3_last_insert_rowid(m_workspace.handle());

    OrderWriter writer(m_workspace.handle(), m_summary.importId, roleKey(m_mapping.customerRole()));
    if (!writer.isReady(&error))
        return finishWith(Outcome::Failed, ImporterText::tr("Cannot write to the workspace: %1").arg(error));
    if (bulk && !writer.beginBulk(m_orderKeys, m_returnKeys))
        return finishWith(
            Outcome::Failed, ImporterText::tr("Cannot write to the workspace: %1").arg(writer.lastError()));
    phaseDone("prepare");
    if (!stream(*source, writer, &error))
        return finishWith(Outcome::Failed,
            ImporterText::tr("Import of %1 stopped, nothing was imported: %2").arg(m_summary.fileName, error));
    if (m_cancel.isCancelled())
        return finishWith(Outcome::Cancelled, ImporterText::tr("Import cancelled; the workspace is unchanged."));

    const qint64 taken = m_summary.ordersAdded + m_summary.ordersAlreadyPresent + m_summary.returnsAdded
        + m_summary.returnsAlreadyPresent;
    if (taken == 0) {
        QString message = ImporterText::tr("No orders were found in %1 (%2 data rows read).")
                              .arg(m_summary.fileName)
                              .arg(m_summary.rowsRead);
        if (m_summary.rejectedRows > 0)
            message += u' ' + ImporterText::tr("All usable rows were rejected: %1.").arg(rejectionOverview());
        if (m_summary.excludedByStatus > 0)
            message += u' '
                + ImporterText::tr("%1 rows were skipped for their status (cancelled, closed, refunded…).")
                      .arg(m_summary.excludedByStatus);
        return finishWith(Outcome::NothingImported, message + u' ' + ImporterText::tr("The workspace is unchanged."));
    }

    if (!writer.writeCustomers())
        return finishWith(
            Outcome::Failed, ImporterText::tr("Cannot write to the workspace: %1").arg(writer.lastError()));
    m_summary.newCustomers = writer.newCustomers();
    phaseDone("customers");
    if (!writer.indexCustomers())
        return finishWith(
            Outcome::Failed, ImporterText::tr("Cannot write to the workspace: %1").arg(writer.lastError()));
    phaseDone("index customers");

    SqliteStatement update(m_workspace.handle(),
        "UPDATE imports SET file_sha256 = ?2, rows_read = ?3, orders_added = ?4, "
        "orders_already_present = ?5, returns_added = ?6, excluded_rows = ?7, rejected_rows = ?8, "
        "net_amount_added = ?9 WHERE id = ?1");
    update.bind(1, m_summary.importId);
    update.bind(2, QString::fromLatin1(hash.get()));
    update.bind(3, m_summary.rowsRead);
    update.bind(4, m_summary.ordersAdded);
    update.bind(5, m_summary.ordersAlreadyPresent);
    update.bind(6, m_summary.returnsAdded);
    update.bind(7, m_summary.excludedByStatus);
    update.bind(8, m_summary.rejectedRows);
    update.bind(9, m_summary.netAmountAddedMinor);
    if (update.step() != SQLITE_DONE)
        return finishWith(
            Outcome::Failed, ImporterText::tr("Cannot write to the workspace: %1").arg(update.errorMessage()));
    if (m_cancel.isCancelled())
        return finishWith(Outcome::Cancelled, ImporterText::tr("Import cancelled; the workspace is unchanged."));
    // A commit that fits in the WAL but not in the file leaves a workspace no later write can use.
    const SpaceEstimate space
        = estimateCommitSpace(m_workspace.handle(), m_workspace.path(), spaceBefore, m_options.availableBytes);
    if (space.neededBytes > space.availableBytes) {
        ImportSummary failed = finishWith(Outcome::Failed, notEnoughSpaceMessage(m_workspace.path(), space));
        checkpointAfterCommit(m_workspace.handle(), nullptr); // gives back the space the WAL took
        return failed;
    }
    if (!m_workspace.exec("COMMIT", &error))
        return finishWith(Outcome::Failed,
            ImporterText::tr("The import could not be saved (%1); the workspace is unchanged.").arg(error));
    m_transactionOpen = false;
    if (!checkpointAfterCommit(m_workspace.handle(), &error))
        return finishWith(Outcome::Failed,
            ImporterText::tr("The import was saved in the workspace's log (%1-wal) but could not be copied into the "
                             "workspace: %2. Free space on the disk and open the workspace again.")
                .arg(QFileInfo(m_workspace.path()).fileName(), error));
    phaseDone("commit");
    if (m_progress)
        m_progress(source->size(), source->size());

    QString message
        = ImporterText::tr("Imported %1 new orders from %2.").arg(m_summary.ordersAdded).arg(m_summary.fileName);
    if (m_summary.ordersAlreadyPresent > 0)
        message += u' '
            + ImporterText::tr("%1 orders were already in the workspace and were skipped.")
                  .arg(m_summary.ordersAlreadyPresent);
    if (m_summary.duplicateRows > 0)
        message += u' '
            + (m_summary.duplicateRowsKept
                    ? ImporterText::tr("%1 rows were exact repeats of earlier rows of the file and were kept.")
                    : ImporterText::tr("%1 rows were exact repeats of earlier rows of the file and were counted once."))
                  .arg(m_summary.duplicateRows);
    if (m_summary.rejectedRows > 0)
        message += u' '
            + ImporterText::tr("%1 rows were rejected (%2).").arg(m_summary.rejectedRows).arg(rejectionOverview());
    return finishWith(Outcome::Completed, message);
}

} // namespace

ImportSummary importFile(Workspace &workspace, const QString &path, const ImportOptions &options,
    const CancelToken &cancel, const ProgressCallback &progress)
{
    ImportRun run(workspace, path, options, cancel, progress);
    return run.run();
}

} // namespace clientele
