#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/import/columnmapping.h"
#include "analysis/parse/amountparser.h"
#include "analysis/parse/datetimeparser.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace clientele {

class Workspace;

// The statuses that mean "this is not a sale", matched case-insensitively after trimming.
QStringList defaultExcludedStatuses();

struct ImportOptions
{
    QString encoding;                                 // empty: detect from the bytes (CSV)
    char delimiter = 0;                               // 0: sniff (CSV)
    QString sheet;                                    // XLSX sheet name; empty: first sheet
    std::optional<Layout> layout;                     // empty: detected from the headers
    QStringList mapOverrides;                         // "role=column" as on the CLI
    std::optional<ColumnMapping> mapping;             // complete mapping from the GUI dialog (wins over overrides)
    DateOrder dateOrder = DateOrder::Unknown;         // for a/b/yyyy dates; Unknown: decide from the column
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // zone of times written without an offset
    QStringList excludedStatuses = defaultExcludedStatuses();
    std::optional<qint64> availableBytes; // free bytes on the workspace's disk; empty: ask the file system (tests)
    // Exact repeats of a row within the file (same order, identical cells) are counted once unless kept.
    bool keepDuplicateRows = false;
};

// What the import dialog shows before importing.
struct ImportPreview
{
    QString error;             // non-empty: file cannot be read at all
    QString formatDescription; // e.g. "GB18030, comma-separated" or "sheet Orders"
    QStringList sheets;        // XLSX only
    QStringList headers;
    std::vector<QStringList> rows; // first rows after the header
    Layout layout = Layout::Generic;
    ColumnMapping mapping;           // detected, with overrides applied
    QStringList mappingProblems;     // missing roles, bad overrides
    bool dateOrderAmbiguous = false; // a/b/yyyy dates where no value decides the order: ask the user
};
ImportPreview previewImport(const QString &path, const ImportOptions &options, int maxRows = 50);

struct ImportSummary
{
    enum class Outcome { Completed, NothingImported, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    QString message; // one sentence for the user (errors, why nothing was imported)
    qint64 importId = -1;
    QString fileName;
    QString formatDescription;
    Layout layout = Layout::Generic;
    qint64 rowsRead = 0; // data records, header excluded
    qint64 ordersAdded = 0;
    qint64 ordersAlreadyPresent = 0; // same order key imported before
    qint64 returnsAdded = 0;
    qint64 returnsAlreadyPresent = 0;
    qint64 excludedByStatus = 0; // rows whose status is cancelled/closed/refunded...
    qint64 rejectedRows = 0;
    qint64 duplicateRows = 0;       // exact repeats of an earlier row of the file
    bool duplicateRowsKept = false; // true: they were imported like other rows; false: skipped
    qint64 netAmountAddedMinor = 0; // orders added minus returns added
    qint64 newCustomers = 0;
    QMap<QString, qint64> rejectsByReason;
    QMap<QString, qint64> excludedByStatusValue;
    QStringList rejectionExamples; // the first rejected rows as "line N: reason", kept even when rolled back
    QString dateOrderUsed;         // "day/month", "month/day" or empty
    // Wall-clock milliseconds of the import's steps ("prepare", "read and write", "index keys",
    // "customers", "commit"), for `clientele-cli import --timings` and the benchmark.
    QList<std::pair<QString, qint64>> phaseMillis;
};

// Imports one file into the workspace in a single transaction: on failure or cancel the workspace
// is exactly as before. Safe to run in a worker thread with its own Workspace.
ImportSummary importFile(Workspace &workspace, const QString &path, const ImportOptions &options,
    const CancelToken &cancel = {}, const ProgressCallback &progress = {});

} // namespace clientele
