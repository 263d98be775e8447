#include "analysis/pareto/paretojson.h"

#include "analysis/core/money.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

QJsonObject histogramToJson(const measure::Histogram &h, bool money)
{
    QJsonArray counts;
    for (qint64 c : h.counts)
        counts.append(c);
    QJsonObject o{{u"counts"_s, counts}};
    if (money) {
        insertMoney(o, u"first_edge"_s, h.firstEdge);
        insertMoney(o, u"width"_s, h.width);
    } else {
        o.insert(u"first_edge"_s, h.firstEdge);
        o.insert(u"width"_s, h.width);
    }
    return o;
}

// Money quantiles are shown rounded to the minor unit (half away from zero); counts keep their fraction.
QJsonObject distributionToJson(const HeadDistribution &d, bool money)
{
    QJsonObject o{{u"count"_s, d.count}};
    const std::pair<QString, double> values[] = {
        {u"min"_s, double(d.min)},
        {u"max"_s, double(d.max)},
        {u"mean"_s, d.mean},
        {u"p10"_s, d.p10},
        {u"p25"_s, d.p25},
        {u"p50"_s, d.p50},
        {u"p75"_s, d.p75},
        {u"p90"_s, d.p90},
    };
    for (const auto &[key, value] : values) {
        if (money)
            insertMoney(o, key, roundMinorUnits(value));
        else
            o.insert(key, value);
    }
    o.insert(u"histogram"_s, histogramToJson(d.histogram, money));
    return o;
}

} // namespace

QJsonObject paretoToJson(const ParetoResult &r)
{
    if (!r.ok())
        return QJsonObject{{u"error"_s, r.error}};
    QJsonObject json{
        {u"customers"_s, r.customers},
        {u"negative_customers"_s, r.negativeCustomers},
        {u"gini"_s, r.gini},
        {u"exact_curve_points"_s, r.exactCurvePoints},
    };
    insertMoney(json, u"net_revenue"_s, r.netRevenueMinor);
    insertMoney(json, u"curve_revenue"_s, r.curveRevenueMinor);
    insertMoney(json, u"negative_revenue"_s, r.negativeRevenueMinor);

    QJsonArray lorenz;
    for (const LorenzPoint &p : r.lorenz)
        lorenz.append(QJsonArray{p.customerShare, p.revenueShare});
    json.insert(u"lorenz"_s, lorenz);

    QJsonObject head{
        {u"percent"_s, r.headPercent},
        {u"customers"_s, r.headCustomers},
        {u"revenue_share"_s, r.headRevenueShare},
        {u"tied_outside"_s, r.tiedOutsideHead},
        {u"first_order_amount"_s, distributionToJson(r.headFirstOrder, true)},
        {u"orders"_s, distributionToJson(r.headFrequency, false)},
    };
    insertMoney(head, u"revenue"_s, r.headRevenueMinor);
    insertMoney(head, u"boundary_revenue"_s, r.headBoundaryMinor);
    json.insert(u"head"_s, head);
    return json;
}

} // namespace clientele
