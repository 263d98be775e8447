#include "app/gui/settings.h"

#include "app/gui/parametersettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace clientele {

namespace Key {
static const QString LastWorkspace = QStringLiteral("workspace/last");
static const QString RecentWorkspaces = QStringLiteral("workspace/recent");
static const QString LastImportDirectory = QStringLiteral("import/lastDirectory");
static const QString WindowGeometry = QStringLiteral("window/geometry");
static const QString WindowState = QStringLiteral("window/state");
static const QString WindowPage = QStringLiteral("window/page");
static const QString Language = QStringLiteral("ui/language");
} // namespace Key

QString Settings::lastWorkspace()
{
    return QSettings().value(Key::LastWorkspace).toString();
}

void Settings::setLastWorkspace(const QString &path)
{
    QSettings().setValue(Key::LastWorkspace, path);
    addRecentWorkspace(path);
}

QStringList Settings::recentWorkspaces()
{
    QSettings settings;
    const QStringList stored = settings.value(Key::RecentWorkspaces).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    if (existing.size() > MaxRecentWorkspaces)
        existing.resize(MaxRecentWorkspaces);
    if (existing != stored)
        settings.setValue(Key::RecentWorkspaces, existing);
    return existing;
}

void Settings::addRecentWorkspace(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    if (recent.size() > MaxRecentWorkspaces)
        recent.resize(MaxRecentWorkspaces);
    QSettings().setValue(Key::RecentWorkspaces, recent);
}

void Settings::clearRecentWorkspaces()
{
    QSettings().remove(Key::RecentWorkspaces);
}

QString Settings::lastImportDirectory()
{
    return QSettings().value(Key::LastImportDirectory, QDir::homePath()).toString();
}

void Settings::setLastImportDirectory(const QString &directory)
{
    QSettings().setValue(Key::LastImportDirectory, directory);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(Key::WindowGeometry).toByteArray();
}

QByteArray Settings::windowState()
{
    return QSettings().value(Key::WindowState).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(Key::WindowGeometry, geometry);
    settings.setValue(Key::WindowState, state);
}

QString Settings::lastPage()
{
    return QSettings().value(Key::WindowPage, QStringLiteral("overview")).toString();
}

void Settings::setLastPage(const QString &pageKey)
{
    QSettings().setValue(Key::WindowPage, pageKey);
}

QString Settings::language()
{
    const QString language = QSettings().value(Key::Language).toString();
    return language == QLatin1StringView("en") || language == QLatin1StringView("zh_CN") ? language : QString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(Key::Language, language);
}

AnalysisParameters Settings::analysisParameters()
{
    QSettings settings;
    migrateTierNames(settings);
    return readAnalysisParameters(settings);
}

void Settings::setAnalysisParameters(const AnalysisParameters &parameters)
{
    QSettings settings;
    writeAnalysisParameters(settings, parameters);
}

} // namespace clientele
