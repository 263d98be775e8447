#include "app/gui/settings.h"

#include <QDir>
#include <QSettings>

namespace clientele {

QString Settings::lastWorkspace()
{
    return QSettings().value(QStringLiteral("workspace/last")).toString();
}

void Settings::setLastWorkspace(const QString &path)
{
    QSettings().setValue(QStringLiteral("workspace/last"), path);
}

QString Settings::lastImportDirectory()
{
    return QSettings().value(QStringLiteral("import/lastDirectory"), QDir::homePath()).toString();
}

void Settings::setLastImportDirectory(const QString &directory)
{
    QSettings().setValue(QStringLiteral("import/lastDirectory"), directory);
}

} // namespace clientele
