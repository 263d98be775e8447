#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace clientele {

class MainWindow;

// `clientele --screenshots DIR WORKSPACE`: opens the workspace in a main window of the given size (default
// 1280×800), waits for the analyses (controller signals, no polling), shows every page in turn and writes
// DIR/<pageKey>.png, then DIR/import.png of the import dialog over a small generated order export and
// DIR/settings.png of the Analysis Settings dialog. Emits finished() once.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(const QString &outputDirectory, const QString &workspacePath,
        const QSize &windowSize = QSize(1280, 800), QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    void start();
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void maybeStartShooting();
    void shootNextPage();
    void shootWhenIdle(const QString &key);
    void shootImportDialog();
    void shootSettingsDialog();
    bool save(QWidget *widget, const QString &name);
    void finish(bool ok, const QString &message);

    QString m_outputDirectory;
    QString m_workspacePath;
    QSize m_windowSize;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_pendingPages;
    QStringList m_written;
    QTemporaryDir m_scratch;
    QTimer m_timeout;
    bool m_shooting = false;
    bool m_done = false;
};

} // namespace clientele
