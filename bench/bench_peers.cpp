// Peer benchmark: Clientele against the tools a user would pick instead, on the same seeded file.
//  - Clientele: import (child process, peak RSS), load + analysis refresh, k-means k = 5 × 10 restarts;
//  - sqlite3 CLI: `.import` into a fresh database, then bench/peers_rfm.sql (GROUP BY RFM + NTILE scores);
//  - pandas: read_csv + groupby RFM with quintile scores (bench/peers.py);
//  - scikit-learn: KMeans(k = 5, n_init = 10) on the same standardised log1p R/F/M features.
// Peers that are not installed are reported as such. A benchmark, not a test.
#include "analysis/clusters/clusterfeatures.h"
#include "analysis/clusters/kmeans.h"
#include "analysis/core/customersnapshot.h"
#include "analysis/core/customertable.h"
#include "analysis/engine/analysisrun.h"
#include "analysis/store/workspace.h"

#include "bench/benchmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <functional>
#include <optional>
#include <vector>

using namespace clientele;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct ChildRun
{
    bool ok = false;
    double seconds = 0.0; // wall clock, fork to exit
    qint64 peakKiB = 0;   // ru_maxrss of the child (wait4)
    QByteArray output;    // its stdout
};

// Runs a program with its stdout captured and stderr discarded; wall time and peak RSS from wait4.
ChildRun runChild(const QStringList &command)
{
    ChildRun run;
    std::vector<QByteArray> storage;
    for (const QString &argument : command)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    int pipeFd[2];
    if (pipe(pipeFd) != 0)
        return run;
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child < 0)
        return run;
    if (child == 0) {
        dup2(pipeFd[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            dup2(devNull, STDERR_FILENO);
        close(pipeFd[0]);
        close(pipeFd[1]);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    close(pipeFd[1]);
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(pipeFd[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        run.output.append(buffer, n);
    }
    close(pipeFd[0]);
    int status = 0;
    struct rusage usage
    {
    };
    wait4(child, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakKiB = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

QHash<QByteArray, QByteArray> keyValues(const QByteArray &output)
{
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// One measured figure; absent when the tool is missing or the step failed.
struct Figure
{
    std::optional<double> seconds;
    std::optional<qint64> peakKiB;
};

QString seconds(const Figure &figure)
{
    if (!figure.seconds)
        return QStringLiteral("–");
    const double s = *figure.seconds;
    return s < 1.0 ? QString::number(s * 1000.0, 'f', 0) + QStringLiteral(" ms")
                   : QString::number(s, 'f', 2) + QStringLiteral(" s");
}

QString memory(const Figure &figure)
{
    return figure.peakKiB ? QString::number(double(*figure.peakKiB) / 1024.0, 'f', 0) + QStringLiteral(" MiB")
                          : QStringLiteral("–");
}

// "2.3×" = the peer takes 2.3 times as long as Clientele.
QString ratio(const Figure &peer, const Figure &ours)
{
    if (!peer.seconds || !ours.seconds || *ours.seconds <= 0.0)
        return QString();
    return QStringLiteral(" (%1×)").arg(QString::number(*peer.seconds / *ours.seconds, 'f', 1));
}

struct SizeResult
{
    qint64 rows = 0;
    qint64 customers = 0;
    Figure clienteleImport, clienteleLoad, clienteleRefresh, clienteleKMeans;
    Figure sqliteImport, sqliteQuery;
    Figure pandasRead, pandasRfm, pandasProcess, sklearnKMeans;
    QString pandasNote, sklearnNote, sqliteNote;
};

bool measureClientele(const QString &csv, const QString &dataDir, int runs, SizeResult *result)
{
    const QString workspacePath = dataDir + QStringLiteral("/peers.clientele");
    double best = 1e18;
    qint64 peak = 0, orders = 0;
    for (int run = 0; run < runs; ++run) {
        double s = 0;
        qint64 kib = 0;
        if (!measureImport(csv, workspacePath, &s, &kib, &orders)) {
            out() << "Clientele import of " << csv << " failed\n";
            return false;
        }
        best = std::min(best, s);
        peak = std::max(peak, kib);
    }
    result->clienteleImport = {best, peak};

    QString error;
    auto workspace = Workspace::open(workspacePath, &error, Workspace::OpenMode::ReadOnly);
    if (!workspace) {
        out() << error << '\n';
        return false;
    }
    CustomerTable table;
    result->clienteleLoad.seconds = bestOf(1, [&] { table = loadCustomerTable(*workspace, QTimeZone::utc()); });
    result->customers = qint64(table.size());
    AnalysisParameters withoutClusters;
    withoutClusters.computeClusters = false;
    AnalysisResults results;
    result->clienteleRefresh.seconds = bestOf(5, [&] { results = runAnalyses(table, withoutClusters); });

    // k-means alone on the cluster features of the default as-of day, like scikit-learn's fit().
    const CustomerSnapshot snapshot = takeSnapshot(table, table.lastDay);
    const FeatureMatrix features = buildFeatureMatrix(snapshot, defaultClusterFeatures());
    KMeansOptions options;
    options.k = 5;
    options.restarts = 10;
    KMeansFit fit;
    result->clienteleKMeans.seconds = bestOf(runs, [&] { fit = fitKMeans(features.points, options, CancelToken()); });
    out() << "  Clientele k-means: " << features.points.cols() << " customers, inertia "
          << QString::number(fit.inertia, 'f', 1) << ", " << fit.iterations << " iterations\n";
    return true;
}

void measureSqlite(const QString &csv, const QString &dataDir, int runs, SizeResult *result)
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        result->sqliteNote = QStringLiteral("not installed");
        return;
    }
    const QString database = dataDir + QStringLiteral("/peers-sqlite.db");
    Figure import{1e18, 0}, query{1e18, 0};
    for (int run = 0; run < runs; ++run) {
        removeDatabase(database);
        const ChildRun imported = runChild({QStringLiteral("sqlite3"), database, QStringLiteral(".mode csv"),
            QStringLiteral(".import ") + csv + QStringLiteral(" orders")});
        const ChildRun queried = runChild(
            {QStringLiteral("sqlite3"), database, QStringLiteral(".read " CLIENTELE_BENCH_DIR "/peers_rfm.sql")});
        if (!imported.ok || !queried.ok) {
            result->sqliteNote = QStringLiteral("failed");
            return;
        }
        if (run == 0)
            out() << "  sqlite3 RFM summary: " << QString::fromUtf8(queried.output.trimmed()) << '\n';
        import = {std::min(*import.seconds, imported.seconds), std::max(*import.peakKiB, imported.peakKiB)};
        query = {std::min(*query.seconds, queried.seconds), std::max(*query.peakKiB, queried.peakKiB)};
    }
    removeDatabase(database);
    result->sqliteImport = import;
    result->sqliteQuery = query;
}

void measurePython(const QString &csv, int runs, SizeResult *result)
{
    const QString script = QStringLiteral(CLIENTELE_BENCH_DIR "/peers.py");
    // Debian's python3-pandas lives in /usr/bin/python3's path, which may not be the python3 first on PATH
    // (pyenv, venv): take the first interpreter that has pandas.
    QString python = QStringLiteral("python3");
    QHash<QByteArray, QByteArray> versions;
    bool havePandas = false;
    for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        const ChildRun check = runChild({candidate, script, QStringLiteral("check")});
        versions = keyValues(check.output);
        havePandas = check.ok && !versions.value("pandas").isEmpty();
        if (havePandas) {
            python = candidate;
            break;
        }
    }
    const bool haveSklearn = havePandas && !versions.value("sklearn").isEmpty();
    if (!havePandas) {
        result->pandasNote = QStringLiteral("not installed");
        result->sklearnNote = QStringLiteral("not installed");
        return;
    }
    result->pandasNote = QStringLiteral("pandas ") + QString::fromUtf8(versions.value("pandas"));
    result->sklearnNote = haveSklearn ? QStringLiteral("scikit-learn ") + QString::fromUtf8(versions.value("sklearn"))
                                      : QStringLiteral("not installed");
    QStringList command{python, script, QStringLiteral("rfm"), csv};
    if (haveSklearn)
        command << QStringLiteral("--kmeans");
    for (int run = 0; run < runs; ++run) {
        const ChildRun child = runChild(command);
        const auto values = keyValues(child.output);
        if (!child.ok || !values.contains("rfm_seconds")) {
            result->pandasNote += QStringLiteral(" (failed)");
            return;
        }
        auto keepBest = [](Figure *figure, double s, std::optional<qint64> kib) {
            if (!figure->seconds || s < *figure->seconds)
                figure->seconds = s;
            if (kib && (!figure->peakKiB || *kib > *figure->peakKiB))
                figure->peakKiB = kib;
        };
        const qint64 rssBeforeKMeans = values.value("rss_kib_before_kmeans").toLongLong();
        keepBest(&result->pandasRead, values.value("read_seconds").toDouble(), rssBeforeKMeans);
        keepBest(&result->pandasRfm, values.value("rfm_seconds").toDouble(), std::nullopt);
        keepBest(&result->pandasProcess, child.seconds, child.peakKiB);
        if (values.contains("kmeans_seconds")) {
            keepBest(&result->sklearnKMeans, values.value("kmeans_seconds").toDouble(), std::nullopt);
            if (run == 0)
                out() << "  scikit-learn k-means: inertia " << QString::fromUtf8(values.value("kmeans_inertia")) << ", "
                      << QString::fromUtf8(values.value("kmeans_iterations")) << " iterations\n";
        }
        if (run == 0)
            out() << "  pandas: " << QString::fromUtf8(values.value("customers")) << " customers, "
                  << QString::fromUtf8(values.value("orders")) << " completed orders\n";
    }
}

Figure sum(const Figure &a, const Figure &b, const Figure &c = Figure{0.0, std::nullopt})
{
    if (!a.seconds || !b.seconds || !c.seconds)
        return {};
    return {*a.seconds + *b.seconds + *c.seconds, std::nullopt};
}

void printTable(const SizeResult &r)
{
    out() << "\n### " << QLocale::c().toString(r.rows) << " orders (" << QLocale::c().toString(r.customers)
          << " customers)\n\n"
          << "| step | Clientele | sqlite3 CLI | pandas"
          << (r.pandasNote.startsWith(u'p') ? QString() : QStringLiteral(" (") + r.pandasNote + u')')
          << " | scikit-learn"
          << (r.sklearnNote.startsWith(u's') ? QString() : QStringLiteral(" (") + r.sklearnNote + u')')
          << " |\n|---|---:|---:|---:|---:|\n";
    out() << "| import / read the file | " << seconds(r.clienteleImport) << " | " << seconds(r.sqliteImport)
          << ratio(r.sqliteImport, r.clienteleImport) << " | " << seconds(r.pandasRead)
          << ratio(r.pandasRead, r.clienteleImport) << " | |\n";
    out() << "| peak RSS of that step | " << memory(r.clienteleImport) << " | " << memory(r.sqliteImport) << " | "
          << memory(r.pandasRead) << " | |\n";
    out() << "| load into memory | " << seconds(r.clienteleLoad) << " | – | (in read) | |\n";
    out() << "| RFM: per-customer aggregation + scores | " << seconds(r.clienteleRefresh) << " (full refresh) | "
          << seconds(r.sqliteQuery) << ratio(r.sqliteQuery, r.clienteleRefresh) << " | " << seconds(r.pandasRfm)
          << ratio(r.pandasRfm, r.clienteleRefresh) << " | |\n";
    const Figure oursTotal = sum(r.clienteleImport, r.clienteleLoad, r.clienteleRefresh);
    const Figure sqliteTotal = sum(r.sqliteImport, r.sqliteQuery);
    const Figure pandasTotal = sum(r.pandasRead, r.pandasRfm);
    out() << "| file to RFM, total | " << seconds(oursTotal) << " | " << seconds(sqliteTotal)
          << ratio(sqliteTotal, oursTotal) << " | " << seconds(pandasTotal) << ratio(pandasTotal, oursTotal)
          << " | |\n";
    out() << "| k-means k = 5, 10 starts, all customers | " << seconds(r.clienteleKMeans) << " | – | – | "
          << seconds(r.sklearnKMeans) << ratio(r.sklearnKMeans, r.clienteleKMeans) << " |\n";
    out() << "| whole process peak RSS | " << memory(r.clienteleImport) << " (import) | " << memory(r.sqliteQuery)
          << " (query) | " << memory(r.pandasProcess) << " | (same process) |\n";
    out() << "\n(n×) = the peer's time ÷ Clientele's for the same step. " << r.pandasNote << ", " << r.sklearnNote
          << (r.sqliteNote.isEmpty() ? QString() : QStringLiteral(", sqlite3 ") + r.sqliteNote) << ".\n";
    out().flush();
}

} // namespace

int benchPeers(const QStringList &arguments)
{
    QStringList sizes = arguments;
    if (sizes.isEmpty())
        sizes = {QStringLiteral("1000000"), QStringLiteral("10000000")};
    const QString dataDir = QDir::currentPath() + QStringLiteral("/bench-data");
    QDir().mkpath(dataDir);
    for (const QString &size : sizes) {
        SizeResult result;
        result.rows = size.toLongLong();
        const QString csv = generateOrders(dataDir, result.rows);
        if (csv.isEmpty()) {
            out() << "could not generate " << size << " rows\n";
            return 1;
        }
        // Best of 3 up to 2M rows; a single run of each tool above that (each takes tens of seconds).
        const int runs = result.rows <= 2000000 ? 3 : 1;
        out() << "peers on " << csv << ", best of " << runs << ":\n";
        out().flush();
        if (!measureClientele(csv, dataDir, runs, &result))
            return 1;
        measureSqlite(csv, dataDir, runs, &result);
        measurePython(csv, runs, &result);
        printTable(result);
    }
    return 0;
}
