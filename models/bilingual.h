#pragma once

#include <QLocale>
#include <QString>

namespace clientele {

// The UI shows Chinese (View › Language sets the default QLocale with the translator).
inline bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

// "Active 活跃" in an English UI; just "活跃" in a Chinese one, where the translated name already is
// the Chinese name (and showing both would read "活跃 活跃").
inline QString withChineseName(
    const QString &translated, const QString &chinese, const QString &separator = QStringLiteral(" "))
{
    if (chinese.isEmpty() || translated == chinese || chineseUi())
        return translated;
    return translated + separator + chinese;
}

// Labels generated in both languages (cluster labels): the one matching the UI.
inline QString inUiLanguage(const QString &english, const QString &chinese)
{
    return chineseUi() && !chinese.isEmpty() ? chinese : english;
}

} // namespace clientele
