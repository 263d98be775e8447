// The analysis side of clientele-cli: summary sections and customer-list export.
#include "app/cli/analysiscommands.h"
#include "app/cli/command.h"

#include "analysis/engine/customerlist.h"
#include "analysis/engine/parameterkeys.h"
#include "analysis/store/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace clientele::cli {

bool addAnalysisOptions(QCommandLineParser &parser)
{
    return parser.addOptions({
        {QStringLiteral("as-of"), QStringLiteral("Analysis date YYYY-MM-DD (default: the day of the latest order)."),
            QStringLiteral("DATE")},
        {QStringLiteral("k"), QStringLiteral("Number of clusters (default: chosen by silhouette from 2..10)."),
            QStringLiteral("K")},
        {QStringLiteral("seed"), QStringLiteral("Random seed for clustering (default 1)."), QStringLiteral("S")},
        {QStringLiteral("no-prediction"), QStringLiteral("Skip the BG/NBD repurchase and churn prediction.")},
        {QStringLiteral("horizon"), QStringLiteral("Prediction horizon in days (default 90)."), QStringLiteral("DAYS")},
        {QStringLiteral("set"),
            QStringLiteral("Set an analysis parameter, e.g. rfm/method=thresholds (repeatable; "
                           "`clientele-cli parameters` lists them)."),
            QStringLiteral("KEY=VALUE")},
    });
}

std::optional<AnalysisParameters> analysisParameters(const QCommandLineParser &parser, QString *error)
{
    AnalysisParameters parameters;
    if (parser.isSet(QStringLiteral("as-of"))) {
        parameters.asOfDay = dayFromIsoDate(parser.value(QStringLiteral("as-of")));
        if (!parameters.asOfDay) {
            *error = QStringLiteral("--as-of must be a date like 2024-12-31");
            return std::nullopt;
        }
    }
    bool ok = true;
    parameters.prediction.enabled = !parser.isSet(QStringLiteral("no-prediction"));
    if (parser.isSet(QStringLiteral("horizon"))) {
        parameters.prediction.horizonDays = parser.value(QStringLiteral("horizon")).toInt(&ok);
        if (!ok || parameters.prediction.horizonDays < 1 || parameters.prediction.horizonDays > 3650) {
            *error = QStringLiteral("--horizon must be a number of days from 1 to 3650");
            return std::nullopt;
        }
    }
    if (const QString problem = applyParameterAssignments(parameters, parser.values(QStringLiteral("set")));
        !problem.isEmpty()) {
        *error = QStringLiteral("--set: ") + problem;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("k"))) {
        parameters.clusters.k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || parameters.clusters.k < 2 || parameters.clusters.k > 20) {
            *error = QStringLiteral("--k must be a number from 2 to 20");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        parameters.clusters.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed must be a non-negative number");
            return std::nullopt;
        }
    }
    return parameters;
}

std::optional<AnalysisRun> runWorkspaceAnalyses(
    const Workspace &workspace, const QTimeZone &zone, const AnalysisParameters &parameters, QString *error)
{
    AnalysisRun run;
    run.table = loadCustomerTable(workspace, zone, error);
    if (!error->isEmpty())
        return std::nullopt;
    run.results = runAnalyses(run.table, parameters);
    return run;
}

int exportCustomers(const QCommandLineParser &parser, const Workspace &workspace, const QTimeZone &zone, QString *error)
{
    const std::optional<AnalysisParameters> parameters = analysisParameters(parser, error);
    if (!parameters)
        return UsageError;
    CustomerFilter filter;
    const bool wantsClusters = parser.isSet(QStringLiteral("cluster"));
    AnalysisParameters effective = *parameters;
    effective.computeClusters = true;     // the list always carries the cluster columns
    effective.prediction.enabled = false; // not among the list's columns (yet)
    std::optional<AnalysisRun> run = runWorkspaceAnalyses(workspace, zone, effective, error);
    if (!run)
        return BadInput;
    const AnalysisResults &results = run->results;
    if (parser.isSet(QStringLiteral("segment"))) {
        filter.segment = segmentByName(parser.value(QStringLiteral("segment")), error);
        if (!filter.segment)
            return BadInput;
    }
    if (parser.isSet(QStringLiteral("stage"))) {
        filter.stage = stageByName(parser.value(QStringLiteral("stage")), error);
        if (!filter.stage)
            return BadInput;
    }
    if (parser.isSet(QStringLiteral("tier"))) {
        filter.tier = tierByName(parser.value(QStringLiteral("tier")), results.tiers, error);
        if (!filter.tier)
            return BadInput;
    }
    if (wantsClusters) {
        bool ok = false;
        const int cluster = parser.value(QStringLiteral("cluster")).toInt(&ok);
        if (!ok || cluster < 0 || cluster >= results.clusters.k) {
            *error = QStringLiteral("--cluster must be a cluster number from 0 to %1").arg(results.clusters.k - 1);
            return BadInput;
        }
        filter.cluster = cluster;
    }
    const std::vector<quint32> customers = filterCustomers(run->table, results, filter);
    const ExportTable table = customerListTable(run->table, results, customers);
    const QString out = parser.value(QStringLiteral("out"));
    const bool xlsx = out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    bool written = false;
    if (xlsx) {
        written = writeXlsx(out, table, QStringLiteral("Customers"), error, workspace.path());
    } else {
        QByteArray encoding;
        if (parser.isSet(QStringLiteral("encoding"))) {
            const QString e = parser.value(QStringLiteral("encoding")).toLower();
            encoding = (e == u"gbk" || e == u"gb2312" || e == u"gb18030") ? QByteArray("GB18030") : e.toLatin1();
        }
        written = writeCsv(out, table, encoding, error, workspace.path());
    }
    if (!written)
        return BadInput;
    Command::out() << table.rows.size() << " customers written to " << out << " (as of "
                   << dayToIsoDate(results.asOfDay) << ")\n";
    return Ok;
}

int runParameters(const QStringList &arguments)
{
    Command command(QStringLiteral("clientele-cli parameters"));
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usage(QStringLiteral("parameters takes no arguments"));
    QTextStream &out = Command::out();
    out << "Analysis parameters (set with --set KEY=VALUE on summary and export; the GUI keeps them in its "
           "settings under the same keys):\n\n";
    const AnalysisParameters defaults;
    for (const ParameterKey &key : analysisParameterKeys())
        out << "  " << key.key << " = " << analysisParameterText(defaults, key.key) << "\n      " << parameterHelp(key)
            << '\n';
    return Ok;
}

} // namespace clientele::cli
