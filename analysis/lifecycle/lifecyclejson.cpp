#include "analysis/lifecycle/lifecyclejson.h"

#include "analysis/core/money.h"
#include "analysis/measure/measure.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

QJsonObject lifecycleToJson(const LifecycleResult &r)
{
    if (!r.ok())
        return QJsonObject{{u"error"_s, r.error}};
    QJsonObject json{
        {u"as_of_date"_s, dayToIsoDate(r.asOfDay)},
        {u"customers"_s, r.customers},
    };
    insertMoney(json, u"net_revenue"_s, r.revenueMinor);

    QJsonArray stages;
    for (const StageSummary &s : r.stages) {
        QJsonObject o{
            {u"key"_s, activityStageKey(s.stage)},
            {u"name"_s, activityStageEnglishName(s.stage)},
            {u"name_zh"_s, activityStageChineseName(s.stage)},
            {u"from_days"_s, s.fromDays},
            {u"to_days"_s, s.toDays < 0 ? QJsonValue() : QJsonValue(s.toDays)},
            {u"customers"_s, s.customers},
            {u"share"_s, s.share},
            {u"revenue_share"_s, s.revenueShare},
        };
        insertMoney(o, u"net_revenue"_s, s.revenueMinor);
        stages.append(o);
    }
    json.insert(u"stages"_s, stages);

    QJsonArray steps;
    for (const FunnelStepSummary &s : r.funnel) {
        QJsonObject o{
            {u"key"_s, funnelStepKey(s.step)},
            {u"name"_s, funnelStepEnglishName(s.step)},
            {u"name_zh"_s, funnelStepChineseName(s.step)},
            {u"reached"_s, s.reached},
            {u"conversion"_s, s.conversion},
            {u"segment"_s, s.segment},
            {u"segment_revenue_share"_s, s.segmentRevenueShare},
        };
        insertMoney(o, u"segment_net_revenue"_s, s.segmentRevenueMinor);
        steps.append(o);
    }
    json.insert(u"funnel"_s,
        QJsonObject{
            {u"loyal_min_orders"_s, r.loyalMinOrders},
            {u"loyal_window_days"_s, r.loyalWindowDays},
            {u"steps"_s, steps},
        });

    QJsonArray windows;
    for (const RepurchaseWindow &w : r.repurchaseWindows)
        windows.append(QJsonObject{
            {u"days"_s, w.days},
            {u"eligible"_s, w.eligible},
            {u"repurchased"_s, w.repurchased},
            {u"rate"_s, w.rate},
        });
    json.insert(u"repurchase"_s,
        QJsonObject{
            {u"repeat_customers"_s, r.repeatCustomers},
            {u"rate"_s, r.repurchaseRate},
            {u"windows"_s, windows},
        });
    return json;
}

} // namespace clientele
