#include "analysis/tiers/tierdesignstore.h"

#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"

#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Rolls back unless committed: every early return leaves the workspace as it was.
class Transaction
{
public:
    explicit Transaction(Workspace &workspace, QString *error)
        : m_workspace(workspace)
    {
        m_open = m_workspace.exec("BEGIN IMMEDIATE", error);
    }
    ~Transaction()
    {
        if (m_open)
            m_workspace.exec("ROLLBACK");
    }
    bool isOpen() const { return m_open; }
    bool commit(QString *error)
    {
        m_open = !m_workspace.exec("COMMIT", error);
        return !m_open;
    }

private:
    Workspace &m_workspace;
    bool m_open = false;
};

std::optional<TierDesign> parseStored(const QString &name, const QString &definition, QString *error)
{
    QString reason;
    std::optional<TierDesign> design = tierDesignFromJson(definition.toUtf8(), &reason);
    if (!design) {
        if (error)
            *error = u"The saved tier design \"%1\" is damaged: %2"_s.arg(name, reason);
        return std::nullopt;
    }
    design->name = name; // the key wins over a name edited inside the JSON
    return design;
}

} // namespace

bool saveTierDesign(Workspace &workspace, const TierDesign &design, QString *error)
{
    const QString invalid = validateTierDesign(design);
    if (!invalid.isEmpty())
        return fail(error, invalid);
    TierDesign stored = design;
    stored.name = design.name.trimmed();
    Transaction transaction(workspace, error);
    if (!transaction.isOpen())
        return false;
    SqliteStatement upsert(workspace.handle(),
        "INSERT INTO tier_designs(name, definition, created_at, updated_at) VALUES(?1, ?2, ?3, ?3) "
        "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, "
        "updated_at = excluded.updated_at");
    if (!upsert.isValid())
        return fail(error, u"Cannot save the tier design: %1."_s.arg(upsert.errorMessage()));
    upsert.bind(1, stored.name);
    upsert.bind(2, QString::fromUtf8(QJsonDocument(tierDesignToJson(stored)).toJson(QJsonDocument::Compact)));
    upsert.bind(3, QDateTime::currentSecsSinceEpoch());
    if (upsert.step() != SQLITE_DONE)
        return fail(error, u"Cannot save the tier design: %1."_s.arg(upsert.errorMessage()));
    return transaction.commit(error);
}

std::vector<TierDesign> loadTierDesigns(const Workspace &workspace, QString *error)
{
    std::vector<TierDesign> designs;
    // One SELECT reads one consistent snapshot of the table: no explicit transaction needed.
    SqliteStatement select(workspace.handle(), "SELECT name, definition FROM tier_designs ORDER BY name");
    if (!select.isValid()) {
        fail(error, u"Cannot read the tier designs: %1."_s.arg(select.errorMessage()));
        return designs;
    }
    QStringList damaged;
    while (select.step() == SQLITE_ROW) {
        QString reason;
        std::optional<TierDesign> design = parseStored(select.text(0), select.text(1), &reason);
        if (design)
            designs.push_back(std::move(*design));
        else
            damaged.append(reason);
    }
    if (!damaged.isEmpty())
        fail(error, damaged.join(u' '));
    return designs;
}

std::optional<TierDesign> loadTierDesign(const Workspace &workspace, const QString &name, QString *error)
{
    SqliteStatement select(workspace.handle(), "SELECT name, definition FROM tier_designs WHERE name = ?1");
    if (!select.isValid()) {
        fail(error, u"Cannot read the tier designs: %1."_s.arg(select.errorMessage()));
        return std::nullopt;
    }
    select.bind(1, name.trimmed());
    if (select.step() != SQLITE_ROW) {
        fail(error, u"There is no tier design named \"%1\"."_s.arg(name));
        return std::nullopt;
    }
    return parseStored(select.text(0), select.text(1), error);
}

bool deleteTierDesign(Workspace &workspace, const QString &name, QString *error)
{
    Transaction transaction(workspace, error);
    if (!transaction.isOpen())
        return false;
    SqliteStatement remove(workspace.handle(), "DELETE FROM tier_designs WHERE name = ?1");
    if (!remove.isValid())
        return fail(error, u"Cannot delete the tier design: %1."_s.arg(remove.errorMessage()));
    remove.bind(1, name.trimmed());
    if (remove.step() != SQLITE_DONE)
        return fail(error, u"Cannot delete the tier design: %1."_s.arg(remove.errorMessage()));
    if (sqlite3_changes(workspace.handle()) == 0)
        return fail(error, u"There is no tier design named \"%1\"."_s.arg(name));
    return transaction.commit(error);
}

} // namespace clientele
