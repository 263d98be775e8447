#include "analysis/rfm/rfmjson.h"

#include "analysis/core/money.h"

#include <QJsonArray>

#include <cmath>

namespace clientele {

namespace {

using namespace Qt::StringLiterals;

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
            values.append(money ? QJsonValue(majorUnits(cut)) : QJsonValue(cut));
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
            range.insert(u"min"_s, r.count ? QJsonValue(majorUnits(r.min)) : none);
            range.insert(u"min_minor"_s, r.count ? QJsonValue(r.min) : none);
            range.insert(u"max"_s, r.count ? QJsonValue(majorUnits(r.max)) : none);
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
        {u"as_of"_s, dayToIsoDate(scores.asOfDay)},
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
    insertMoney(o, u"net_revenue"_s, heatmap.revenueMinor);
    QJsonObject dims;
    for (RfmDimension d : {RfmDimension::Recency, RfmDimension::Frequency, RfmDimension::Monetary})
        dims.insert(QString(rfmDimensionKey(d)), dimensionToJson(scores, d));
    o.insert(u"scores"_s, dims);

    QJsonArray grid;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const RfmHeatmapCell &cell = heatmap.cell(r, f);
            QJsonObject json{{u"r"_s, r}, {u"f"_s, f}, {u"customers"_s, cell.count}, {u"share"_s, cell.share}};
            insertMoney(json, u"mean_m"_s, cell.meanMonetaryMinor);
            insertMoney(json, u"revenue"_s, cell.revenueMinor);
            grid.append(json);
        }
    }
    o.insert(u"grid"_s, grid);
    return o;
}

QJsonObject segmentSummaryToJson(const SegmentSummary &summary)
{
    const qint64 meanAllMinor = roundMinorUnits(summary.meanMonetaryMinor);
    QJsonObject o{
        {u"scheme"_s, QString(segmentSchemeKey(summary.scheme))},
        {u"as_of"_s, dayToIsoDate(summary.asOfDay)},
        {u"monetary_basis"_s, QString(monetaryBasisKey(summary.monetaryBasis))},
        {u"active_customers"_s, summary.activeCount},
    };
    insertMoney(o, u"net_revenue"_s, summary.revenueMinor);
    QJsonObject means{{u"recency_days"_s, summary.meanRecencyDays}, {u"frequency"_s, summary.meanFrequency}};
    insertMoney(means, u"monetary"_s, meanAllMinor);
    o.insert(u"means"_s, means);
    QJsonArray items;
    for (const SegmentStats &s : summary.segments) {
        const SegmentInfo &info = segmentInfo(s.segment);
        const qint64 meanMinor = roundedMeanMinor(s.monetarySumMinor, s.count);
        QJsonObject item{
            {u"key"_s, QString(info.key)},
            {u"name"_s, segmentName(s.segment)},
            {u"name_zh"_s, info.chineseName.toString()},
            {u"hint"_s, segmentActionHint(s.segment)},
            {u"customers"_s, s.count},
            {u"share"_s, s.share},
            {u"revenue_share"_s, s.revenueShare},
            {u"mean_recency_days"_s, s.meanRecencyDays},
            {u"mean_frequency"_s, s.meanFrequency},
        };
        insertMoney(item, u"revenue"_s, s.revenueMinor);
        insertMoney(item, u"mean_monetary"_s, meanMinor);
        items.append(item);
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
