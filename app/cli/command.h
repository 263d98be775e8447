#pragma once

#include "app/cli/commands.h"

#include "analysis/store/workspace.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace clientele::cli {

// What every command shares: a parser with --help (and, on request, --db and --timezone), parsing, opening
// the workspace, and error reports that end in the documented exit codes (1 usage, 2 bad input).
class Command
{
public:
    // `helpCommand` is what a usage error tells the user to run with --help ("clientele-cli" or
    // "clientele-cli tiers").
    explicit Command(QString helpCommand = QStringLiteral("clientele-cli"));

    QCommandLineParser &parser() { return m_parser; }
    void addDatabaseOption(const QString &description);
    void addTimeZoneOption(
        const QString &description = QStringLiteral("Time zone of the shop's calendar days (default: the system's)."));

    // The exit code when the command is already done: --help printed (Ok) or a parse error (UsageError).
    std::optional<int> parse(const QStringList &arguments);

    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString database() const { return value(QStringLiteral("db")); }
    // --timezone, the system's zone when not given; std::nullopt (after a usage report) for an unknown zone.
    std::optional<QTimeZone> timeZone();
    // Reports a failure to open as bad input.
    std::unique_ptr<Workspace> openWorkspace(Workspace::OpenMode mode);

    // --delimiter as a character: "," ";" "|" or "tab"; std::nullopt (after a usage report) for anything else,
    // '\0' when the option is not given.
    std::optional<char> delimiter();

    // Print "clientele-cli: message" on standard error and return UsageError / BadInput.
    int usage(const QString &message);
    int badInput(const QString &message);

    static QTextStream &out();
    static QTextStream &err();

private:
    QCommandLineParser m_parser;
    QString m_helpCommand;
};

} // namespace clientele::cli
