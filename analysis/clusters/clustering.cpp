#include "analysis/clusters/clustering.h"

#include "analysis/clusters/clusterlabels.h"
#include "analysis/clusters/kmeans.h"
#include "analysis/clusters/parallel.h"
#include "analysis/clusters/pca.h"
#include "analysis/clusters/seededrandom.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace clientele {

namespace {

// Sub-stream numbers for SeededRandom::derive, fixed so that results never depend on call order.
constexpr quint64 kSearchSampleStream = 1;
constexpr quint64 kSilhouetteSampleStream = 2;
constexpr quint64 kFitStreamBase = 1000; // + k

ClusteringResult failure(ClusteringResult result, ClusteringError error, const QString &message)
{
    result.error = error;
    result.errorMessage = message;
    return result;
}

// `count` distinct indices of [0, n), uniformly, ascending: partial Fisher–Yates with our own sampler.
std::vector<quint32> seededSample(quint32 n, quint32 count, quint64 seed)
{
    std::vector<quint32> all(n);
    std::iota(all.begin(), all.end(), 0u);
    if (count >= n)
        return all;
    SeededRandom random(seed);
    for (quint32 i = 0; i < count; ++i)
        std::swap(all[i], all[i + quint32(random.below(n - i))]);
    all.resize(count);
    std::sort(all.begin(), all.end());
    return all;
}

Eigen::MatrixXd columns(const Eigen::MatrixXd &points, const std::vector<quint32> &which)
{
    Eigen::MatrixXd out(points.rows(), Eigen::Index(which.size()));
    for (size_t i = 0; i < which.size(); ++i)
        out.col(Eigen::Index(i)) = points.col(Eigen::Index(which[i]));
    return out;
}

qint64 roundedMean(qint64 sum, qint64 count)
{
    if (count <= 0)
        return 0;
    const qint64 half = count / 2;
    return sum >= 0 ? (sum + half) / count : -((-sum + half) / count);
}

QString validate(const ClusteringOptions &o)
{
    const std::set<ClusterFeature> unique(o.features.begin(), o.features.end());
    if (o.features.empty() || unique.size() != o.features.size())
        return QCoreApplication::translate("clientele::Clustering", "Choose at least one feature, each at most once.");
    if (o.k < 0 || o.minK < 2 || o.maxK < o.minK || o.restarts < 1 || o.searchRestarts < 1 || o.maxIterations < 1
        || !(o.tolerance >= 0) || o.searchSampleSize < std::max(o.maxK, o.k) + 1 || o.silhouetteSampleSize < 2)
        return QCoreApplication::translate("clientele::Clustering", "Invalid clustering settings.");
    return {};
}

// Renumbers clusters by revenue (descending; ties: larger first, then the old id) and fills profiles.
void buildProfiles(
    ClusteringResult &result, const CustomerSnapshot &snapshot, const FeatureMatrix &features, const KMeansFit &fit)
{
    const int k = int(fit.centroids.cols());
    struct Sums
    {
        qint64 size = 0, recency = 0, frequency = 0, revenue = 0, aov = 0, tenure = 0;
    };
    std::vector<Sums> sums(static_cast<size_t>(k));
    qint64 totalRevenue = 0;
    for (size_t j = 0; j < features.customers.size(); ++j) {
        const size_t c = features.customers[j];
        Sums &s = sums[size_t(fit.assignment[j])];
        ++s.size;
        s.recency += snapshot.recencyDays[c];
        s.frequency += snapshot.frequency[c];
        s.revenue += snapshot.monetaryMinor[c];
        s.aov += snapshot.averageOrderValueMinor(c);
        s.tenure += snapshot.tenureDays[c];
        totalRevenue += snapshot.monetaryMinor[c];
    }
    std::vector<int> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Sums &x = sums[size_t(a)];
        const Sums &y = sums[size_t(b)];
        if (x.revenue != y.revenue)
            return x.revenue > y.revenue;
        if (x.size != y.size)
            return x.size > y.size;
        return a < b;
    });
    std::vector<qint32> newId(static_cast<size_t>(k));
    result.centroids.resize(fit.centroids.rows(), k);
    QStringList seen;
    for (int id = 0; id < k; ++id) {
        const int old = order[size_t(id)];
        newId[size_t(old)] = id;
        const Sums &s = sums[size_t(old)];
        result.centroids.col(id) = fit.centroids.col(old);
        ClusterProfile p;
        p.id = id;
        p.size = s.size;
        p.share = result.customers > 0 ? double(s.size) / double(result.customers) : 0.0;
        const double size = double(std::max<qint64>(1, s.size));
        p.meanRecencyDays = double(s.recency) / size;
        p.meanFrequency = double(s.frequency) / size;
        p.meanMonetaryMinor = roundedMean(s.revenue, s.size);
        p.revenueMinor = s.revenue;
        p.revenueShare = totalRevenue > 0 ? double(s.revenue) / double(totalRevenue) : 0.0;
        p.meanAovMinor = double(s.aov) / size;
        p.meanTenureDays = double(s.tenure) / size;
        p.centroidZ.assign(fit.centroids.col(old).data(), fit.centroids.col(old).data() + fit.centroids.rows());
        const ClusterLabel label = clusterLabel(result.features, p.centroidZ);
        // Two clusters can land on the same words; number the repeats so a legend stays unambiguous.
        const qsizetype repeats = seen.count(label.english);
        seen << label.english;
        const QString suffix = repeats > 0 ? QStringLiteral(" (") + QString::number(repeats + 1) + u')' : QString();
        p.labelEnglish = label.english + suffix;
        p.labelChinese = label.chinese + suffix;
        result.profiles.push_back(std::move(p));
    }
    result.assignment.assign(snapshot.size(), -1);
    for (size_t j = 0; j < features.customers.size(); ++j)
        result.assignment[features.customers[j]] = newId[size_t(fit.assignment[j])];
}

} // namespace

ClusteringResult runClustering(
    const CustomerSnapshot &snapshot, const ClusteringOptions &options, const CancelToken &cancel)
{
    ClusteringResult result;
    result.features = options.features;
    result.seed = options.seed;
    if (const QString problem = validate(options); !problem.isEmpty())
        return failure(std::move(result), ClusteringError::InvalidOptions, problem);
    FeatureMatrix features = buildFeatureMatrix(snapshot, options.features);
    result.featureMeans = features.means;
    result.featureSds = features.sds;
    result.customers = features.count();
    result.rows = features.customers;
    const qint64 n = features.count();
    if (n == 0)
        return failure(std::move(result), ClusteringError::NoCustomers,
            QCoreApplication::translate("clientele::Clustering", "There are no customers to cluster."));
    const int threads = clusterThreadCount(options.threads);
    auto fitOptions = [&](int k, int restarts) {
        KMeansOptions o;
        o.k = k;
        o.restarts = restarts;
        o.maxIterations = options.maxIterations;
        o.tolerance = options.tolerance;
        o.seed = SeededRandom::derive(options.seed, kFitStreamBase + quint64(k));
        o.threads = threads;
        return o;
    };
    auto fitFailure = [&](KMeansError error, int k) {
        if (error == KMeansError::Cancelled)
            return failure(std::move(result), ClusteringError::Cancelled,
                QCoreApplication::translate("clientele::Clustering", "Clustering was cancelled."));
        if (error == KMeansError::TooFewDistinctPoints)
            return failure(std::move(result), ClusteringError::TooFewDistinctCustomers,
                QCoreApplication::translate(
                    "clientele::Clustering", "Fewer than %1 customers differ in the chosen features.")
                    .arg(k));
        return failure(std::move(result), ClusteringError::TooFewCustomers,
            QCoreApplication::translate("clientele::Clustering", "%1 customers are too few for %2 clusters.")
                .arg(n)
                .arg(k));
    };

    KMeansFit final;
    if (options.k > 0) {
        if (n < options.k)
            return fitFailure(KMeansError::TooFewPoints, options.k);
        final = fitKMeans(features.points, fitOptions(options.k, options.restarts), cancel);
        if (!final.ok())
            return fitFailure(final.error, options.k);
        result.searchSampleSize = n;
        const auto silRows = seededSample(quint32(n), quint32(std::min(n, options.silhouetteSampleSize)),
            SeededRandom::derive(options.seed, kSilhouetteSampleStream));
        std::vector<qint32> labels(silRows.size());
        for (size_t i = 0; i < silRows.size(); ++i)
            labels[i] = final.assignment[silRows[i]];
        result.silhouetteSampleSize = qint64(silRows.size());
        const double s = meanSilhouette(columns(features.points, silRows), labels, options.k, threads, &cancel);
        result.candidates.push_back({options.k, s, final.inertia});
    } else {
        const int maxK = int(std::min<qint64>(options.maxK, n - 1)); // silhouette needs k < n
        if (maxK < options.minK)
            return failure(std::move(result), ClusteringError::TooFewCustomers,
                QCoreApplication::translate(
                    "clientele::Clustering", "%1 customers are too few to compare %2 or more clusters.")
                    .arg(n)
                    .arg(options.minK));
        const auto searchRows = seededSample(quint32(n), quint32(std::min(n, options.searchSampleSize)),
            SeededRandom::derive(options.seed, kSearchSampleStream));
        const Eigen::MatrixXd search = columns(features.points, searchRows);
        const qint64 searchCount = qint64(searchRows.size());
        const auto silPositions
            = seededSample(quint32(searchCount), quint32(std::min(searchCount, options.silhouetteSampleSize)),
                SeededRandom::derive(options.seed, kSilhouetteSampleStream));
        result.searchSampleSize = searchCount;
        result.silhouetteSampleSize = qint64(silPositions.size());
        std::vector<KMeansFit> fits;
        std::vector<std::vector<qint32>> labellings;
        std::vector<int> ks;
        for (int k = options.minK; k <= maxK; ++k) {
            // Fewer restarts per k keep the search fast; the silhouette compares partitions, and the winner is
            // refined on every customer afterwards.
            KMeansFit fit = fitKMeans(search, fitOptions(k, options.searchRestarts), cancel);
            if (fit.error == KMeansError::TooFewDistinctPoints && k > options.minK)
                break; // larger k cannot do better; compare the k values that worked
            if (!fit.ok())
                return fitFailure(fit.error, k);
            std::vector<qint32> labels(silPositions.size());
            for (size_t i = 0; i < silPositions.size(); ++i)
                labels[i] = fit.assignment[silPositions[i]];
            labellings.push_back(std::move(labels));
            ks.push_back(k);
            fits.push_back(std::move(fit));
        }
        const std::vector<double> silhouettes
            = meanSilhouettes(columns(search, silPositions), labellings, ks, threads, &cancel);
        if (cancel.isCancelled())
            return fitFailure(KMeansError::Cancelled, 0);
        size_t best = 0;
        for (size_t i = 0; i < ks.size(); ++i) {
            result.candidates.push_back({ks[i], silhouettes[i], fits[i].inertia});
            // Highest silhouette wins; a tie keeps the smaller k (simpler to act on). NaN never wins.
            if (std::isnan(silhouettes[best]) || silhouettes[i] > silhouettes[best])
                best = i;
        }
        result.chosenBySilhouette = true;
        // The search model is refined on every customer (Lloyd from its centroids); when the sample was
        // everyone this converges at once and changes nothing.
        final = refineKMeans(features.points, fits[best].centroids, options.maxIterations, options.tolerance, cancel);
        if (!final.ok())
            return fitFailure(final.error, ks[best]);
    }
    result.k = int(final.centroids.cols());
    result.inertia = final.inertia;
    buildProfiles(result, snapshot, features, final);

    const PcaResult pca = computePca(features.points, 2);
    result.pcaExplainedVarianceRatio = pca.explainedVarianceRatio;
    result.pcaComponents = pca.components;
    result.pcaX.assign(size_t(n), 0.0);
    result.pcaY.assign(size_t(n), 0.0);
    for (Eigen::Index j = 0; j < Eigen::Index(n); ++j) {
        if (pca.projected.rows() > 0)
            result.pcaX[size_t(j)] = pca.projected(0, j);
        if (pca.projected.rows() > 1)
            result.pcaY[size_t(j)] = pca.projected(1, j);
    }
    result.pcaExplainedVarianceRatio.resize(2, 0.0);
    return result;
}

} // namespace clientele
