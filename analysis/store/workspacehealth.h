#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;

namespace clientele {

// Damage, unfinished transactions and disk space of a workspace file (issue 14): what SQLite cannot say
// in a sentence a user understands.

// Whether an SQLite result code means the file's bytes are damaged (SQLITE_CORRUPT, SQLITE_NOTADB and
// their extended codes).
bool isDamageCode(int resultCode);

// Damage seen on a connection: every failing statement of the workspace code reports its code here, so
// that a read that stopped half-way (a count of 0, a short customer list) is not taken for the truth.
void noteSqliteResult(sqlite3 *db, int resultCode);
bool damageNoted(sqlite3 *db);
void noteDamage(sqlite3 *db);
void forgetConnection(sqlite3 *db);

// PRAGMA quick_check (the B-tree structure of every page, not index contents): std::nullopt when it
// reports "ok", else its first finding (or the error that stopped it).
std::optional<QString> quickCheck(sqlite3 *db);

// What the bytes of an existing SQLite file say before SQLite opens it.
enum class FileHeaderState {
    Fine,
    NotSqlite,     // not the SQLite magic and no sign of a Clientele workspace
    DamagedHeader, // a Clientele workspace (application id) whose header is no longer valid
    Truncated,     // shorter than the page count its header records
};
FileHeaderState inspectFileHeader(const QString &path);

// A rollback journal left by a process killed during a write (the first import into a new workspace
// uses one): SQLite rolls it back on the next write access.
bool hasHotJournal(const QString &path);

// "The workspace … is damaged …; nothing was changed." and how to recover it.
QString damagedMessage(const QString &path);

// The space a commit and the checkpoint after it still need on the workspace's disk.
struct SpaceEstimate
{
    qint64 neededBytes = 0;    // still to be written: WAL frames not yet written + growth of the file
    qint64 availableBytes = 0; // free on the file system (or the injected figure)
};

// Taken before the transaction starts.
struct SpaceBaseline
{
    qint64 usedPages = 0; // page_count - freelist_count
    qint64 walBytes = 0;
};
SpaceBaseline spaceBaseline(sqlite3 *db, const QString &path);

// Estimated inside the transaction, before COMMIT: every page used since the baseline goes once into the
// WAL (those already spilled are in the WAL file) and is copied into the file by the checkpoint, which
// grows it; a rollback journal (a first import) writes new pages straight into the file. `freeBytes`
// replaces the file system's figure (tests).
SpaceEstimate estimateCommitSpace(
    sqlite3 *db, const QString &path, const SpaceBaseline &baseline, std::optional<qint64> freeBytes = {});

// "Not enough free space …: about X MB are needed, Y MB are free." with the figures rounded up.
QString notEnoughSpaceMessage(const QString &path, const SpaceEstimate &estimate);

// After a commit in WAL mode: copies the WAL into the file and truncates it. Returns false (and the
// reason) when the checkpoint failed for another reason than a reader still looking at older pages.
bool checkpointAfterCommit(sqlite3 *db, QString *error);

} // namespace clientele
