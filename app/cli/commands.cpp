#include "app/cli/commands.h"

#include "app/cli/analysiscommands.h"

#include "analysis/generate/ordergenerator.h"
#include "analysis/import/importer.h"
#include "analysis/store/csvexport.h"
#include "analysis/store/workspace.h"

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
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &message)
{
    err() << "clientele-cli: " << message << "\nRun clientele-cli --help for usage.\n";
    err().flush();
    return UsageError;
}

int badInput(const QString &message)
{
    err() << "clientele-cli: " << message << '\n';
    err().flush();
    return BadInput;
}

QString money(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 value = minor < 0 ? -minor : minor;
    return sign + QString::number(value / 100) + u'.' + QString::number(value % 100).rightJustified(2, u'0');
}

// Parses the arguments after the command name; on failure prints the reason and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = Ok;
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::OpenMode mode, int *exitCode)
{
    QString error;
    auto workspace = Workspace::open(path, &error, mode);
    if (!workspace)
        *exitCode = badInput(error);
    return workspace;
}

QTimeZone zoneOption(const QCommandLineParser &parser, bool *ok)
{
    *ok = true;
    const QString name = parser.value(QStringLiteral("timezone"));
    if (name.isEmpty())
        return QTimeZone::systemTimeZone();
    QTimeZone zone(name.toUtf8());
    *ok = zone.isValid();
    return zone;
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
      << "  net amount added:       " << money(s.netAmountAddedMinor) << '\n'
      << "  excluded by status:     " << s.excludedByStatus << '\n';
    for (auto it = s.excludedByStatusValue.cbegin(); it != s.excludedByStatusValue.cend(); ++it)
        o << "      " << it.key() << ": " << it.value() << '\n';
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import order exports into a workspace."));
    parser.addPositionalArgument(
        QStringLiteral("files"), QStringLiteral("CSV, TSV or XLSX files"), QStringLiteral("FILE..."));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Workspace file (created if missing)."), QStringLiteral("W")},
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
        {QStringLiteral("timezone"),
            QStringLiteral("Time zone of times written without offset (default: the system's)."),
            QStringLiteral("ZONE")},
        {QStringLiteral("exclude-statuses"),
            QStringLiteral("Comma-separated statuses that are not sales (replaces the default list)."),
            QStringLiteral("LIST")},
        {QStringLiteral("timings"), QStringLiteral("Print how long each step of the import took (to standard error).")},
    });
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QString db = parser.value(QStringLiteral("db"));
    const QStringList files = parser.positionalArguments();
    if (db.isEmpty())
        return usage(QStringLiteral("import needs --db WORKSPACE"));
    if (files.isEmpty())
        return usage(QStringLiteral("import needs at least one FILE"));

    ImportOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.mapOverrides = parser.values(QStringLiteral("map"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = parser.value(QStringLiteral("delimiter"));
        if (d == u"tab" || d == u"\\t" || d == u"\t")
            options.delimiter = '\t';
        else if (d.size() == 1 && QStringLiteral(",;|").contains(d))
            options.delimiter = char(d.at(0).unicode());
        else
            return usage(QStringLiteral("--delimiter must be one of , ; tab |"));
    }
    if (parser.isSet(QStringLiteral("layout"))) {
        options.layout = layoutFromKey(parser.value(QStringLiteral("layout")));
        if (!options.layout)
            return usage(QStringLiteral("unknown --layout \"%1\"").arg(parser.value(QStringLiteral("layout"))));
    }
    const QString dateOrder = parser.value(QStringLiteral("date-order")).toLower();
    if (dateOrder == u"dmy" || dateOrder == u"day-first")
        options.dateOrder = DateOrder::DayFirst;
    else if (dateOrder == u"mdy" || dateOrder == u"month-first")
        options.dateOrder = DateOrder::MonthFirst;
    else if (!dateOrder.isEmpty())
        return usage(QStringLiteral("--date-order must be dmy or mdy"));
    bool zoneOk = true;
    options.timeZone = zoneOption(parser, &zoneOk);
    if (!zoneOk)
        return usage(QStringLiteral("unknown --timezone \"%1\"").arg(parser.value(QStringLiteral("timezone"))));
    if (parser.isSet(QStringLiteral("exclude-statuses")))
        options.excludedStatuses = parser.value(QStringLiteral("exclude-statuses")).split(u',', Qt::SkipEmptyParts);

    auto workspace = openWorkspace(db, Workspace::OpenMode::ReadWrite, &exitCode);
    if (!workspace)
        return exitCode;
    for (const QString &file : files) {
        const ImportSummary summary = importFile(*workspace, file, options);
        if (parser.isSet(QStringLiteral("timings"))) {
            for (const auto &[phase, ms] : summary.phaseMillis)
                err() << "  " << phase << ": " << ms << " ms\n";
            err().flush();
        }
        if (summary.outcome == ImportSummary::Outcome::Completed) {
            printSummary(summary);
        } else {
            printSummary(summary);
            exitCode = BadInput;
            err() << "clientele-cli: " << summary.fileName << ": " << summary.message << '\n';
            err().flush();
        }
    }
    return exitCode;
}

int runSummary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Workspace file."), QStringLiteral("W")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
        {QStringLiteral("timezone"), QStringLiteral("Time zone of the shop's calendar days (default: the system's)."),
            QStringLiteral("ZONE")},
        {QStringLiteral("no-analyses"),
            QStringLiteral("Only the workspace totals (no RFM, lifecycle, tiers, clusters).")},
    });
    addAnalysisOptions(parser);
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.value(QStringLiteral("db")).isEmpty())
        return usage(QStringLiteral("summary needs --db WORKSPACE"));
    QString parameterError;
    const std::optional<AnalysisParameters> parameters = analysisParameters(parser, &parameterError);
    if (!parameters)
        return usage(parameterError);
    bool zoneOk = true;
    const QTimeZone zone = zoneOption(parser, &zoneOk);
    if (!zoneOk)
        return usage(QStringLiteral("unknown --timezone"));
    auto workspace = openWorkspace(parser.value(QStringLiteral("db")), Workspace::OpenMode::ReadOnly, &exitCode);
    if (!workspace)
        return exitCode;
    const WorkspaceSummary s = summarize(*workspace);
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
            {QStringLiteral("gross_revenue"), money(s.grossRevenueMinor).toDouble()},
            {QStringLiteral("returned_amount"), money(s.returnedMinor).toDouble()},
            {QStringLiteral("net_revenue"), money(s.netRevenueMinor).toDouble()},
            {QStringLiteral("net_revenue_minor"), s.netRevenueMinor},
            {QStringLiteral("first_order_date"), s.firstOrderUtc ? QJsonValue(date(s.firstOrderUtc)) : QJsonValue()},
            {QStringLiteral("last_order_date"), s.lastOrderUtc ? QJsonValue(date(s.lastOrderUtc)) : QJsonValue()},
            {QStringLiteral("first_order_utc"),
                s.firstOrderUtc ? QJsonValue(timestamp(s.firstOrderUtc)) : QJsonValue()},
            {QStringLiteral("last_order_utc"), s.lastOrderUtc ? QJsonValue(timestamp(s.lastOrderUtc)) : QJsonValue()},
            {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
        };
        if (!parser.isSet(QStringLiteral("no-analyses")) && s.orders > 0) {
            QString error;
            const std::optional<AnalysisRun> run = runWorkspaceAnalyses(*workspace, zone, *parameters, &error);
            if (!run)
                return badInput(error);
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
              << "Net revenue:      " << money(s.netRevenueMinor) << " (gross " << money(s.grossRevenueMinor)
              << ", returned " << money(s.returnedMinor) << ")\n"
              << "First order date: " << date(s.firstOrderUtc) << '\n'
              << "Last order date:  " << date(s.lastOrderUtc) << '\n'
              << "Imports:          " << s.imports << ", rejected rows kept: " << s.rejectedRows << '\n';
    }
    out().flush();
    return Ok;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Workspace file to create."), QStringLiteral("W")},
        {QStringLiteral("orders"), QStringLiteral("Number of orders (default 60000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")},
    });
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        return usage(QStringLiteral("demo needs --db WORKSPACE"));
    GeneratorOptions demo;
    bool ok = true;
    if (parser.isSet(QStringLiteral("orders"))) {
        demo.orders = parser.value(QStringLiteral("orders")).toLongLong(&ok);
        if (!ok || demo.orders < 1 || demo.orders > 100000000)
            return usage(QStringLiteral("--orders must be a number between 1 and 100000000"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        demo.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be a non-negative number"));
    }
    if (QFileInfo::exists(db))
        return badInput(QStringLiteral("%1 already exists; the demo is written only into a new workspace.").arg(db));
    QTemporaryDir scratch;
    const QString csv = scratch.filePath(QStringLiteral("demo-orders.csv"));
    QString error;
    if (!writeOrderExport(csv, demo, nullptr, &error))
        return badInput(error);
    auto workspace = openWorkspace(db, Workspace::OpenMode::ReadWrite, &exitCode);
    if (!workspace)
        return exitCode;
    ImportOptions options;
    options.timeZone = QTimeZone("Asia/Shanghai");
    const ImportSummary summary = importFile(*workspace, csv, options);
    if (summary.outcome != ImportSummary::Outcome::Completed) {
        workspace.reset();
        QFile::remove(db);
        return badInput(summary.message);
    }
    out() << "Demo workspace " << db << ": " << summary.ordersAdded << " orders, " << summary.newCustomers
          << " customers, " << summary.returnsAdded << " returns (seed " << demo.seed << ").\n";
    out().flush();
    return Ok;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Workspace file."), QStringLiteral("W")},
        {QStringLiteral("segment"),
            QStringLiteral("RFM segment or value class, e.g. champions, at_risk, important_value, 重要价值."),
            QStringLiteral("NAME")},
        {QStringLiteral("stage"), QStringLiteral("Lifecycle stage: active, silent, sleeping, lost."),
            QStringLiteral("S")},
        {QStringLiteral("tier"), QStringLiteral("Membership tier: normal, silver, gold."), QStringLiteral("T")},
        {QStringLiteral("cluster"), QStringLiteral("Cluster number (0 = most valuable)."), QStringLiteral("K")},
        {QStringLiteral("out"), QStringLiteral("FILE.csv (UTF-8 with BOM) or FILE.xlsx."), QStringLiteral("FILE")},
        {QStringLiteral("encoding"), QStringLiteral("CSV encoding instead of UTF-8, e.g. gbk."), QStringLiteral("E")},
        {QStringLiteral("timezone"), QStringLiteral("Time zone of the shop's calendar days (default: the system's)."),
            QStringLiteral("ZONE")},
    });
    addAnalysisOptions(parser);
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.value(QStringLiteral("db")).isEmpty() || parser.value(QStringLiteral("out")).isEmpty())
        return usage(QStringLiteral("export needs --db WORKSPACE and --out FILE.csv|FILE.xlsx"));
    bool zoneOk = true;
    const QTimeZone zone = zoneOption(parser, &zoneOk);
    if (!zoneOk)
        return usage(QStringLiteral("unknown --timezone"));
    auto workspace = openWorkspace(parser.value(QStringLiteral("db")), Workspace::OpenMode::ReadOnly, &exitCode);
    if (!workspace)
        return exitCode;
    QString error;
    const int result = exportCustomers(parser, *workspace, zone, &error);
    if (result == UsageError)
        return usage(error);
    if (result != Ok)
        return badInput(error);
    return Ok;
}

int runRejects(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Workspace file."), QStringLiteral("W")},
        {QStringLiteral("import"), QStringLiteral("Only the rows of this import id."), QStringLiteral("ID")},
        {QStringLiteral("out"), QStringLiteral("CSV file to write (UTF-8 with BOM)."), QStringLiteral("FILE")},
    });
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.value(QStringLiteral("db")).isEmpty() || parser.value(QStringLiteral("out")).isEmpty())
        return usage(QStringLiteral("rejects needs --db WORKSPACE and --out FILE.csv"));
    bool ok = true;
    const qint64 importId
        = parser.isSet(QStringLiteral("import")) ? parser.value(QStringLiteral("import")).toLongLong(&ok) : -1;
    if (!ok)
        return usage(QStringLiteral("--import must be a number"));
    auto workspace = openWorkspace(parser.value(QStringLiteral("db")), Workspace::OpenMode::ReadOnly, &exitCode);
    if (!workspace)
        return exitCode;
    const std::vector<RejectedRow> rows = loadRejectedRows(*workspace, importId);
    QString error;
    if (!writeRejectedRowsCsv(parser.value(QStringLiteral("out")), rows, &error))
        return badInput(error);
    out() << rows.size() << " rejected rows written to " << parser.value(QStringLiteral("out")) << '\n';
    out().flush();
    return Ok;
}

} // namespace clientele::cli
