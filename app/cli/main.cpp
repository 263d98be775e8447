#include "app/cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace clientele::cli;

static const char *const Usage = R"(Usage: clientele-cli COMMAND [OPTIONS]

Commands:
  import FILE... --db W [--map ROLE=COLUMN]... [--encoding E] [--delimiter D] [--sheet S]
                 [--layout L] [--date-order dmy|mdy] [--timezone ZONE] [--exclude-statuses LIST]
      Import order exports (CSV/TSV/XLSX) into the workspace W (created if missing).
  summary --db W [--json] [--timezone ZONE] [--as-of DATE] [--k K] [--seed S] [--no-analyses]
      Totals of the workspace (orders, customers, net revenue, first/last order date) and, with
      --json, the analyses: rfm grid, segments, lifecycle, pareto, tiers, clusters.
  export --db W (--segment NAME | --stage S | --tier T | --cluster K)... --out FILE.csv|FILE.xlsx
         [--encoding gbk] [--as-of DATE] [--timezone ZONE]
      Write a customer list with all scores (CSV: UTF-8 with BOM unless --encoding).
  demo --db W [--orders N] [--seed S]
      Create a realistic, seeded demo workspace W.
  rejects --db W [--import ID] --out FILE.csv
      Export the rejected rows (line, column, reason, raw text) as UTF-8 CSV.

Options common to all commands: --help, --version.
Exit codes: 0 ok, 1 usage error, 2 bad input (message on stderr).
)";

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clientele-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == u"--version" || command == u"-v") {
        out << "clientele-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        (command.isEmpty() ? err : out) << QString::fromUtf8(Usage);
        return command.isEmpty() ? UsageError : Ok;
    }
    arguments.removeAt(1);
    if (command == u"import")
        return runImport(arguments);
    if (command == u"summary")
        return runSummary(arguments);
    if (command == u"demo")
        return runDemo(arguments);
    if (command == u"rejects")
        return runRejects(arguments);
    if (command == u"export")
        return runExport(arguments);
    err << "clientele-cli: unknown command \"" << command << "\"\n\n" << QString::fromUtf8(Usage);
    return UsageError;
}
