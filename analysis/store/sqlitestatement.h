#pragma once

#include <QString>
#include <QtGlobal>

#include <sqlite3.h>

#include <string_view>

namespace clientele {

// A prepared statement that finalizes itself; binding indices are 1-based as in SQLite.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const;

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindDouble(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bind(int index, std::string_view utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // The text must stay alive until step() and reset() are done: no copy is made.
    void bindStatic(int index, std::string_view utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    void bind(int index, const QString &text);
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

    // Runs to the next row: SQLITE_ROW, SQLITE_DONE or an error code.
    // Damage (SQLITE_CORRUPT, SQLITE_NOTADB) is noted on the connection (workspacehealth.h).
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) [[unlikely]]
            noteFailure(rc);
        return rc;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step() or reset().
    std::string_view utf8(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return bytes ? std::string_view(bytes, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }

private:
    void noteFailure(int resultCode);
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace clientele
