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
    // --timezone, the system's zone when not given; std::nullopt (after a usage report) for an unknown or
    // empty zone.
    std::optional<QTimeZone> timeZone();
    // False (after a bad-input report, exit 2) when an export must not write `path`: the --db workspace,
    // its -wal/-shm/-journal files, any other Clientele workspace (exportTargetProblem, the one check).
    bool outputAllowed(const QString &path);
    // Reports a failure to open as bad input.
    std::unique_ptr<Workspace> openWorkspace(Workspace::OpenMode mode);

    // --delimiter as a character: "," ";" "|" or "tab"; std::nullopt (after a usage report) for anything else,
    // '\0' when the option is not given.
    std::optional<char> delimiter();

    // False (after a usage report) when one of `options` is given more than once: the last would win silently.
    bool givenOnce(const QStringList &options);

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
