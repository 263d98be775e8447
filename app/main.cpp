#include "app/gui/language.h"
#include "app/gui/mainwindow.h"
#include "app/gui/screenshotrunner.h"
#include "app/gui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// `clientele --screenshots DIR WORKSPACE [--language zh_CN] [--screenshot-size 1366x768]`: writes
// DIR/<page>.png and exits.
int runScreenshots(QApplication &app, const QString &directory, const QString &workspace, const QString &language,
    const QSize &windowSize)
{
    // Default settings (window size, page, parameters), never the user's, and the user's untouched.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    clientele::Language::apply(
        clientele::Language::resolve(language.isEmpty() ? clientele::Language::english() : language));
    clientele::ScreenshotRunner runner(directory, workspace, windowSize);
    int status = 1;
    QObject::connect(
        &runner, &clientele::ScreenshotRunner::finished, &app,
        [&](bool ok, const QString &message) {
            if (ok) {
                for (const QString &file : runner.writtenFiles())
                    std::printf("%s\n", qPrintable(file));
                status = 0;
            } else {
                std::fprintf(stderr, "clientele: screenshots failed: %s\n", qPrintable(message));
            }
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &clientele::ScreenshotRunner::start);
    app.exec();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("clientele.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("clientele"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer segmentation workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QStringLiteral("Write a PNG of every page to DIR and exit."), QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("UI language for this run: en or zh_CN."), QStringLiteral("LANG"));
    const QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
        QStringLiteral("Window size of --screenshots, e.g. 1366x768 (default 1280x800)."), QStringLiteral("WxH"));
    parser.addOption(screenshots);
    parser.addOption(language);
    parser.addOption(screenshotSize);
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("The workspace to open."));
    parser.process(app);
    const QString requested = parser.positionalArguments().value(0);

    if (parser.isSet(screenshots)) {
        if (requested.isEmpty()) {
            std::fprintf(stderr, "clientele: --screenshots DIR needs a WORKSPACE\n");
            return 2;
        }
        QSize size(1280, 800);
        if (parser.isSet(screenshotSize)) {
            const QStringList parts = parser.value(screenshotSize).split(u'x');
            size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
            if (parts.size() != 2 || size.width() < 640 || size.height() < 480) {
                std::fprintf(stderr, "clientele: --screenshot-size must be WIDTHxHEIGHT, at least 640x480\n");
                return 2;
            }
        }
        return runScreenshots(app, parser.value(screenshots), requested, parser.value(language), size);
    }

    // The user's choice from View › Language, else the system locale (zh_* → Chinese); Qt's own
    // strings (file dialogs, buttons) follow. Chinese text renders through fontconfig's fallback.
    clientele::Language::apply(clientele::Language::resolve(
        parser.isSet(language) ? parser.value(language) : clientele::Settings::language()));

    clientele::MainWindow window;
    window.show();

    const QString last = clientele::Settings::lastWorkspace();
    const QString path = !requested.isEmpty() ? requested : (QFileInfo::exists(last) ? last : QString());
    if (!path.isEmpty()) {
        QString error;
        if (!window.openWorkspace(path, &error)) {
            QMessageBox::critical(&window, QObject::tr("Cannot open the workspace"), error);
            QTimer::singleShot(0, &window, &clientele::MainWindow::askForWorkspace);
        }
    } else {
        QTimer::singleShot(0, &window, &clientele::MainWindow::askForWorkspace);
    }
    return app.exec();
}
