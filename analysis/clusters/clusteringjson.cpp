#include "analysis/clusters/clustering.h"

#include "analysis/core/money.h"

#include <QJsonArray>

#include <cmath>

namespace clientele {

namespace {

// JSON has no NaN: an undefined silhouette is null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString errorKey(ClusteringError error)
{
    switch (error) {
    case ClusteringError::None:
        return {};
    case ClusteringError::InvalidOptions:
        return QStringLiteral("invalid_options");
    case ClusteringError::NoCustomers:
        return QStringLiteral("no_customers");
    case ClusteringError::TooFewCustomers:
        return QStringLiteral("too_few_customers");
    case ClusteringError::TooFewDistinctCustomers:
        return QStringLiteral("too_few_distinct_customers");
    case ClusteringError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

QJsonObject clusteringToJson(const ClusteringResult &result)
{
    QJsonArray features;
    for (const ClusterFeature f : result.features)
        features.append(clusterFeatureKey(f));
    if (!result.ok()) {
        return QJsonObject{{QStringLiteral("error"), errorKey(result.error)},
            {QStringLiteral("message"), result.errorMessage}, {QStringLiteral("features"), features},
            {QStringLiteral("customers"), result.customers}};
    }
    QJsonArray ks, silhouettes, inertias;
    for (const KCandidate &c : result.candidates) {
        ks.append(c.k);
        silhouettes.append(number(c.silhouette));
        inertias.append(number(c.inertia));
    }
    QJsonArray profiles;
    for (const ClusterProfile &p : result.profiles) {
        QJsonObject centroid;
        for (size_t f = 0; f < result.features.size() && f < p.centroidZ.size(); ++f)
            centroid.insert(clusterFeatureKey(result.features[f]), p.centroidZ[f]);
        QJsonObject profile{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("label"), p.labelEnglish},
            {QStringLiteral("label_zh"), p.labelChinese},
            {QStringLiteral("size"), p.size},
            {QStringLiteral("share"), p.share},
            {QStringLiteral("mean_recency_days"), p.meanRecencyDays},
            {QStringLiteral("mean_frequency"), p.meanFrequency},
            {QStringLiteral("revenue_share"), p.revenueShare},
            {QStringLiteral("mean_aov"), majorUnits(roundMinorUnits(p.meanAovMinor))},
            {QStringLiteral("mean_tenure_days"), p.meanTenureDays},
            {QStringLiteral("centroid_z"), centroid},
        };
        insertMoney(profile, QStringLiteral("mean_monetary"), p.meanMonetaryMinor);
        insertMoney(profile, QStringLiteral("revenue"), p.revenueMinor);
        profiles.append(profile);
    }
    QJsonArray explained;
    for (const double r : result.pcaExplainedVarianceRatio)
        explained.append(r);
    return QJsonObject{
        {QStringLiteral("k"), result.k},
        {QStringLiteral("chosen_by"),
            result.chosenBySilhouette ? QStringLiteral("silhouette") : QStringLiteral("fixed")},
        {QStringLiteral("features"), features},
        {QStringLiteral("seed"), QString::number(result.seed)}, // 64-bit: a string survives JSON doubles
        {QStringLiteral("customers"), result.customers},
        {QStringLiteral("search_sample_size"), result.searchSampleSize},
        {QStringLiteral("silhouette_sample_size"), result.silhouetteSampleSize},
        {QStringLiteral("k_values"), ks},
        {QStringLiteral("silhouette"), silhouettes},
        {QStringLiteral("inertia"), inertias},
        {QStringLiteral("final_inertia"), result.inertia},
        {QStringLiteral("profiles"), profiles},
        {QStringLiteral("pca"), QJsonObject{{QStringLiteral("explained_variance_ratio"), explained}}},
    };
}

} // namespace clientele
