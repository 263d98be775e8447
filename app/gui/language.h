#pragma once

#include <QString>

namespace clientele {

// The UI language: English (the source strings) or Simplified Chinese (":/i18n/clientele_zh_CN.qm",
// embedded by qt_add_translations), plus Qt's own qtbase_zh_CN when it is installed.
namespace Language {

inline QString english()
{
    return QStringLiteral("en");
}
inline QString chinese()
{
    return QStringLiteral("zh_CN");
}

// "en" or "zh_CN" for a stored choice ("" = follow the system locale: zh_* → Chinese).
QString resolve(const QString &choice);
// The language installed last by apply() ("en" before the first call).
QString current();
// Replaces the installed translators and the default QLocale. Every widget then receives
// QEvent::LanguageChange; the main window rebuilds its pages and menus on it. Returns false when the
// Chinese catalogue is missing (the UI stays English).
bool apply(const QString &language);

} // namespace Language

} // namespace clientele
