#include "analysis/import/importer.h"
#include "analysis/predict/prediction.h"
#include "analysis/predict/predictionjson.h"
#include "analysis/predict/repeatsummary.h"
#include "analysis/store/workspace.h"

#include "support/testsupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <map>

using namespace clientele;
using namespace clientele::predict;
using namespace Qt::Literals::StringLiterals;

namespace {

using Orders = std::vector<CustomerTableBuilder::Entry>;

qint32 day(int y, int m, int d)
{
    return *dayFromIsoDate(QDate(y, m, d).toString(Qt::ISODate));
}

// The CDNOW sample transaction log (cdnowElog.csv: masterid, sampleid, date yyyymmdd, cds, sales).
CustomerTable cdnowTable()
{
    QFile file(testsupport::testData(u"cdnow/cdnowElog.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.readLine();
    std::map<qint64, Orders> orders;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() < 5)
            continue;
        const QDate date = QDate::fromString(QString::fromLatin1(f[2]), u"yyyyMMdd"_s);
        orders[f[1].toLongLong()].push_back(
            {day(date.year(), date.month(), date.day()), qint64(std::llround(f[4].toDouble() * 100))});
    }
    CustomerTableBuilder b;
    for (auto &[id, o] : orders)
        b.addCustomer(id, QString::number(id), {}, std::move(o));
    return b.build();
}

} // namespace

class TestPrediction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Our purchase-day summary of the transaction log reproduces the published 39-week summary file.
    void cdnowSummaryFromTransactions()
    {
        const CustomerTable table = cdnowTable();
        QCOMPARE(table.size(), size_t(2357));
        const RepeatSummary s = summarizeRepeats(table, day(1997, 9, 30));
        QFile file(testsupport::testData(u"cdnow/cdnow_customers_summary.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        size_t c = 0;
        while (!file.atEnd()) {
            const QList<QByteArray> f = file.readLine().trimmed().split(',');
            if (f.size() < 4)
                continue;
            QCOMPARE(table.ids[c], f[0].toLongLong());
            QCOMPARE(s.x[c], f[1].toInt());
            QVERIFY(std::abs(s.txDays[c] / 7.0 - f[2].toDouble()) < 0.006);
            QVERIFY(std::abs(s.TDays[c] / 7.0 - f[3].toDouble()) < 0.006);
            ++c;
        }
        QCOMPARE(c, size_t(2357));
    }

    // Calibration = 1997-01-01 … 1997-09-30 (39 weeks), holdout = the next 39 weeks. The actual group
    // means are exactly those of the BTYD package's CDNOW vignette (the authors' R implementation). The
    // model under-predicts the holdout on CDNOW (x = 1, 2 most visibly, as in the published figure):
    // the total is 12.1 % low, so we assert 15 % on the total and 0.5 purchases per group.
    void cdnowHoldout()
    {
        const CustomerTable table = cdnowTable();
        const HoldoutCheck h = runHoldoutCheck(table, day(1997, 9, 30), day(1998, 6, 30), 7.0);
        QVERIFY2(h.ok, qPrintable(h.error));
        QCOMPARE(h.customers, qint64(2357));
        QVERIFY(std::abs(h.fit.params.r / 0.243 - 1) < 0.01);
        QVERIFY(std::abs(h.fit.params.alpha / 4.414 - 1) < 0.01);
        qInfo("holdout: actual %.0f predicted %.1f", h.actualTotal, h.predictedTotal);
        const double btydActual[] = {0.2367116, 0.6970387, 1.392523, 1.560000, 2.532258, 2.947368, 3.862069, 6.359375};
        for (size_t i = 0; i < 8; ++i)
            QVERIFY(std::abs(h.rows[i].actualMean() - btydActual[i]) < 1e-6);
        for (const HoldoutRow &row : h.rows) {
            qInfo("  x=%d%s n=%lld actual %.3f predicted %.3f", row.frequency, &row == &h.rows.back() ? "+" : "",
                row.customers, row.actualMean(), row.predictedMean());
            QVERIFY(std::abs(row.actualMean() - row.predictedMean()) < 0.5);
        }
        QCOMPARE(h.actualTotal, 1882.0);
        QVERIFY(std::abs(h.predictedTotal / h.actualTotal - 1) < 0.15);
    }

    // Parameter recovery on simulated data (the project's generator, analysis/generate; α in days), through the
    // real import and loader. The generator lets a customer drop out right after her first order too, which is
    // the modified model (MBG/NBD); plain BG/NBD is misspecified there, so recovery is checked with the
    // modified variant. With 200,000 orders, seeds 1–6 deviated at most r +3.5 %, α +6.7 %, a −4.7 %,
    // b −10.4 % / +8.5 %; the tolerances are about twice that. Closed orders and returns are switched off
    // because a closed order is excluded on import and the dropout chance attached to it would be invisible.
    void recoversGeneratorParameters()
    {
        QTemporaryDir dir;
        QString error;
        GeneratorOptions generated;
        generated.layout = GeneratedLayout::Generic;
        generated.orders = 200000;
        generated.seed = 3;
        generated.closedShare = 0;
        generated.returnShare = 0;
        GeneratorReport truth;
        const QString csv = testsupport::generateOrders(dir, u"orders.csv"_s, generated, &error, &truth);
        QVERIFY2(!csv.isEmpty(), qPrintable(error));
        auto workspace = Workspace::open(dir.filePath(u"w.clientele"_s), &error);
        QVERIFY2(workspace, qPrintable(error));
        ImportOptions options;
        options.timeZone = QTimeZone::utc();
        QCOMPARE(importFile(*workspace, csv, options).outcome, ImportSummary::Outcome::Completed);
        const CustomerTable table = loadCustomerTable(*workspace, QTimeZone::utc(), &error);
        QVERIFY2(table.size() > 0, qPrintable(error));
        const RepeatSummary s = summarizeRepeats(table, table.lastDay);
        const BgNbdData data = bgnbdData(s, 1.0);
        const BgNbdFit plain = fitBgNbd(data);
        qInfo("BG/NBD fit r=%.4f alpha=%.3f a=%.4f b=%.4f", plain.params.r, plain.params.alpha, plain.params.a,
            plain.params.b);
        const BgNbdFit fit = fitBgNbd(data, DropoutVariant::Modified);
        QVERIFY(fit.converged);
        qInfo("MBG/NBD recovered r=%.4f alpha=%.3f a=%.4f b=%.4f (customers %lld, repeat %lld)", fit.params.r,
            fit.params.alpha, fit.params.a, fit.params.b, fit.customers, fit.repeatCustomers);
        const std::pair<double, double> checks[] = {{fit.params.r / truth.r, 0.08},
            {fit.params.alpha / truth.alpha, 0.10}, {fit.params.a / truth.a, 0.10}, {fit.params.b / truth.b, 0.20}};
        for (const auto &[ratio, tolerance] : checks)
            QVERIFY2(std::abs(ratio - 1) < tolerance, qPrintable(QString::number(ratio)));
    }

    void customerLifetimeValueByHand()
    {
        const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
        const double month = 365.25 / 12 / 7; // weeks
        // One month, no discount: margin · value · E[Y(1 month)].
        QVERIFY(std::abs(customerLifetimeValue(p, 2, 30, 38, 7, 50, 1, 0.3, 0)
                    - 0.3 * 50 * expectedPurchases(p, 2, 30, 38, month))
            < 1e-12);
        // Three months at 12 % a year: each month's increment discounted by (1.12)^(k/12).
        double expected = 0;
        for (int k = 1; k <= 3; ++k)
            expected += (expectedPurchases(p, 2, 30, 38, k * month) - expectedPurchases(p, 2, 30, 38, (k - 1) * month))
                / std::pow(1.12, k / 12.0);
        QVERIFY(std::abs(customerLifetimeValue(p, 2, 30, 38, 7, 50, 3, 1, 0.12) - 50 * expected) < 1e-9);
    }

    // Per-customer outputs, churn warnings and the JSON section on CDNOW as of 1997-09-30.
    void runPredictionOnCdnow()
    {
        const CustomerTable table = cdnowTable();
        const qint32 asOf = day(1997, 9, 30);
        PredictionParameters parameters;
        parameters.unit = PredictionUnit::Weeks;
        parameters.holdoutDays = 0;
        const PredictionResult r = runPrediction(table, takeSnapshot(table, asOf), parameters);
        QVERIFY2(r.ok, qPrintable(r.error));
        const RepeatSummary s = summarizeRepeats(table, asOf);
        QCOMPARE(r.customers, qint64(2357));
        QCOMPARE(r.oneTimeBuyers, qint64(2357 - 946));
        QVERIFY(std::abs(r.spend.params.p / 6.25 - 1) < 0.02); // purchase days, not the file's zbar: close
        for (size_t c = 0; c < table.size(); ++c) {
            QVERIFY(r.pAlive[c] > 0 && r.pAlive[c] <= 1);
            QVERIFY(r.repurchaseScore[c] >= 0 && r.repurchaseScore[c] <= 100);
            QVERIFY(r.repurchaseProbability[c] <= r.pAlive[c]);
            QVERIFY(std::abs(r.expectedOrders[c]
                        - expectedPurchases(r.bgnbd.params, s.x[c], s.txDays[c] / 7.0, s.TDays[c] / 7.0, 90 / 7.0))
                < 1e-12);
            const double clv = customerLifetimeValue(r.bgnbd.params, s.x[c], s.txDays[c] / 7.0, s.TDays[c] / 7.0, 7,
                r.expectedOrderValueMinor[c], 12, 1.0, 0.10);
            QVERIFY(std::abs(double(r.clvMinor[c]) - clv) <= 0.5 + 1e-9 * clv);
            if (r.churnWarning[c])
                QVERIFY(r.pAlive[c] < 0.5 && r.clvMinor[c] >= 0);
        }
        QVERIFY(r.churnWarnings > 0 && r.churnWarnings < r.valuableCustomers);
        const QJsonObject json = predictionToJson(r);
        QCOMPARE(json[u"bgnbd"_s][u"unit"_s].toString(), u"weeks"_s);
        QVERIFY(json[u"bgnbd"_s][u"converged"_s].toBool());
        QCOMPARE(json[u"churn"_s][u"warnings"_s].toInteger(), r.churnWarnings);
        QCOMPARE(json[u"churn"_s][u"valuable_threshold_minor"_s].toInteger(), r.valuableThresholdMinor);
        QCOMPARE(json[u"clv"_s][u"total_minor"_s].toInteger(), r.clvTotalMinor);
        qint64 counted = 0;
        for (const QJsonValue v : json[u"p_alive"_s][u"counts"_s].toArray())
            counted += v.toInteger();
        QCOMPARE(counted, r.customers);
        QVERIFY(!json.contains(u"holdout"_s));
    }

    // A table without repeat buyers has nothing to fit: an error, not numbers.
    void noRepeatBuyers()
    {
        CustomerTableBuilder b;
        b.addCustomer(1, u"a"_s, {}, Orders{{10, 100}});
        b.addCustomer(2, u"b"_s, {}, Orders{{20, 100}, {20, 50}}); // same day: one purchase
        const CustomerTable table = b.build();
        const PredictionResult r = runPrediction(table, takeSnapshot(table, 100), {});
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(predictionToJson(r).contains(u"error"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrediction)
#include "tst_prediction.moc"
