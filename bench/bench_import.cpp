// Import benchmark: generates seeded order files with ../shared/tools/gen_orders.py, imports each
// into a fresh workspace and reports wall time and peak memory. A benchmark, not a test.
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"

#include "bench/benchmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace clientele;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

QString generateOrders(const QString &dataDir, qint64 orders)
{
    const QString path = dataDir + QStringLiteral("/orders_%1_seed1.csv").arg(orders);
    if (QFileInfo(path).size() > 0)
        return path;
    out() << "generating " << path << " …\n";
    out().flush();
    QProcess process;
    process.start(QStringLiteral("python3"),
        {QStringLiteral(CLIENTELE_SHARED_DIR "/tools/gen_orders.py"), QStringLiteral("--orders"),
            QString::number(orders), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("-o"),
            path + QStringLiteral(".tmp")});
    process.waitForFinished(-1);
    // Written under another name first, so an interrupted run does not leave a truncated cache file.
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !QFile::rename(path + QStringLiteral(".tmp"), path))
        return QString();
    return path;
}

// Imports in a child process so each measurement has its own peak RSS.
bool measureImport(const QString &csv, const QString &workspacePath, double *seconds, qint64 *peakKiB, qint64 *orders)
{
    QFile::remove(workspacePath);
    QFile::remove(workspacePath + QStringLiteral("-wal"));
    QFile::remove(workspacePath + QStringLiteral("-shm"));
    int pipeFd[2];
    if (pipe(pipeFd) != 0)
        return false;
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFd[0]);
        QString error;
        auto workspace = Workspace::open(workspacePath, &error);
        if (!workspace)
            _exit(2);
        ImportOptions options;
        options.timeZone = QTimeZone::utc();
        QElapsedTimer timer;
        timer.start();
        const ImportSummary summary = importFile(*workspace, csv, options);
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        const QByteArray line = QByteArray::number(elapsed, 'f', 3) + ' ' + QByteArray::number(summary.ordersAdded);
        if (write(pipeFd[1], line.constData(), size_t(line.size())) < 0)
            _exit(3);
        _exit(summary.outcome == ImportSummary::Outcome::Completed ? 0 : 1);
    }
    close(pipeFd[1]);
    char buffer[128] = {};
    const ssize_t n = read(pipeFd[0], buffer, sizeof buffer - 1);
    close(pipeFd[0]);
    int status = 0;
    struct rusage usage
    {
    };
    wait4(child, &status, 0, &usage);
    if (n <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return false;
    const QList<QByteArray> parts = QByteArray(buffer, n).split(' ');
    *seconds = parts.value(0).toDouble();
    *orders = parts.value(1).toLongLong();
    *peakKiB = usage.ru_maxrss;
    return true;
}

int benchImport(const QStringList &arguments)
{
    QStringList sizes = arguments;
    if (sizes.isEmpty())
        sizes = {QStringLiteral("1000000"), QStringLiteral("2000000")};
    const QString dataDir = QDir::currentPath() + QStringLiteral("/bench-data");
    QDir().mkpath(dataDir);
    out() << "| rows | file size | import time | rows/s | peak RSS |\n|---:|---:|---:|---:|---:|\n";
    for (const QString &size : sizes) {
        const QString csv = generateOrders(dataDir, size.toLongLong());
        if (csv.isEmpty()) {
            out() << "could not generate " << size << " rows (python3 and ../shared/tools/gen_orders.py needed)\n";
            return 1;
        }
        double best = 1e9;
        qint64 peak = 0, orders = 0;
        for (int run = 0; run < 3; ++run) {
            double seconds = 0;
            qint64 kib = 0;
            if (!measureImport(csv, dataDir + QStringLiteral("/bench.clientele"), &seconds, &kib, &orders)) {
                out() << "import of " << csv << " failed\n";
                return 1;
            }
            best = std::min(best, seconds);
            peak = std::max(peak, kib);
        }
        out() << "| " << size << " | " << QString::number(double(QFileInfo(csv).size()) / 1e6, 'f', 1) << " MB | "
              << QString::number(best, 'f', 2) << " s | " << QString::number(double(size.toLongLong()) / best, 'f', 0)
              << " | " << QString::number(double(peak) / 1024.0, 'f', 0) << " MiB |\n";
        out().flush();
        Q_UNUSED(orders);
    }
    return 0;
}
