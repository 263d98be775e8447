#include "analysis/store/workspacehealth.h"

#include "analysis/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <unordered_set>

namespace clientele {

namespace {

struct HealthText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Workspace)
};

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Connections on which damage was seen. Touched only when a statement fails and when a caller asks.
std::unordered_set<sqlite3 *> &damagedConnections()
{
    static std::unordered_set<sqlite3 *> connections;
    return connections;
}

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

qint64 pragmaValue(sqlite3 *db, const char *sql)
{
    SqliteStatement statement(db, sql);
    return statement.isValid() && statement.step() == SQLITE_ROW ? statement.int64(0) : 0;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// Megabytes for a message, rounded up so that "needs 1 MB" never means 0.
qint64 megabytesUp(qint64 bytes)
{
    constexpr qint64 MB = 1024 * 1024;
    return (std::max<qint64>(bytes, 0) + MB - 1) / MB;
}

} // namespace

bool isDamageCode(int resultCode)
{
    const int primary = resultCode & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

void noteSqliteResult(sqlite3 *db, int resultCode)
{
    if (db && isDamageCode(resultCode))
        noteDamage(db);
}

void noteDamage(sqlite3 *db)
{
    const std::lock_guard lock(registryMutex());
    damagedConnections().insert(db);
}

bool damageNoted(sqlite3 *db)
{
    const std::lock_guard lock(registryMutex());
    return damagedConnections().count(db) > 0;
}

void forgetConnection(sqlite3 *db)
{
    const std::lock_guard lock(registryMutex());
    damagedConnections().erase(db);
}

std::optional<QString> quickCheck(sqlite3 *db)
{
    SqliteStatement check(db, "PRAGMA quick_check(1)");
    if (!check.isValid()) {
        const int code = sqlite3_extended_errcode(db);
        return isDamageCode(code) ? std::optional<QString>(check.errorMessage()) : std::nullopt;
    }
    const int rc = check.step();
    if (rc == SQLITE_ROW) {
        const QString finding = check.text(0);
        return finding == u"ok" ? std::nullopt : std::optional<QString>(finding);
    }
    // Busy or locked is not damage; the caller reports it when it reads.
    return isDamageCode(rc) ? std::optional<QString>(check.errorMessage()) : std::nullopt;
}

FileHeaderState inspectFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileHeaderState::Fine; // SQLite reports what it cannot open
    const qint64 size = file.size();
    if (size == 0)
        return FileHeaderState::Fine; // a new workspace
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    const bool magicOk = header.startsWith(magic);
    // PRAGMA application_id is stored big-endian at offset 68: 'CLNT'.
    const bool ours = header.size() >= 72 && header.mid(68, 4) == QByteArray("CLNT");
    if (header.size() < 100)
        return magicOk || ours ? FileHeaderState::Truncated : FileHeaderState::NotSqlite;
    if (!magicOk)
        return ours ? FileHeaderState::DamagedHeader : FileHeaderState::NotSqlite;
    qint64 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const bool powerOfTwo = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    // The payload fractions are fixed at 64, 32, 32 in every SQLite file.
    if (!powerOfTwo || header.at(21) != 64 || header.at(22) != 32 || header.at(23) != 32)
        return FileHeaderState::DamagedHeader;
    // A journal or a WAL may legitimately hold pages the file does not have yet.
    if (fileSize(path + QStringLiteral("-journal")) > 0 || fileSize(path + QStringLiteral("-wal")) > 0)
        return FileHeaderState::Fine;
    const qint64 pages = bigEndian(header, 28, 4);
    const bool pagesValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (size % pageSize != 0 || (pagesValid && size < pages * pageSize))
        return FileHeaderState::Truncated;
    return FileHeaderState::Fine;
}

bool hasHotJournal(const QString &path)
{
    return fileSize(path + QStringLiteral("-journal")) > 0;
}

QString damagedMessage(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return HealthText::tr("The workspace %1 is damaged: SQLite cannot read all of it, so its figures would be "
                          "wrong. Nothing was changed. Copy what can still be read into a new workspace with: "
                          "clientele-cli repair --db %1 --out recovered.clientele")
        .arg(name);
}

SpaceBaseline spaceBaseline(sqlite3 *db, const QString &path)
{
    SpaceBaseline baseline;
    baseline.usedPages = pragmaValue(db, "PRAGMA page_count") - pragmaValue(db, "PRAGMA freelist_count");
    baseline.walBytes = fileSize(path + QStringLiteral("-wal"));
    return baseline;
}

SpaceEstimate estimateCommitSpace(
    sqlite3 *db, const QString &path, const SpaceBaseline &baseline, std::optional<qint64> freeBytes)
{
    const qint64 pageSize = pragmaValue(db, "PRAGMA page_size");
    const qint64 pageCount = pragmaValue(db, "PRAGMA page_count");
    const qint64 usedPages = pageCount - pragmaValue(db, "PRAGMA freelist_count");
    // Pages changed in place (B-tree interiors, the customers and imports rows, page 1): a margin of up to
    // 256 pages, never more than the file has.
    const qint64 changedInPlace = std::min<qint64>(256, pageCount);
    const qint64 pagesToWrite = std::max<qint64>(usedPages - baseline.usedPages, 0) + changedInPlace;
    // The file grows to its new page count: at the checkpoint (WAL) or now (rollback journal).
    const qint64 growth = std::max<qint64>(pageCount * pageSize - fileSize(path), 0);
    SqliteStatement mode(db, "PRAGMA journal_mode");
    const bool wal = mode.isValid() && mode.step() == SQLITE_ROW && mode.text(0).compare(u"wal") == 0;
    SpaceEstimate estimate;
    if (wal) {
        constexpr qint64 FrameHeader = 24;
        const qint64 walWritten = std::max<qint64>(fileSize(path + QStringLiteral("-wal")) - baseline.walBytes, 0);
        estimate.neededBytes = std::max<qint64>(pagesToWrite * (pageSize + FrameHeader) - walWritten, 0) + growth;
    } else {
        // The journal keeps the original of every page changed in place.
        estimate.neededBytes = growth + changedInPlace * pageSize;
    }
    estimate.availableBytes
        = freeBytes ? *freeBytes : QStorageInfo(QFileInfo(path).absoluteDir().absolutePath()).bytesAvailable();
    return estimate;
}

QString notEnoughSpaceMessage(const QString &path, const SpaceEstimate &estimate)
{
    const QString dir = QFileInfo(path).absoluteDir().absolutePath();
    return HealthText::tr("Not enough free space on the disk of %1: saving this import needs about %2 MB, only %3 MB "
                          "are free. Nothing was imported; free at least %4 MB and import again.")
        .arg(dir)
        .arg(megabytesUp(estimate.neededBytes))
        .arg(estimate.availableBytes / (1024 * 1024))
        .arg(megabytesUp(estimate.neededBytes - estimate.availableBytes));
}

bool checkpointAfterCommit(sqlite3 *db, QString *error)
{
    int logFrames = 0;
    int copiedFrames = 0;
    // Without waiting for readers (the GUI may be reading): what they still use is copied by a later one.
    sqlite3_busy_timeout(db, 0);
    const int rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copiedFrames);
    sqlite3_busy_timeout(db, 5000);
    // SQLITE_BUSY: a reader still uses older pages; the next checkpoint copies the rest. Not a failure.
    if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

} // namespace clientele
