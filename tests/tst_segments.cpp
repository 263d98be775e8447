#include "analysis/core/customersnapshot.h"
#include "analysis/rfm/rfmjson.h"
#include "analysis/rfm/rfmsegments.h"
#include "analysis/rfm/segmentsummary.h"
#include "support/rfmfixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(clientele::Segment)
Q_DECLARE_METATYPE(clientele::MonetaryBasis)

namespace {

using rfmfixtures::shop;
constexpr qint32 AsOf = 100; // shop()'s as-of day
using Entries = std::vector<CustomerTableBuilder::Entry>;

QStringList keysOf(const SegmentAssignment &a)
{
    QStringList keys;
    for (Segment s : a.segments)
        keys.append(s == Segment::None ? u"-"_s : QString(segmentInfo(s).key));
    return keys;
}

RfmParameters thresholds()
{
    return rfmfixtures::thresholdParameters({1000, 3000, 10000, 30000});
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // All 125 score triples: exactly one rule matches, and gridSegment() returns that rule's segment.
    void gridRulesPartition_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                for (int m = 1; m <= 5; ++m)
                    QTest::addRow("r%d f%d m%d", r, f, m) << r << f << m;
    }
    void gridRulesPartition()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        int matches = 0;
        Segment matched = Segment::None;
        for (const GridSegmentRule &rule : gridSegmentRules()) {
            if (rule.matches(r, f, m)) {
                ++matches;
                matched = rule.segment;
            }
        }
        QCOMPARE(matches, 1);
        QCOMPARE(gridSegment(r, f, m), matched);
        QCOMPARE(segmentInfo(matched).scheme, SegmentScheme::RfmGrid);
    }

    void gridSpotChecks_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<Segment>("segment");
        // FM = F + M. Champions: R 4–5, FM 8–10.
        QTest::newRow("555") << 5 << 5 << 5 << Segment::Champions;
        QTest::newRow("444 FM 8") << 4 << 4 << 4 << Segment::Champions;
        QTest::newRow("453 FM 8") << 4 << 5 << 3 << Segment::Champions;
        // Loyal: R 4–5 with FM 6–7, or R 3 with FM 8–10.
        QTest::newRow("533 FM 6") << 5 << 3 << 3 << Segment::Loyal;
        QTest::newRow("443 FM 7") << 4 << 4 << 3 << Segment::Loyal;
        QTest::newRow("355") << 3 << 5 << 5 << Segment::Loyal;
        QTest::newRow("344 FM 8") << 3 << 4 << 4 << Segment::Loyal;
        // Potential Loyalist: R 4–5, FM 4–5.
        QTest::newRow("422") << 4 << 2 << 2 << Segment::PotentialLoyalist;
        QTest::newRow("514 FM 5") << 5 << 1 << 4 << Segment::PotentialLoyalist;
        // New: R 5, FM 2–3. Promising: R 4, FM 2–3.
        QTest::newRow("511") << 5 << 1 << 1 << Segment::New;
        QTest::newRow("521 FM 3") << 5 << 2 << 1 << Segment::New;
        QTest::newRow("412 FM 3") << 4 << 1 << 2 << Segment::Promising;
        // Need Attention: R 3, FM 4–7. About to Sleep: R 3, FM 2–3.
        QTest::newRow("322") << 3 << 2 << 2 << Segment::NeedAttention;
        QTest::newRow("343 FM 7") << 3 << 4 << 3 << Segment::NeedAttention;
        QTest::newRow("311") << 3 << 1 << 1 << Segment::AboutToSleep;
        QTest::newRow("312 FM 3") << 3 << 1 << 2 << Segment::AboutToSleep;
        // At Risk: R 2 with FM 6–10, R 1 with FM 6–7. Can't Lose Them: R 1, FM 8–10.
        QTest::newRow("255") << 2 << 5 << 5 << Segment::AtRisk;
        QTest::newRow("233 FM 6") << 2 << 3 << 3 << Segment::AtRisk;
        QTest::newRow("134 FM 7") << 1 << 3 << 4 << Segment::AtRisk;
        QTest::newRow("144 FM 8") << 1 << 4 << 4 << Segment::CantLoseThem;
        QTest::newRow("155") << 1 << 5 << 5 << Segment::CantLoseThem;
        // Hibernating: R 2 with FM 2–5, R 1 with FM 4–5. Lost: R 1, FM 2–3.
        QTest::newRow("211") << 2 << 1 << 1 << Segment::Hibernating;
        QTest::newRow("223 FM 5") << 2 << 2 << 3 << Segment::Hibernating;
        QTest::newRow("122 FM 4") << 1 << 2 << 2 << Segment::Hibernating;
        QTest::newRow("111") << 1 << 1 << 1 << Segment::Lost;
        QTest::newRow("112 FM 3") << 1 << 1 << 2 << Segment::Lost;
        // Outside 1..5: an inactive customer (score 0) or nonsense.
        QTest::newRow("000 inactive") << 0 << 0 << 0 << Segment::None;
        QTest::newRow("611") << 6 << 1 << 1 << Segment::None;
        QTest::newRow("150") << 1 << 5 << 0 << Segment::None;
    }
    void gridSpotChecks()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(Segment, segment);
        QCOMPARE(gridSegment(r, f, m), segment);
    }

    void segmentMetadata()
    {
        // Every grid segment is reachable, keys are unique, every text is filled in.
        QSet<Segment> ruled;
        for (const GridSegmentRule &rule : gridSegmentRules())
            ruled.insert(rule.segment);
        QCOMPARE(ruled.size(), 11);
        QCOMPARE(segmentsOf(SegmentScheme::RfmGrid).size(), size_t(11));
        QCOMPARE(segmentsOf(SegmentScheme::ValueClasses).size(), size_t(8));
        QSet<QString> keys;
        for (SegmentScheme scheme : {SegmentScheme::RfmGrid, SegmentScheme::ValueClasses}) {
            for (Segment s : segmentsOf(scheme)) {
                const SegmentInfo &info = segmentInfo(s);
                QCOMPARE(info.scheme, scheme);
                QVERIFY(!segmentName(s).isEmpty());
                QVERIFY(!segmentActionHint(s).isEmpty());
                QVERIFY(!info.chineseName.isEmpty());
                keys.insert(QString(info.key));
                QCOMPARE(segmentFromKey(QString(info.key)), std::optional<Segment>(s));
            }
        }
        QCOMPARE(keys.size(), 19);
        QCOMPARE(segmentInfo(Segment::Champions).key, QLatin1StringView("champions"));
        QCOMPARE(segmentName(Segment::CantLoseThem), u"Can't Lose Them"_s);
        QCOMPARE(segmentInfo(Segment::ImportantValue).chineseName.toString(), u"重要价值客户"_s);
        QVERIFY(!segmentFromKey(u"nobody"_s));
    }

    void valueClassMapping_data()
    {
        QTest::addColumn<bool>("rHigh");
        QTest::addColumn<bool>("fHigh");
        QTest::addColumn<bool>("mHigh");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("HHH") << true << true << true << u"重要价值客户"_s;
        QTest::newRow("HLH") << true << false << true << u"重要发展客户"_s;
        QTest::newRow("LHH") << false << true << true << u"重要保持客户"_s;
        QTest::newRow("LLH") << false << false << true << u"重要挽留客户"_s;
        QTest::newRow("HHL") << true << true << false << u"一般价值客户"_s;
        QTest::newRow("HLL") << true << false << false << u"一般发展客户"_s;
        QTest::newRow("LHL") << false << true << false << u"一般保持客户"_s;
        QTest::newRow("LLL") << false << false << false << u"一般挽留客户"_s;
    }
    void valueClassMapping()
    {
        QFETCH(bool, rHigh);
        QFETCH(bool, fHigh);
        QFETCH(bool, mHigh);
        QFETCH(QString, chinese);
        QCOMPARE(segmentInfo(valueClass(rHigh, fHigh, mHigh)).chineseName.toString(), chinese);
    }

    void valueClasses_data()
    {
        QTest::addColumn<MonetaryBasis>("basis");
        QTest::addColumn<double>("meanM");
        QTest::addColumn<QStringList>("keys");
        // Means R 31.33, F 2, net M 6466.67 (see shop()). "High" R = fewer days than the mean.
        // c0 R5 high, F3 > 2 high, 12000 high        → important_value
        // c1 R60 low, F1 low, 20000 high             → important_retain
        // c2 R2 high, F2 = mean → low, 2000 low      → general_develop (equal to the mean counts as low)
        // c3 R90 low, F1 low, 500 low                → general_retain
        // c4 R30 < 31.33 high, F4 high, 4000 low     → general_value
        // c5 inactive                                → none
        // c6 R1 high, F1 low, 300 low                → general_develop
        QTest::newRow("net revenue") << MonetaryBasis::NetRevenue << 38800.0 / 6
                                     << QStringList{u"important_value"_s, u"important_retain"_s, u"general_develop"_s,
                                            u"general_retain"_s, u"general_value"_s, u"-"_s, u"general_develop"_s};
        // AOV mean 4466.67: c0's 4000 is now low → general_value; c1's 20000 still high; others unchanged.
        QTest::newRow("order value") << MonetaryBasis::AverageOrderValue << 26800.0 / 6
                                     << QStringList{u"general_value"_s, u"important_retain"_s, u"general_develop"_s,
                                            u"general_retain"_s, u"general_value"_s, u"-"_s, u"general_develop"_s};
    }
    void valueClasses()
    {
        QFETCH(MonetaryBasis, basis);
        QFETCH(double, meanM);
        QFETCH(QStringList, keys);
        const SegmentAssignment a = assignValueClasses(shop(), basis);
        QCOMPARE(a.activeCount, 6);
        QCOMPARE(a.meanRecencyDays, 188.0 / 6);
        QCOMPARE(a.meanFrequency, 2.0);
        QCOMPARE(a.meanMonetaryMinor, meanM);
        QCOMPARE(keysOf(a), keys);
    }

    void valueClassSummary_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("revenue");
        QTest::addColumn<double>("meanR");
        QTest::addColumn<double>("meanF");
        QTest::addColumn<double>("meanM");
        // Net basis, from the assignment above. Total net revenue 38800 over 6 customers.
        QTest::newRow("important_value") << u"important_value"_s << qint64(1) << qint64(12000) << 5.0 << 3.0 << 12000.0;
        QTest::newRow("important_develop") << u"important_develop"_s << qint64(0) << qint64(0) << 0.0 << 0.0 << 0.0;
        QTest::newRow("important_retain")
            << u"important_retain"_s << qint64(1) << qint64(20000) << 60.0 << 1.0 << 20000.0;
        QTest::newRow("general_value") << u"general_value"_s << qint64(1) << qint64(4000) << 30.0 << 4.0 << 4000.0;
        // c2 + c6: revenue 2000 + 300 = 2300; R (2+1)/2 = 1.5; F (2+1)/2 = 1.5; M 2300/2 = 1150.
        QTest::newRow("general_develop") << u"general_develop"_s << qint64(2) << qint64(2300) << 1.5 << 1.5 << 1150.0;
        QTest::newRow("general_retain") << u"general_retain"_s << qint64(1) << qint64(500) << 90.0 << 1.0 << 500.0;
    }
    void valueClassSummary()
    {
        QFETCH(QString, key);
        QFETCH(qint64, count);
        QFETCH(qint64, revenue);
        QFETCH(double, meanR);
        QFETCH(double, meanF);
        QFETCH(double, meanM);
        const CustomerSnapshot snapshot = shop();
        const SegmentSummary summary = summarizeSegments(snapshot, assignValueClasses(snapshot));
        QCOMPARE(summary.activeCount, 6);
        QCOMPARE(summary.revenueMinor, 38800);
        QCOMPARE(summary.segments.size(), size_t(8));
        const SegmentStats *s = summary.find(*segmentFromKey(key));
        QVERIFY(s);
        QCOMPARE(s->count, count);
        QCOMPARE(s->share, double(count) / 6);
        QCOMPARE(s->revenueMinor, revenue);
        QCOMPARE(s->revenueShare, double(revenue) / 38800);
        QCOMPARE(s->meanRecencyDays, meanR);
        QCOMPARE(s->meanFrequency, meanF);
        QCOMPARE(s->meanMonetaryMinor, meanM);
    }

    void valueClassesAtTheMean()
    {
        // Three customers with F 2 and M 3000 each, R 10, 20, 30 days: means R 20, F 2, M 3000.
        // Only c0 (10 < 20) is high on anything: general_develop. c1 sits exactly on the R mean → low.
        CustomerTableBuilder b;
        b.addCustomer(1, u"c0"_s, {}, Entries{{80, 1500}, {90, 1500}});
        b.addCustomer(2, u"c1"_s, {}, Entries{{70, 1500}, {80, 1500}});
        b.addCustomer(3, u"c2"_s, {}, Entries{{60, 1500}, {70, 1500}});
        const SegmentAssignment a = assignValueClasses(takeSnapshot(b.build(), AsOf));
        QCOMPARE(a.meanRecencyDays, 20.0);
        QCOMPARE(keysOf(a), (QStringList{u"general_develop"_s, u"general_retain"_s, u"general_retain"_s}));
    }

    void gridAssignment()
    {
        // thresholds(): R ≤30→5, ≤90→4, ≤180→3, ≤365→2; F 1,2,3,4,5+; M ≥10.00→2, ≥30.00→3, ≥100.00→4, ≥300.00→5.
        //  c0 R5 F3 M4 (12000)  FM 7 → loyal
        //  c1 R4 F1 M4 (20000)  FM 5 → potential_loyalist
        //  c2 R5 F2 M2 (2000)   FM 4 → potential_loyalist
        //  c3 R4 (90) F1 M1     FM 2 → promising
        //  c4 R5 (30) F4 M3     FM 7 → loyal
        //  c5 inactive               → none
        //  c6 R5 F1 M1          FM 2 → new
        const CustomerSnapshot snapshot = shop();
        const SegmentAssignment a = assignGridSegments(scoreRfm(snapshot, thresholds()));
        QCOMPARE(keysOf(a),
            (QStringList{u"loyal"_s, u"potential_loyalist"_s, u"potential_loyalist"_s, u"promising"_s, u"loyal"_s,
                u"-"_s, u"new"_s}));
        QCOMPARE(a.activeCount, 6);
        // Loyal = c0 + c4: revenue 16000, R (5+30)/2 = 17.5, F (3+4)/2 = 3.5, M 8000.
        const SegmentSummary summary = summarizeSegments(snapshot, a);
        QCOMPARE(summary.segments.size(), size_t(11));
        QCOMPARE(summary.segments.front().segment, Segment::Champions);
        QCOMPARE(summary.segments.front().count, 0);
        const SegmentStats *loyal = summary.find(Segment::Loyal);
        QCOMPARE(loyal->count, 2);
        QCOMPARE(loyal->revenueMinor, 16000);
        QCOMPARE(loyal->revenueShare, 16000.0 / 38800);
        QCOMPARE(loyal->meanRecencyDays, 17.5);
        QCOMPARE(loyal->meanFrequency, 3.5);
        QCOMPARE(loyal->meanMonetaryMinor, 8000.0);

        // Scores that failed validation give no segments at all.
        RfmParameters bad = thresholds();
        bad.recencyCuts = {90, 30, 180, 365};
        const SegmentAssignment none = assignGridSegments(scoreRfm(snapshot, bad));
        QCOMPARE(none.activeCount, 0);
        QCOMPARE(summarizeSegments(snapshot, none).activeCount, 0);
    }

    void json()
    {
        const CustomerSnapshot snapshot = shop();
        const SegmentSummary grid = summarizeSegments(snapshot, assignGridSegments(scoreRfm(snapshot, thresholds())));
        const SegmentSummary classes = summarizeSegments(snapshot, assignValueClasses(snapshot));
        const QJsonObject o = segmentsToJson(grid, classes);
        const QJsonObject v = o.value(u"value_classes"_s).toObject();
        QCOMPARE(v.value(u"as_of"_s).toString(), u"1970-04-11"_s); // day 100
        QCOMPARE(v.value(u"net_revenue"_s).toDouble(), 388.00);
        // Mean net M 6466.67 minor → 6467 → 64.67.
        QCOMPARE(v.value(u"means"_s).toObject().value(u"monetary_minor"_s).toInteger(), 6467);
        QCOMPARE(v.value(u"means"_s).toObject().value(u"monetary"_s).toDouble(), 64.67);
        const QJsonArray items = v.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 8);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(u"key"_s).toString(), u"important_value"_s);
        QCOMPARE(first.value(u"name_zh"_s).toString(), u"重要价值客户"_s);
        QCOMPARE(first.value(u"revenue"_s).toDouble(), 120.00);
        QCOMPARE(first.value(u"revenue_minor"_s).toInteger(), 12000);
        QCOMPARE(first.value(u"mean_monetary_minor"_s).toInteger(), 12000);
        const QJsonArray gridItems = o.value(u"rfm_grid"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(gridItems.size(), 11);
        QCOMPARE(gridItems.at(1).toObject().value(u"key"_s).toString(), u"loyal"_s);
        QCOMPARE(gridItems.at(1).toObject().value(u"customers"_s).toInteger(), 2);
    }

    void emptyTable()
    {
        const CustomerSnapshot snapshot = takeSnapshot(CustomerTableBuilder().build(), AsOf);
        const SegmentAssignment grid = assignGridSegments(scoreRfm(snapshot));
        const SegmentAssignment classes = assignValueClasses(snapshot);
        QCOMPARE(grid.activeCount, 0);
        QCOMPARE(classes.activeCount, 0);
        QCOMPARE(classes.meanFrequency, 0.0);
        for (const SegmentAssignment *a : {&grid, &classes}) {
            const SegmentSummary s = summarizeSegments(snapshot, *a);
            QCOMPARE(s.activeCount, 0);
            QCOMPARE(s.segments.size(), segmentsOf(a->scheme).size());
            for (const SegmentStats &stats : s.segments) {
                QCOMPARE(stats.count, 0);
                QCOMPARE(stats.share, 0.0);
                QCOMPARE(stats.revenueShare, 0.0);
            }
            QCOMPARE(segmentSummaryToJson(s).value(u"items"_s).toArray().size(), qsizetype(s.segments.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
