#pragma once

#include "analysis/store/sqlitestatement.h"

#include <QString>

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace clientele {

// INSERT statements of many rows each, for bulk loads: SQLite's per-statement work (starting the
// program, reset, clearing bindings) is paid once per `rowsPerStatement` rows instead of once per row.
class MultiRowInsert
{
public:
    // `head` is "INSERT INTO table(column, ...)"; `columns` the number of columns it names.
    MultiRowInsert(sqlite3 *db, std::string head, int columns, int rowsPerStatement = 64);

    // Inserts `count` rows; bindRow(statement, firstParameter, row) binds row `row` (0-based) into
    // parameters firstParameter .. firstParameter + columns - 1. False on an SQLite error (see error()).
    template <class BindRow> bool insert(size_t count, BindRow &&bindRow)
    {
        for (size_t done = 0; done < count;) {
            const int rows = int(std::min<size_t>(count - done, size_t(m_rowsPerStatement)));
            SqliteStatement *statement = statementFor(rows);
            if (!statement)
                return false;
            for (int r = 0; r < rows; ++r)
                bindRow(*statement, 1 + r * m_columns, done + size_t(r));
            const int rc = statement->step();
            statement->reset();
            if (rc != SQLITE_DONE) {
                m_error = statement->errorMessage();
                return false;
            }
            done += size_t(rows);
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    SqliteStatement *statementFor(int rows);

    sqlite3 *m_db;
    std::string m_head;
    int m_columns;
    int m_rowsPerStatement;
    std::map<int, std::unique_ptr<SqliteStatement>> m_statements; // by number of rows
    QString m_error;
};

} // namespace clientele
