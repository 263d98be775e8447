#pragma once

#include "analysis/engine/analysisrun.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clientele {

// The one place that knows QSettings keys and defaults (per user, organisation "Clientele"):
//   workspace/last, workspace/recent     the last workspace; up to 8 recent ones, most recent first
//   import/lastDirectory                  where File › Import… starts
//   window/geometry, window/state, window/page   the main window and the page last shown (pageKey)
//   ui/language                           "" = follow the system locale, "en", "zh_CN"
//   analysis/…                            AnalysisParameters without the as-of day (parametersettings.h)
class Settings
{
public:
    static constexpr int MaxRecentWorkspaces = 8;

    static QString lastWorkspace();
    static void setLastWorkspace(const QString &path);
    // Existing files only, most recent first; entries whose file is gone are pruned from the store.
    static QStringList recentWorkspaces();
    // Moves `path` to the front (absolute, no duplicates), keeping at most MaxRecentWorkspaces entries.
    static void addRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();

    static QString lastImportDirectory();
    static void setLastImportDirectory(const QString &directory);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    static QString lastPage(); // default "overview"
    static void setLastPage(const QString &pageKey);

    // The language the user chose in View › Language; empty: follow the system.
    static QString language();
    static void setLanguage(const QString &language);

    // Invalid stored values fall back to the defaults of their group; asOfDay is always empty.
    static AnalysisParameters analysisParameters();
    static void setAnalysisParameters(const AnalysisParameters &parameters);
};

} // namespace clientele
