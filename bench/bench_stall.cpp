// Event-loop responsiveness during an import: runs the GUI's ImportJob (worker thread, throttled
// progress posted to the main thread) on a generated file while a 5 ms QTimer on the main thread
// records the longest gap between its ticks. A benchmark, not a test.
#include "analysis/store/workspace.h"
#include "models/importjob.h"

#include "bench/benchmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace clientele;

int benchStall(const QStringList &arguments)
{
    QTextStream out(stdout);
    const qint64 rows = arguments.value(0, QStringLiteral("10000000")).toLongLong();
    const QString dataDir = QDir::currentPath() + QStringLiteral("/bench-data");
    QDir().mkpath(dataDir);
    const QString csv = generateOrders(dataDir, rows);
    if (csv.isEmpty()) {
        out << "could not generate " << rows << " rows\n";
        return 1;
    }
    const QString workspacePath = dataDir + QStringLiteral("/stall.clientele");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(workspacePath + QLatin1String(suffix));
    {
        QString error;
        if (!Workspace::open(workspacePath, &error)) { // created here, as the GUI does before importing
            out << error << '\n';
            return 1;
        }
    }

    std::vector<qint64> gaps; // ms between consecutive timer ticks
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { gaps.push_back(sinceTick.restart()); });
    qint64 progressSignals = 0;
    ImportJob job;
    QObject::connect(&job, &ImportJob::progress, [&](qint64, qint64) { ++progressSignals; });
    QObject::connect(&job, &ImportJob::finished, [&](const ImportSummary &) { QCoreApplication::quit(); });
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    job.start(workspacePath, csv, options);
    QCoreApplication::exec();
    ticker.stop();
    const double seconds = double(total.elapsed()) / 1000.0;
    std::sort(gaps.begin(), gaps.end());
    const auto percentile
        = [&](double p) { return gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, size_t(p * double(gaps.size())))]; };
    out << "import of " << rows << " rows through ImportJob: " << QString::number(seconds, 'f', 2) << " s, outcome "
        << int(job.summary().outcome) << ", " << job.summary().ordersAdded << " orders, " << progressSignals
        << " progress signals\n"
        << "5 ms timer: " << gaps.size() << " ticks, median gap " << percentile(0.5) << " ms, p99 " << percentile(0.99)
        << " ms, longest " << (gaps.empty() ? 0 : gaps.back()) << " ms (target ≤ 50 ms)\n";
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(workspacePath + QLatin1String(suffix));
    return job.summary().outcome == ImportSummary::Outcome::Completed ? 0 : 1;
}
