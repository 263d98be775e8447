#include "analysis/rfm/rfmjson.h"

#include <QJsonArray>

#include <cmath>

namespace clientele {

namespace {

using namespace Qt::StringLiterals;

// Via the exact decimal text, so 12.34 is the double nearest to 12.34, not 1234 / 100.0 computed.
double major(qint64 minor)
{
    return minorUnitsText(minor).toDouble();
}

QString isoDay(qint32 day)
{
    return dayToIsoDate(day);
}

QJsonObject dimensionToJson(const RfmScores &scores, RfmDimension d)
{
    const bool money = d == RfmDimension::Monetary;
    QJsonObject o;
    o.insert(u"unit"_s, d == RfmDimension::Recency ? u"days"_s : money ? u"money"_s : u"orders"_s);
    if (scores.method == ScoringMethod::Thresholds) {
        const RfmCutPoints &cuts = d == RfmDimension::Recency ? scores.recencyCuts
            : d == RfmDimension::Frequency                    ? scores.frequencyCuts
                                                              : scores.monetaryCuts;
        QJsonArray values;
        QJsonArray minors;
        for (qint64 cut : cuts) {
            values.append(money ? QJsonValue(major(cut)) : QJsonValue(cut));
            minors.append(cut);
        }
        o.insert(u"cut_points"_s, values);
        if (money)
            o.insert(u"cut_points_minor"_s, minors);
    }
    QJsonArray ranges;
    for (int score = 1; score <= RfmScoreCount; ++score) {
        const RfmScoreRange &r = scores.range(d, score);
        QJsonObject range{{u"score"_s, score}, {u"customers"_s, r.count}};
        // An empty score has no range: null rather than a misleading 0.
        const QJsonValue none(QJsonValue::Null);
        if (money) {
            range.insert(u"min"_s, r.count ? QJsonValue(major(r.min)) : none);
            range.insert(u"min_minor"_s, r.count ? QJsonValue(r.min) : none);
            range.insert(u"max"_s, r.count ? QJsonValue(major(r.max)) : none);
            range.insert(u"max_minor"_s, r.count ? QJsonValue(r.max) : none);
        } else {
            range.insert(u"min"_s, r.count ? QJsonValue(r.min) : none);
            range.insert(u"max"_s, r.count ? QJsonValue(r.max) : none);
        }
        ranges.append(range);
    }
    o.insert(u"ranges"_s, ranges);
    return o;
}

} // namespace

QJsonObject rfmToJson(const RfmScores &scores, const RfmHeatmap &heatmap)
{
    QJsonObject o{
        {u"as_of"_s, isoDay(scores.asOfDay)},
        {u"method"_s, QString(scoringMethodKey(scores.method))},
        {u"monetary_basis"_s, QString(monetaryBasisKey(scores.monetaryBasis))},
        {u"active_customers"_s, scores.activeCount},
    };
    if (!scores.ok()) {
        QJsonArray errors;
        for (const RfmParameterError &e : scores.errors)
            errors.append(e.message);
        o.insert(u"errors"_s, errors);
        return o;
    }
    o.insert(u"net_revenue"_s, major(heatmap.revenueMinor));
    o.insert(u"net_revenue_minor"_s, heatmap.revenueMinor);
    QJsonObject dims;
    for (RfmDimension d : {RfmDimension::Recency, RfmDimension::Frequency, RfmDimension::Monetary})
        dims.insert(QString(rfmDimensionKey(d)), dimensionToJson(scores, d));
    o.insert(u"scores"_s, dims);

    QJsonArray grid;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const RfmHeatmapCell &cell = heatmap.cell(r, f);
            grid.append(QJsonObject{
                {u"r"_s, r},
                {u"f"_s, f},
                {u"customers"_s, cell.count},
                {u"share"_s, cell.share},
                {u"mean_m"_s, major(cell.meanMonetaryMinor)},
                {u"mean_m_minor"_s, cell.meanMonetaryMinor},
                {u"revenue"_s, major(cell.revenueMinor)},
                {u"revenue_minor"_s, cell.revenueMinor},
            });
        }
    }
    o.insert(u"grid"_s, grid);
    return o;
}

QJsonObject segmentSummaryToJson(const SegmentSummary &summary)
{
    const qint64 meanAllMinor = qint64(std::llround(summary.meanMonetaryMinor));
    QJsonObject o{
        {u"scheme"_s, QString(segmentSchemeKey(summary.scheme))},
        {u"as_of"_s, isoDay(summary.asOfDay)},
        {u"monetary_basis"_s, QString(monetaryBasisKey(summary.monetaryBasis))},
        {u"active_customers"_s, summary.activeCount},
        {u"net_revenue"_s, major(summary.revenueMinor)},
        {u"net_revenue_minor"_s, summary.revenueMinor},
        {u"means"_s,
            QJsonObject{
                {u"recency_days"_s, summary.meanRecencyDays},
                {u"frequency"_s, summary.meanFrequency},
                {u"monetary"_s, major(meanAllMinor)},
                {u"monetary_minor"_s, meanAllMinor},
            }},
    };
    QJsonArray items;
    for (const SegmentStats &s : summary.segments) {
        const SegmentInfo &info = segmentInfo(s.segment);
        const qint64 meanMinor = roundedMeanMinor(s.monetarySumMinor, s.count);
        items.append(QJsonObject{
            {u"key"_s, QString(info.key)},
            {u"name"_s, segmentName(s.segment)},
            {u"name_zh"_s, info.chineseName.toString()},
            {u"hint"_s, segmentActionHint(s.segment)},
            {u"customers"_s, s.count},
            {u"share"_s, s.share},
            {u"revenue"_s, major(s.revenueMinor)},
            {u"revenue_minor"_s, s.revenueMinor},
            {u"revenue_share"_s, s.revenueShare},
            {u"mean_recency_days"_s, s.meanRecencyDays},
            {u"mean_frequency"_s, s.meanFrequency},
            {u"mean_monetary"_s, major(meanMinor)},
            {u"mean_monetary_minor"_s, meanMinor},
        });
    }
    o.insert(u"items"_s, items);
    return o;
}

QJsonObject segmentsToJson(const SegmentSummary &grid, const SegmentSummary &valueClasses)
{
    return QJsonObject{
        {QString(segmentSchemeKey(grid.scheme)), segmentSummaryToJson(grid)},
        {QString(segmentSchemeKey(valueClasses.scheme)), segmentSummaryToJson(valueClasses)},
    };
}

} // namespace clientele
