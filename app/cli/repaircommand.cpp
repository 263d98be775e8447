#include "app/cli/command.h"

#include "analysis/store/workspacerepair.h"

#include <QCommandLineParser>

namespace clientele::cli {

int runRepair(const QStringList &arguments)
{
    Command command;
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(
        QStringLiteral("Copy what can still be read of a damaged workspace into a new workspace."));
    command.addDatabaseOption(QStringLiteral("The damaged workspace (only read)."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("The new workspace to write (must not exist)."),
        QStringLiteral("FILE")});
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QString out = command.value(QStringLiteral("out"));
    if (command.database().isEmpty() || out.isEmpty())
        return command.usage(QStringLiteral("repair needs --db DAMAGED and --out NEW"));
    const RepairReport report = repairWorkspace(command.database(), out);
    if (!report.error.isEmpty())
        return command.badInput(report.error);
    QTextStream &o = Command::out();
    o << "Recovered into " << out << ":\n";
    qint64 lost = 0;
    for (const RepairedTable &table : report.tables) {
        o << "  " << QString(table.table + u':').leftJustified(15) << table.recovered << " rows";
        if (table.unreadable) {
            o << " (the table could not be read)";
        } else if (table.expected) {
            o << " of " << *table.expected;
            lost += std::max<qint64>(*table.expected - table.recovered, 0);
            if (*table.expected > table.recovered)
                o << " (" << (*table.expected - table.recovered) << " lost)";
        } else if (table.unreadableIds > 0) {
            lost += table.unreadableIds;
            o << " (at most " << table.unreadableIds << " lost on unreadable pages)";
        }
        o << '\n';
    }
    if (report.placeholderCustomers > 0)
        o << "  " << report.placeholderCustomers
          << " customers were lost but have recovered orders or returns; they are named recovered-ID.\n";
    if (report.placeholderImports > 0)
        o << "  " << report.placeholderImports
          << " import records were lost; their rows are kept under \"(lost in repair)\".\n";
    o << (lost > 0 ? "Some rows were lost: import the original exports into the new workspace again to get "
                     "them back (orders already present are skipped).\n"
                   : "Nothing was lost.\n");
    o.flush();
    return Ok;
}

} // namespace clientele::cli
