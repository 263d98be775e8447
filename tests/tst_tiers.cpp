#include "analysis/tiers/rerating.h"
#include "analysis/tiers/tiers.h"
#include "analysis/tiers/tiersjson.h"

#include <QJsonArray>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(clientele::DowngradeRule)

namespace {

using Orders = std::vector<CustomerTableBuilder::Entry>;
using Counts = std::vector<qint64>;
using Indices = std::vector<quint32>;
constexpr qint32 Day = 1000; // rating day; the 365-day window is (635, 1000]

// Default tiers: normal 0, silver 1,000.00 (100000 minor), gold 5,000.00 (500000 minor).
std::vector<TierDefinition> tiersWithOrderTrack(qint32 silverOrders, qint32 goldOrders)
{
    std::vector<TierDefinition> tiers = defaultTiers();
    tiers[1].minOrders = silverOrders;
    tiers[2].minOrders = goldOrders;
    return tiers;
}

// One spender per amount (one order each on day 1000), plus two customers whose only order (day 100)
// is outside the window and who therefore are not spenders.
CustomerSnapshot spendersSnapshot(const Counts &spends)
{
    CustomerTableBuilder b;
    qint64 id = 0;
    for (qint64 s : spends) {
        ++id;
        b.addCustomer(id, QString::number(id), {}, Orders{{Day, s}});
    }
    b.addCustomer(id + 1, u"old1"_s, {}, Orders{{100, 900000}});
    b.addCustomer(id + 2, u"old2"_s, {}, Orders{{100, 900000}});
    return takeSnapshot(b.build(), Day);
}

// Re-rating table: rating on day 1000 (window (635, 1000]), re-rating on 1365 (window (1000, 1365]).
//   p0 900: 6000.00, 1200: 6000.00  gold → gold          p5 800: 100.00, 1365: 1000.00  normal → silver
//   p1 900: 6000.00                 gold → normal earned  p6 1001: 6000.00              newcomer, gold
//   p2 900: 6000.00, 1300: 1500.00  gold → silver         p7 1366: 6000.00              after both days
//   p3 900: 1500.00                 silver → normal       p8 500: 9000.00               normal → normal
//   p4 900: 1500.00, 1100: 7000.00  silver → gold         p9 1000: 1000.00              silver → normal
CustomerTable reratingTable()
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"p0"_s, {}, Orders{{900, 600000}, {1200, 600000}});
    b.addCustomer(2, u"p1"_s, {}, Orders{{900, 600000}});
    b.addCustomer(3, u"p2"_s, {}, Orders{{900, 600000}, {1300, 150000}});
    b.addCustomer(4, u"p3"_s, {}, Orders{{900, 150000}});
    b.addCustomer(5, u"p4"_s, {}, Orders{{900, 150000}, {1100, 700000}});
    b.addCustomer(6, u"p5"_s, {}, Orders{{800, 10000}, {1365, 100000}});
    b.addCustomer(7, u"p6"_s, {}, Orders{{1001, 600000}});
    b.addCustomer(8, u"p7"_s, {}, Orders{{1366, 600000}});
    b.addCustomer(9, u"p8"_s, {}, Orders{{500, 900000}});
    b.addCustomer(10, u"p9"_s, {}, Orders{{1000, 100000}});
    return b.build();
}

} // namespace

class TestTiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void membership_data()
    {
        QTest::addColumn<Orders>("orders");
        QTest::addColumn<Orders>("returns");
        QTest::addColumn<qint32>("silverOrders");
        QTest::addColumn<qint32>("goldOrders");
        QTest::addColumn<int>("tier");
        // Spend track: exactly at a threshold is the higher tier.
        QTest::newRow("0.00") << Orders{{Day, 0}} << Orders{} << 0 << 0 << 0;
        QTest::newRow("999.99") << Orders{{Day, 99999}} << Orders{} << 0 << 0 << 0;
        QTest::newRow("1000.00") << Orders{{Day, 100000}} << Orders{} << 0 << 0 << 1;
        QTest::newRow("4999.99") << Orders{{Day, 499999}} << Orders{} << 0 << 0 << 1;
        QTest::newRow("5000.00") << Orders{{Day, 500000}} << Orders{} << 0 << 0 << 2;
        // 6000.00 − 1500.00 returned in the window = 4500.00 net → silver; negative net → lowest tier.
        QTest::newRow("net of returns") << Orders{{Day - 10, 600000}} << Orders{{Day, 150000}} << 0 << 0 << 1;
        QTest::newRow("negative") << Orders{{Day - 10, 10}} << Orders{{Day, 110}} << 0 << 0 << 0;
        // The window is (635, 1000]: day 635 is out, 636 is in.
        QTest::newRow("day 635") << Orders{{635, 600000}} << Orders{} << 0 << 0 << 0;
        QTest::newRow("day 636") << Orders{{636, 600000}} << Orders{} << 0 << 0 << 2;
        // Second track (silver: ≥ 3 orders, gold: ≥ 6): spend OR orders.
        QTest::newRow("2 orders") << Orders{{990, 10}, {Day, 10}} << Orders{} << 3 << 6 << 0;
        QTest::newRow("3 orders") << Orders{{980, 10}, {990, 10}, {Day, 10}} << Orders{} << 3 << 6 << 1;
        QTest::newRow("6 orders") << Orders{{950, 10}, {960, 10}, {970, 10}, {980, 10}, {990, 10}, {Day, 10}}
                                  << Orders{} << 3 << 6 << 2;
        QTest::newRow("2 orders, gold spend") << Orders{{990, 300000}, {Day, 200000}} << Orders{} << 3 << 6 << 2;
        // Orders outside the window do not count for the order track either: one of 4 is inside.
        QTest::newRow("old orders") << Orders{{600, 10}, {610, 10}, {620, 10}, {Day, 10}} << Orders{} << 3 << 6 << 0;
        // Only gold has an order track: 6 small orders jump straight to gold, 3 stay normal.
        QTest::newRow("gold track only, 3") << Orders{{980, 10}, {990, 10}, {Day, 10}} << Orders{} << 0 << 6 << 0;
    }
    void membership()
    {
        QFETCH(Orders, orders);
        QFETCH(Orders, returns);
        QFETCH(qint32, silverOrders);
        QFETCH(qint32, goldOrders);
        QFETCH(int, tier);
        CustomerTableBuilder b;
        b.addCustomer(1, u"x"_s, {}, orders, returns);
        TierParams params;
        params.tiers = tiersWithOrderTrack(silverOrders, goldOrders);
        const TierResult r = computeTiers(b.build(), Day, params);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.customers, 1);
        QCOMPARE(int(r.tierOf[0]), tier);
        QCOMPARE(r.summaries[size_t(tier)].members, 1);
        QCOMPARE(r.summaries[size_t(tier)].indices, Indices{0});
    }

    void summaries()
    {
        // A 6000.00 gold; B 2000.00 and C 1000.00 silver; D 500.00 and E (only an old order) normal;
        // F orders after the rating day and is not rated. Window revenue 950000.
        CustomerTableBuilder b;
        b.addCustomer(1, u"A"_s, {}, Orders{{900, 600000}});
        b.addCustomer(2, u"B"_s, {}, Orders{{900, 200000}});
        b.addCustomer(3, u"C"_s, {}, Orders{{Day, 100000}});
        b.addCustomer(4, u"D"_s, {}, Orders{{700, 50000}});
        b.addCustomer(5, u"E"_s, {}, Orders{{100, 900000}});
        b.addCustomer(6, u"F"_s, {}, Orders{{1001, 900000}});
        const TierResult r = computeTiers(b.build(), Day);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.customers, 5);
        QCOMPARE(r.revenueMinor, 950000);
        QCOMPARE(r.tierOf, (std::vector<qint8>{2, 1, 1, 0, 0, -1}));
        const auto &s = r.summaries;
        QCOMPARE(s[0].indices, (Indices{3, 4}));
        QCOMPARE(s[0].share, 0.4);
        QCOMPARE(s[0].revenueMinor, 50000);
        QCOMPARE(s[0].revenueShare, 50000.0 / 950000.0);
        QCOMPARE(s[0].averageSpendMinor, 25000);
        QCOMPARE(s[1].indices, (Indices{1, 2}));
        QCOMPARE(s[1].revenueMinor, 300000);
        QCOMPARE(s[1].averageSpendMinor, 150000);
        QCOMPARE(s[2].members, 1);
        QCOMPARE(s[2].share, 0.2);
        QCOMPARE(s[2].revenueShare, 600000.0 / 950000.0);

        const QJsonObject j = tiersToJson(r);
        const QJsonArray tiers = j.value(u"tiers"_s).toArray();
        QCOMPARE(tiers.size(), 3);
        const QJsonObject gold = tiers[2].toObject();
        QCOMPARE(gold.value(u"key"_s).toString(), u"gold"_s);
        QCOMPARE(gold.value(u"name_zh"_s).toString(), u"黄金会员"_s);
        QCOMPARE(tiers[1].toObject().value(u"name_zh"_s).toString(), u"白银会员"_s);
        QCOMPARE(tiers[0].toObject().value(u"name_zh"_s).toString(), u"普通会员"_s);
        QCOMPARE(gold.value(u"min_spend"_s).toDouble(), 5000.0);
        QCOMPARE(gold.value(u"min_spend_minor"_s).toInteger(), 500000);
        QVERIFY(gold.value(u"min_orders"_s).isNull());
        QCOMPARE(tiers[0].toObject().value(u"average_spend"_s).toDouble(), 250.0);
        QCOMPARE(j.value(u"window_net_revenue_minor"_s).toInteger(), 950000);
    }

    void validation_data()
    {
        QTest::addColumn<std::vector<TierDefinition>>("tiers");
        QTest::addColumn<qint32>("window");
        QTest::addColumn<QString>("error");
        const auto tiers = defaultTiers();
        QTest::newRow("ok") << tiers << 365 << QString();
        QTest::newRow("none") << std::vector<TierDefinition>{} << 365 << u"At least one tier is needed."_s;
        QTest::newRow("window") << tiers << 0 << u"The rating window must be at least 1 day long (got 0)."_s;
        auto t = tiers;
        t[0].minSpendMinor = 100;
        QTest::newRow("lowest not 0") << t << 365 << u"The lowest tier must need a spend of 0.00 (got 1.00)."_s;
        t = tiers;
        t[2].minSpendMinor = 100000;
        QTest::newRow("not ascending")
            << t << 365
            << u"The spend threshold of tier \"gold\" (1000.00) must be above that of tier \"silver\" (1000.00)."_s;
        t = tiers;
        t[2].key = u"silver"_s;
        QTest::newRow("duplicate key") << t << 365 << u"Two tiers have the key \"silver\"."_s;
        t = tiers;
        t[1].key.clear();
        QTest::newRow("no key") << t << 365 << u"Tier 2 has no key."_s;
        t = tiers;
        t[1].minOrders = -1;
        QTest::newRow("negative orders")
            << t << 365 << u"The order threshold of tier \"silver\" must be 0 (no order track) or more (got -1)."_s;
    }
    void validation()
    {
        QFETCH(std::vector<TierDefinition>, tiers);
        QFETCH(qint32, window);
        QFETCH(QString, error);
        const TierParams params{tiers, window};
        QCOMPARE(validateTierParams(params), error);
        const CustomerTable table = reratingTable();
        QCOMPARE(computeTiers(table, Day, params).error, error);
        QCOMPARE(simulateRerating(table, params, {Day, Day + 365, DowngradeRule::ToEarnedTier}).error, error);
    }

    void snapshotWindowMismatch()
    {
        const TierResult r = computeTiers(takeSnapshot(reratingTable(), Day, 90));
        QCOMPARE(r.error, u"The snapshot's trailing window is 90 days but the tiers are rated over 365 days."_s);
        QCOMPARE(tiersToJson(r), QJsonObject({{u"error"_s, r.error}}));
    }

    void suggestions_data()
    {
        QTest::addColumn<Counts>("spends");
        QTest::addColumn<std::vector<int>>("percents");
        QTest::addColumn<Counts>("raw");
        QTest::addColumn<Counts>("thresholds");
        QTest::addColumn<Counts>("qualifying");
        QTest::addColumn<QString>("error");
        // 20 spenders (the two old customers are not spenders). Gold: rank ⌈5% · 20⌉ = 1 → 7345.00 → 5000.00;
        // silver: rank ⌈20% · 20⌉ = 4 → 2345.67 → 2000.00. At 2000.00 the 5th spender (exactly 2000.00)
        // also qualifies: 5 of 20.
        Counts twenty{734500, 400000, 300000, 234567, 200000};
        twenty.resize(20, 5000);
        QTest::newRow("twenty") << twenty << std::vector<int>{20, 5} << Counts{234567, 734500}
                                << Counts{0, 200000, 500000} << Counts{5, 1} << QString();
        // 10 spenders: gold rank 1 → 1800.00 → 1000.00; silver rank 2 → 1500.00 → 1000.00 collides and is
        // lowered to the next series value below, 500.00. Both thresholds then admit the same 2 spenders.
        Counts ten{180000, 150000};
        ten.resize(10, 1000);
        QTest::newRow("collision") << ten << std::vector<int>{20, 5} << Counts{150000, 180000}
                                   << Counts{0, 50000, 100000} << Counts{2, 2} << QString();
        // Four tiers (top 50 / 20 / 5 %) over 1.00 … 20.00 (100 … 2000 minor, 20 spenders):
        // ranks 10, 4, 1 → raw 11.00, 17.00, 20.00. From the top: 20.00 stays 20.00; 17.00 → 10.00;
        // 11.00 → 10.00 collides and is lowered to 5.00. Qualifying: 16, 11 and 1 spenders.
        Counts ramp;
        for (int i = 20; i >= 1; --i)
            ramp.push_back(i * 100);
        QTest::newRow("four tiers") << ramp << std::vector<int>{50, 20, 5} << Counts{1100, 1700, 2000}
                                    << Counts{0, 500, 1000, 2000} << Counts{16, 11, 1} << QString();
        QTest::newRow("too close") << Counts{1, 1, 1, 1, 1} << std::vector<int>{20, 5} << Counts{} << Counts{}
                                   << Counts{}
                                   << u"The spends are too close together to suggest 2 distinct thresholds."_s;
        QTest::newRow("no spenders")
            << Counts{} << std::vector<int>{20, 5} << Counts{} << Counts{} << Counts{}
            << u"No customer spent anything in the 365 days up to the rating day, so there is nothing to suggest "
               "thresholds from."_s;
        QTest::newRow("ascending percents") << twenty << std::vector<int>{5, 20} << Counts{} << Counts{} << Counts{}
                                            << u"Higher tiers need smaller top percentages (20% follows 5%)."_s;
        QTest::newRow("percent 0") << twenty << std::vector<int>{0} << Counts{} << Counts{} << Counts{}
                                   << u"Every top percentage must be between 1 and 100 (got 0)."_s;
    }
    void suggestions()
    {
        QFETCH(Counts, spends);
        QFETCH(std::vector<int>, percents);
        QFETCH(Counts, raw);
        QFETCH(Counts, thresholds);
        QFETCH(Counts, qualifying);
        QFETCH(QString, error);
        const ThresholdSuggestion s = suggestTierThresholds(spendersSnapshot(spends), percents);
        QCOMPARE(s.error, error);
        QCOMPARE(s.thresholdsMinor, thresholds);
        if (!error.isEmpty())
            return;
        QCOMPARE(s.spenders, qint64(spends.size()));
        QCOMPARE(s.tiers.size(), raw.size());
        for (size_t i = 0; i < raw.size(); ++i) {
            QCOMPARE(s.tiers[i].rawMinor, raw[i]);
            QCOMPARE(s.tiers[i].qualifying, qualifying[i]);
            QCOMPARE(s.tiers[i].qualifyingShare, double(qualifying[i]) / double(spends.size()));
        }
        const QJsonObject j = thresholdSuggestionToJson(s);
        QCOMPARE(j.value(u"thresholds_minor"_s).toArray().size(), qsizetype(thresholds.size()));
    }

    void rerating_data()
    {
        QTest::addColumn<DowngradeRule>("rule");
        QTest::addColumn<Counts>("matrix");
        QTest::addColumn<Indices>("goldRow");
        QTest::addColumn<qint64>("held");
        // Rows normal / silver / gold at day 1000, columns at day 1365:
        //   normal: p8 stays, p5 → silver (its day-1365 order counts)
        //   silver: p3 and p9 → normal (p9's day-1000 order is outside (1000, 1365]), p4 → gold
        //   gold:   p1 earns normal, p2 silver, p0 stays gold.
        QTest::newRow("to earned") << DowngradeRule::ToEarnedTier << Counts{1, 1, 0, 2, 0, 1, 1, 1, 1}
                                   << Indices{1, 2, 0} << qint64(0); // gold row cells: normal p1, silver p2, gold p0
        // At most one tier down: p1 is held at silver.
        QTest::newRow("at most one") << DowngradeRule::AtMostOneTier << Counts{1, 1, 0, 2, 0, 1, 0, 2, 1}
                                     << Indices{1, 2, 0} << qint64(1);
    }
    void rerating()
    {
        QFETCH(DowngradeRule, rule);
        QFETCH(Counts, matrix);
        QFETCH(Indices, goldRow);
        QFETCH(qint64, held);
        const ReratingResult r = simulateRerating(reratingTable(), {}, {Day, Day + 365, rule});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.tierCount, 3);
        QCOMPARE(r.matrix, matrix);
        QCOMPARE(r.ratedCustomers, 8);
        QCOMPARE(r.heldByRule, held);
        // Either way: up p4, p5; stayed p0, p8; down p1, p2, p3, p9 (p1 drops one or two tiers).
        QCOMPARE(r.upIndices, (Indices{4, 5}));
        QCOMPARE(r.stayedIndices, (Indices{0, 8}));
        QCOMPARE(r.downIndices, (Indices{1, 2, 3, 9}));
        QCOMPARE(r.movedUp, 2);
        QCOMPARE(r.stayed, 2);
        QCOMPARE(r.movedDown, 4);
        Indices gold;
        for (int to = 0; to < 3; ++to)
            gold.insert(gold.end(), r.cellIndices[size_t(2 * 3 + to)].begin(), r.cellIndices[size_t(2 * 3 + to)].end());
        QCOMPARE(gold, goldRow);
        QCOMPARE(r.cellIndices[size_t(1 * 3 + 0)], (Indices{3, 9}));
        // p6 first ordered between the two days: a newcomer, gold at the re-rating. p7 is in neither.
        QCOMPARE(r.newcomers, (Counts{0, 0, 1}));
        QCOMPARE(r.newcomerIndices[2], Indices{6});
        QVERIFY(!r.beyondData);

        const QJsonObject j = reratingToJson(r);
        QCOMPARE(
            j.value(u"rule"_s).toString(), rule == DowngradeRule::ToEarnedTier ? u"to_earned"_s : u"at_most_one"_s);
        QCOMPARE(j.value(u"matrix"_s).toArray().at(2).toArray(), (QJsonArray{matrix[6], matrix[7], matrix[8]}));
        QCOMPARE(j.value(u"next_rating_date"_s).toString(), dayToIsoDate(Day + 365));
    }

    void reratingEdges()
    {
        const CustomerTable table = reratingTable();
        const ReratingResult same = simulateRerating(table, {}, {Day, Day, DowngradeRule::ToEarnedTier});
        QCOMPARE(same.error, u"The next rating day (1972-09-27) must be after the rating day (1972-09-27)."_s);
        QVERIFY(simulateRerating(table, {}, {Day, 2000, DowngradeRule::ToEarnedTier}).beyondData);
        const ReratingResult empty = simulateRerating(CustomerTableBuilder().build(), {}, {Day, Day + 365, {}});
        QVERIFY(empty.ok());
        QCOMPARE(empty.ratedCustomers, 0);
        QCOMPARE(empty.matrix, Counts(9, 0));
        QVERIFY(!empty.beyondData);
    }

    void empty()
    {
        const TierResult r = computeTiers(CustomerTableBuilder().build(), Day);
        QVERIFY(r.ok());
        QCOMPARE(r.customers, 0);
        QCOMPARE(r.summaries.size(), 3u);
        for (const TierSummary &s : r.summaries) {
            QCOMPARE(s.members, 0);
            QCOMPARE(s.share, 0.0);
            QCOMPARE(s.averageSpendMinor, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestTiers)
#include "tst_tiers.moc"
