#include "app/cli/commands.h"

#include "app/cli/analysiscommands.h"
#include "app/cli/command.h"

#include "analysis/core/money.h"
#include "analysis/generate/ordergenerator.h"
#include "analysis/import/importer.h"
#include "analysis/store/csvexport.h"
#include "analysis/store/workspace.h"
#include "analysis/store/workspacehealth.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace clientele::cli {

namespace {

QTextStream &out()
{
    return Command::out();
}

void printSummary(const ImportSummary &s)
{
    QTextStream &o = out();
    o << s.fileName << ": " << s.message << '\n';
    if (s.outcome == ImportSummary::Outcome::Failed || s.outcome == ImportSummary::Outcome::Cancelled)
        return;
    o << "  format:                 " << s.formatDescription << '\n'
      << "  layout:                 " << layoutDisplayName(s.layout) << '\n';
    if (!s.dateOrderUsed.isEmpty())
        o << "  day/month order:        " << s.dateOrderUsed << '\n';
    o << "  data rows read:         " << s.rowsRead << '\n'
      << "  orders added:           " << s.ordersAdded << '\n'
      << "  orders already present: " << s.ordersAlreadyPresent << '\n'
      << "  returns added:          " << s.returnsAdded << '\n';
    if (s.returnsAlreadyPresent > 0)
        o << "  returns already present: " << s.returnsAlreadyPresent << '\n';
    o << "  new customers:          " << s.newCustomers << '\n'
      << "  net amount added:       " << minorUnitsText(s.netAmountAddedMinor) << '\n'
      << "  excluded by status:     " << s.excludedByStatus << '\n';
    for (auto it = s.excludedByStatusValue.cbegin(); it != s.excludedByStatusValue.cend(); ++it)
        o << "      " << it.key() << ": " << it.value() << '\n';
    o << "  duplicate rows:         " << s.duplicateRows << (s.duplicateRowsKept ? " (kept)" : " (counted once)")
      << '\n';
    o << "  rejected rows:          " << s.rejectedRows << '\n';
    for (auto it = s.rejectsByReason.cbegin(); it != s.rejectsByReason.cend(); ++it)
        o << "      " << it.key() << ": " << it.value() << '\n';
    if (!s.rejectionExamples.isEmpty()) {
        o << "  first rejected rows:\n";
        for (const QString &example : s.rejectionExamples)
            o << "      " << example << '\n';
        if (s.importId > 0)
            o << "  all rejected rows: clientele-cli rejects --db W --import " << s.importId << " --out FILE.csv\n";
    }
    o.flush();
}

} // namespace

int runImport(const QStringList &arguments)
{
    Command command;
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(QStringLiteral("Import order exports into a workspace."));
    parser.addPositionalArgument(
        QStringLiteral("files"), QStringLiteral("CSV, TSV or XLSX files"), QStringLiteral("FILE..."));
    command.addDatabaseOption(QStringLiteral("Workspace file (created if missing)."));
    command.addTimeZoneOption(QStringLiteral("Time zone of times written without offset (default: the system's)."));
    parser.addOptions({
        {QStringLiteral("map"), QStringLiteral("Override a column role, e.g. customer_id=会员ID or amount=5."),
            QStringLiteral("ROLE=COLUMN")},
        {QStringLiteral("encoding"), QStringLiteral("Text encoding (default: detected), e.g. utf-8, gbk, utf-16."),
            QStringLiteral("E")},
        {QStringLiteral("delimiter"), QStringLiteral("Field delimiter: , ; tab or | (default: detected)."),
            QStringLiteral("D")},
        {QStringLiteral("sheet"), QStringLiteral("Worksheet of an .xlsx file (default: the first)."),
            QStringLiteral("S")},
        {QStringLiteral("layout"),
            QStringLiteral("Force a layout: generic, taobao, jd, youzan, shopify, woocommerce, online-retail."),
            QStringLiteral("L")},
        {QStringLiteral("date-order"),
            QStringLiteral("For dates like 3/5/2024: dmy or mdy (default: decided from the column)."),
            QStringLiteral("ORDER")},
        {QStringLiteral("exclude-statuses"),
            QStringLiteral("Comma-separated statuses that are not sales (replaces the default list)."),
            QStringLiteral("LIST")},
        {QStringLiteral("keep-duplicate-rows"),
            QStringLiteral("Import rows that repeat an earlier row of the file exactly (default: count them once).")},
        {QStringLiteral("timings"), QStringLiteral("Print how long each step of the import took (to standard error).")},
    });
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (command.database().isEmpty())
        return command.usage(QStringLiteral("import needs --db WORKSPACE"));
    if (files.isEmpty())
        return command.usage(QStringLiteral("import needs at least one FILE"));

    ImportOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.mapOverrides = parser.values(QStringLiteral("map"));
    const std::optional<char> delimiter = command.delimiter();
    if (!delimiter)
        return UsageError;
    options.delimiter = *delimiter;
    if (parser.isSet(QStringLiteral("layout"))) {
        options.layout = layoutFromKey(parser.value(QStringLiteral("layout")));
        if (!options.layout)
            return command.usage(QStringLiteral("unknown --layout \"%1\"").arg(parser.value(QStringLiteral("layout"))));
    }
    const QString dateOrder = parser.value(QStringLiteral("date-order")).toLower();
    if (dateOrder == u"dmy" || dateOrder == u"day-first")
        options.dateOrder = DateOrder::DayFirst;
    else if (dateOrder == u"mdy" || dateOrder == u"month-first")
        options.dateOrder = DateOrder::MonthFirst;
    else if (!dateOrder.isEmpty())
        return command.usage(QStringLiteral("--date-order must be dmy or mdy"));
    const std::optional<QTimeZone> zone = command.timeZone();
    if (!zone)
        return UsageError;
    options.timeZone = *zone;
    if (parser.isSet(QStringLiteral("exclude-statuses")))
        options.excludedStatuses = parser.value(QStringLiteral("exclude-statuses")).split(u',', Qt::SkipEmptyParts);

    options.keepDuplicateRows = parser.isSet(QStringLiteral("keep-duplicate-rows"));

    auto workspace = command.openWorkspace(Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return BadInput;
    int exitCode = Ok;
    for (const QString &file : files) {
        const ImportSummary summary = importFile(*workspace, file, options);
        if (parser.isSet(QStringLiteral("timings"))) {
            for (const auto &[phase, ms] : summary.phaseMillis)
                Command::err() << "  " << phase << ": " << ms << " ms\n";
            Command::err().flush();
        }
        if (summary.outcome == ImportSummary::Outcome::Completed) {
            printSummary(summary);
        } else {
            printSummary(summary);
            exitCode = command.badInput(summary.fileName + u": " + summary.message);
        }
    }
    return exitCode;
}

int runSummary(const QStringList &arguments)
{
    Command command;
    QCommandLineParser &parser = command.parser();
    command.addDatabaseOption(QStringLiteral("Workspace file."));
    command.addTimeZoneOption();
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
        {QStringLiteral("no-analyses"),
            QStringLiteral("Only the workspace totals (no RFM, lifecycle, tiers, clusters).")},
    });
    addAnalysisOptions(parser);
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    if (command.database().isEmpty())
        return command.usage(QStringLiteral("summary needs --db WORKSPACE"));
    QString parameterError;
    const std::optional<AnalysisParameters> parameters = analysisParameters(parser, &parameterError);
    if (!parameters)
        return command.usage(parameterError);
    const std::optional<QTimeZone> shopZone = command.timeZone();
    if (!shopZone)
        return UsageError;
    const QTimeZone zone = *shopZone;
    auto workspace = command.openWorkspace(Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return BadInput;
    const WorkspaceSummary s = summarize(*workspace);
    if (workspace->isDamaged())
        return command.badInput(damagedMessage(workspace->path()));
    auto date = [&zone](const std::optional<qint64> &utc) -> QString {
        return utc ? QDateTime::fromSecsSinceEpoch(*utc, zone).date().toString(Qt::ISODate) : QString();
    };
    auto timestamp = [](const std::optional<qint64> &utc) -> QString {
        return utc
            ? QDateTime::fromSecsSinceEpoch(*utc, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
            : QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{
            {QStringLiteral("workspace"), QFileInfo(workspace->path()).absoluteFilePath()},
            {QStringLiteral("schema_version"), workspace->schemaVersion()},
            {QStringLiteral("orders"), s.orders},
            {QStringLiteral("customers"), s.customers},
            {QStringLiteral("returns"), s.returns},
            {QStringLiteral("imports"), s.imports},
            {QStringLiteral("rejected_rows"), s.rejectedRows},
            {QStringLiteral("gross_revenue"), majorUnits(s.grossRevenueMinor)},
            {QStringLiteral("returned_amount"), majorUnits(s.returnedMinor)},
            {QStringLiteral("first_order_date"), s.firstOrderUtc ? QJsonValue(date(s.firstOrderUtc)) : QJsonValue()},
            {QStringLiteral("last_order_date"), s.lastOrderUtc ? QJsonValue(date(s.lastOrderUtc)) : QJsonValue()},
            {QStringLiteral("first_order_utc"),
                s.firstOrderUtc ? QJsonValue(timestamp(s.firstOrderUtc)) : QJsonValue()},
            {QStringLiteral("last_order_utc"), s.lastOrderUtc ? QJsonValue(timestamp(s.lastOrderUtc)) : QJsonValue()},
            {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
        };
        insertMoney(json, QStringLiteral("net_revenue"), s.netRevenueMinor);
        if (!parser.isSet(QStringLiteral("no-analyses")) && s.orders > 0) {
            QString error;
            const std::optional<AnalysisRun> run = runWorkspaceAnalyses(*workspace, zone, *parameters, &error);
            if (!run)
                return command.badInput(error);
            const QJsonObject sections = analysesToJson(run->results);
            for (auto it = sections.begin(); it != sections.end(); ++it)
                json.insert(it.key(), it.value());
        }
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        out() << "Workspace:        " << workspace->path() << '\n'
              << "Orders:           " << s.orders << '\n'
              << "Customers:        " << s.customers << '\n'
              << "Returns:          " << s.returns << '\n'
              << "Net revenue:      " << minorUnitsText(s.netRevenueMinor) << " (gross "
              << minorUnitsText(s.grossRevenueMinor) << ", returned " << minorUnitsText(s.returnedMinor) << ")\n"
              << "First order date: " << date(s.firstOrderUtc) << '\n'
              << "Last order date:  " << date(s.lastOrderUtc) << '\n'
              << "Imports:          " << s.imports << ", rejected rows kept: " << s.rejectedRows << '\n';
    }
    out().flush();
    return Ok;
}

int runDemo(const QStringList &arguments)
{
    Command command;
    QCommandLineParser &parser = command.parser();
    command.addDatabaseOption(QStringLiteral("Workspace file to create."));
    parser.addOptions({
        {QStringLiteral("orders"), QStringLiteral("Number of orders (default 60000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")},
    });
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QString db = command.database();
    if (db.isEmpty())
        return command.usage(QStringLiteral("demo needs --db WORKSPACE"));
    GeneratorOptions demo;
    bool ok = true;
    if (parser.isSet(QStringLiteral("orders"))) {
        demo.orders = parser.value(QStringLiteral("orders")).toLongLong(&ok);
        if (!ok || demo.orders < 1 || demo.orders > 100000000)
            return command.usage(QStringLiteral("--orders must be a number between 1 and 100000000"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        demo.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return command.usage(QStringLiteral("--seed must be a non-negative number"));
    }
    if (QFileInfo::exists(db))
        return command.badInput(
            QStringLiteral("%1 already exists; the demo is written only into a new workspace.").arg(db));
    QTemporaryDir scratch;
    const QString csv = scratch.filePath(QStringLiteral("demo-orders.csv"));
    QString error;
    if (!writeOrderExport(csv, demo, nullptr, &error))
        return command.badInput(error);
    auto workspace = command.openWorkspace(Workspace::OpenMode::ReadWrite);
    if (!workspace)
        return BadInput;
    ImportOptions options;
    options.timeZone = QTimeZone("Asia/Shanghai");
    const ImportSummary summary = importFile(*workspace, csv, options);
    if (summary.outcome != ImportSummary::Outcome::Completed) {
        workspace.reset();
        QFile::remove(db);
        return command.badInput(summary.message);
    }
    out() << "Demo workspace " << db << ": " << summary.ordersAdded << " orders, " << summary.newCustomers
          << " customers, " << summary.returnsAdded << " returns (seed " << demo.seed << ").\n";
    out().flush();
    return Ok;
}

int runExport(const QStringList &arguments)
{
    Command command;
    QCommandLineParser &parser = command.parser();
    command.addDatabaseOption(QStringLiteral("Workspace file."));
    parser.addOptions({
        {QStringLiteral("segment"),
            QStringLiteral("RFM segment or value class, e.g. champions, at_risk, important_value, 重要价值."),
            QStringLiteral("NAME")},
        {QStringLiteral("stage"), QStringLiteral("Lifecycle stage: active, silent, sleeping, lost."),
            QStringLiteral("S")},
        {QStringLiteral("tier"), QStringLiteral("Membership tier: normal, silver, gold."), QStringLiteral("T")},
        {QStringLiteral("cluster"), QStringLiteral("Cluster number (0 = most valuable)."), QStringLiteral("K")},
        {QStringLiteral("out"), QStringLiteral("FILE.csv (UTF-8 with BOM) or FILE.xlsx."), QStringLiteral("FILE")},
        {QStringLiteral("encoding"), QStringLiteral("CSV encoding instead of UTF-8, e.g. gbk."), QStringLiteral("E")},
    });
    command.addTimeZoneOption();
    addAnalysisOptions(parser);
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    if (command.database().isEmpty() || command.value(QStringLiteral("out")).isEmpty())
        return command.usage(QStringLiteral("export needs --db WORKSPACE and --out FILE.csv|FILE.xlsx"));
    // One filter of each kind: a second --segment would otherwise replace the first without a word.
    if (!command.givenOnce({QStringLiteral("segment"), QStringLiteral("stage"), QStringLiteral("tier"),
            QStringLiteral("cluster"), QStringLiteral("out")}))
        return UsageError;
    if (!command.outputAllowed(command.value(QStringLiteral("out"))))
        return BadInput;
    const std::optional<QTimeZone> zone = command.timeZone();
    if (!zone)
        return UsageError;
    auto workspace = command.openWorkspace(Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return BadInput;
    QString error;
    const int result = exportCustomers(parser, *workspace, *zone, &error);
    if (result == UsageError)
        return command.usage(error);
    if (result != Ok)
        return command.badInput(error);
    return Ok;
}

int runRejects(const QStringList &arguments)
{
    Command command;
    QCommandLineParser &parser = command.parser();
    command.addDatabaseOption(QStringLiteral("Workspace file."));
    parser.addOptions({
        {QStringLiteral("import"), QStringLiteral("Only the rows of this import id."), QStringLiteral("ID")},
        {QStringLiteral("out"), QStringLiteral("CSV file to write (UTF-8 with BOM)."), QStringLiteral("FILE")},
    });
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    if (command.database().isEmpty() || command.value(QStringLiteral("out")).isEmpty())
        return command.usage(QStringLiteral("rejects needs --db WORKSPACE and --out FILE.csv"));
    bool ok = true;
    const qint64 importId
        = parser.isSet(QStringLiteral("import")) ? parser.value(QStringLiteral("import")).toLongLong(&ok) : -1;
    if (!ok)
        return command.usage(QStringLiteral("--import must be a number"));
    if (!command.outputAllowed(parser.value(QStringLiteral("out"))))
        return BadInput;
    auto workspace = command.openWorkspace(Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return BadInput;
    const std::vector<RejectedRow> rows = loadRejectedRows(*workspace, importId);
    if (workspace->isDamaged())
        return command.badInput(damagedMessage(workspace->path()));
    QString error;
    if (!writeRejectedRowsCsv(parser.value(QStringLiteral("out")), rows, &error, workspace->path()))
        return command.badInput(error);
    out() << rows.size() << " rejected rows written to " << parser.value(QStringLiteral("out")) << '\n';
    out().flush();
    return Ok;
}

} // namespace clientele::cli
