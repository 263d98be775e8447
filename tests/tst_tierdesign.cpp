#include "analysis/store/workspace.h"
#include "analysis/tiers/tierdesign.h"
#include "analysis/tiers/tierdesignstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(clientele::DowngradeRule)

namespace {

using Orders = std::vector<CustomerTableBuilder::Entry>;
using Counts = std::vector<qint64>;
constexpr qint32 AsOf = 1365; // rating day 1000 (window (635, 1000]), re-rated on 1365 (window (1000, 1365])

// Default tiers normal 0 / silver 1,000.00 / gold 5,000.00; benefits 1 %, 2 %, 5 %.
//   p0 900: 6000, 1200: 6000     gold → gold        spend at 1365: 6000
//   p1 900: 6000, 1200: 500      gold → normal      500 (at_most_one holds p1 in silver)
//   p2 900: 6000, 1300: 1500     gold → silver      1500
//   p3 900: 1500                 silver → normal    0
//   p4 900: 1500, 1100: 7000     silver → gold      7000
//   p5 800: 100, 1365: 1000      normal → silver    1000
//   p6 1001: 6000                newcomer, gold     6000
//   p7 1366: 6000                after the as-of day: not rated
//   p8 500: 9000                 normal → normal    0
//   p9 1000: 1000                silver → normal    0
CustomerTable table()
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"p0"_s, {}, Orders{{900, 600000}, {1200, 600000}});
    b.addCustomer(2, u"p1"_s, {}, Orders{{900, 600000}, {1200, 50000}});
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

TierDesign design(const QString &name, DowngradeRule rule = DowngradeRule::ToEarnedTier)
{
    TierDesign d;
    d.name = name;
    d.downgrade = rule;
    d.benefitPercent = {1.0, 2.0, 5.0};
    return d;
}

QByteArray toJson(const TierDesign &d)
{
    return QJsonDocument(tierDesignToJson(d)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTierDesign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluation_data()
    {
        QTest::addColumn<DowngradeRule>("rule");
        QTest::addColumn<Counts>("held");
        QTest::addColumn<Counts>("heldSpend");
        QTest::addColumn<Counts>("cost");
        QTest::addColumn<qint64>("heldByRule");
        // to_earned: held = earned. Costs: 1 % · 500.00, 2 % · 2,500.00, 5 % · 19,000.00.
        QTest::newRow("to_earned") << DowngradeRule::ToEarnedTier << Counts{4, 2, 3} << Counts{50000, 250000, 1900000}
                                   << Counts{500, 5000, 95000} << qint64(0);
        // at_most_one: p1 (gold → earned normal) is held in silver with its 500.00.
        QTest::newRow("at_most_one") << DowngradeRule::AtMostOneTier << Counts{3, 3, 3} << Counts{0, 300000, 1900000}
                                     << Counts{0, 6000, 95000} << qint64(1);
    }

    void evaluation()
    {
        QFETCH(DowngradeRule, rule);
        QFETCH(Counts, held);
        QFETCH(Counts, heldSpend);
        QFETCH(Counts, cost);
        QFETCH(qint64, heldByRule);
        const TierDesignEvaluation e = evaluateTierDesign(table(), AsOf, design(u"A"_s, rule));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.ratingDay, 1000);
        QCOMPARE(e.tiers.customers, qint64(9));
        QCOMPARE(e.revenueMinor, qint64(2200000));
        QCOMPARE(e.perTier.size(), size_t(3));
        // Earned at the as-of day: normal p1 p3 p8 p9, silver p2 p5, gold p0 p4 p6.
        const Counts members{4, 2, 3}, revenue{50000, 250000, 1900000};
        // Rows of the matrix: normal {p5 up}, silver {p3 p9 down, p4 up}, gold {p1 p2 down}.
        const Counts upFrom{1, 1, 0}, downFrom{0, 2, 2};
        qint64 totalCost = 0;
        for (size_t i = 0; i < 3; ++i) {
            const TierDesignTier &t = e.perTier[i];
            QCOMPARE(t.summary.members, members[i]);
            QCOMPARE(t.summary.revenueMinor, revenue[i]);
            QCOMPARE(t.summary.revenueShare, double(revenue[i]) / 2200000.0);
            QCOMPARE(t.summary.share, double(members[i]) / 9.0);
            QCOMPARE(t.movedUpFrom, upFrom[i]);
            QCOMPARE(t.movedDownFrom, downFrom[i]);
            QCOMPARE(t.heldMembers, held[i]);
            QCOMPARE(t.heldSpendMinor, heldSpend[i]);
            QCOMPARE(t.benefitCostMinor, cost[i]);
            totalCost += cost[i];
        }
        QCOMPARE(e.perTier[2].newcomers, qint64(1));
        QCOMPARE(e.rerating.heldByRule, heldByRule);
        QCOMPARE(e.benefitCostMinor, totalCost);
        QCOMPARE(e.costShareOfRevenue, double(totalCost) / 2200000.0);
        if (rule == DowngradeRule::ToEarnedTier) {
            // Columns: normal ← p3 p9 (silver), p1 (gold); silver ← p5 (normal) ↑, p2 (gold) ↓; gold ← p4 ↑.
            QCOMPARE(e.perTier[0].movedDownInto, qint64(3));
            QCOMPARE(e.perTier[1].movedUpInto, qint64(1));
            QCOMPARE(e.perTier[1].movedDownInto, qint64(1));
            QCOMPARE(e.perTier[2].movedUpInto, qint64(1));
        }
    }

    void comparisonAndErrors()
    {
        TierDesign b = design(u"B"_s);
        b.benefitPercent = {0.0, 0.0, 10.0};
        const TierDesignComparison c = compareTierDesigns(table(), AsOf, design(u"A"_s), b);
        QVERIFY(c.a.ok() && c.b.ok());
        QCOMPARE(c.a.benefitCostMinor, qint64(100500));
        QCOMPARE(c.b.benefitCostMinor, qint64(190000));
        const QJsonObject json = tierDesignComparisonToJson(c);
        QCOMPARE(json.value(u"b"_s)[u"benefit_cost_minor"_s].toInteger(), qint64(190000));

        TierDesign bad = design(u"bad"_s);
        bad.benefitPercent = {0.0, 2.0};
        QVERIFY(!evaluateTierDesign(table(), AsOf, bad).ok());
    }

    void jsonRoundTrip()
    {
        TierDesign d = design(u"黄金计划 2025"_s, DowngradeRule::AtMostOneTier);
        d.params.windowDays = 180;
        d.params.tiers[2].minOrders = 10;
        d.benefitPercent = {0.0, 2.5, 7.25};
        QString error;
        const std::optional<TierDesign> back = tierDesignFromJson(toJson(d), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, d.name);
        QCOMPARE(back->params.windowDays, 180);
        QCOMPARE(back->params.tiers[2].minOrders, 10);
        QCOMPARE(back->params.tiers[1].nameZh, u"白银会员"_s);
        QCOMPARE(back->downgrade, DowngradeRule::AtMostOneTier);
        QCOMPARE(back->benefitPercent, d.benefitPercent);
        QCOMPARE(toJson(*back), toJson(d));
    }

    void invalidJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray good = toJson(design(u"A"_s));
        auto edit
            = [&good](const QByteArray &from, const QByteArray &to) { return QByteArray(good).replace(from, to); };
        QTest::newRow("not json") << QByteArray("{\"name\": ") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1]") << u"JSON object"_s;
        QTest::newRow("format") << edit("clientele.tier_design", "other") << u"not a Clientele tier design"_s;
        QTest::newRow("newer") << edit("\"version\":1", "\"version\":7") << u"newer Clientele"_s;
        QTest::newRow("empty name") << edit("\"name\":\"A\"", "\"name\":\" \"") << u"needs a name"_s;
        QTest::newRow("rule") << edit("to_earned", "never") << u"\"downgrade\""_s;
        QTest::newRow("fraction") << edit("\"min_spend_minor\":100000", "\"min_spend_minor\":1000.5")
                                  << u"min_spend_minor"_s;
        QTest::newRow("benefit range") << edit("\"benefit_percent\":5", "\"benefit_percent\":150")
                                       << u"percentage from 0 to 100"_s;
        QTest::newRow("benefit text") << edit("\"benefit_percent\":5", "\"benefit_percent\":\"5\"")
                                      << u"must be a number"_s;
        QTest::newRow("window") << edit("\"window_days\":365", "\"window_days\":0") << u"window_days"_s;
        QTest::newRow("no tiers") << edit("\"tiers\":", "\"levels\":") << u"no \"tiers\""_s;
    }

    void invalidJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!tierDesignFromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        QString error;
        auto workspace = Workspace::open(dir.filePath(u"w.clientele"_s), &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(loadTierDesigns(*workspace, &error).empty());
        TierDesign b = design(u"B 白银"_s, DowngradeRule::AtMostOneTier);
        QVERIFY2(saveTierDesign(*workspace, b, &error), qPrintable(error));
        QVERIFY2(saveTierDesign(*workspace, design(u"A"_s), &error), qPrintable(error));
        b.benefitPercent = {0.0, 3.0, 6.0};
        QVERIFY2(saveTierDesign(*workspace, b, &error), qPrintable(error)); // replaces
        std::vector<TierDesign> all = loadTierDesigns(*workspace, &error);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].name, u"A"_s);
        QCOMPARE(toJson(all[1]), toJson(b));
        const std::optional<TierDesign> one = loadTierDesign(*workspace, u"B 白银"_s, &error);
        QVERIFY(one);
        QCOMPARE(one->benefitPercent, b.benefitPercent);

        TierDesign invalid = design(u"C"_s);
        invalid.params.tiers[2].minSpendMinor = 1; // below silver
        QVERIFY(!saveTierDesign(*workspace, invalid, &error));
        QVERIFY2(!error.isEmpty(), "an invalid design is refused with a message");

        QVERIFY2(deleteTierDesign(*workspace, u"A"_s, &error), qPrintable(error));
        QVERIFY(!deleteTierDesign(*workspace, u"A"_s, &error));
        QVERIFY2(error.contains(u"no tier design named"_s), qPrintable(error));
        QVERIFY(!loadTierDesign(*workspace, u"A"_s, &error));
        QCOMPARE(loadTierDesigns(*workspace, &error).size(), size_t(1));

        // A damaged row is skipped and reported.
        QVERIFY(workspace->exec("INSERT INTO tier_designs VALUES('Z', 'garbage', 0, 0)"));
        error.clear();
        QCOMPARE(loadTierDesigns(*workspace, &error).size(), size_t(1));
        QVERIFY2(error.contains(u"\"Z\" is damaged"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTierDesign)
#include "tst_tierdesign.moc"
