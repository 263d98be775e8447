#include "analysis/core/customersnapshot.h"
#include "analysis/rfm/rfmheatmap.h"
#include "analysis/rfm/rfmjson.h"
#include "analysis/rfm/rfmscorer.h"
#include "support/rfmfixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <random>

using namespace clientele;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(clientele::RfmDimension)
Q_DECLARE_METATYPE(clientele::MonetaryBasis)
Q_DECLARE_METATYPE(clientele::RfmParameterError::Reason)
Q_DECLARE_METATYPE(clientele::RfmCutPoints)

namespace {

using namespace rfmfixtures;
using Entries = std::vector<CustomerTableBuilder::Entry>;

QList<int> scoresOf(const RfmScores &s, RfmDimension d)
{
    const std::vector<quint8> &v = d == RfmDimension::Recency ? s.r : d == RfmDimension::Frequency ? s.f : s.m;
    return QList<int>(v.begin(), v.end());
}

RfmParameters thresholds()
{
    return thresholdParameters({10000, 30000, 100000, 300000});
}

} // namespace

class TestRfm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quintiles_data()
    {
        QTest::addColumn<RfmDimension>("dimension");
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<QList<int>>("scores");
        const auto F = RfmDimension::Frequency;
        const auto R = RfmDimension::Recency;
        const auto M = RfmDimension::Monetary;
        // score = 1 + floor(5 × worse / n), worse = active customers strictly worse.
        // n = 10. F=1: worse 0 → 1. F=2: worse 5 → 1+floor(2.5)=3. F=3: worse 7 → 1+floor(3.5)=4.
        // F=5: worse 8 → 1+4 = 5. F=8: worse 9 → 1+floor(4.5)=5. Nobody scores 2.
        QTest::newRow("F ties") << F << QList<qint64>{1, 1, 1, 1, 1, 2, 2, 3, 5, 8}
                                << QList<int>{1, 1, 1, 1, 1, 3, 3, 4, 5, 5};
        // Everyone equal: nobody is strictly worse than anybody → all 1.
        QTest::newRow("F all equal") << F << QList<qint64>{3, 3, 3, 3} << QList<int>{1, 1, 1, 1};
        // n = 5 distinct: worse 0..4 → 1..5.
        QTest::newRow("F five distinct") << F << QList<qint64>{1, 2, 3, 4, 5} << QList<int>{1, 2, 3, 4, 5};
        // n = 10 distinct: worse i → 1 + floor(i / 2).
        QTest::newRow("F ten distinct") << F << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                                        << QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        // n = 3: worse 0, 1, 2 → 1, 1+floor(5/3)=2, 1+floor(10/3)=4.
        QTest::newRow("F three") << F << QList<qint64>{1, 2, 3} << QList<int>{1, 2, 4};
        // Input order does not matter. Sorted 1,1,2,3,8: F=1 worse 0 → 1; F=2 worse 2 → 3;
        // F=3 worse 3 → 4; F=8 worse 4 → 5.
        QTest::newRow("F shuffled") << F << QList<qint64>{8, 1, 3, 1, 2} << QList<int>{5, 1, 4, 1, 3};
        QTest::newRow("single customer") << F << QList<qint64>{4} << QList<int>{1};
        // R: worse = more days. n = 10. 0 days: 8 customers have more → 1+4=5. 10 days: 5 have more
        // (30,60,90,365,400) → 1+floor(2.5)=3. 30: 4 → 3. 60: 3 → 2. 90: 2 → 2. 365: 1 → 1. 400: 0 → 1.
        QTest::newRow("R direction") << R << QList<qint64>{0, 0, 10, 10, 10, 30, 60, 90, 365, 400}
                                     << QList<int>{5, 5, 3, 3, 3, 3, 2, 2, 1, 1};
        // Same days in reverse input order give the same scores per customer.
        QTest::newRow("R reversed") << R << QList<qint64>{400, 365, 90, 60, 30, 10, 10, 10, 0, 0}
                                    << QList<int>{1, 1, 2, 2, 3, 3, 3, 3, 5, 5};
        // M with a negative net revenue (return larger than the order). n = 4, values −500, 1000, 2000,
        // 2000: worse 0, 1, 2, 2 → 1, 1+floor(1.25)=2, 1+floor(2.5)=3, 3.
        QTest::newRow("M negative") << M << QList<qint64>{2000, -500, 2000, 1000} << QList<int>{3, 1, 3, 2};
        // Large amounts exercise several radix digits. 2^40 = 1 099 511 627 776 > 10^12, so ascending
        // 0, 1, 10^12, 2^40 with worse 0..3 → 1, 1+floor(5/4)=2, 1+floor(10/4)=3, 1+floor(15/4)=4.
        QTest::newRow("M large") << M << QList<qint64>{1000000000000, 1, qint64(1) << 40, 0} << QList<int>{3, 2, 4, 1};
    }
    void quintiles()
    {
        QFETCH(RfmDimension, dimension);
        QFETCH(QList<qint64>, values);
        QFETCH(QList<int>, scores);
        const RfmScores s = scoreRfm(snapshotWith(dimension, values));
        QVERIFY(s.ok());
        QCOMPARE(s.activeCount, values.size());
        QCOMPARE(scoresOf(s, dimension), scores);
    }

    // The radix ordering against the definition computed the slow, obvious way (sort + lower_bound) on
    // pseudo-random values: small ranges (many ties), wide ranges, negative amounts.
    void matchesDefinition_data()
    {
        QTest::addColumn<RfmDimension>("dimension");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("F 1..12") << RfmDimension::Frequency << qint64(1) << qint64(12);
        QTest::newRow("R 0..1500") << RfmDimension::Recency << qint64(0) << qint64(1500);
        QTest::newRow("M -5e4..1e6") << RfmDimension::Monetary << qint64(-50000) << qint64(1000000);
        QTest::newRow("M 0..1e13") << RfmDimension::Monetary << qint64(0) << qint64(10000000000000);
    }
    void matchesDefinition()
    {
        QFETCH(RfmDimension, dimension);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        std::mt19937_64 rng(7);
        std::uniform_int_distribution<qint64> pick(low, high);
        QList<qint64> values;
        for (int i = 0; i < 3000; ++i)
            values.append(pick(rng));
        // Goodness: fewer days is better for R, more is better for F and M.
        QList<qint64> goodness = values;
        if (dimension == RfmDimension::Recency) {
            for (qint64 &g : goodness)
                g = -g;
        }
        QList<qint64> sorted = goodness;
        std::sort(sorted.begin(), sorted.end());
        QList<int> expected;
        for (qint64 g : goodness) {
            const qint64 worse = std::lower_bound(sorted.begin(), sorted.end(), g) - sorted.begin();
            expected.append(int(1 + 5 * worse / sorted.size()));
        }
        QCOMPARE(scoresOf(scoreRfm(snapshotWith(dimension, values)), dimension), expected);
    }

    void ranges()
    {
        // F ties again: score 1 covers F 1 (5 customers), 2 is empty, 3 covers 2 (2), 4 covers 3 (1),
        // 5 covers 5..8 (2).
        const RfmScores s = scoreRfm(snapshotWith(RfmDimension::Frequency, {1, 1, 1, 1, 1, 2, 2, 3, 5, 8}));
        const auto F = RfmDimension::Frequency;
        QCOMPARE(s.range(F, 1).count, 5);
        QCOMPARE(s.range(F, 1).min, 1);
        QCOMPARE(s.range(F, 1).max, 1);
        QCOMPARE(s.range(F, 2).count, 0);
        QCOMPARE(s.range(F, 3).count, 2);
        QCOMPARE(s.range(F, 3).min, 2);
        QCOMPARE(s.range(F, 4).min, 3);
        QCOMPARE(s.range(F, 4).max, 3);
        QCOMPARE(s.range(F, 5).count, 2);
        QCOMPARE(s.range(F, 5).min, 5);
        QCOMPARE(s.range(F, 5).max, 8);
        // Every customer's R is "today" (the last of the daily orders): all tie at R 1, 0 days.
        QCOMPARE(s.range(RfmDimension::Recency, 1).count, 10);
        QCOMPARE(s.range(RfmDimension::Recency, 1).max, 0);
    }

    void averageOrderValue_data()
    {
        QTest::addColumn<MonetaryBasis>("basis");
        QTest::addColumn<QList<int>>("scores");
        // A: 1 × 10000 (net 10000, AOV 10000); B: 4 × 1000 (net 4000, AOV 1000);
        // C: 2 × 3000 (net 6000, AOV 3000); D: 10 × 500 (net 5000, AOV 500). n = 4.
        // Net ascending B, D, C, A → worse 0,1,2,3 → B 1, D 2, C 3, A 4 (1+floor(15/4)).
        QTest::newRow("net revenue") << MonetaryBasis::NetRevenue << QList<int>{4, 1, 3, 2};
        // AOV ascending D, B, C, A → D 1, B 2, C 3, A 4.
        QTest::newRow("order value") << MonetaryBasis::AverageOrderValue << QList<int>{4, 2, 3, 1};
    }
    void averageOrderValue()
    {
        QFETCH(MonetaryBasis, basis);
        QFETCH(QList<int>, scores);
        CustomerTableBuilder b;
        auto repeat = [](int count, qint64 amount) {
            Entries e;
            for (int i = 0; i < count; ++i)
                e.push_back({AsOf - i, amount});
            return e;
        };
        b.addCustomer(1, u"A"_s, {}, repeat(1, 10000));
        b.addCustomer(2, u"B"_s, {}, repeat(4, 1000));
        b.addCustomer(3, u"C"_s, {}, repeat(2, 3000));
        b.addCustomer(4, u"D"_s, {}, repeat(10, 500));
        RfmParameters p;
        p.monetaryBasis = basis;
        const RfmScores s = scoreRfm(takeSnapshot(b.build(), AsOf), p);
        QCOMPARE(scoresOf(s, RfmDimension::Monetary), scores);
        QCOMPARE(s.monetaryBasis, basis);
    }

    void thresholdScores_data()
    {
        QTest::addColumn<RfmDimension>("dimension");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("score");
        const auto R = RfmDimension::Recency;
        const auto F = RfmDimension::Frequency;
        const auto M = RfmDimension::Monetary;
        struct Row
        {
            RfmDimension d;
            qint64 value;
            int score;
        };
        const Row rows[] = {
            // R upper bounds 30, 90, 180, 365 days for scores 5, 4, 3, 2; bounds are inclusive.
            {R, 0, 5},
            {R, 30, 5},
            {R, 31, 4},
            {R, 90, 4},
            {R, 180, 3},
            {R, 181, 2},
            {R, 365, 2},
            {R, 366, 1},
            // F lower bounds 2, 3, 4, 5: "1, 2, 3, 4, 5+ orders".
            {F, 1, 1},
            {F, 2, 2},
            {F, 4, 4},
            {F, 5, 5},
            {F, 9, 5},
            // M lower bounds 100.00, 300.00, 1000.00, 3000.00 (minor units below).
            {M, -500, 1},
            {M, 9999, 1},
            {M, 10000, 2},
            {M, 299999, 4},
            {M, 300000, 5},
        };
        for (const Row &row : rows) {
            QTest::addRow("%s %lld", rfmDimensionKey(row.d).data(), static_cast<long long>(row.value))
                << row.d << row.value << row.score;
        }
    }
    void thresholdScores()
    {
        QFETCH(RfmDimension, dimension);
        QFETCH(qint64, value);
        QFETCH(int, score);
        const RfmScores s = scoreRfm(snapshotWith(dimension, {value}), thresholds());
        QVERIFY(s.ok());
        QCOMPARE(scoresOf(s, dimension), QList<int>{score});
        QCOMPARE(s.range(dimension, score).count, 1);
        QCOMPARE(s.range(dimension, score).min, value);
        QCOMPARE(s.frequencyCuts, (RfmCutPoints{2, 3, 4, 5}));
    }

    void invalidThresholds_data()
    {
        QTest::addColumn<RfmCutPoints>("recency");
        QTest::addColumn<RfmCutPoints>("frequency");
        QTest::addColumn<RfmCutPoints>("monetary");
        QTest::addColumn<int>("errorCount");
        QTest::addColumn<RfmDimension>("dimension");
        QTest::addColumn<int>("index");
        QTest::addColumn<RfmParameterError::Reason>("reason");
        QTest::addColumn<QString>("message");
        const RfmCutPoints r{30, 90, 180, 365};
        const RfmCutPoints f{2, 3, 4, 5};
        const RfmCutPoints m{10000, 30000, 100000, 300000};
        using Reason = RfmParameterError::Reason;
        QTest::newRow("R equal") << RfmCutPoints{30, 30, 180, 365} << f << m << 1 << RfmDimension::Recency << 1
                                 << Reason::NotIncreasing
                                 << u"Recency: the upper bound for score 4 (30 days) must be larger than the upper "
                                    "bound for score 5 (30 days)."_s;
        QTest::newRow("R negative")
            << RfmCutPoints{-1, 90, 180, 365} << f << m << 1 << RfmDimension::Recency << 0 << Reason::Negative
            << u"Recency: the upper bound for score 5 is -1 days; recency cannot be negative."_s;
        QTest::newRow("R two equal") << RfmCutPoints{30, 30, 30, 365} << f << m << 2 << RfmDimension::Recency << 1
                                     << Reason::NotIncreasing << QString();
        QTest::newRow("F starts at 1") << r << RfmCutPoints{1, 2, 3, 4} << m << 1 << RfmDimension::Frequency << 0
                                       << Reason::TooFewOrders
                                       << u"Frequency: the lower bound for score 2 is 1 order; it must be at least 2 "
                                          "orders, because every customer has at least 1 order."_s;
        QTest::newRow("F decreasing") << r << RfmCutPoints{2, 4, 3, 5} << m << 1 << RfmDimension::Frequency << 2
                                      << Reason::NotIncreasing
                                      << u"Frequency: the lower bound for score 4 (3 orders) must be larger than the "
                                         "lower bound for score 3 (4 orders)."_s;
        QTest::newRow("M decreasing") << r << f << RfmCutPoints{10000, 5000, 100000, 300000} << 1
                                      << RfmDimension::Monetary << 1 << Reason::NotIncreasing
                                      << u"Monetary value: the lower bound for score 3 (50.00) must be larger than "
                                         "the lower bound for score 2 (100.00)."_s;
    }
    void invalidThresholds()
    {
        QFETCH(RfmCutPoints, recency);
        QFETCH(RfmCutPoints, frequency);
        QFETCH(RfmCutPoints, monetary);
        QFETCH(int, errorCount);
        QFETCH(RfmDimension, dimension);
        QFETCH(int, index);
        QFETCH(RfmParameterError::Reason, reason);
        QFETCH(QString, message);
        RfmParameters p = thresholds();
        p.recencyCuts = recency;
        p.frequencyCuts = frequency;
        p.monetaryCuts = monetary;
        const std::vector<RfmParameterError> errors = validateRfmParameters(p);
        QCOMPARE(int(errors.size()), errorCount);
        QCOMPARE(errors.front().dimension, dimension);
        QCOMPARE(errors.front().index, index);
        QCOMPARE(errors.front().reason, reason);
        if (!message.isEmpty())
            QCOMPARE(errors.front().message, message);

        // Scoring refuses: every score 0, the same errors attached.
        const RfmScores s = scoreRfm(snapshotWith(RfmDimension::Frequency, {1, 2, 3}), p);
        QVERIFY(!s.ok());
        QCOMPARE(int(s.errors.size()), errorCount);
        QCOMPARE(scoresOf(s, RfmDimension::Frequency), (QList<int>{0, 0, 0}));
        // Quintiles ignore the cut points, so the same parameters are fine there.
        p.method = ScoringMethod::Quintiles;
        QVERIFY(validateRfmParameters(p).empty());
    }

    void inactiveCustomers()
    {
        // As-of day 100. A: order day 90. B: days 80, 95. C: first order day 150 (not yet a customer).
        // D: days 50 and 120 (only day 50 counts). Active n = 3.
        // F: A 1, B 2, D 1 → worse 0, 2, 0 → A 1, B 1+floor(10/3) = 4, D 1; C 0.
        // R: A 10, B 5, D 50 days; more days = worse: A has 1 worse (D) → 1+floor(5/3) = 2;
        //    B has 2 worse → 4; D has 0 → 1.
        CustomerTableBuilder b;
        b.addCustomer(1, u"A"_s, {}, Entries{{90, 100}});
        b.addCustomer(2, u"B"_s, {}, Entries{{80, 100}, {95, 100}});
        b.addCustomer(3, u"C"_s, {}, Entries{{150, 100}});
        b.addCustomer(4, u"D"_s, {}, Entries{{50, 100}, {120, 100}});
        const RfmScores s = scoreRfm(takeSnapshot(b.build(), 100));
        QCOMPARE(s.activeCount, 3);
        QCOMPARE(scoresOf(s, RfmDimension::Frequency), (QList<int>{1, 4, 0, 1}));
        QCOMPARE(scoresOf(s, RfmDimension::Recency), (QList<int>{2, 4, 0, 1}));
        QCOMPARE(s.m[2], quint8(0));
        qint64 counted = 0;
        for (int score = 1; score <= 5; ++score)
            counted += s.range(RfmDimension::Monetary, score).count;
        QCOMPARE(counted, 3);
    }

    void heatmap_data()
    {
        QTest::addColumn<MonetaryBasis>("basis");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("meanM");
        QTest::addColumn<qint64>("revenue");
        QTest::addColumn<QList<quint32>>("customers");
        const auto Net = MonetaryBasis::NetRevenue;
        const auto Aov = MonetaryBasis::AverageOrderValue;
        // See heatmapTable(). Cell (5,1) = c0, c1, c6: M 5000 + 7000 + 1 = 12001, mean 4000.33 → 4000.
        QTest::newRow("R5 F1") << Net << 5 << 1 << qint64(3) << qint64(4000) << qint64(12001)
                               << QList<quint32>{0, 1, 6};
        QTest::newRow("R5 F3") << Net << 5 << 3 << qint64(1) << qint64(6001) << qint64(6001) << QList<quint32>{2};
        // (1,1) = c3, c7: 1500 + 1 = 1501, mean 750.5 → 751 (half away from zero).
        QTest::newRow("R1 F1") << Net << 1 << 1 << qint64(2) << qint64(751) << qint64(1501) << QList<quint32>{3, 7};
        QTest::newRow("R3 F2") << Net << 3 << 2 << qint64(1) << qint64(8000) << qint64(8000) << QList<quint32>{4};
        QTest::newRow("empty R4 F1") << Net << 4 << 1 << qint64(0) << qint64(0) << qint64(0) << QList<quint32>{};
        QTest::newRow("empty R5 F5") << Net << 5 << 5 << qint64(0) << qint64(0) << qint64(0) << QList<quint32>{};
        // With M = order value the mean changes, revenue stays net: c2 AOV 6001 / 3 → 2000.
        QTest::newRow("AOV R5 F3") << Aov << 5 << 3 << qint64(1) << qint64(2000) << qint64(6001) << QList<quint32>{2};
        // c3 AOV 1500, c7 AOV 1: mean 750.5 → 751.
        QTest::newRow("AOV R1 F1") << Aov << 1 << 1 << qint64(2) << qint64(751) << qint64(1501) << QList<quint32>{3, 7};
        // c4 AOV 8000 / 2 = 4000.
        QTest::newRow("AOV R3 F2") << Aov << 3 << 2 << qint64(1) << qint64(4000) << qint64(8000) << QList<quint32>{4};
    }
    void heatmap()
    {
        QFETCH(MonetaryBasis, basis);
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(qint64, count);
        QFETCH(qint64, meanM);
        QFETCH(qint64, revenue);
        QFETCH(QList<quint32>, customers);
        const CustomerSnapshot snapshot = takeSnapshot(heatmapTable(), AsOf);
        RfmParameters p = thresholds();
        p.monetaryBasis = basis;
        const RfmHeatmap map = buildRfmHeatmap(snapshot, scoreRfm(snapshot, p));
        QCOMPARE(map.activeCount, 7);
        QCOMPARE(map.revenueMinor, 27503);
        QCOMPARE(map.cell(r, f).count, count);
        QCOMPARE(map.cell(r, f).share, double(count) / 7.0);
        QCOMPARE(map.cell(r, f).meanMonetaryMinor, meanM);
        QCOMPARE(map.cell(r, f).revenueMinor, revenue);
        const std::span<const quint32> inCell = map.customers(r, f);
        QCOMPARE(QList<quint32>(inCell.begin(), inCell.end()), customers);
        // The 25 cells partition the active customers.
        qint64 total = 0;
        for (const RfmHeatmapCell &cell : map.cells)
            total += cell.count;
        QCOMPARE(total, 7);
        QCOMPARE(map.customerIndices.size(), size_t(7));
    }

    void json()
    {
        const CustomerSnapshot snapshot = takeSnapshot(heatmapTable(), AsOf);
        const RfmScores scores = scoreRfm(snapshot, thresholds());
        const QJsonObject o = rfmToJson(scores, buildRfmHeatmap(snapshot, scores));
        QCOMPARE(o.value(u"as_of"_s).toString(), u"2024-01-01"_s);
        QCOMPARE(o.value(u"method"_s).toString(), u"thresholds"_s);
        QCOMPARE(o.value(u"monetary_basis"_s).toString(), u"net_revenue"_s);
        QCOMPARE(o.value(u"active_customers"_s).toInteger(), 7);
        QCOMPARE(o.value(u"net_revenue"_s).toDouble(), 275.03);
        QCOMPARE(o.value(u"net_revenue_minor"_s).toInteger(), 27503);
        const QJsonArray grid = o.value(u"grid"_s).toArray();
        QCOMPARE(grid.size(), 25);
        // r outer, f inner: (5,1) is entry (5−1)·5 + 0 = 20.
        const QJsonObject cell = grid.at(20).toObject();
        QCOMPARE(cell.value(u"r"_s).toInt(), 5);
        QCOMPARE(cell.value(u"f"_s).toInt(), 1);
        QCOMPARE(cell.value(u"customers"_s).toInteger(), 3);
        QCOMPARE(cell.value(u"mean_m"_s).toDouble(), 40.00);
        QCOMPARE(cell.value(u"mean_m_minor"_s).toInteger(), 4000);
        QCOMPARE(cell.value(u"revenue"_s).toDouble(), 120.01);
        QCOMPARE(cell.value(u"revenue_minor"_s).toInteger(), 12001);
        const QJsonObject scoresJson = o.value(u"scores"_s).toObject();
        QCOMPARE(
            scoresJson.value(u"frequency"_s).toObject().value(u"cut_points"_s).toArray(), (QJsonArray{2, 3, 4, 5}));
        const QJsonObject money = scoresJson.value(u"monetary"_s).toObject();
        QCOMPARE(money.value(u"cut_points"_s).toArray(), (QJsonArray{100.0, 300.0, 1000.0, 3000.0}));
        // M score 1 (< 100.00) holds c0, c1, c2, c3, c4, c6, c7: 0.01 … 80.00.
        const QJsonObject m1 = money.value(u"ranges"_s).toArray().at(0).toObject();
        QCOMPARE(m1.value(u"customers"_s).toInteger(), 7);
        QCOMPARE(m1.value(u"min"_s).toDouble(), 0.01);
        QCOMPARE(m1.value(u"max_minor"_s).toInteger(), 8000);
        QVERIFY(money.value(u"ranges"_s).toArray().at(4).toObject().value(u"min"_s).isNull());

        RfmParameters bad = thresholds();
        bad.frequencyCuts = {3, 3, 4, 5};
        const RfmScores failed = scoreRfm(snapshot, bad);
        const QJsonObject e = rfmToJson(failed, buildRfmHeatmap(snapshot, failed));
        QCOMPARE(e.value(u"errors"_s).toArray().size(), 1);
        QVERIFY(!e.contains(u"grid"_s));
    }

    void emptyTable()
    {
        const CustomerSnapshot snapshot = takeSnapshot(CustomerTableBuilder().build(), AsOf);
        for (const RfmParameters &p : {RfmParameters{}, thresholds()}) {
            const RfmScores s = scoreRfm(snapshot, p);
            QVERIFY(s.ok());
            QCOMPARE(s.activeCount, 0);
            QCOMPARE(s.size(), size_t(0));
            const RfmHeatmap map = buildRfmHeatmap(snapshot, s);
            QCOMPARE(map.activeCount, 0);
            QCOMPARE(map.cell(3, 3).share, 0.0);
            QVERIFY(map.customers(3, 3).empty());
            const QJsonObject o = rfmToJson(s, map);
            QCOMPARE(o.value(u"grid"_s).toArray().size(), 25);
            QCOMPARE(o.value(u"net_revenue_minor"_s).toInteger(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
