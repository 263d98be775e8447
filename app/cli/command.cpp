#include "app/cli/command.h"

namespace clientele::cli {

Command::Command(QString helpCommand)
    : m_helpCommand(std::move(helpCommand))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void Command::addDatabaseOption(const QString &description)
{
    m_parser.addOption({QStringLiteral("db"), description, QStringLiteral("W")});
}

void Command::addTimeZoneOption(const QString &description)
{
    m_parser.addOption({QStringLiteral("timezone"), description, QStringLiteral("ZONE")});
}

std::optional<int> Command::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        out().flush();
        return Ok;
    }
    return std::nullopt;
}

std::optional<QTimeZone> Command::timeZone()
{
    const QString name = value(QStringLiteral("timezone"));
    if (name.isEmpty())
        return QTimeZone::systemTimeZone();
    QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        usage(QStringLiteral("unknown --timezone \"%1\"").arg(name));
        return std::nullopt;
    }
    return zone;
}

std::unique_ptr<Workspace> Command::openWorkspace(Workspace::OpenMode mode)
{
    QString error;
    auto workspace = Workspace::open(database(), &error, mode);
    if (!workspace)
        badInput(error);
    return workspace;
}

int Command::usage(const QString &message)
{
    err() << "clientele-cli: " << message << "\nRun " << m_helpCommand << " --help for usage.\n";
    err().flush();
    return UsageError;
}

int Command::badInput(const QString &message)
{
    err() << "clientele-cli: " << message << '\n';
    err().flush();
    return BadInput;
}

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<char> Command::delimiter()
{
    if (!isSet(QStringLiteral("delimiter")))
        return '\0';
    const QString d = value(QStringLiteral("delimiter"));
    if (d == u"tab" || d == u"\\t" || d == u"\t")
        return '\t';
    if (d.size() == 1 && QStringLiteral(",;|").contains(d))
        return char(d.at(0).unicode());
    usage(QStringLiteral("--delimiter must be one of , ; tab |"));
    return std::nullopt;
}

} // namespace clientele::cli
