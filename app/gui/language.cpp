#include "app/gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace clientele::Language {

namespace {

QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;
QString s_current = english();

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QString resolve(const QString &choice)
{
    if (choice == english() || choice == chinese())
        return choice;
    // uiLanguages() follows LANGUAGE/LC_* like the rest of the desktop; zh_TW users also read 简体 better than English.
    const QStringList languages = QLocale::system().uiLanguages();
    const QString first = languages.isEmpty() ? QLocale::system().name() : languages.first();
    return first.startsWith(QLatin1StringView("zh")) ? chinese() : english();
}

QString current()
{
    return s_current;
}

bool apply(const QString &language)
{
    const bool zh = language == chinese();
    remove(s_app);
    remove(s_qt);
    bool ok = true;
    if (zh) {
        s_app = new QTranslator(QCoreApplication::instance());
        ok = s_app->load(QStringLiteral(":/i18n/clientele_zh_CN.qm"));
        if (ok)
            QCoreApplication::installTranslator(s_app);
        s_qt = new QTranslator(QCoreApplication::instance());
        if (s_qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(s_qt);
    }
    // Numbers and dates in the chosen language unless the system locale already speaks it.
    const QLocale system = QLocale::system();
    if (zh)
        QLocale::setDefault(system.language() == QLocale::Chinese ? system : QLocale(QLocale::Chinese, QLocale::China));
    else
        QLocale::setDefault(
            system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates));
    s_current = zh && ok ? chinese() : english();
    return ok;
}

} // namespace clientele::Language
