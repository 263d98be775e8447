#include "app/cli/command.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace clientele::cli;

static const char *const Usage = R"(Usage: clientele-cli COMMAND [OPTIONS]

Commands:
  import FILE... --db W [--map ROLE=COLUMN]... [--encoding E] [--delimiter D] [--sheet S]
                 [--layout L] [--date-order dmy|mdy] [--timezone ZONE] [--exclude-statuses LIST]
      Import order exports (CSV/TSV/XLSX) into the workspace W (created if missing).
  summary --db W [--json] [--timezone ZONE] [--as-of DATE] [--k K] [--seed S] [--set KEY=VALUE]...
          [--no-analyses]
      Totals of the workspace (orders, customers, net revenue, first/last order date) and, with
      --json, the analyses: rfm grid, segments, lifecycle, pareto, tiers, clusters.
  export --db W (--segment NAME | --stage S | --tier T | --cluster K)... --out FILE.csv|FILE.xlsx
         [--encoding gbk] [--as-of DATE] [--timezone ZONE] [--set KEY=VALUE]...
      Write a customer list with all scores (CSV: UTF-8 with BOM unless --encoding).
  parameters
      List the analysis parameters --set accepts (RFM scoring and cut points, lifecycle stages,
      80/20 head, tier window, clusters), with their defaults and meaning.
  demo --db W [--orders N] [--seed S]
      Create a realistic, seeded demo workspace W.
  generate --out FILE.csv|FILE.xlsx [--orders N] [--seed S] [--layout L] [--encoding E] [--delimiter D]
           [--crlf] [--start DATE] [--days N] [--r X --alpha X --a X --b X] [--closed X] [--returns X]
           [--dirty X] [--groups K] [--json]
      Write a seeded order export in a platform's layout (generic, taobao, jd, youzan, shopify,
      woocommerce, online-retail): BG/NBD customers with known parameters, or K planted behaviour
      groups; damaged rows on request. Prints what was written (rows, orders, true parameters).
  rejects --db W [--import ID] --out FILE.csv
      Export the rejected rows (line, column, reason, raw text) as UTF-8 CSV.
  tiers --db W (--list | --save NAME --thresholds 0,1000,5000 [--orders 0,0,10] [--benefits 0,2,5]
        [--downgrade earned|one] [--window DAYS] | --design NAME [--pdf FILE] | --compare A,B | --delete NAME)
        [--json] [--as-of DATE] [--timezone ZONE]
      Tier designs: save, list, evaluate (members, re-rating moves, benefit cost), compare, PDF report.
  repair --db DAMAGED --out NEW
      Copy what SQLite can still read of a damaged workspace into a new workspace, table by table,
      and report the rows recovered and lost per table.

Options common to all commands: --help, --version.
Exit codes: 0 ok, 1 usage error, 2 bad input or a damaged workspace (message on stderr).
)";

// Only the PDF report needs fonts, hence QtGui; everything else stays a plain console program.
static bool needsGui(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "tiers") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strcmp(argv[i], "-pdf") == 0
            || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
    const std::pair<const char16_t *, int (*)(const QStringList &)> commands[] = {{u"import", runImport},
        {u"summary", runSummary}, {u"demo", runDemo}, {u"generate", runGenerate}, {u"parameters", runParameters},
        {u"rejects", runRejects}, {u"export", runExport}, {u"tiers", runTiers}, {u"repair", runRepair}};
    for (const auto &[name, run] : commands) {
        if (command == QStringView(name)) {
            const int exitCode = run(arguments);
            Command::out().flush();
            Command::err().flush();
            return exitCode;
        }
    }
    err << "clientele-cli: unknown command \"" << command << "\"\n\n" << QString::fromUtf8(Usage);
    return UsageError;
}
