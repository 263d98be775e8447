#include "app/gui/mainwindow.h"
#include "app/gui/settings.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("clientele.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("clientele"));

    // Qt's own strings (file dialogs, buttons) in the user's language, e.g. zh_CN.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    // Chinese text renders through fontconfig's fallback (Noto Sans CJK); nothing to configure here.

    clientele::MainWindow window;
    window.show();

    const QStringList args = QCoreApplication::arguments();
    const QString requested = args.size() > 1 ? args.at(1) : QString();
    const QString last = clientele::Settings::lastWorkspace();
    if (!requested.isEmpty()) {
        QString error;
        if (!window.openWorkspace(requested, &error)) {
            QMessageBox::critical(&window, QObject::tr("Cannot open the workspace"), error);
            QTimer::singleShot(0, &window, &clientele::MainWindow::askForWorkspace);
        }
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        QString error;
        if (!window.openWorkspace(last, &error)) {
            QMessageBox::critical(&window, QObject::tr("Cannot open the workspace"), error);
            QTimer::singleShot(0, &window, &clientele::MainWindow::askForWorkspace);
        }
    } else {
        QTimer::singleShot(0, &window, &clientele::MainWindow::askForWorkspace);
    }
    return app.exec();
}
