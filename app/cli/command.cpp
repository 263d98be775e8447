#include "app/cli/command.h"

#include "analysis/export/exportfile.h"

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
    if (!isSet(QStringLiteral("timezone")))
        return QTimeZone::systemTimeZone();
    const QString name = value(QStringLiteral("timezone"));
    if (name.trimmed().isEmpty()) {
        usage(QStringLiteral("--timezone needs a zone name such as Asia/Shanghai or UTC"));
        return std::nullopt;
    }
    QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        usage(QStringLiteral("unknown --timezone \"%1\"").arg(name));
        return std::nullopt;
    }
    return zone;
}

bool Command::outputAllowed(const QString &path)
{
    const QString problem = exportTargetProblem(path, database());
    if (problem.isEmpty())
        return true;
    badInput(problem);
    return false;
}

bool Command::givenOnce(const QStringList &options)
{
    for (const QString &option : options) {
        const QStringList values = m_parser.values(option);
        if (values.size() > 1) {
            usage(QStringLiteral("--%1 is given %2 times (%3); give it once")
                      .arg(option)
                      .arg(values.size())
                      .arg(values.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
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
