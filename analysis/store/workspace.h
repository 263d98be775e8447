#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace clientele {

// A Clientele workspace: one SQLite file (WAL journal) holding imports, orders, returns, customers
// and rejected rows. Each thread opens its own Workspace on the same path.
class Workspace
{
public:
    static constexpr int SchemaVersion = 3;
    // The page cache of every connection (64 MiB); bulk imports lower it while they run.
    static constexpr const char *CacheSizePragma = "PRAGMA cache_size=-65536";

    enum class OpenMode { ReadWrite, ReadOnly };

    // Creates the file when missing (ReadWrite), migrates an older schema, and refuses a file that
    // is not a Clientele workspace or comes from a newer Clientele; `error` says why in a sentence.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error, OpenMode mode = OpenMode::ReadWrite);
    // True when `path` is an existing file with the header of a Clientele workspace (an SQLite file whose
    // application id is ours). A workspace created a moment ago may still have its id only in the -wal file.
    static bool isWorkspaceFile(const QString &path);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    int schemaVersion() const;

    // Whether a statement on this connection met a damaged page (SQLITE_CORRUPT, SQLITE_NOTADB) or a read
    // returned an impossible result: what was read must not be shown as the workspace's contents.
    bool isDamaged() const;

    // Executes SQL without results; returns false and fills `error` with SQLite's message.
    bool exec(const char *sql, QString *error = nullptr);

private:
    Workspace(sqlite3 *db, const QString &path);
    static std::unique_ptr<Workspace> connect(const QString &path, OpenMode mode, bool immutable, QString *error);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// Totals shown by `clientele-cli summary` and the Overview.
struct WorkspaceSummary
{
    qint64 orders = 0;
    qint64 customers = 0;
    qint64 returns = 0;
    qint64 imports = 0;
    qint64 rejectedRows = 0;
    qint64 grossRevenueMinor = 0; // sum of order amounts
    qint64 returnedMinor = 0;     // sum of returns (positive)
    qint64 netRevenueMinor = 0;   // gross - returned
    std::optional<qint64> firstOrderUtc;
    std::optional<qint64> lastOrderUtc;
};
WorkspaceSummary summarize(const Workspace &workspace);

// One line of the customers table.
struct CustomerRow
{
    qint64 id = 0;
    QString key;     // the identity used: customer id, else email, phone or name
    QString keyKind; // "customer_id", "email", "phone", "name"
    QString city;
    qint64 orders = 0;
    qint64 netMinor = 0; // orders minus returns, minor units
    qint64 firstOrderUtc = 0;
    qint64 lastOrderUtc = 0;
};
std::vector<CustomerRow> loadCustomers(const Workspace &workspace);

// One past import (File › Imports list, CLI).
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    qint64 importedAtUtc = 0;
    qint64 ordersAdded = 0;
    qint64 ordersAlreadyPresent = 0;
    qint64 rejectedRows = 0;
};
std::vector<ImportRecord> loadImports(const Workspace &workspace);

// A rejected row as kept in the workspace.
struct RejectedRow
{
    qint64 importId = 0;
    qint64 line = 0;
    QString column; // header of the offending column, empty when the whole row is at fault
    QString reason;
    QString raw;
};
std::vector<RejectedRow> loadRejectedRows(const Workspace &workspace, qint64 importId = -1);

} // namespace clientele
