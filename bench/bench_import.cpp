// Import benchmark: generates seeded order files with the project's generator (analysis/generate), imports each
// into a fresh workspace and reports wall time and peak memory. A benchmark, not a test.
#include "analysis/generate/ordergenerator.h"
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"

#include "bench/benchmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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
    // "gen2": files of the project's own generator (generic layout), not the earlier external script's.
    const QString path = dataDir + QStringLiteral("/orders_%1_seed1_gen2.csv").arg(orders);
    if (QFileInfo(path).size() > 0)
        return path;
    out() << "generating " << path << " …\n";
    out().flush();
    GeneratorOptions options;
    options.layout = GeneratedLayout::Generic;
    options.orders = orders;
    options.seed = 1;
    options.returnShare = 0;
    options.byteOrderMark = false;
    QString error;
    // Written atomically (QSaveFile), so an interrupted run leaves no truncated cache file.
    if (!writeOrderExport(path, options, nullptr, &error)) {
        out() << error << '\n';
        return QString();
    }
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
            out() << "could not generate " << size << " rows\n";
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
