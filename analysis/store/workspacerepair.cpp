#include "analysis/store/workspacerepair.h"

#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"
#include "analysis/store/workspacehealth.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <limits>
#include <memory>

namespace clientele {

namespace {

struct RepairText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::WorkspaceRepair)
};

// Referenced tables first, so that the report says which references were lost.
constexpr const char *CopiedTables[] = {"imports", "customers", "orders", "returns", "rejected_rows", "tier_designs"};

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Statement prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return Statement(statement);
}

QList<QByteArray> columnsOf(sqlite3 *db, const char *table)
{
    QList<QByteArray> columns;
    Statement info = prepare(db, QByteArray("PRAGMA table_info(") + table + ')');
    while (info && sqlite3_step(info.get()) == SQLITE_ROW)
        columns.append(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 1)));
    return columns;
}

// Copies one table in row-id order. A damaged page stops a scan; the copier then looks for the first
// row id after it from which a scan works again (doubling the step, then halving the gap) and goes on
// from there, so only the rows on unreadable pages are lost.
class TableCopier
{
public:
    TableCopier(sqlite3 *from, sqlite3 *to, const char *table)
        : m_table(table)
    {
        const QList<QByteArray> columns = columnsOf(to, table);
        const QByteArray list = columns.join(", ");
        QByteArray placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders += (i ? ", ?" : "?") + QByteArray::number(i + 1);
        m_columns = int(columns.size());
        m_select = prepare(from, "SELECT rowid, " + list + " FROM " + table + " WHERE rowid >= ?1 ORDER BY rowid");
        m_insert
            = prepare(to, "INSERT OR IGNORE INTO " + QByteArray(table) + '(' + list + ") VALUES(" + placeholders + ')');
        m_to = to;
    }

    RepairedTable run()
    {
        RepairedTable result;
        result.table = QString::fromLatin1(m_table);
        if (!m_select || !m_insert || m_columns == 0) {
            result.unreadable = true;
            return result;
        }
        qint64 start = std::numeric_limits<qint64>::min();
        for (;;) {
            qint64 last = 0;
            bool any = false;
            if (copyFrom(start, &result.recovered, &last, &any) == SQLITE_DONE)
                break;
            const qint64 bad = any ? last + 1 : start;
            const std::optional<qint64> resume = firstReadableAfter(bad);
            if (!resume) {
                result.unreadable = result.recovered == 0;
                break;
            }
            result.unreadableIds += *resume - bad;
            start = *resume;
        }
        return result;
    }

private:
    int copyFrom(qint64 start, qint64 *recovered, qint64 *last, bool *any)
    {
        sqlite3_stmt *select = m_select.get();
        sqlite3_reset(select);
        sqlite3_bind_int64(select, 1, start);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
            sqlite3_stmt *insert = m_insert.get();
            sqlite3_reset(insert);
            for (int i = 0; i < m_columns; ++i)
                sqlite3_bind_value(insert, i + 1, sqlite3_column_value(select, i + 1));
            if (sqlite3_step(insert) == SQLITE_DONE && sqlite3_changes(m_to) > 0)
                ++*recovered;
            *last = sqlite3_column_int64(select, 0);
            *any = true;
        }
        return rc;
    }

    // Whether a scan from `start` reads its first row (or finds the end) without an error.
    bool readsFrom(qint64 start)
    {
        sqlite3_stmt *select = m_select.get();
        sqlite3_reset(select);
        sqlite3_bind_int64(select, 1, start);
        const int rc = sqlite3_step(select);
        sqlite3_reset(select);
        return rc == SQLITE_ROW || rc == SQLITE_DONE;
    }

    std::optional<qint64> firstReadableAfter(qint64 bad)
    {
        qint64 failing = bad;
        qint64 step = 1;
        qint64 readable = 0;
        for (;;) {
            if (bad > std::numeric_limits<qint64>::max() - step)
                return std::nullopt;
            const qint64 candidate = bad + step;
            if (readsFrom(candidate)) {
                readable = candidate;
                break;
            }
            failing = candidate;
            if (step > std::numeric_limits<qint64>::max() / 2)
                return std::nullopt;
            step *= 2;
        }
        while (readable - failing > 1) {
            const qint64 middle = failing + (readable - failing) / 2;
            (readsFrom(middle) ? readable : failing) = middle;
        }
        return readable;
    }

    const char *m_table;
    sqlite3 *m_to = nullptr;
    int m_columns = 0;
    Statement m_select;
    Statement m_insert;
};

qint64 scalarOr(sqlite3 *db, const char *sql, qint64 fallback)
{
    SqliteStatement statement(db, sql);
    return statement.isValid() && statement.step() == SQLITE_ROW ? statement.int64(0) : fallback;
}

// Orders and returns whose customer or import row was lost get a stand-in row, and every customer's totals
// are recomputed from what was recovered (they must add up to the orders the workspace holds).
bool rebuildReferences(Workspace &out, RepairReport *report)
{
    sqlite3 *db = out.handle();
    if (!out.exec("INSERT INTO imports(id, file_name, file_path, file_sha256, file_size, imported_at, format, "
                  "layout, mapping) SELECT id, '(lost in repair)', '', '', 0, 0, '', '', '' FROM (SELECT import_id "
                  "AS id FROM orders UNION SELECT import_id FROM returns UNION SELECT import_id FROM rejected_rows) "
                  "WHERE id NOT IN (SELECT id FROM imports)"))
        return false;
    report->placeholderImports = sqlite3_changes(db);
    if (!out.exec("INSERT INTO customers(id, customer_key, key_kind) SELECT id, 'recovered-' || id, 'customer_id' "
                  "FROM (SELECT customer_id AS id FROM orders UNION SELECT customer_id FROM returns) "
                  "WHERE id NOT IN (SELECT id FROM customers)"))
        return false;
    report->placeholderCustomers = sqlite3_changes(db);
    return out.exec("UPDATE customers SET order_count = 0, gross_amount = 0, returned_amount = 0, "
                    "first_order_at = NULL, last_order_at = NULL")
        && out.exec("UPDATE customers SET order_count = o.n, gross_amount = o.g, first_order_at = o.f, "
                    "last_order_at = o.l FROM (SELECT customer_id, count(*) AS n, sum(net_amount) AS g, "
                    "min(ordered_at) AS f, max(ordered_at) AS l FROM orders GROUP BY customer_id) AS o "
                    "WHERE customers.id = o.customer_id")
        && out.exec("UPDATE customers SET returned_amount = r.a FROM (SELECT customer_id, sum(amount) AS a "
                    "FROM returns GROUP BY customer_id) AS r WHERE customers.id = r.customer_id");
}

} // namespace

RepairReport repairWorkspace(const QString &damagedPath, const QString &outPath)
{
    RepairReport report;
    if (!QFileInfo::exists(damagedPath)) {
        report.error = RepairText::tr("The workspace %1 does not exist.").arg(damagedPath);
        return report;
    }
    if (QFileInfo::exists(outPath)) {
        report.error = RepairText::tr("%1 already exists; the recovered workspace is written only into a new file.")
                           .arg(outPath);
        return report;
    }
    sqlite3 *raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(damagedPath);
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, void (*)(sqlite3 *)> from(raw, [](sqlite3 *db) {
        forgetConnection(db); // statements on the damaged file noted its damage
        sqlite3_close_v2(db);
    });
    if (rc != SQLITE_OK || scalarOr(raw, "SELECT count(*) FROM sqlite_schema", -1) < 0) {
        report.error = RepairText::tr("Nothing of %1 can be read: %2. Restore it from a backup.")
                           .arg(QFileInfo(damagedPath).fileName(), QString::fromUtf8(sqlite3_errmsg(raw)));
        return report;
    }
    QString error;
    std::unique_ptr<Workspace> out = Workspace::open(outPath, &error);
    if (!out) {
        report.error = error;
        return report;
    }
    out->exec("PRAGMA foreign_keys=OFF");
    bool ok = out->exec("BEGIN IMMEDIATE", &error);
    for (const char *table : CopiedTables) {
        if (!ok)
            break;
        report.tables.push_back(TableCopier(raw, out->handle(), table).run());
    }
    ok = ok && rebuildReferences(*out, &report);
    if (ok && !report.tables.empty() && report.tables.front().unreadableIds == 0 && !report.tables.front().unreadable) {
        // The import records count what each import added: what the other tables should hold.
        const char *const expected[][2] = {{"orders", "SELECT sum(orders_added) FROM imports"},
            {"returns", "SELECT sum(returns_added) FROM imports"},
            {"rejected_rows", "SELECT sum(rejected_rows) FROM imports"}};
        for (RepairedTable &table : report.tables)
            for (const auto &[name, sql] : expected)
                if (table.table == QLatin1String(name))
                    table.expected = scalarOr(out->handle(), sql, 0);
    }
    if (!ok || !out->exec("COMMIT", &error)) {
        if (error.isEmpty())
            error = QString::fromUtf8(sqlite3_errmsg(out->handle()));
        out.reset();
        QFile::remove(outPath);
        report.tables.clear();
        report.error = RepairText::tr("Cannot write the recovered workspace %1: %2").arg(outPath, error);
        return report;
    }
    out->exec("PRAGMA foreign_keys=ON");
    return report;
}

} // namespace clientele
