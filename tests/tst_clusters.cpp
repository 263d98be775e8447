#include "analysis/clusters/clusterfeatures.h"
#include "analysis/clusters/clustering.h"
#include "analysis/clusters/clusterlabels.h"
#include "analysis/clusters/kmeans.h"
#include "analysis/clusters/pca.h"
#include "analysis/core/customersnapshot.h"
#include "analysis/core/customertable.h"
#include "analysis/generate/ordergenerator.h"
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "support/clusterfixture.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <cstring>
#include <numeric>
#include <set>
#include <thread>

using namespace clientele;
using namespace Qt::StringLiterals;
using testsupport::Group;
using testsupport::snapshotOf;

Q_DECLARE_METATYPE(clientele::ClusteringError)
Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<qint32>)

namespace {

const std::vector<Group> kThreeGroups{
    {60, 2, 12, 600000}, // recent, frequent, 6 000.00 each
    {80, 400, 1, 3000},  // lapsed one-timers, 30.00
    {50, 90, 4, 50000},  // in between, 500.00
};

} // namespace

Q_DECLARE_METATYPE(std::vector<Group>)

class TestClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardise_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("sd");
        QTest::addColumn<std::vector<double>>("z");
        // mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 4 = 1.25, sd = √1.25 = 1.118034
        QTest::newRow("1..4") << std::vector<double>{1, 2, 3, 4} << 2.5 << std::sqrt(1.25)
                              << std::vector<double>{-1.5 / std::sqrt(1.25), -0.5 / std::sqrt(1.25),
                                     0.5 / std::sqrt(1.25), 1.5 / std::sqrt(1.25)};
        QTest::newRow("constant") << std::vector<double>{0.1, 0.1, 0.1} << 0.1 << 0.0 << std::vector<double>{0, 0, 0};
        QTest::newRow("single") << std::vector<double>{5} << 5.0 << 0.0 << std::vector<double>{0};
    }
    void standardise()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(double, mean);
        QFETCH(double, sd);
        QFETCH(std::vector<double>, z);
        Eigen::MatrixXd m(1, Eigen::Index(values.size()));
        for (size_t i = 0; i < values.size(); ++i)
            m(0, Eigen::Index(i)) = values[i];
        std::vector<double> means, sds;
        standardiseRows(m, &means, &sds);
        QVERIFY(std::abs(means[0] - mean) < 1e-12);
        QVERIFY(std::abs(sds[0] - sd) < 1e-12);
        for (size_t i = 0; i < z.size(); ++i)
            QVERIFY2(
                std::abs(m(0, Eigen::Index(i)) - z[i]) < 1e-12, qPrintable(QString::number(m(0, Eigen::Index(i)))));
        if (sd > 0) {
            QVERIFY(std::abs(m.row(0).mean()) < 1e-12);
            QVERIFY(std::abs(std::sqrt(m.row(0).squaredNorm() / double(m.cols())) - 1.0) < 1e-12);
        }
    }

    void featureMatrix()
    {
        // A: one order of 99.00 on day 990 → R 10, F 1, M 99.00.
        // B: orders of 10.00 on days 998, 999, 1000 and a return of 35.00 → R 0, F 3, M −5.00, clamped to 0.
        // C: first order after the as-of day → not active, not clustered.
        CustomerTableBuilder builder;
        builder.addCustomer(1, QStringLiteral("A"), QString(), {{990, 9900}});
        builder.addCustomer(
            2, QStringLiteral("B"), QString(), {{998, 1000}, {999, 1000}, {1000, 1000}}, {{1000, 3500}});
        builder.addCustomer(3, QStringLiteral("C"), QString(), {{1001, 500}});
        const CustomerTable table = builder.build();
        const CustomerSnapshot snapshot = takeSnapshot(table, testsupport::kClusterAsOf);
        QCOMPARE(rawClusterFeature(snapshot, 1, ClusterFeature::Monetary), 0.0);
        const FeatureMatrix m = buildFeatureMatrix(snapshot, defaultClusterFeatures());
        QCOMPARE(m.customers, (std::vector<quint32>{0, 1}));
        // log1p: R ln 11 and ln 1 = 0; F ln 2 and ln 4; M ln 100 and ln 1 = 0. Means are the midpoints.
        QVERIFY(std::abs(m.means[0] - std::log(11.0) / 2) < 1e-12);
        QVERIFY(std::abs(m.means[1] - 1.5 * std::log(2.0)) < 1e-12);
        QVERIFY(std::abs(m.means[2] - std::log(10.0)) < 1e-12);
        QVERIFY(std::abs(m.sds[2] - std::log(10.0)) < 1e-12);
        // Two customers: every non-constant feature standardises to ±1.
        const Eigen::Matrix<double, 3, 2> expected{{1, -1}, {-1, 1}, {1, -1}};
        QVERIFY((m.points - expected).cwiseAbs().maxCoeff() < 1e-12);
    }

    void kmeansRecoversBlobs_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("k2") << 2 << quint64(1);
        QTest::newRow("k3") << 3 << quint64(2);
        QTest::newRow("k5") << 5 << quint64(3);
        QTest::newRow("k6 other seed") << 6 << quint64(99);
    }
    void kmeansRecoversBlobs()
    {
        QFETCH(int, k);
        QFETCH(quint64, seed);
        std::vector<int> truth;
        const Eigen::MatrixXd points = testsupport::blobs(k, 40, &truth);
        KMeansOptions options;
        options.k = k;
        options.seed = seed;
        const KMeansFit fit = fitKMeans(points, options, CancelToken());
        QVERIFY(fit.ok());
        QVERIFY(fit.converged);
        QVERIFY(testsupport::samePartition(fit.assignment, truth));
        // Same seed, any thread count: bit-identical model.
        options.threads = 1;
        const KMeansFit again = fitKMeans(points, options, CancelToken());
        QCOMPARE(again.assignment, fit.assignment);
        QVERIFY(again.centroids == fit.centroids);
        QCOMPARE(again.inertia, fit.inertia);
        // Mean silhouette is highest at the true k.
        const double atTrue = meanSilhouette(points, fit.assignment, k);
        for (const int other : {k - 1, k + 1}) {
            if (other < 2)
                continue;
            options.k = other;
            const KMeansFit alt = fitKMeans(points, options, CancelToken());
            QVERIFY(meanSilhouette(points, alt.assignment, other) < atTrue);
        }
    }

    void silhouette_data()
    {
        QTest::addColumn<std::vector<double>>("x");
        QTest::addColumn<std::vector<qint32>>("labels");
        QTest::addColumn<double>("expected");
        // A = {0, 2}, B = {5, 6, 7}:
        //   0: a = 2,   b = (5+6+7)/3 = 6, s = 4/6   = 0.666667
        //   2: a = 2,   b = (3+4+5)/3 = 4, s = 2/4   = 0.5
        //   5: a = 1.5, b = (5+3)/2 = 4,   s = 2.5/4 = 0.625
        //   6: a = 1,   b = (6+4)/2 = 5,   s = 4/5   = 0.8
        //   7: a = 1.5, b = (7+5)/2 = 6,   s = 4.5/6 = 0.75      mean = 3.341667 / 5 = 0.668333
        QTest::newRow("two clusters") << std::vector<double>{0, 2, 5, 6, 7} << std::vector<qint32>{0, 0, 1, 1, 1}
                                      << (2.0 / 3 + 0.5 + 0.625 + 0.8 + 0.75) / 5;
        // {0} | {1, 3}: 0 is a singleton, s = 0; 1: a = 2, b = 1, s = −1/2; 3: a = 2, b = 3, s = 1/3.
        QTest::newRow("singleton") << std::vector<double>{0, 1, 3} << std::vector<qint32>{0, 1, 1}
                                   << (0.0 - 0.5 + 1.0 / 3) / 3;
        // Labels need not be sorted; an unused label (2 of k = 3) is ignored.
        QTest::newRow("unsorted, unused label")
            << std::vector<double>{7, 0, 6, 2, 5} << std::vector<qint32>{1, 0, 1, 0, 1}
            << (2.0 / 3 + 0.5 + 0.625 + 0.8 + 0.75) / 5;
        QTest::newRow("one cluster: undefined")
            << std::vector<double>{0, 1, 2} << std::vector<qint32>{0, 0, 0} << qQNaN();
    }
    void silhouette()
    {
        QFETCH(std::vector<double>, x);
        QFETCH(std::vector<qint32>, labels);
        QFETCH(double, expected);
        Eigen::MatrixXd points(1, Eigen::Index(x.size()));
        for (size_t i = 0; i < x.size(); ++i)
            points(0, Eigen::Index(i)) = x[i];
        for (const int threads : {1, 2}) {
            const double s = meanSilhouette(points, labels, 3, threads);
            if (std::isnan(expected))
                QVERIFY(std::isnan(s));
            else
                QVERIFY2(std::abs(s - expected) < 1e-12, qPrintable(QString::number(s)));
        }
    }

    void pca_data()
    {
        QTest::addColumn<std::vector<double>>("xy"); // x0, y0, x1, y1, …
        QTest::addColumn<double>("ratio1");
        QTest::addColumn<double>("pc1x");
        QTest::addColumn<double>("pc1y");
        QTest::addColumn<double>("pc2x");
        QTest::addColumn<double>("firstScore1"); // PC1 coordinate of the first point
        const double r2 = std::sqrt(0.5);
        // y = 2x + 1: all variance along (1, 2) / √5. First point (0, 1), mean (4.5, 10): score −4.5·√5.
        std::vector<double> line;
        for (int t = 0; t < 10; ++t)
            line.insert(line.end(), {double(t), 2.0 * t + 1});
        QTest::newRow("line") << line << 1.0 << 1 / std::sqrt(5.0) << 2 / std::sqrt(5.0) << 2 / std::sqrt(5.0)
                              << -4.5 * std::sqrt(5.0);
        // (2,0), (−2,0), (0,1), (0,−1): covariance diag(8/3, 2/3), ratios 0.8 / 0.2, axes x then y.
        QTest::newRow("axes") << std::vector<double>{2, 0, -2, 0, 0, 1, 0, -1} << 0.8 << 1.0 << 0.0 << 0.0 << 2.0;
        // (3,3), (−3,−3), (1,−1), (−1,1): Σx² = Σy² = 20, Σxy = 16, covariance [[20,16],[16,20]]/3,
        // eigenvalues 12 and 4/3 → ratio 0.9; PC1 (1,1)/√2; PC2 ±(1,−1)/√2, sign: first entry positive
        // (equal magnitudes). Score of (3,3) = 6/√2.
        QTest::newRow("diagonal") << std::vector<double>{3, 3, -3, -3, 1, -1, -1, 1} << 0.9 << r2 << r2 << r2 << 6 * r2;
    }
    void pca()
    {
        QFETCH(std::vector<double>, xy);
        QFETCH(double, ratio1);
        QFETCH(double, pc1x);
        QFETCH(double, pc1y);
        QFETCH(double, pc2x);
        QFETCH(double, firstScore1);
        Eigen::MatrixXd points(2, Eigen::Index(xy.size() / 2));
        for (size_t i = 0; i < xy.size() / 2; ++i)
            points.col(Eigen::Index(i)) << xy[2 * i], xy[2 * i + 1];
        const PcaResult result = computePca(points, 2);
        QVERIFY(std::abs(result.explainedVarianceRatio[0] - ratio1) < 1e-9);
        QVERIFY(std::abs(result.explainedVarianceRatio[1] - (1 - ratio1)) < 1e-9);
        QVERIFY(std::abs(result.components(0, 0) - pc1x) < 1e-9);
        QVERIFY(std::abs(result.components(1, 0) - pc1y) < 1e-9);
        QVERIFY(std::abs(result.components(0, 1) - pc2x) < 1e-9);
        QVERIFY(std::abs(result.projected(0, 0) - firstScore1) < 1e-9);
    }

    void labels_data()
    {
        QTest::addColumn<std::vector<double>>("z"); // R, F, M (then AOV, tenure when given)
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("champions") << std::vector<double>{-1, 1, 1} << u"High value, frequent, recent"_s
                                   << u"高价值·高频·近期"_s;
        QTest::newRow("lapsed one-timers")
            << std::vector<double>{1.2, -0.8, -0.6} << u"Lapsed one-timers"_s << u"流失的一次性客户"_s;
        QTest::newRow("lapsed high") << std::vector<double>{0.9, 0, 1} << u"Lapsed high spenders"_s
                                     << u"流失的高价值客户"_s;
        QTest::newRow("new") << std::vector<double>{-1, -1, 0} << u"Recent first-time buyers"_s << u"近期新客"_s;
        QTest::newRow("middle") << std::vector<double>{0, 0, 0} << u"Mid value, occasional, cooling"_s
                                << u"中等价值·中频·渐冷"_s;
        // ±0.5 exactly is still Mid: the thresholds are strict.
        QTest::newRow("boundaries") << std::vector<double>{0.5, 0.5, -0.5} << u"Mid value, occasional, cooling"_s
                                    << u"中等价值·中频·渐冷"_s;
        QTest::newRow("low value rare cooling")
            << std::vector<double>{0.2, -0.7, -0.9} << u"Low value, rare, cooling"_s << u"低价值·低频·渐冷"_s;
        QTest::newRow("with aov and tenure")
            << std::vector<double>{0, 1, 1, 0.8, -0.9} << u"High value, frequent, cooling, big baskets, new"_s
            << u"高价值·高频·渐冷·高客单价·新客"_s;
        QTest::newRow("mid aov, old") << std::vector<double>{-2, 2, 2, 0, 3}
                                      << u"High value, frequent, recent, long-standing"_s << u"高价值·高频·近期·老客"_s;
    }
    void labels()
    {
        QFETCH(std::vector<double>, z);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        std::vector<ClusterFeature> features = defaultClusterFeatures();
        if (z.size() == 5)
            features.insert(features.end(), {ClusterFeature::AverageOrderValue, ClusterFeature::Tenure});
        const ClusterLabel label = clusterLabel(features, z);
        QCOMPARE(label.english, english);
        QCOMPARE(label.chinese, chinese);
    }

    void pipelineChoosesTrueK_data()
    {
        QTest::addColumn<std::vector<Group>>("groups");
        QTest::addColumn<qint64>("searchSample");
        QTest::newRow("three groups, exact") << kThreeGroups << qint64(20000);
        QTest::newRow("three groups, sampled search") << kThreeGroups << qint64(100);
        QTest::newRow("four groups") << std::vector<Group>{{40, 1, 20, 900000}, {70, 500, 1, 2000}, {60, 60, 3, 30000},
            {30, 200, 8, 150000}} << qint64(20000);
    }
    void pipelineChoosesTrueK()
    {
        QFETCH(std::vector<Group>, groups);
        QFETCH(qint64, searchSample);
        std::vector<int> truth;
        const CustomerSnapshot snapshot = snapshotOf(groups, &truth);
        ClusteringOptions options;
        options.searchSampleSize = searchSample;
        options.silhouetteSampleSize = 90;
        const ClusteringResult result = runClustering(snapshot, options, CancelToken());
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QVERIFY(result.chosenBySilhouette);
        QCOMPARE(result.k, int(groups.size()));
        QCOMPARE(result.candidates.size(), size_t(9));
        QVERIFY(testsupport::samePartition(result.assignment, truth));
        for (size_t i = 1; i < result.candidates.size(); ++i)
            QVERIFY(result.candidates[i].inertia <= result.candidates[i - 1].inertia);
        // Profiles: revenue descending, ids 0..k−1, sizes and means of the generating groups.
        qint64 total = 0;
        for (const ClusterProfile &p : result.profiles) {
            QCOMPARE(p.id, int(&p - result.profiles.data()));
            if (p.id > 0)
                QVERIFY(p.revenueMinor <= result.profiles[size_t(p.id - 1)].revenueMinor);
            total += p.size;
        }
        QCOMPARE(total, result.customers);
        const ClusterProfile &top = result.profiles[0];
        const Group &richest = groups[size_t(truth[size_t(
            std::find(result.assignment.begin(), result.assignment.end(), 0) - result.assignment.begin())])];
        QCOMPARE(top.size, qint64(richest.count));
        QCOMPARE(top.meanFrequency, double(richest.frequency));
        QCOMPARE(top.meanRecencyDays, double(richest.recency));
        QVERIFY(std::abs(top.share - double(richest.count) / double(result.customers)) < 1e-12);
        QCOMPARE(result.pcaX.size(), size_t(result.customers));
        QVERIFY(result.pcaExplainedVarianceRatio[0] >= result.pcaExplainedVarianceRatio[1]);
    }

    // End to end: a generated export with four planted behaviour groups (analysis/generate), imported and
    // loaded like a shop's file. The automatic search must find four clusters, each almost entirely one
    // group (customer keys carry the group: "g2-C…"). Purity rather than an exact partition: the groups'
    // spreads (values drawn log-normally, exponential gaps) overlap at the edges as real shops' do.
    void plantedGroupsThroughImport()
    {
        QTemporaryDir dir;
        GeneratorOptions generated;
        generated.layout = GeneratedLayout::Generic;
        generated.orders = 30000;
        generated.seed = 5;
        generated.behaviourGroups = 4;
        generated.closedShare = 0;
        generated.returnShare = 0;
        QString error;
        const QString csv = testsupport::generateOrders(dir, u"groups.csv"_s, generated, &error);
        QVERIFY2(!csv.isEmpty(), qPrintable(error));
        auto workspace = Workspace::open(dir.filePath(u"w.clientele"_s), &error);
        QVERIFY2(workspace, qPrintable(error));
        ImportOptions importOptions;
        importOptions.timeZone = QTimeZone::utc();
        QCOMPARE(importFile(*workspace, csv, importOptions).outcome, ImportSummary::Outcome::Completed);
        const CustomerTable table = loadCustomerTable(*workspace, QTimeZone::utc(), &error);
        QVERIFY2(table.size() > 0, qPrintable(error));
        const CustomerSnapshot snapshot = takeSnapshot(table, table.lastDay);
        const ClusteringResult result = runClustering(snapshot, ClusteringOptions(), CancelToken());
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QVERIFY(result.chosenBySilhouette);
        QCOMPARE(result.k, 4);
        // counts[cluster][group]
        std::vector<std::array<qint64, 4>> counts(4, {0, 0, 0, 0});
        for (size_t c = 0; c < table.size(); ++c) {
            const int group = table.keys[c].mid(1, 1).toInt() - 1;
            QVERIFY(group >= 0 && group < 4);
            counts[size_t(result.assignment[c])][size_t(group)]++;
        }
        std::set<int> dominantGroups;
        for (const auto &row : counts) {
            const auto top = std::max_element(row.begin(), row.end());
            const qint64 size = std::accumulate(row.begin(), row.end(), qint64(0));
            qInfo("cluster of %lld customers: %.1f %% group %d", size, 100.0 * double(*top) / double(size),
                int(top - row.begin()) + 1);
            QVERIFY(double(*top) >= 0.95 * double(size));
            dominantGroups.insert(int(top - row.begin()));
        }
        QCOMPARE(dominantGroups.size(), size_t(4)); // one cluster per group
    }

    void determinism()
    {
        std::vector<int> truth;
        const CustomerSnapshot snapshot = snapshotOf(kThreeGroups, &truth);
        ClusteringOptions options;
        options.seed = 42;
        const ClusteringResult a = runClustering(snapshot, options, CancelToken());
        options.threads = 1;
        const ClusteringResult b = runClustering(snapshot, options, CancelToken());
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.centroids == b.centroids);
        QCOMPARE(a.assignment, b.assignment);
        QCOMPARE(a.inertia, b.inertia);
        QCOMPARE(a.pcaX, b.pcaX);
        // Another seed: on clear data the same partition, and with revenue ordering even the same ids.
        options.seed = 7;
        const ClusteringResult c = runClustering(snapshot, options, CancelToken());
        QCOMPARE(c.k, a.k);
        QCOMPARE(c.assignment, a.assignment);
        QVERIFY((c.centroids - a.centroids).cwiseAbs().maxCoeff() < 1e-9);
    }

    // The automatic k (and everything after it) is the same whatever the thread count and scheduling:
    // workers write to their own slots, combined in index order.
    void automaticKIgnoresThreads_data()
    {
        QTest::addColumn<std::vector<Group>>("groups");
        QTest::addColumn<qint64>("searchSample");
        QTest::newRow("three groups") << kThreeGroups << qint64(20000);
        QTest::newRow("three groups, sampled search") << kThreeGroups << qint64(100);
        // Overlapping groups: silhouettes of neighbouring k are close, where a summation order would show.
        QTest::newRow("overlapping") << std::vector<Group>{{40, 10, 3, 20000}, {45, 14, 4, 26000}, {30, 60, 2, 9000},
            {25, 70, 2, 11000}, {12, 5, 9, 80000}}
                                     << qint64(20000);
    }
    void automaticKIgnoresThreads()
    {
        QFETCH(std::vector<Group>, groups);
        QFETCH(qint64, searchSample);
        const CustomerSnapshot snapshot = snapshotOf(groups, nullptr);
        ClusteringOptions options;
        options.searchSampleSize = searchSample;
        options.silhouetteSampleSize = 120;
        options.threads = 1;
        const ClusteringResult serial = runClustering(snapshot, options, CancelToken());
        QVERIFY2(serial.ok(), qPrintable(serial.errorMessage));
        QVERIFY(serial.chosenBySilhouette);
        for (const int threads : {2, 3, 4, 8, 16}) {
            for (int run = 0; run < 3; ++run) {
                options.threads = threads;
                const ClusteringResult r = runClustering(snapshot, options, CancelToken());
                QCOMPARE(r.k, serial.k);
                QCOMPARE(r.candidates.size(), serial.candidates.size());
                for (size_t i = 0; i < r.candidates.size(); ++i) {
                    QCOMPARE(r.candidates[i].k, serial.candidates[i].k);
                    // Bit for bit, NaN included.
                    QVERIFY(std::memcmp(&r.candidates[i].silhouette, &serial.candidates[i].silhouette, sizeof(double))
                        == 0);
                    QCOMPARE(r.candidates[i].inertia, serial.candidates[i].inertia);
                }
                QCOMPARE(r.assignment, serial.assignment);
                QVERIFY(r.centroids == serial.centroids);
                QCOMPARE(r.inertia, serial.inertia);
            }
        }
    }

    void errors_data()
    {
        QTest::addColumn<std::vector<Group>>("groups");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("minK");
        QTest::addColumn<ClusteringError>("error");
        QTest::newRow("no customers") << std::vector<Group>{} << 0 << 2 << ClusteringError::NoCustomers;
        QTest::newRow("two customers, search")
            << std::vector<Group>{{2, 1, 1, 100}} << 0 << 2 << ClusteringError::TooFewCustomers;
        QTest::newRow("k > n") << std::vector<Group>{{3, 1, 1, 100}} << 5 << 2 << ClusteringError::TooFewCustomers;
        QTest::newRow("identical customers") << std::vector<Group>{{1, 5, 2, 100}, {1, 5, 2, 100}, {1, 5, 2, 100}} << 0
                                             << 2 << ClusteringError::TooFewDistinctCustomers;
        QTest::newRow("minK 1") << kThreeGroups << 0 << 1 << ClusteringError::InvalidOptions;
        QTest::newRow("fixed k ok") << kThreeGroups << 3 << 2 << ClusteringError::None;
    }
    void errors()
    {
        QFETCH(std::vector<Group>, groups);
        QFETCH(int, k);
        QFETCH(int, minK);
        QFETCH(ClusteringError, error);
        ClusteringOptions options;
        options.k = k;
        options.minK = minK;
        const ClusteringResult result = runClustering(snapshotOf(groups), options, CancelToken());
        QCOMPARE(result.error, error);
        QCOMPARE(result.errorMessage.isEmpty(), error == ClusteringError::None);
        const QJsonObject json = clusteringToJson(result);
        QCOMPARE(json.contains(QStringLiteral("error")), error != ClusteringError::None);
        if (error == ClusteringError::None)
            QCOMPARE(json.value(QStringLiteral("chosen_by")).toString(), QStringLiteral("fixed"));
    }

    void json()
    {
        const ClusteringResult result = runClustering(snapshotOf(kThreeGroups), ClusteringOptions(), CancelToken());
        const QJsonObject json = clusteringToJson(result);
        QCOMPARE(json.value(QStringLiteral("k")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("chosen_by")).toString(), QStringLiteral("silhouette"));
        QCOMPARE(json.value(QStringLiteral("k_values")).toArray().size(), 9);
        QCOMPARE(json.value(QStringLiteral("silhouette")).toArray().size(), 9);
        QCOMPARE(json.value(QStringLiteral("inertia")).toArray().size(), 9);
        QCOMPARE(json.value(QStringLiteral("pca"))
                     .toObject()
                     .value(QStringLiteral("explained_variance_ratio"))
                     .toArray()
                     .size(),
            2);
        const QJsonObject top = json.value(QStringLiteral("profiles")).toArray().at(0).toObject();
        // Group 0: 60 customers spending 6 000.00 + i × 6.00, i = 0..59: 360 000.00 + 6.00 × 1 770 = 370 620.00,
        // mean 6 177.00.
        QCOMPARE(top.value(QStringLiteral("revenue_minor")).toInteger(), 37062000);
        QCOMPARE(top.value(QStringLiteral("revenue")).toDouble(), 370620.00);
        QCOMPARE(top.value(QStringLiteral("mean_monetary_minor")).toInteger(), 617700);
        QCOMPARE(top.value(QStringLiteral("mean_monetary")).toDouble(), 6177.00);
        QCOMPARE(top.value(QStringLiteral("label")).toString(), QStringLiteral("High value, frequent, recent"));
        QCOMPARE(top.value(QStringLiteral("label_zh")).toString(), u"高价值·高频·近期"_s);
        QVERIFY(top.value(QStringLiteral("centroid_z")).toObject().contains(QStringLiteral("monetary")));
    }

    void cancellation()
    {
        // Already cancelled: every entry point returns at its first poll.
        CancelToken cancelled;
        cancelled.cancel();
        const ClusteringResult result = runClustering(snapshotOf(kThreeGroups), ClusteringOptions(), cancelled);
        QCOMPARE(result.error, ClusteringError::Cancelled);
        QVERIFY(
            std::isnan(meanSilhouette(Eigen::MatrixXd::Random(2, 50), std::vector<qint32>(50, 0), 1, 1, &cancelled)));
        // Cancelled while running: a long fit (tolerance 0, many restarts) stops well before it would end.
        const Eigen::MatrixXd points = Eigen::MatrixXd::Random(3, 200000);
        KMeansOptions options;
        options.k = 10;
        options.restarts = 50;
        options.tolerance = 0;
        options.threads = 1;
        CancelToken token;
        QElapsedTimer timer;
        timer.start();
        std::thread canceller([&token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            token.cancel();
        });
        const KMeansFit fit = fitKMeans(points, options, token);
        canceller.join();
        QCOMPARE(fit.error, KMeansError::Cancelled);
        QVERIFY(timer.elapsed() < 20000); // uncancelled, 50 restarts would take far longer; loose for loaded machines
    }
};

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
