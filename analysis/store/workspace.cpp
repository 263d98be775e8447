#include "analysis/store/workspace.h"

#include "analysis/store/schema.h"
#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspacehealth.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Workspace)
};

qint64 scalar(sqlite3 *db, const char *sql)
{
    SqliteStatement statement(db, sql);
    if (!statement.isValid() || statement.step() != SQLITE_ROW)
        return 0;
    return statement.int64(0);
}

// What the bytes say before SQLite opens the file: not ours, damaged, or cut off.
std::optional<QString> fileProblem(const QString &path)
{
    const QString shownName = QFileInfo(path).fileName();
    switch (inspectFileHeader(path)) {
    case FileHeaderState::Fine:
        return std::nullopt;
    case FileHeaderState::NotSqlite:
        return WorkspaceText::tr("%1 is not a Clientele workspace (it is not an SQLite database).").arg(shownName);
    case FileHeaderState::DamagedHeader:
        return WorkspaceText::tr("The workspace %1 is damaged: its file header (the first 100 bytes) is no longer "
                                 "valid, so SQLite cannot read any of it. Nothing was changed; restore it from a "
                                 "backup.")
            .arg(shownName);
    case FileHeaderState::Truncated:
        return WorkspaceText::tr("The workspace %1 is incomplete: the file (%2 bytes) is shorter than its header "
                                 "says, as if a copy or download stopped early. Nothing was changed; copy it again, "
                                 "or copy what can still be read with: clientele-cli repair --db %1 --out "
                                 "recovered.clientele")
            .arg(shownName)
            .arg(QFileInfo(path).size());
    }
    return std::nullopt;
}

// The three values every open checks, and the first error met while reading them.
struct HeaderFields
{
    int resultCode = SQLITE_OK;
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    qint64 tables = 0;
};

HeaderFields readHeaderFields(sqlite3 *db)
{
    HeaderFields fields;
    auto read = [&](const char *sql, qint64 *value) {
        if (fields.resultCode != SQLITE_OK)
            return;
        SqliteStatement statement(db, sql);
        const int rc = statement.isValid() ? statement.step() : sqlite3_extended_errcode(db);
        if (rc == SQLITE_ROW)
            *value = statement.int64(0);
        else
            fields.resultCode = rc == SQLITE_DONE ? SQLITE_OK : (rc == SQLITE_OK ? SQLITE_ERROR : rc);
    };
    read("PRAGMA application_id", &fields.applicationId);
    read("PRAGMA user_version", &fields.userVersion);
    read("SELECT count(*) FROM sqlite_schema", &fields.tables);
    return fields;
}

// A write connection rolls a hot journal back on its first read; it is closed at once.
bool rollBackHotJournal(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    bool ok = sqlite3_open_v2(nativePath.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(db, 5000);
        ok = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3_close_v2(db);
    return ok && !hasHotJournal(path);
}

QString readFailureMessage(const QString &path, int code, const QString &sqliteMessage, bool readOnlyVolume)
{
    const QString shownName = QFileInfo(path).fileName();
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return WorkspaceText::tr("The workspace %1 is busy: another import is writing to it (a first import locks "
                                 "the whole file). Try again when that import has finished.")
            .arg(shownName);
    if (isDamageCode(code))
        return damagedMessage(path);
    if (readOnlyVolume)
        return WorkspaceText::tr("The workspace %1 is on a read-only file system and its write-ahead log (%1-wal) "
                                 "cannot be used there (%2). Copy the workspace with its -wal file to a writable "
                                 "folder.")
            .arg(shownName, sqliteMessage);
    return WorkspaceText::tr("Cannot read the workspace %1: %2.").arg(shownName, sqliteMessage);
}

} // namespace

bool Workspace::isWorkspaceFile(const QString &path)
{
    // The 100-byte SQLite header: the magic string at 0, the application id (big-endian) at 68.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    const auto byte = [&header](int i) { return quint32(quint8(header.at(i))); };
    const quint32 id = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return id == quint32(schema::ApplicationId);
}

Workspace::Workspace(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

Workspace::~Workspace()
{
    forgetConnection(m_db);
    sqlite3_close_v2(m_db);
}

bool Workspace::isDamaged() const
{
    return damageNoted(m_db);
}

std::unique_ptr<Workspace> Workspace::connect(const QString &path, OpenMode mode, bool immutable, QString *error)
{
    sqlite3 *db = nullptr;
    int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    QByteArray name = QFile::encodeName(path);
    if (immutable) {
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    if (sqlite3_open_v2(name.constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 1);
    // A connection noted as damaged elsewhere (a raw one, since closed) may have had this address.
    forgetConnection(db);
    return std::unique_ptr<Workspace>(new Workspace(db, path));
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, OpenMode mode)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Workspace>();
    };
    const QFileInfo info(path);
    const QString shownName = info.fileName();
    const bool exists = info.exists();
    if (exists && info.isDir())
        return fail(WorkspaceText::tr("%1 is a folder, not a workspace file.").arg(path));
    if (!exists && mode == OpenMode::ReadOnly)
        return fail(WorkspaceText::tr("The workspace %1 does not exist.").arg(path));
    const QStorageInfo volume(exists ? path : info.absolutePath());
    const bool readOnlyVolume = volume.isValid() && volume.isReadOnly();
    if (mode == OpenMode::ReadWrite && readOnlyVolume)
        return fail(WorkspaceText::tr("The workspace %1 is on a read-only file system (%2); it was left untouched. "
                                      "Copy it to a writable folder to import into it.")
                        .arg(shownName, volume.rootPath()));
    // A file without write permission (chmod 0444) is opened read-write by SQLite as read-only - or,
    // for root, written anyway. Either way the user asked for it to stay unchanged: say so up front
    // instead of failing later with "attempt to write a readonly database".
    if (exists && mode == OpenMode::ReadWrite
        && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
        return fail(WorkspaceText::tr("The workspace %1 is read-only (no write permission); it was left untouched. "
                                      "Make the file writable to import into it.")
                        .arg(shownName));
    if (exists && info.size() > 0) {
        if (!info.isReadable())
            return fail(WorkspaceText::tr("The workspace %1 cannot be read: permission denied.").arg(path));
        if (const std::optional<QString> problem = fileProblem(path))
            return fail(*problem);
    }

    static const bool configured = [] {
        // Every connection is used by one thread at a time; SQLite's global allocator statistics would
        // otherwise take a mutex on every allocation.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    // On a read-only file system a WAL workspace cannot get its shared-memory file; without a WAL to
    // replay, SQLite can read the file as immutable.
    const bool immutable = mode == OpenMode::ReadOnly && readOnlyVolume
        && QFileInfo(path + QStringLiteral("-wal")).size() == 0 && !hasHotJournal(path);
    std::unique_ptr<Workspace> workspace;
    HeaderFields header;
    for (bool rolledBack = false;;) {
        QString openError;
        workspace = connect(path, mode, immutable, &openError);
        if (!workspace)
            return fail(WorkspaceText::tr("Cannot open the workspace %1: %2.").arg(path, openError));
        header = readHeaderFields(workspace->handle());
        if (header.resultCode == SQLITE_OK)
            break;
        const int code = header.resultCode;
        const QString message = QString::fromUtf8(sqlite3_errmsg(workspace->handle()));
        workspace.reset();
        if ((code == SQLITE_READONLY_ROLLBACK || hasHotJournal(path)) && !rolledBack && !isDamageCode(code)
            && (code & 0xff) != SQLITE_BUSY) {
            // Killed during a write (the first import uses a rollback journal): undo it the way SQLite
            // does on any write access, then read.
            if (!rollBackHotJournal(path))
                return fail(WorkspaceText::tr("The workspace %1 holds an import that was interrupted (power cut or "
                                              "killed program); it must be undone before the workspace can be "
                                              "read, and that needs write access to %2. Open it once where it "
                                              "can be written (for example import into it).")
                                .arg(shownName, info.absolutePath()));
            rolledBack = true;
            continue;
        }
        return fail(readFailureMessage(path, code, message, readOnlyVolume));
    }
    sqlite3 *db = workspace->handle();
    const qint64 applicationId = header.applicationId;
    const qint64 version = header.userVersion;
    const qint64 tables = header.tables;
    if (applicationId != schema::ApplicationId && (applicationId != 0 || tables > 0))
        return fail(WorkspaceText::tr("%1 is an SQLite database of another program, not a Clientele workspace; "
                                      "it was left untouched.")
                        .arg(shownName));
    if (version > Workspace::SchemaVersion)
        return fail(
            WorkspaceText::tr("%1 was written by a newer version of Clientele (workspace format %2; this version "
                              "reads up to %3). Please update Clientele to open it.")
                .arg(shownName)
                .arg(version)
                .arg(Workspace::SchemaVersion));
    // Before anything is written: a damaged file would take wrong numbers and duplicate orders.
    if (mode == OpenMode::ReadWrite && tables > 0 && quickCheck(db))
        return fail(damagedMessage(path));

    if (mode == OpenMode::ReadWrite) {
        QString sqlError;
        // Larger pages make bulk imports ~12% faster (fewer B-tree splits and page writes); a page size
        // can only be chosen before the first table exists.
        if (tables == 0)
            workspace->exec("PRAGMA page_size=16384");
        // WAL lets a reader (the GUI) see the last committed state while an import writes.
        if (!workspace->exec("PRAGMA journal_mode=WAL", &sqlError))
            return fail(WorkspaceText::tr("Cannot open the workspace %1: %2.").arg(path, sqlError));
        workspace->exec("PRAGMA synchronous=NORMAL");
        if (version < Workspace::SchemaVersion) {
            if (sqlite3_db_readonly(db, "main") == 1)
                return fail(WorkspaceText::tr("The workspace %1 is read-only and needs an upgrade; open it from a "
                                              "writable location.")
                                .arg(shownName));
            // Migrations rebuild tables that others refer to (drop, then rename the copy into place).
            workspace->exec("PRAGMA foreign_keys=OFF");
            if (!workspace->exec("BEGIN IMMEDIATE", &sqlError))
                return fail(WorkspaceText::tr("Cannot prepare the workspace %1: %2.").arg(path, sqlError));
            const auto &steps = schema::migrations();
            for (qint64 v = version; v < Workspace::SchemaVersion; ++v) {
                if (!workspace->exec(steps[size_t(v)], &sqlError)) {
                    workspace->exec("ROLLBACK");
                    return fail(WorkspaceText::tr("Cannot upgrade the workspace %1: %2.").arg(path, sqlError));
                }
            }
            const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(schema::ApplicationId)
                + ";PRAGMA user_version=" + QByteArray::number(Workspace::SchemaVersion);
            if (!workspace->exec(pragmas.constData(), &sqlError) || !workspace->exec("COMMIT", &sqlError)) {
                workspace->exec("ROLLBACK");
                return fail(WorkspaceText::tr("Cannot upgrade the workspace %1: %2.").arg(path, sqlError));
            }
        }
    } else if (version == 0 && tables == 0) {
        return fail(WorkspaceText::tr("The workspace %1 is empty: it was never opened for writing, so nothing has "
                                      "been imported into it yet.")
                        .arg(shownName));
    } else if (version < Workspace::SchemaVersion) {
        return fail(WorkspaceText::tr("The workspace %1 is from an older version of Clientele (workspace format %2); "
                                      "open it for writing once to upgrade it.")
                        .arg(shownName)
                        .arg(version));
    }
    workspace->exec("PRAGMA foreign_keys=ON");
    workspace->exec(CacheSizePragma);
    return workspace;
}

int Workspace::schemaVersion() const
{
    return int(scalar(m_db, "PRAGMA user_version"));
}

bool Workspace::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    noteSqliteResult(m_db, sqlite3_extended_errcode(m_db));
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

WorkspaceSummary summarize(const Workspace &workspace)
{
    sqlite3 *db = workspace.handle();
    WorkspaceSummary s;
    s.customers = scalar(db, "SELECT count(*) FROM customers WHERE order_count > 0");
    s.returns = scalar(db, "SELECT count(*) FROM returns");
    s.imports = scalar(db, "SELECT count(*) FROM imports");
    s.rejectedRows = scalar(db, "SELECT count(*) FROM rejected_rows");
    s.returnedMinor = scalar(db, "SELECT coalesce(sum(amount), 0) FROM returns");
    SqliteStatement orders(
        db, "SELECT count(*), coalesce(sum(net_amount), 0), min(ordered_at), max(ordered_at) FROM orders");
    if (orders.isValid() && orders.step() == SQLITE_ROW) {
        s.orders = orders.int64(0);
        s.grossRevenueMinor = orders.int64(1);
        if (!orders.isNull(2))
            s.firstOrderUtc = orders.int64(2);
        if (!orders.isNull(3))
            s.lastOrderUtc = orders.int64(3);
    }
    s.netRevenueMinor = s.grossRevenueMinor - s.returnedMinor;
    // Every order is counted in its customer's row: two different totals mean a page was lost.
    if (scalar(db, "SELECT coalesce(sum(order_count), 0) FROM customers") != s.orders)
        noteDamage(db);
    return s;
}

std::vector<CustomerRow> loadCustomers(const Workspace &workspace)
{
    std::vector<CustomerRow> rows;
    SqliteStatement q(workspace.handle(),
        "SELECT id, customer_key, key_kind, coalesce(city, ''), order_count, "
        "gross_amount - returned_amount, first_order_at, last_order_at "
        "FROM customers WHERE order_count > 0 ORDER BY id");
    while (q.isValid() && q.step() == SQLITE_ROW) {
        CustomerRow row;
        row.id = q.int64(0);
        row.key = q.text(1);
        row.keyKind = q.text(2);
        row.city = q.text(3);
        row.orders = q.int64(4);
        row.netMinor = q.int64(5);
        row.firstOrderUtc = q.int64(6);
        row.lastOrderUtc = q.int64(7);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ImportRecord> loadImports(const Workspace &workspace)
{
    std::vector<ImportRecord> rows;
    SqliteStatement q(workspace.handle(),
        "SELECT id, file_name, file_sha256, imported_at, orders_added, orders_already_present, "
        "rejected_rows FROM imports ORDER BY id");
    while (q.isValid() && q.step() == SQLITE_ROW) {
        ImportRecord row;
        row.id = q.int64(0);
        row.fileName = q.text(1);
        row.sha256 = q.text(2);
        row.importedAtUtc = q.int64(3);
        row.ordersAdded = q.int64(4);
        row.ordersAlreadyPresent = q.int64(5);
        row.rejectedRows = q.int64(6);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<RejectedRow> loadRejectedRows(const Workspace &workspace, qint64 importId)
{
    std::vector<RejectedRow> rows;
    SqliteStatement q(workspace.handle(),
        "SELECT import_id, line, coalesce(column_name, ''), reason, coalesce(raw, '') "
        "FROM rejected_rows WHERE ?1 < 0 OR import_id = ?1 ORDER BY import_id, line");
    q.bind(1, importId);
    while (q.isValid() && q.step() == SQLITE_ROW) {
        RejectedRow row;
        row.importId = q.int64(0);
        row.line = q.int64(1);
        row.column = q.text(2);
        row.reason = q.text(3);
        row.raw = q.text(4);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace clientele
