#include "analysis/store/multirowinsert.h"

namespace clientele {

MultiRowInsert::MultiRowInsert(sqlite3 *db, std::string head, int columns, int rowsPerStatement)
    : m_db(db)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
{
}

SqliteStatement *MultiRowInsert::statementFor(int rows)
{
    std::unique_ptr<SqliteStatement> &statement = m_statements[rows];
    if (!statement) {
        std::string sql = m_head + " VALUES";
        for (int r = 0; r < rows; ++r) {
            sql += r == 0 ? "(" : ",(";
            for (int c = 0; c < m_columns; ++c)
                sql += c == 0 ? "?" : ",?";
            sql += ')';
        }
        statement = std::make_unique<SqliteStatement>(m_db, sql.c_str());
    }
    if (!statement->isValid()) {
        m_error = statement->errorMessage();
        return nullptr;
    }
    return statement.get();
}

} // namespace clientele
