// clientele-cli generate: the project's own order exports, for trying Clientele, tests and benchmarks.
#include "app/cli/command.h"

#include "analysis/generate/ordergenerator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace clientele::cli {

namespace {

struct EncodingChoice
{
    QByteArray name;
    bool byteOrderMark;
};

std::optional<EncodingChoice> encodingFromKey(const QString &key, GeneratedLayout layout)
{
    const QString k = key.toLower();
    if (k.isEmpty()) { // Chinese platforms' exports usually carry a BOM so that Excel opens them right
        const bool chinese
            = layout == GeneratedLayout::Taobao || layout == GeneratedLayout::JD || layout == GeneratedLayout::Youzan;
        return EncodingChoice{"UTF-8", chinese};
    }
    if (k == u"utf-8" || k == u"utf8")
        return EncodingChoice{"UTF-8", false};
    if (k == u"utf-8-bom" || k == u"utf-8-sig")
        return EncodingChoice{"UTF-8", true};
    if (k == u"gbk" || k == u"gb18030" || k == u"gb2312")
        return EncodingChoice{"GB18030", false};
    if (k == u"utf-16" || k == u"utf-16le")
        return EncodingChoice{"UTF-16LE", true};
    return std::nullopt;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    Command command(QStringLiteral("clientele-cli generate"));
    QCommandLineParser &parser = command.parser();
    const auto option = [&](const char *name, const char *help, const char *value = nullptr) {
        parser.addOption(value
                ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value))
                : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help)));
    };
    option("out", "File to write (.csv, or .xlsx for an Excel workbook).", "FILE");
    option("orders", "Orders to draw (default 60000).", "N");
    option("seed", "Random seed (default 1); the same options always give the same bytes.", "S");
    option("layout", "generic, taobao (default), jd, youzan, shopify, woocommerce or online-retail.", "L");
    option(
        "encoding", "utf-8, utf-8-bom, gbk (GB18030) or utf-16 (default: utf-8, with BOM for Chinese layouts).", "E");
    option("delimiter", "Field separator: , ; tab | (default ,).", "D");
    option("crlf", "Windows line ends.");
    option("start", "First possible order date (default 2023-11-01).", "DATE");
    option("days", "Length of the period in days (default 1095).", "N");
    option("r", "BG/NBD r (default 0.25).", "X");
    option("alpha", "BG/NBD alpha in days (default 40).", "X");
    option("a", "BG/NBD a (default 0.8).", "X");
    option("b", "BG/NBD b (default 2.5).", "X");
    option("closed", "Share of orders with a closed/refunded status (default 0.03).", "X");
    option("returns", "Share of orders followed by a partial return row (default 0.01).", "X");
    option("dirty", "Share of rows damaged on purpose (default 0).", "X");
    option("groups", "Planted behaviour groups (2-4) instead of the BG/NBD population.", "K");
    option("json", "Print what was written as JSON on stdout (default: one line on stderr).");
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return command.usage(QStringLiteral("generate needs --out FILE"));
    if (!command.outputAllowed(out))
        return BadInput;

    GeneratorOptions o;
    o.xlsx = out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (parser.isSet(QStringLiteral("layout"))) {
        const auto layout = generatedLayoutFromKey(parser.value(QStringLiteral("layout")));
        if (!layout)
            return command.usage(QStringLiteral("unknown --layout %1").arg(parser.value(QStringLiteral("layout"))));
        o.layout = *layout;
    }
    const auto encoding = encodingFromKey(parser.value(QStringLiteral("encoding")), o.layout);
    if (!encoding)
        return command.usage(QStringLiteral("unknown --encoding %1").arg(parser.value(QStringLiteral("encoding"))));
    o.encoding = encoding->name;
    o.byteOrderMark = encoding->byteOrderMark;
    o.crlf = parser.isSet(QStringLiteral("crlf"));
    const std::optional<char> delimiter = command.delimiter();
    if (!delimiter)
        return UsageError;
    if (*delimiter != '\0')
        o.delimiter = *delimiter;
    if (parser.isSet(QStringLiteral("start"))) {
        o.start = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!o.start.isValid())
            return command.usage(QStringLiteral("--start must be a date like 2024-01-31"));
    }
    // Numbers: each option with the field it sets; the generator validates the ranges.
    bool ok = true;
    const std::pair<const char *, std::function<void(const QString &)>> numbers[] = {
        {"orders", [&](const QString &v) { o.orders = v.toLongLong(&ok); }},
        {"seed", [&](const QString &v) { o.seed = v.toULongLong(&ok); }},
        {"days", [&](const QString &v) { o.days = v.toInt(&ok); }},
        {"r", [&](const QString &v) { o.r = v.toDouble(&ok); }},
        {"alpha", [&](const QString &v) { o.alpha = v.toDouble(&ok); }},
        {"a", [&](const QString &v) { o.a = v.toDouble(&ok); }},
        {"b", [&](const QString &v) { o.b = v.toDouble(&ok); }},
        {"closed", [&](const QString &v) { o.closedShare = v.toDouble(&ok); }},
        {"returns", [&](const QString &v) { o.returnShare = v.toDouble(&ok); }},
        {"dirty", [&](const QString &v) { o.dirtyShare = v.toDouble(&ok); }},
        {"groups", [&](const QString &v) { o.behaviourGroups = v.toInt(&ok); }},
    };
    for (const auto &[name, set] : numbers) {
        const QString key = QString::fromLatin1(name);
        if (!parser.isSet(key))
            continue;
        set(parser.value(key));
        if (!ok)
            return command.usage(QStringLiteral("--%1 must be a number").arg(key));
    }

    GeneratorReport report;
    QString error;
    if (!writeOrderExport(out, o, &report, &error))
        return command.badInput(error);
    if (parser.isSet(QStringLiteral("json"))) {
        Command::out() << QJsonDocument(generatorReportJson(report, o)).toJson(QJsonDocument::Indented);
    } else {
        Command::err() << "rows=" << report.rows << " orders=" << report.orders << " customers=" << report.customers
                       << " damaged=" << report.damagedRows << " true_params " << report.parametersText() << '\n';
    }
    return Ok;
}

} // namespace clientele::cli
