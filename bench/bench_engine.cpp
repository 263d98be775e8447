// Engine refresh benchmark: load a workspace once, then time every analysis at the default as-of day.
#include "analysis/core/customersnapshot.h"
#include "analysis/engine/analysisrun.h"
#include "analysis/import/importer.h"
#include "analysis/predict/prediction.h"
#include "analysis/store/workspace.h"
#include "bench/benchmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

using namespace clientele;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Best of `runs` wall-clock milliseconds.
double timeIt(const std::function<void()> &work, int runs = 5)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int benchEngine(const QStringList &arguments)
{
    QString path = arguments.value(0);
    if (path.isEmpty()) {
        // The 1M-row file of the import benchmark (generated if missing), imported once here.
        path = QDir::currentPath() + QStringLiteral("/bench-data/engine-1m-gen2.clientele");
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(QDir::currentPath() + QStringLiteral("/bench-data"));
            const QString csv = generateOrders(QDir::currentPath() + QStringLiteral("/bench-data"), 1000000);
            if (csv.isEmpty()) {
                out() << "cannot generate the 1M-order file\n";
                return 1;
            }
            QString error;
            auto workspace = Workspace::open(path, &error);
            ImportOptions options;
            options.timeZone = QTimeZone::utc();
            if (!workspace || importFile(*workspace, csv, options).outcome != ImportSummary::Outcome::Completed) {
                out() << "cannot prepare " << path << '\n';
                return 1;
            }
        }
    }
    QString error;
    auto workspace = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
    if (!workspace) {
        out() << error << '\n';
        return 1;
    }
    CustomerTable table;
    const double loadMs = timeIt([&] { table = loadCustomerTable(*workspace, QTimeZone::utc()); }, 1);
    out() << "\n| step | time |\n|---|---:|\n";
    out() << "| load " << table.size() << " customers, " << table.orderCount() << " orders | "
          << QString::number(loadMs, 'f', 0) << " ms |\n";
    CustomerSnapshot snapshot;
    const double snapshotMs = timeIt([&] { snapshot = takeSnapshot(table, table.lastDay); });
    out() << "| as-of snapshot | " << QString::number(snapshotMs, 'f', 1) << " ms |\n";

    AnalysisParameters withoutClusters;
    withoutClusters.computeClusters = false;
    AnalysisResults results;
    const double refreshMs = timeIt([&] { results = runAnalyses(table, withoutClusters); });
    out() << "| refresh: snapshot + RFM + segments + lifecycle + 80/20 + tiers | " << QString::number(refreshMs, 'f', 1)
          << " ms |\n";
    AnalysisParameters fixedK;
    fixedK.clusters.k = 5;
    const double kmeansMs = timeIt([&] { results = runAnalyses(table, fixedK); }, 3) - refreshMs;
    out() << "| k-means, k = 5, 10 restarts, all customers | " << QString::number(kmeansMs, 'f', 0) << " ms |\n";
    AnalysisParameters everything;
    const double fullMs = timeIt([&] { results = runAnalyses(table, everything); }, 3);
    out() << "| refresh of everything incl. k search 2..10 (k = " << results.clusters.k << ") | "
          << QString::number(fullMs, 'f', 0) << " ms |\n";
    // A tier edit: the same table and every other parameter unchanged, so clusters are taken from the last
    // refresh (the GUI's AnalysisController passes its previous results the same way).
    AnalysisParameters tierEdit = everything;
    tierEdit.tiers.tiers.back().minSpendMinor += 100;
    AnalysisResults edited;
    const double tierEditMs = timeIt([&] { edited = runAnalyses(table, tierEdit, {}, &results); }, 3);
    out() << "| refresh after a tier edit (clusters reused: " << (edited.clustersReused ? "yes" : "no") << ") | "
          << QString::number(tierEditMs, 'f', 0) << " ms |\n";
    PredictionParameters prediction;
    prediction.holdoutDays = 0; // the fit and per-customer scores only
    PredictionResult predicted;
    const double predictMs = timeIt([&] { predicted = runPrediction(table, snapshot, prediction); }, 3);
    out() << "| BG/NBD + Gamma-Gamma fit and per-customer scores, " << table.size() << " customers | "
          << QString::number(predictMs, 'f', 0) << " ms |\n";
    prediction.holdoutDays = -1;
    const double holdoutMs = timeIt([&] { predicted = runPrediction(table, snapshot, prediction); }, 1);
    out() << "| … with the automatic calibration/holdout check | " << QString::number(holdoutMs, 'f', 0) << " ms |\n";
    out().flush();
    return 0;
}
