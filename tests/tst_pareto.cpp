#include "analysis/pareto/pareto.h"
#include "analysis/pareto/paretojson.h"

#include <QJsonArray>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

namespace {

using Orders = std::vector<CustomerTableBuilder::Entry>;
using Values = std::vector<qint64>;
using Indices = std::vector<quint32>;
constexpr qint32 AsOf = 100;

// One customer per value, in this order (table index = position). A negative net revenue is an order
// of 10 and a return of 10 − value.
CustomerSnapshot snapshotOf(const Values &values)
{
    CustomerTableBuilder b;
    qint64 id = 0;
    for (qint64 v : values) {
        ++id;
        if (v >= 0)
            b.addCustomer(id, QString::number(id), {}, Orders{{10, v}});
        else
            b.addCustomer(id, QString::number(id), {}, Orders{{10, 10}}, Orders{{11, 10 - v}});
    }
    return takeSnapshot(b.build(), AsOf);
}

} // namespace

class TestPareto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gini_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<double>("gini");
        QTest::addColumn<qint64>("negativeCustomers");
        // Equal revenues: the curve is the diagonal, area 1/2, Gini 0.
        QTest::newRow("equal") << Values{100, 100, 100, 100} << 0.0 << qint64(0);
        // One of n holds everything: S = 0 … 0, T; Σ(S_{i−1} + S_i) = T, area = T / (2nT) = 1/(2n),
        // Gini = 1 − 1/n = (n − 1)/n.
        QTest::newRow("one of 1") << Values{700} << 0.0 << qint64(0);
        QTest::newRow("one of 2") << Values{0, 700} << 0.5 << qint64(0);
        QTest::newRow("one of 5") << Values{0, 0, 500, 0, 0} << 0.8 << qint64(0);
        QTest::newRow("one of 10") << Values{0, 0, 0, 0, 0, 0, 0, 0, 0, 1} << 0.9 << qint64(0);
        // 1, 2, 3, 4, 10 (shuffled): S = 0, 1, 3, 6, 10, 20; Σ(S_{i−1} + S_i) = 1 + 4 + 9 + 16 + 30 = 60;
        // area = 60 / (2 · 5 · 20) = 0.3; Gini = 0.4 (= Σ|xi − xj| / (2 n² μ) = 80 / 200).
        QTest::newRow("five by hand") << Values{300, 1000, 100, 400, 200} << 0.4 << qint64(0);
        // −50 counts as 0: 0, 0, 100, 300; S = 0, 0, 0, 100, 400; Σ = 0 + 0 + 100 + 500 = 600;
        // area = 600 / (2 · 4 · 400) = 0.1875; Gini = 0.625.
        QTest::newRow("negative clamped") << Values{100, -50, 300, 0} << 0.625 << qint64(1);
        // Nobody has revenue: everyone holds the same nothing → Gini 0 by definition.
        QTest::newRow("all zero") << Values{0, 0, -5} << 0.0 << qint64(1);
    }
    void gini()
    {
        QFETCH(Values, values);
        QFETCH(double, gini);
        QFETCH(qint64, negativeCustomers);
        const ParetoResult r = computePareto(snapshotOf(values));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.customers, qint64(values.size()));
        QVERIFY2(qAbs(r.gini - gini) < 1e-12, qPrintable(QString::number(r.gini, 'g', 17)));
        QCOMPARE(r.negativeCustomers, negativeCustomers);
        qint64 net = 0, clamped = 0, negative = 0;
        for (qint64 v : values) {
            net += v;
            clamped += std::max<qint64>(v, 0);
            negative += std::min<qint64>(v, 0);
        }
        QCOMPARE(r.netRevenueMinor, net);
        QCOMPARE(r.curveRevenueMinor, clamped);
        QCOMPARE(r.negativeRevenueMinor, negative);
        QCOMPARE(r.lorenz.front().customerShare, 0.0);
        QCOMPARE(r.lorenz.front().revenueShare, 0.0);
        QCOMPARE(r.lorenz.back().customerShare, 1.0);
        QCOMPARE(r.lorenz.back().revenueShare, 1.0);
    }

    void lorenzByHand()
    {
        // 1, 2, 3, 4, 10 of 20: (0, 0) (0.2, 0.05) (0.4, 0.15) (0.6, 0.3) (0.8, 0.5) (1, 1).
        const ParetoResult r = computePareto(snapshotOf({300, 1000, 100, 400, 200}));
        const double expected[][2] = {{0, 0}, {0.2, 0.05}, {0.4, 0.15}, {0.6, 0.3}, {0.8, 0.5}, {1, 1}};
        QCOMPARE(r.lorenz.size(), 6u);
        QCOMPARE(r.exactCurvePoints, 6);
        for (size_t i = 0; i < 6; ++i) {
            QCOMPARE(r.lorenz[i].customerShare, expected[i][0]);
            QCOMPARE(r.lorenz[i].revenueShare, expected[i][1]);
        }
    }

    void downsampling_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("points");
        QTest::newRow("fits") << 200 << 201 << 201;
        QTest::newRow("one over") << 201 << 201 << 201;
        QTest::newRow("300 customers") << 300 << 201 << 201; // i_k = round(1.5 k): 0, 2, 3, 5, 6 …
        QTest::newRow("two points") << 50 << 2 << 2;
        QTest::newRow("small") << 3 << 201 << 4;
    }
    void downsampling()
    {
        QFETCH(int, n);
        QFETCH(int, maxPoints);
        QFETCH(int, points);
        // Customer i has i + 1: S_j = j (j + 1) / 2, T = n (n + 1) / 2; every kept point is on the exact curve.
        Values values;
        for (int i = 0; i < n; ++i)
            values.push_back(i + 1);
        ParetoParams params;
        params.maxCurvePoints = maxPoints;
        const ParetoResult r = computePareto(snapshotOf(values), params);
        QCOMPARE(int(r.lorenz.size()), points);
        QCOMPARE(r.exactCurvePoints, n + 1);
        const double total = double(n) * (n + 1) / 2;
        for (size_t k = 0; k < r.lorenz.size(); ++k) {
            const qint64 j = qRound64(r.lorenz[k].customerShare * n);
            QCOMPARE(j, (2 * qint64(k) * n + (points - 1)) / (2 * (points - 1)));
            QCOMPARE(r.lorenz[k].revenueShare, double(j * (j + 1) / 2) / total);
        }
    }

    void head_data()
    {
        QTest::addColumn<Values>("values");
        QTest::addColumn<Indices>("head");
        QTest::addColumn<qint64>("boundary");
        QTest::addColumn<qint64>("tiedOutside");
        // n = 7: ⌈1.4⌉ = 2. Three customers tie at 300: the lowest table index (1) joins 500; 2 and 3 are
        // left out. Head revenue 800 of 1550.
        QTest::newRow("n=7 ties") << Values{500, 300, 300, 300, 100, 50, 0} << Indices{0, 1} << qint64(300)
                                  << qint64(2);
        // n = 6: ⌈1.2⌉ = 2; 40 and 60 are the top two wherever they sit.
        QTest::newRow("n=6") << Values{10, 60, 20, 40, 30, 0} << Indices{1, 3} << qint64(40) << qint64(0);
        // n = 11: ⌈2.2⌉ = 3.
        QTest::newRow("n=11") << Values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << Indices{10, 9, 8} << qint64(9)
                              << qint64(0);
        // n = 10: exactly 2. n = 1: the one customer.
        QTest::newRow("n=10") << Values{5, 5, 5, 5, 5, 5, 5, 5, 5, 5} << Indices{0, 1} << qint64(5) << qint64(8);
        QTest::newRow("n=1") << Values{42} << Indices{0} << qint64(42) << qint64(0);
        // Negative revenue counts as 0 in the ranking too: −10 and 0 tie at 0 (n = 3 → 1 in the head).
        QTest::newRow("negative") << Values{-10, 0, 0} << Indices{0} << qint64(0) << qint64(2);
    }
    void head()
    {
        QFETCH(Values, values);
        QFETCH(Indices, head);
        QFETCH(qint64, boundary);
        QFETCH(qint64, tiedOutside);
        const ParetoResult r = computePareto(snapshotOf(values));
        QCOMPARE(r.headCustomers, qint64(head.size()));
        QCOMPARE(r.headIndices, head);
        QCOMPARE(r.headBoundaryMinor, boundary);
        QCOMPARE(r.tiedOutsideHead, tiedOutside);
        qint64 headRevenue = 0, total = 0;
        for (quint32 i : head)
            headRevenue += std::max<qint64>(values[i], 0);
        for (qint64 v : values)
            total += std::max<qint64>(v, 0);
        QCOMPARE(r.headRevenueMinor, headRevenue);
        QCOMPARE(r.headRevenueShare, total > 0 ? double(headRevenue) / double(total) : 0.0);
    }

    void headDistributions()
    {
        // 20 customers → head of 4. Head (first order, orders): H1 (100, 2) net 10100, H2 (200, 3) 20200,
        // H3 (300, 3) 20300, H4 (1000, 8) 71000; the other 16 bought once for 0.50.
        CustomerTableBuilder b;
        b.addCustomer(1, u"H1"_s, {}, Orders{{1, 100}, {2, 10000}});
        b.addCustomer(2, u"H2"_s, {}, Orders{{1, 200}, {2, 10000}, {3, 10000}});
        b.addCustomer(3, u"H3"_s, {}, Orders{{1, 300}, {2, 10000}, {3, 10000}});
        Orders h4{{1, 1000}};
        for (int i = 0; i < 7; ++i)
            h4.push_back({2 + i, 10000});
        b.addCustomer(4, u"H4"_s, {}, h4);
        for (int i = 0; i < 16; ++i)
            b.addCustomer(10 + i, QString::number(i), {}, Orders{{5, 50}});
        const ParetoResult r = computePareto(takeSnapshot(b.build(), AsOf));
        QCOMPARE(r.headIndices, (Indices{3, 2, 1, 0}));
        // First orders 100, 200, 300, 1000; type 7: h = 3p.
        // p10 h=0.3 → 130; p25 h=0.75 → 175; p50 h=1.5 → 250; p75 h=2.25 → 300 + 0.25·700 = 475;
        // p90 h=2.7 → 300 + 0.7·700 = 790; mean 1600 / 4 = 400.
        const HeadDistribution &a = r.headFirstOrder;
        QCOMPARE(a.count, 4);
        QCOMPARE(a.min, 100);
        QCOMPARE(a.max, 1000);
        QCOMPARE(a.p10, 130.0);
        QCOMPARE(a.p25, 175.0);
        QCOMPARE(a.p50, 250.0);
        QCOMPARE(a.p75, 475.0);
        QCOMPARE(a.p90, 790.0);
        QCOMPARE(a.mean, 400.0);
        // Span 901 / 10 bins → 91 → width 100 (1–2–5 series), first edge 100: [100, 200) … [1000, 1100).
        QCOMPARE(a.histogram.firstEdge, 100);
        QCOMPARE(a.histogram.width, 100);
        QCOMPARE(a.histogram.counts, (Values{1, 1, 1, 0, 0, 0, 0, 0, 0, 1}));
        // Orders 2, 3, 3, 8: p10 2.3, p25 2.75, p50 3, p75 3 + 0.25·5 = 4.25, p90 3 + 0.7·5 = 6.5, mean 4.
        const HeadDistribution &f = r.headFrequency;
        QCOMPARE(f.p10, 2.3);
        QCOMPARE(f.p25, 2.75);
        QCOMPARE(f.p50, 3.0);
        QCOMPARE(f.p75, 4.25);
        QCOMPARE(f.p90, 6.5);
        QCOMPARE(f.mean, 4.0);
        // Span 7 → width 1, edges 2 … 8.
        QCOMPARE(f.histogram.firstEdge, 2);
        QCOMPARE(f.histogram.width, 1);
        QCOMPARE(f.histogram.counts, (Values{1, 2, 0, 0, 0, 0, 1}));

        const QJsonObject head = paretoToJson(r).value(u"head"_s).toObject();
        const QJsonObject first = head.value(u"first_order_amount"_s).toObject();
        QCOMPARE(first.value(u"p50"_s).toDouble(), 2.5);
        QCOMPARE(first.value(u"p50_minor"_s).toInteger(), 250);
        QCOMPARE(first.value(u"histogram"_s).toObject().value(u"width_minor"_s).toInteger(), 100);
        QCOMPARE(head.value(u"orders"_s).toObject().value(u"p75"_s).toDouble(), 4.25);
        QCOMPARE(head.value(u"customers"_s).toInteger(), 4);
        QCOMPARE(head.value(u"revenue_minor"_s).toInteger(), 121600);
    }

    void validation_data()
    {
        QTest::addColumn<int>("headPercent");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("bins");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << 20 << 201 << 10 << QString();
        QTest::newRow("head 0") << 0 << 201 << 10
                                << u"The head must be between 1% and 100% of the customers (got 0%)."_s;
        QTest::newRow("head 101") << 101 << 201 << 10
                                  << u"The head must be between 1% and 100% of the customers (got 101%)."_s;
        QTest::newRow("1 point") << 20 << 1 << 10 << u"The Lorenz curve needs at least 2 points (got 1)."_s;
        QTest::newRow("0 bins") << 20 << 201 << 0 << u"A histogram needs at least 1 bin (got 0)."_s;
    }
    void validation()
    {
        QFETCH(int, headPercent);
        QFETCH(int, points);
        QFETCH(int, bins);
        QFETCH(QString, error);
        const ParetoResult r = computePareto(snapshotOf({1, 2, 3}), {headPercent, points, bins});
        QCOMPARE(r.error, error);
        QCOMPARE(paretoToJson(r).contains(u"error"_s), !error.isEmpty());
    }

    void empty()
    {
        const ParetoResult r = computePareto(takeSnapshot(CustomerTableBuilder().build(), AsOf));
        QVERIFY(r.ok());
        QCOMPARE(r.customers, 0);
        QVERIFY(r.lorenz.empty());
        QCOMPARE(r.gini, 0.0);
        QCOMPARE(r.headCustomers, 0);
        QCOMPARE(r.headFirstOrder.count, 0);
        QVERIFY(r.headFirstOrder.histogram.counts.empty());
        const QJsonObject j = paretoToJson(r);
        QCOMPARE(j.value(u"lorenz"_s).toArray().size(), 0);
        QCOMPARE(j.value(u"head"_s).toObject().value(u"revenue_share"_s).toDouble(), 0.0);
    }

    void json()
    {
        const QJsonObject j = paretoToJson(computePareto(snapshotOf({300, 1000, 100, 400, 200})));
        QCOMPARE(j.value(u"gini"_s).toDouble(), 0.4);
        QCOMPARE(j.value(u"net_revenue"_s).toDouble(), 20.0);
        QCOMPARE(j.value(u"net_revenue_minor"_s).toInteger(), 2000);
        QCOMPARE(j.value(u"lorenz"_s).toArray().at(1).toArray(), (QJsonArray{0.2, 0.05}));
        QCOMPARE(j.value(u"head"_s).toObject().value(u"revenue_share"_s).toDouble(), 0.5);
        QCOMPARE(j.value(u"head"_s).toObject().value(u"boundary_revenue"_s).toDouble(), 10.0);
    }
};

QTEST_GUILESS_MAIN(TestPareto)
#include "tst_pareto.moc"
