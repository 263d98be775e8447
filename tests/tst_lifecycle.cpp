#include "analysis/lifecycle/lifecycle.h"
#include "analysis/lifecycle/lifecyclejson.h"

#include <QJsonArray>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(clientele::ActivityStage)

namespace {

using Orders = std::vector<CustomerTableBuilder::Entry>;
constexpr qint32 AsOf = 1000;

// The funnel table, as of day 1000 (loyal window (635, 1000] with the default 365 days):
//   c0  1 order  990 (100.00)                          new     recency 10  active   net 10000
//   c1  2 orders 500, 900 (50.00, 70.00)               repeat  recency 100 silent   net 12000
//   c2  5 orders 100, 700, 800, 900, 1000 (20.00 each) 4 in window             active   net 10000
//   c3  4 orders 100, 200, 700, 950 (30.00 each)       2 in window             active   net 12000
//   c4  4 orders 636, 700, 800, 900 (10.00 each)       4 in window (636 > 635) silent   net  4000
//   c5  4 orders 635, 700, 800, 900 (15.00 each)       3 in window (635 is out) silent  net  6000
//   c6  1 order  1001: after the as-of day, not in the snapshot
//   c7  1 order  200 (30.00), return 10.00 on 210      new     recency 800 lost     net  2000
// Total net revenue 56000.
CustomerTable funnelTable()
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"c0"_s, {}, Orders{{990, 10000}});
    b.addCustomer(2, u"c1"_s, {}, Orders{{500, 5000}, {900, 7000}});
    b.addCustomer(3, u"c2"_s, {}, Orders{{100, 2000}, {700, 2000}, {800, 2000}, {900, 2000}, {1000, 2000}});
    b.addCustomer(4, u"c3"_s, {}, Orders{{100, 3000}, {200, 3000}, {700, 3000}, {950, 3000}});
    b.addCustomer(5, u"c4"_s, {}, Orders{{636, 1000}, {700, 1000}, {800, 1000}, {900, 1000}});
    b.addCustomer(6, u"c5"_s, {}, Orders{{635, 1500}, {700, 1500}, {800, 1500}, {900, 1500}});
    b.addCustomer(7, u"c6"_s, {}, Orders{{1001, 99900}});
    b.addCustomer(8, u"c7"_s, {}, Orders{{200, 3000}}, Orders{{210, 1000}});
    return b.build();
}

// Repurchase table, as of day 1000 (tenure = 1000 − first day, gap = second − first):
//   a first 600, second 620: tenure 400, gap 20     e first 950, second 960: tenure 50, gap 10
//   b first 900, second 980: tenure 100, gap 80     f first 500, second 800: tenure 500, gap 300
//   c first 990, single:     tenure 10              g first 970, second 1000: tenure 30, gap 30
//   d first 700, single:     tenure 300
CustomerTable repurchaseTable()
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"a"_s, {}, Orders{{600, 100}, {620, 100}});
    b.addCustomer(2, u"b"_s, {}, Orders{{900, 100}, {980, 100}});
    b.addCustomer(3, u"c"_s, {}, Orders{{990, 100}});
    b.addCustomer(4, u"d"_s, {}, Orders{{700, 100}});
    b.addCustomer(5, u"e"_s, {}, Orders{{950, 100}, {960, 100}});
    b.addCustomer(6, u"f"_s, {}, Orders{{500, 100}, {800, 100}});
    b.addCustomer(7, u"g"_s, {}, Orders{{970, 100}, {1000, 100}});
    return b.build();
}

std::vector<quint32> indices(std::initializer_list<quint32> list)
{
    return list;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageAtBoundary_data()
    {
        QTest::addColumn<qint32>("activeMax");
        QTest::addColumn<qint32>("silentMax");
        QTest::addColumn<qint32>("sleepingMax");
        QTest::addColumn<qint32>("recency");
        QTest::addColumn<ActivityStage>("stage");
        // Defaults 0–63 / 64–126 / 127–365 / ≥ 366: both sides of every edge.
        const struct
        {
            qint32 recency;
            ActivityStage stage;
        } defaults[] = {
            {0, ActivityStage::Active},
            {63, ActivityStage::Active},
            {64, ActivityStage::Silent},
            {126, ActivityStage::Silent},
            {127, ActivityStage::Sleeping},
            {365, ActivityStage::Sleeping},
            {366, ActivityStage::Lost},
            {5000, ActivityStage::Lost},
        };
        for (const auto &d : defaults)
            QTest::addRow("default %d", d.recency) << 63 << 126 << 365 << d.recency << d.stage;
        // Edited boundaries 0–30 / 31–90 / 91–180 / ≥ 181; the narrowest valid active stage is day 0 only.
        QTest::newRow("edited 30") << 30 << 90 << 180 << 30 << ActivityStage::Active;
        QTest::newRow("edited 31") << 30 << 90 << 180 << 31 << ActivityStage::Silent;
        QTest::newRow("edited 180") << 30 << 90 << 180 << 180 << ActivityStage::Sleeping;
        QTest::newRow("edited 181") << 30 << 90 << 180 << 181 << ActivityStage::Lost;
        QTest::newRow("day-0 only, 1") << 0 << 1 << 2 << 1 << ActivityStage::Silent;
        QTest::newRow("day-0 only, 3") << 0 << 1 << 2 << 3 << ActivityStage::Lost;
    }
    void stageAtBoundary()
    {
        QFETCH(qint32, activeMax);
        QFETCH(qint32, silentMax);
        QFETCH(qint32, sleepingMax);
        QFETCH(qint32, recency);
        QFETCH(ActivityStage, stage);
        const StageBoundaries boundaries{activeMax, silentMax, sleepingMax};
        QVERIFY(validateStageBoundaries(boundaries).isEmpty());
        QCOMPARE(activityStageFor(recency, boundaries), stage);

        // The same through the whole computation: one customer whose last order is `recency` days old.
        CustomerTableBuilder b;
        b.addCustomer(1, u"x"_s, {}, Orders{{AsOf - recency, 1234}});
        const CustomerTable table = b.build();
        LifecycleParams params;
        params.stages = boundaries;
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(table, AsOf), params);
        QVERIFY2(r.ok(), qPrintable(r.error));
        for (int i = 0; i < ActivityStageCount; ++i) {
            const bool here = ActivityStage(i) == stage;
            QCOMPARE(r.stages[i].customers, here ? 1 : 0);
            QCOMPARE(r.stages[i].revenueMinor, here ? 1234 : 0);
            QCOMPARE(r.stages[i].share, here ? 1.0 : 0.0);
            QCOMPARE(r.stages[i].indices, here ? indices({0}) : indices({}));
        }
    }

    void validation_data()
    {
        QTest::addColumn<qint32>("activeMax");
        QTest::addColumn<qint32>("silentMax");
        QTest::addColumn<qint32>("sleepingMax");
        QTest::addColumn<qint32>("loyalMinOrders");
        QTest::addColumn<qint32>("repurchaseWindow");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << 63 << 126 << 365 << 4 << 30 << QString();
        QTest::newRow("negative active") << -1 << 126 << 365 << 4 << 30
                                         << u"The active stage must end at 0 days or later (got -1)."_s;
        QTest::newRow("silent equals active")
            << 63 << 63 << 365 << 4 << 30
            << u"The silent stage must end after the active stage, at 64 days or later (got 63)."_s;
        QTest::newRow("sleeping before silent")
            << 63 << 126 << 100 << 4 << 30
            << u"The sleeping stage must end after the silent stage, at 127 days or later (got 100)."_s;
        QTest::newRow("loyal of one order")
            << 63 << 126 << 365 << 1 << 30
            << u"A loyal customer needs at least 2 orders in the loyalty window (got 1), so that every loyal "
               "customer is also a repeat customer."_s;
        QTest::newRow("zero window") << 63 << 126 << 365 << 4 << 0
                                     << u"Every repurchase window must be at least 1 day long (got 0)."_s;
    }
    void validation()
    {
        QFETCH(qint32, activeMax);
        QFETCH(qint32, silentMax);
        QFETCH(qint32, sleepingMax);
        QFETCH(qint32, loyalMinOrders);
        QFETCH(qint32, repurchaseWindow);
        QFETCH(QString, error);
        LifecycleParams params;
        params.stages = {activeMax, silentMax, sleepingMax};
        params.loyalMinOrders = loyalMinOrders;
        params.repurchaseWindows = {repurchaseWindow};
        QCOMPARE(validateLifecycleParams(params), error);
        const CustomerTable table = funnelTable();
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(table, AsOf), params);
        QCOMPARE(r.error, error);
        if (!error.isEmpty()) // nothing is computed from invalid parameters
            QCOMPARE(r.customers, 0);
    }

    void stagesOfFunnelTable()
    {
        const CustomerTable table = funnelTable();
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(table, AsOf));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.customers, 7); // c6 has not ordered yet
        QCOMPARE(r.revenueMinor, 56000);
        // active c0, c2, c3: 10000 + 10000 + 12000; silent c1, c4, c5: 12000 + 4000 + 6000; lost c7.
        QCOMPARE(r.stages[0].indices, indices({0, 2, 3}));
        QCOMPARE(r.stages[0].revenueMinor, 32000);
        QCOMPARE(r.stages[0].share, 3.0 / 7.0);
        QCOMPARE(r.stages[0].revenueShare, 32000.0 / 56000.0);
        QCOMPARE(r.stages[1].indices, indices({1, 4, 5}));
        QCOMPARE(r.stages[1].revenueMinor, 22000);
        QCOMPARE(r.stages[2].customers, 0);
        QCOMPARE(r.stages[3].indices, indices({7}));
        QCOMPARE(r.stages[3].revenueMinor, 2000);
        QCOMPARE(r.stages[3].fromDays, 366);
        QCOMPARE(r.stages[3].toDays, -1);
    }

    void funnel_data()
    {
        QTest::addColumn<qint32>("loyalMinOrders");
        QTest::addColumn<std::vector<quint32>>("newSegment");
        QTest::addColumn<std::vector<quint32>>("repeatSegment");
        QTest::addColumn<std::vector<quint32>>("loyalSegment");
        QTest::addColumn<std::vector<qint64>>("segmentRevenue");
        // N = 4: loyal c2 (4 in window), c4 (day 636 is inside); c5 has 3 in window (635 is outside).
        // Reached 7 → 5 → 2, conversions 5/7 and 2/5. Revenue new 10000 + 2000, repeat c1 + c3 + c5 =
        // 12000 + 12000 + 6000, loyal 10000 + 4000.
        QTest::newRow("N=4") << 4 << indices({0, 7}) << indices({1, 3, 5}) << indices({2, 4})
                             << std::vector<qint64>{12000, 30000, 14000};
        // N = 2: c1 has only day 900 in the window, everyone else with ≥ 2 orders has ≥ 2 in it.
        QTest::newRow("N=2") << 2 << indices({0, 7}) << indices({1}) << indices({2, 3, 4, 5})
                             << std::vector<qint64>{12000, 12000, 32000};
        // N = 5: nobody has 5 orders in the window (c2's day-100 order is outside).
        QTest::newRow("N=5") << 5 << indices({0, 7}) << indices({1, 2, 3, 4, 5}) << indices({})
                             << std::vector<qint64>{12000, 44000, 0};
    }
    void funnel()
    {
        QFETCH(qint32, loyalMinOrders);
        QFETCH(std::vector<quint32>, newSegment);
        QFETCH(std::vector<quint32>, repeatSegment);
        QFETCH(std::vector<quint32>, loyalSegment);
        QFETCH(std::vector<qint64>, segmentRevenue);
        const CustomerTable table = funnelTable();
        LifecycleParams params;
        params.loyalMinOrders = loyalMinOrders;
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(table, AsOf), params);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto &f = r.funnel;
        QCOMPARE(f[0].indices, newSegment);
        QCOMPARE(f[1].indices, repeatSegment);
        QCOMPARE(f[2].indices, loyalSegment);
        const auto loyal = qint64(loyalSegment.size());
        const auto repeat = qint64(repeatSegment.size()) + loyal;
        QCOMPARE(f[0].reached, 7);
        QCOMPARE(f[1].reached, repeat);
        QCOMPARE(f[2].reached, loyal);
        QCOMPARE(f[0].conversion, 1.0);
        QCOMPARE(f[1].conversion, double(repeat) / 7.0);
        QCOMPARE(f[2].conversion, double(loyal) / double(repeat));
        for (int i = 0; i < FunnelStepCount; ++i) {
            QCOMPARE(f[i].segmentRevenueMinor, segmentRevenue[size_t(i)]);
            QCOMPARE(f[i].segmentRevenueShare, double(segmentRevenue[size_t(i)]) / 56000.0);
        }
    }

    void repurchase_data()
    {
        QTest::addColumn<qint32>("days");
        QTest::addColumn<qint64>("eligible");
        QTest::addColumn<qint64>("repurchased");
        // 30: eligible a b d e f g (c is 10 days old; g is exactly 30); within 30 days: a 20, e 10, g 30.
        QTest::newRow("30") << 30 << qint64(6) << qint64(3);
        // 90: eligible a b d f (e is 50 days old, g 30); within 90 days: a 20, b 80.
        QTest::newRow("90") << 90 << qint64(4) << qint64(2);
        // 365: eligible a (400) and f (500); both came back, f after 300 days.
        QTest::newRow("365") << 365 << qint64(2) << qint64(2);
        // 1000: nobody is that old → rate 0 by definition.
        QTest::newRow("1000") << 1000 << qint64(0) << qint64(0);
    }
    void repurchase()
    {
        QFETCH(qint32, days);
        QFETCH(qint64, eligible);
        QFETCH(qint64, repurchased);
        const CustomerTable table = repurchaseTable();
        LifecycleParams params;
        params.repurchaseWindows = {365, days, 30}; // unsorted with a duplicate: sorted and deduplicated
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(table, AsOf), params);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Naive rate: a b e f g have two orders, c d one: 5 / 7, biased low by the young c.
        QCOMPARE(r.repeatCustomers, 5);
        QCOMPARE(r.repurchaseRate, 5.0 / 7.0);
        const auto it = std::find_if(r.repurchaseWindows.begin(), r.repurchaseWindows.end(),
            [&](const RepurchaseWindow &w) { return w.days == days; });
        QVERIFY(it != r.repurchaseWindows.end());
        QCOMPARE(it->eligible, eligible);
        QCOMPARE(it->repurchased, repurchased);
        QCOMPARE(it->rate, eligible ? double(repurchased) / double(eligible) : 0.0);
        QVERIFY(std::is_sorted(r.repurchaseWindows.begin(), r.repurchaseWindows.end(),
            [](const auto &x, const auto &y) { return x.days < y.days; }));
        QCOMPARE(r.repurchaseWindows.size(), days == 30 || days == 365 ? 2u : 3u);
    }

    void empty_data()
    {
        QTest::addColumn<bool>("emptyTable");
        QTest::newRow("no customers") << true;
        QTest::newRow("as-of before every order") << false;
    }
    void empty()
    {
        QFETCH(bool, emptyTable);
        const CustomerTable table = emptyTable ? CustomerTableBuilder().build() : funnelTable();
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(table, emptyTable ? AsOf : 50));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.customers, 0);
        for (const StageSummary &s : r.stages) {
            QCOMPARE(s.customers, 0);
            QCOMPARE(s.share, 0.0);
            QCOMPARE(s.revenueShare, 0.0);
        }
        for (const FunnelStepSummary &s : r.funnel) {
            QCOMPARE(s.reached, 0);
            QCOMPARE(s.conversion, 0.0);
        }
        QCOMPARE(r.repurchaseRate, 0.0);
        for (const RepurchaseWindow &w : r.repurchaseWindows)
            QCOMPARE(w.eligible, 0);
        QCOMPARE(lifecycleToJson(r).value(u"customers"_s).toInteger(), 0);
    }

    void foreignSnapshot()
    {
        const CustomerTable table = funnelTable();
        const LifecycleResult r = computeLifecycle(table, takeSnapshot(repurchaseTable(), AsOf));
        QCOMPARE(r.error, u"The snapshot does not belong to this customer table."_s);
        QCOMPARE(lifecycleToJson(r), QJsonObject({{u"error"_s, r.error}}));
    }

    void json()
    {
        const CustomerTable table = funnelTable();
        const QJsonObject j = lifecycleToJson(computeLifecycle(table, takeSnapshot(table, AsOf)));
        QCOMPARE(j.value(u"as_of_date"_s).toString(), u"1972-09-27"_s); // day 1000 after 1970-01-01
        QCOMPARE(j.value(u"net_revenue"_s).toDouble(), 560.0);
        QCOMPARE(j.value(u"net_revenue_minor"_s).toInteger(), 56000);
        const QJsonArray stages = j.value(u"stages"_s).toArray();
        QCOMPARE(stages.size(), 4);
        QCOMPARE(stages[0].toObject().value(u"key"_s).toString(), u"active"_s);
        QCOMPARE(stages[0].toObject().value(u"name_zh"_s).toString(), u"活跃"_s);
        QCOMPARE(stages[1].toObject().value(u"name_zh"_s).toString(), u"沉默"_s);
        QCOMPARE(stages[2].toObject().value(u"name_zh"_s).toString(), u"睡眠"_s);
        QCOMPARE(stages[3].toObject().value(u"name_zh"_s).toString(), u"流失"_s);
        QVERIFY(stages[3].toObject().value(u"to_days"_s).isNull());
        QCOMPARE(stages[3].toObject().value(u"net_revenue"_s).toDouble(), 20.0);
        const QJsonArray steps = j.value(u"funnel"_s).toObject().value(u"steps"_s).toArray();
        QCOMPARE(steps[2].toObject().value(u"key"_s).toString(), u"loyal"_s);
        QCOMPARE(steps[2].toObject().value(u"reached"_s).toInteger(), 2);
        QCOMPARE(steps[2].toObject().value(u"segment_net_revenue_minor"_s).toInteger(), 14000);
        const QJsonArray windows = j.value(u"repurchase"_s).toObject().value(u"windows"_s).toArray();
        QCOMPARE(windows.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
