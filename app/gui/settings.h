#pragma once

#include <QString>

namespace clientele {

// The one place that knows QSettings keys and defaults.
class Settings
{
public:
    static QString lastWorkspace();
    static void setLastWorkspace(const QString &path);
    static QString lastImportDirectory();
    static void setLastImportDirectory(const QString &directory);
};

} // namespace clientele
