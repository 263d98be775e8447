// `clientele-cli tiers`: save, list, evaluate, compare and report tier designs.
#include "app/cli/command.h"

#include "analysis/core/customersnapshot.h"
#include "analysis/core/money.h"
#include "analysis/pareto/pareto.h"
#include "analysis/store/workspace.h"
#include "analysis/tiers/tierdesign.h"
#include "analysis/tiers/tierdesignstore.h"
#include "views/painting/tierreport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace clientele::cli {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + u'%';
}

// "0,1000,5000.50" in major units → minor units.
std::optional<std::vector<qint64>> moneyList(const QString &text)
{
    static const QRegularExpression number(u"^\\s*(\\d{1,13})(?:\\.(\\d{1,2}))?\\s*$"_s);
    std::vector<qint64> values;
    for (const QString &part : text.split(u',')) {
        const QRegularExpressionMatch m = number.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        values.push_back(m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong());
    }
    return values;
}

template <typename T> std::optional<std::vector<T>> numberList(const QString &text, double min, double max)
{
    std::vector<T> values;
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || v < min || v > max || (std::is_integral_v<T> && v != double(qint64(v))))
            return std::nullopt;
        values.push_back(T(v));
    }
    return values;
}

int saveDesign(Command &command, Workspace &workspace)
{
    const QCommandLineParser &parser = command.parser();
    const std::optional<std::vector<qint64>> thresholds = moneyList(parser.value(u"thresholds"_s));
    if (!parser.isSet(u"thresholds"_s) || !thresholds || thresholds->size() < 2 || thresholds->size() > 5)
        return command.usage(u"--save needs --thresholds with 2 to 5 amounts, e.g. 0,1000,5000"_s);
    const size_t n = thresholds->size();
    TierDesign design;
    design.name = parser.value(u"save"_s);
    design.params.tiers = builtInTiers(n);
    for (size_t i = 0; i < n; ++i)
        design.params.tiers[i].minSpendMinor = (*thresholds)[i];
    if (parser.isSet(u"orders"_s)) {
        const auto orders = numberList<qint32>(parser.value(u"orders"_s), 0, 1000000);
        if (!orders || orders->size() != n)
            return command.usage(u"--orders needs %1 whole numbers (0 = no order track)"_s.arg(n));
        for (size_t i = 0; i < n; ++i)
            design.params.tiers[i].minOrders = (*orders)[i];
    }
    design.benefitPercent.assign(n, 0.0);
    if (parser.isSet(u"benefits"_s)) {
        const auto benefits = numberList<double>(parser.value(u"benefits"_s), 0.0, 100.0);
        if (!benefits || benefits->size() != n)
            return command.usage(u"--benefits needs %1 percentages from 0 to 100"_s.arg(n));
        design.benefitPercent = *benefits;
    }
    const QString rule = parser.value(u"downgrade"_s);
    if (rule == u"one" || rule == u"at_most_one")
        design.downgrade = DowngradeRule::AtMostOneTier;
    else if (!rule.isEmpty() && rule != u"earned" && rule != u"to_earned")
        return command.usage(u"--downgrade must be earned or one"_s);
    if (parser.isSet(u"window"_s)) {
        const auto window = numberList<qint32>(parser.value(u"window"_s), 1, 3660);
        if (!window || window->size() != 1)
            return command.usage(u"--window must be a number of days from 1 to 3660"_s);
        design.params.windowDays = window->front();
    }
    QString error;
    if (!saveTierDesign(workspace, design, &error))
        return command.badInput(error);
    Command::out() << "Saved tier design \"" << design.name.trimmed() << "\".\n";
    return Ok;
}

QString rules(const TierDesign &d)
{
    QStringList parts;
    for (size_t i = 0; i < d.params.tiers.size(); ++i) {
        const TierDefinition &t = d.params.tiers[i];
        QString part = t.key + u" ≥ " + minorUnitsText(t.minSpendMinor);
        if (t.minOrders > 0)
            part += u" or " + QString::number(t.minOrders) + u" orders";
        parts.append(part + u" (" + QString::number(d.benefitPercent[i]) + u"%)");
    }
    return parts.join(u", ") + u"; window " + QString::number(d.params.windowDays) + u" days; downgrade "
        + downgradeRuleKey(d.downgrade);
}

void printEvaluation(QTextStream &o, const TierDesignEvaluation &e)
{
    o << "Design \"" << e.design.name << "\": " << rules(e.design) << '\n'
      << "As of " << dayToIsoDate(e.asOfDay) << ", re-rated from " << dayToIsoDate(e.ratingDay) << "; "
      << e.tiers.customers << " customers, revenue " << minorUnitsText(e.revenueMinor) << '\n'
      << u"tier        members   share  rev.share  up  down  new   held  benefit%        cost"_s << '\n';
    for (size_t i = 0; i < e.perTier.size(); ++i) {
        const TierDesignTier &t = e.perTier[i];
        o << e.design.params.tiers[i].key.leftJustified(10) << QString::number(t.summary.members).rightJustified(9)
          << percent(t.summary.share).rightJustified(8) << percent(t.summary.revenueShare).rightJustified(11)
          << QString::number(t.movedUpFrom).rightJustified(4) << QString::number(t.movedDownFrom).rightJustified(6)
          << QString::number(t.newcomers).rightJustified(5) << QString::number(t.heldMembers).rightJustified(7)
          << QString::number(t.benefitPercent).rightJustified(10)
          << minorUnitsText(t.benefitCostMinor).rightJustified(12) << '\n';
    }
    o << "Benefit cost: " << minorUnitsText(e.benefitCostMinor) << " = " << percent(e.costShareOfRevenue)
      << " of revenue\n";
}

} // namespace

int runTiers(const QStringList &arguments)
{
    Command command(u"clientele-cli tiers"_s);
    QCommandLineParser &parser = command.parser();
    parser.setApplicationDescription(u"Save, list, evaluate, compare and report membership-tier designs."_s);
    command.addDatabaseOption(u"Workspace file."_s);
    parser.addOptions({
        {u"list"_s, u"List the saved designs."_s},
        {u"save"_s, u"Save (or replace) a design under NAME."_s, u"NAME"_s},
        {u"thresholds"_s, u"Spend thresholds per tier, lowest first, e.g. 0,1000,5000."_s, u"LIST"_s},
        {u"orders"_s, u"Order thresholds per tier (0 = none), e.g. 0,0,10."_s, u"LIST"_s},
        {u"benefits"_s, u"Benefit cost per tier in % of the members' spend, e.g. 0,2,5."_s, u"LIST"_s},
        {u"downgrade"_s, u"earned (to the earned tier, default) or one (at most one tier)."_s, u"RULE"_s},
        {u"window"_s, u"Rating period in days (default 365)."_s, u"DAYS"_s},
        {u"design"_s, u"Evaluate the saved design NAME (with --pdf: write its report)."_s, u"NAME"_s},
        {u"pdf"_s, u"Write the design report as PDF."_s, u"FILE"_s},
        {u"compare"_s, u"Compare two saved designs side by side."_s, u"A,B"_s},
        {u"delete"_s, u"Delete the saved design NAME."_s, u"NAME"_s},
        {u"json"_s, u"Print JSON."_s},
        {u"as-of"_s, u"Evaluation date YYYY-MM-DD (default: the day of the latest order)."_s, u"DATE"_s},
    });
    command.addTimeZoneOption();
    if (const std::optional<int> done = command.parse(arguments))
        return *done;
    if (command.database().isEmpty())
        return command.usage(u"tiers needs --db WORKSPACE"_s);
    const QStringList actions{u"list"_s, u"save"_s, u"design"_s, u"compare"_s, u"delete"_s};
    int chosen = 0;
    for (const QString &a : actions)
        chosen += parser.isSet(a) ? 1 : 0;
    if (chosen != 1)
        return command.usage(u"tiers needs exactly one of --list, --save, --design, --compare, --delete"_s);
    if (parser.isSet(u"pdf"_s) && !parser.isSet(u"design"_s))
        return command.usage(u"--pdf goes with --design NAME"_s);
    if (parser.isSet(u"pdf"_s) && !command.outputAllowed(parser.value(u"pdf"_s)))
        return BadInput;
    std::optional<qint32> asOf;
    if (parser.isSet(u"as-of"_s) && !(asOf = dayFromIsoDate(parser.value(u"as-of"_s))))
        return command.usage(u"--as-of must be a date like 2024-12-31"_s);
    const std::optional<QTimeZone> zone = command.timeZone();
    if (!zone)
        return UsageError;
    QStringList compared;
    if (parser.isSet(u"compare"_s)) {
        compared = parser.value(u"compare"_s).split(u',');
        if (compared.size() != 2 || compared[0].trimmed().isEmpty() || compared[1].trimmed().isEmpty())
            return command.usage(u"--compare needs two design names: A,B"_s);
    }

    const bool writes = parser.isSet(u"save"_s) || parser.isSet(u"delete"_s);
    auto workspace = command.openWorkspace(writes ? Workspace::OpenMode::ReadWrite : Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return BadInput;
    QString error;
    QTextStream &out = Command::out();
    const bool json = parser.isSet(u"json"_s);
    if (parser.isSet(u"save"_s))
        return saveDesign(command, *workspace);
    if (parser.isSet(u"delete"_s)) {
        if (!deleteTierDesign(*workspace, parser.value(u"delete"_s), &error))
            return command.badInput(error);
        out << "Deleted tier design \"" << parser.value(u"delete"_s) << "\".\n";
        return Ok;
    }
    if (parser.isSet(u"list"_s)) {
        const std::vector<TierDesign> designs = loadTierDesigns(*workspace, &error);
        if (json) {
            QJsonArray list;
            for (const TierDesign &d : designs)
                list.append(tierDesignToJson(d));
            out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            for (const TierDesign &d : designs)
                out << d.name << ": " << rules(d) << '\n';
            if (designs.empty())
                out << "No tier designs saved.\n";
        }
        out.flush();
        return error.isEmpty() ? Ok : command.badInput(error);
    }

    // Evaluation: --design or --compare.
    std::vector<TierDesign> designs;
    for (const QString &name : parser.isSet(u"design"_s) ? QStringList{parser.value(u"design"_s)} : compared) {
        std::optional<TierDesign> d = loadTierDesign(*workspace, name, &error);
        if (!d)
            return command.badInput(error);
        designs.push_back(std::move(*d));
    }
    const CustomerTable table = loadCustomerTable(*workspace, *zone, &error);
    if (!error.isEmpty())
        return command.badInput(error);
    if (table.size() == 0)
        return command.badInput(u"The workspace has no orders to evaluate a design on."_s);
    const qint32 day = asOf.value_or(table.lastDay);
    if (designs.size() == 2) {
        const TierDesignComparison c = compareTierDesigns(table, day, designs[0], designs[1]);
        if (!c.a.ok() || !c.b.ok())
            return command.badInput(c.a.ok() ? c.b.error : c.a.error);
        if (json) {
            out << QString::fromUtf8(QJsonDocument(tierDesignComparisonToJson(c)).toJson(QJsonDocument::Indented));
        } else {
            printEvaluation(out, c.a);
            out << '\n';
            printEvaluation(out, c.b);
        }
        return Ok;
    }
    const TierDesignEvaluation e = evaluateTierDesign(table, day, designs.front());
    if (!e.ok())
        return command.badInput(e.error);
    if (parser.isSet(u"pdf"_s)) {
        const CustomerSnapshot snapshot = takeSnapshot(table, day, e.design.params.windowDays);
        const ParetoResult pareto = computePareto(snapshot);
        if (!writeTierDesignReport(parser.value(u"pdf"_s), e, pareto, &error, command.database()))
            return command.badInput(error);
        out << "Report of \"" << e.design.name << "\" written to " << parser.value(u"pdf"_s) << '\n';
        return Ok;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(tierDesignEvaluationToJson(e)).toJson(QJsonDocument::Indented));
    else
        printEvaluation(out, e);
    return Ok;
}

} // namespace clientele::cli
