// clientele-cli as a user runs it: exit codes, printed summaries, JSON, demo and exports.
#include "support/clirunner.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void usageErrorsExitWithOne_data();
    void usageErrorsExitWithOne();
    void importThenSummaryJson();
    void reimportSaysWhatWasThere();
    void duplicateRowsAreReported();
    void badInputExitsWithTwo_data();
    void badInputExitsWithTwo();
    void ambiguousDatesAreFlagged();
    void demoIsSeededAndRealistic();
    void rejectsExportIsExcelSafe();
    void summaryHasEveryAnalysis();
    void exportMatchesSummaryCounts_data();
    void exportMatchesSummaryCounts();
    void exportXlsxAndGbk();
    void exportRejectsUnknownNames();
    void generateThenImportAgree();
    void generateRefusesBadOptions();
    void parametersAreSettable();

private:
    using Run = testsupport::CliRun;
    Run cli(const QStringList &arguments);
    QString db() const { return m_dir->filePath(QStringLiteral("w.clientele")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

TestCli::Run TestCli::cli(const QStringList &arguments)
{
    return testsupport::runCli(arguments);
}

static const QByteArray Orders = "订单编号,买家会员名,订单付款时间,买家实际支付金额,订单状态\n"
                                 "T1,小明,2024-03-01 10:00:00,¥100.00,交易成功\n"
                                 "T2,小红,2024-03-02 23:30:00,\"1,250.50\",交易成功\n"
                                 "T3,小明,2024-03-05 09:30:00,80.25,交易成功\n"
                                 "T4,小刚,2024-03-06 12:00:00,60.00,交易关闭\n"
                                 "T5,,2024-03-08 08:00:00,20.00,交易成功\n";

void TestCli::usageErrorsExitWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("import without db") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv")};
    QTest::newRow("import without file") << QStringList{
        QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("w")};
    QTest::newRow("bad date order") << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"),
        QStringLiteral("--db"), QStringLiteral("w"), QStringLiteral("--date-order"), QStringLiteral("ymd")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("summary"), QStringLiteral("--dbx"), QStringLiteral("w")};
}

void TestCli::usageErrorsExitWithOne()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::importThenSummaryJson()
{
    const QString csv = testsupport::writeFile(*m_dir, QStringLiteral("tmall.csv"), Orders);
    const Run import = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db(), QStringLiteral("--timezone"),
        QStringLiteral("Asia/Shanghai")});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(QStringLiteral("orders added:           3")), qPrintable(import.out));
    QVERIFY(import.out.contains(QStringLiteral("交易关闭: 1")));
    QVERIFY(import.out.contains(QStringLiteral("Missing customer: 1")));

    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
        QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")});
    QCOMPARE(summary.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("orders")).toInteger(), 3);
    QCOMPARE(json.value(QStringLiteral("customers")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("net_revenue_minor")).toInteger(), 10000 + 125050 + 8025);
    QCOMPARE(json.value(QStringLiteral("net_revenue")).toDouble(), 1430.75);
    QCOMPARE(json.value(QStringLiteral("first_order_date")).toString(), QStringLiteral("2024-03-01"));
    QCOMPARE(json.value(QStringLiteral("last_order_date")).toString(), QStringLiteral("2024-03-05"));
    // 10:00 in Shanghai is 02:00 UTC.
    QCOMPARE(json.value(QStringLiteral("first_order_utc")).toString(), QStringLiteral("2024-03-01T02:00:00Z"));
    QCOMPARE(json.value(QStringLiteral("rejected_rows")).toInteger(), 1);
}

void TestCli::reimportSaysWhatWasThere()
{
    const QString csv = testsupport::writeFile(*m_dir, QStringLiteral("tmall.csv"), Orders);
    QCOMPARE(cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db()}).exitCode, 0);
    const Run again = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("orders already present: 3")), qPrintable(again.out));
    QVERIFY(again.out.contains(QStringLiteral("orders added:           0")));
}

void TestCli::duplicateRowsAreReported()
{
    const QByteArray twice = "order_id,customer_id,order_time,amount\n"
                             "A1,C1,2024-03-01 10:00:00,10.00\n"
                             "A2,C2,2024-03-01 11:00:00,20.00\n"
                             "A1,C1,2024-03-01 10:00:00,10.00\n";
    const QString csv = testsupport::writeFile(*m_dir, QStringLiteral("twice.csv"), twice);
    const Run once = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db()});
    QCOMPARE(once.exitCode, 0);
    QVERIFY2(once.out.contains(QStringLiteral("duplicate rows:         1 (counted once)")), qPrintable(once.out));
    QVERIFY(once.out.contains(QStringLiteral("net amount added:       30.00")));
    const Run kept = cli({QStringLiteral("import"), csv, QStringLiteral("--db"),
        m_dir->filePath(QStringLiteral("kept.clientele")), QStringLiteral("--keep-duplicate-rows")});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY2(kept.out.contains(QStringLiteral("duplicate rows:         1 (kept)")), qPrintable(kept.out));
    QVERIFY(kept.out.contains(QStringLiteral("net amount added:       40.00")));
}

void TestCli::badInputExitsWithTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no order columns") << QByteArray("a,b\n1,2\n") << QStringLiteral("cannot be used");
    QTest::newRow("header only") << QByteArray("order_id,customer_id,order_time,amount\n")
                                 << QStringLiteral("No orders");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\x00garbage", 12) << QString();
}

void TestCli::badInputExitsWithTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("bad.csv"), content);
    const Run run = cli({QStringLiteral("import"), path, QStringLiteral("--db"), db()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("orders")).toInteger(), 0);

    const Run missing
        = cli({QStringLiteral("summary"), QStringLiteral("--db"), m_dir->filePath(QStringLiteral("none"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::ambiguousDatesAreFlagged()
{
    const QString path = testsupport::writeFile(
        *m_dir, QStringLiteral("us.csv"), "order_id,customer_id,order_time,amount\n1,A,3/5/2024,5\n2,B,4/6/2024,5\n");
    const Run refused = cli({QStringLiteral("import"), path, QStringLiteral("--db"), db()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--date-order")), qPrintable(refused.err));
    const Run chosen = cli({QStringLiteral("import"), path, QStringLiteral("--db"), db(),
        QStringLiteral("--date-order"), QStringLiteral("mdy"), QStringLiteral("--timezone"), QStringLiteral("UTC")});
    QCOMPARE(chosen.exitCode, 0);
    QVERIFY(chosen.out.contains(QStringLiteral("day/month order:        month/day")));
}

void TestCli::demoIsSeededAndRealistic()
{
    const QString a = m_dir->filePath(QStringLiteral("a.clientele"));
    const QString b = m_dir->filePath(QStringLiteral("b.clientele"));
    for (const QString &path : {a, b})
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--orders"),
                         QStringLiteral("5000"), QStringLiteral("--seed"), QStringLiteral("7")})
                     .exitCode,
            0);
    const auto json = [this](const QString &path) {
        return QJsonDocument::fromJson(
            cli({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--json")}).out.toUtf8())
            .object();
    };
    const QJsonObject first = json(a);
    const QJsonObject second = json(b);
    for (const char *key : {"orders", "customers", "returns", "net_revenue_minor"})
        QCOMPARE(first.value(QLatin1StringView(key)), second.value(QLatin1StringView(key)));
    const qint64 orders = first.value(QStringLiteral("orders")).toInteger();
    QVERIFY2(orders > 4700 && orders < 5000, qPrintable(QString::number(orders))); // ~3% closed orders excluded
    QVERIFY(first.value(QStringLiteral("customers")).toInteger() > 500);
    QVERIFY(first.value(QStringLiteral("returns")).toInteger() > 10);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), a}).exitCode, 2); // never over an existing file
}

void TestCli::rejectsExportIsExcelSafe()
{
    const QString csv = testsupport::writeFile(*m_dir, QStringLiteral("r.csv"),
        "order_id,customer_id,order_time,amount\n"
        "=1+2,C1,2024-01-01,abc\n2,C2,2024-01-02,5\n");
    QCOMPARE(cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db()}).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("rejects.csv"));
    const Run run = cli({QStringLiteral("rejects"), QStringLiteral("--db"), db(), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFimport_id,line,column,reason,raw\r\n"));
    QVERIFY2(bytes.contains("1,2,amount,"), bytes.constData());
    QVERIFY2(bytes.contains(",\"'=1+2,C1,2024-01-01,abc\"\r\n"), bytes.constData()); // no formula for Excel
}

static QJsonObject summaryJson(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void TestCli::summaryHasEveryAnalysis()
{
    const QString demo = m_dir->filePath(QStringLiteral("demo.clientele"));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--orders"), QStringLiteral("4000")})
            .exitCode,
        0);
    const Run run = cli({QStringLiteral("summary"), QStringLiteral("--db"), demo, QStringLiteral("--json"),
        QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai"), QStringLiteral("--k"), QStringLiteral("4")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = summaryJson(run.out);
    for (const char *key : {"rfm", "segments", "lifecycle", "pareto", "tiers", "clusters", "as_of_date"})
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
    QCOMPARE(
        json.value(QStringLiteral("as_of_date")).toString(), json.value(QStringLiteral("last_order_date")).toString());
    QCOMPARE(json.value(QStringLiteral("rfm")).toObject().value(QStringLiteral("grid")).toArray().size(), 25);
    QCOMPARE(json.value(QStringLiteral("clusters")).toObject().value(QStringLiteral("k")).toInt(), 4);
    // Every customer is in exactly one cell, one segment and one stage.
    const qint64 customers = json.value(QStringLiteral("customers")).toInteger();
    qint64 inCells = 0;
    for (const QJsonValue cell : json.value(QStringLiteral("rfm")).toObject().value(QStringLiteral("grid")).toArray())
        inCells += cell.toObject().value(QStringLiteral("customers")).toInteger();
    QCOMPARE(inCells, customers);
    qint64 inStages = 0;
    for (const QJsonValue stage :
        json.value(QStringLiteral("lifecycle")).toObject().value(QStringLiteral("stages")).toArray())
        inStages += stage.toObject().value(QStringLiteral("customers")).toInteger();
    QCOMPARE(inStages, customers);
    // An earlier as-of date sees fewer customers.
    const Run earlier = cli({QStringLiteral("summary"), QStringLiteral("--db"), demo, QStringLiteral("--json"),
        QStringLiteral("--as-of"), QStringLiteral("2024-06-30"), QStringLiteral("--k"), QStringLiteral("3")});
    const QJsonObject past = summaryJson(earlier.out);
    QCOMPARE(past.value(QStringLiteral("as_of_date")).toString(), QStringLiteral("2024-06-30"));
    QVERIFY(
        past.value(QStringLiteral("lifecycle")).toObject().value(QStringLiteral("customers")).toInteger() < customers);
}

void TestCli::exportMatchesSummaryCounts_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("key");
    QTest::newRow("champions") << QStringList{QStringLiteral("--segment"), QStringLiteral("champions")}
                               << QStringLiteral("rfm_grid") << QStringLiteral("champions");
    QTest::newRow("at risk") << QStringList{QStringLiteral("--segment"), QStringLiteral("At Risk")}
                             << QStringLiteral("rfm_grid") << QStringLiteral("at_risk");
    QTest::newRow("重要价值") << QStringList{QStringLiteral("--segment"), QStringLiteral("重要价值")}
                              << QStringLiteral("value_classes") << QStringLiteral("important_value");
    QTest::newRow("lost stage") << QStringList{QStringLiteral("--stage"), QStringLiteral("lost")}
                                << QStringLiteral("stage") << QStringLiteral("lost");
}

void TestCli::exportMatchesSummaryCounts()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, scheme);
    QFETCH(QString, key);
    const QString demo = m_dir->filePath(QStringLiteral("demo.clientele"));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--orders"), QStringLiteral("3000")})
            .exitCode,
        0);
    const QJsonObject json = summaryJson(cli({QStringLiteral("summary"), QStringLiteral("--db"), demo,
                                                 QStringLiteral("--json"), QStringLiteral("--k"), QStringLiteral("3")})
                                             .out);
    qint64 expected = -1;
    const QJsonArray items = scheme == u"stage"
        ? json.value(QStringLiteral("lifecycle")).toObject().value(QStringLiteral("stages")).toArray()
        : json.value(QStringLiteral("segments"))
              .toObject()
              .value(scheme)
              .toObject()
              .value(QStringLiteral("items"))
              .toArray();
    for (const QJsonValue item : items)
        if (item.toObject().value(QStringLiteral("key")).toString() == key)
            expected = item.toObject().value(QStringLiteral("customers")).toInteger();
    QVERIFY(expected > 0);
    const QString out = m_dir->filePath(QStringLiteral("list.csv"));
    const Run run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--out"),
                            out, QStringLiteral("--k"), QStringLiteral("3")}
        + filter);
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"
                                     "customer,city,orders,net_revenue"));
    QCOMPARE(qint64(lines.size() - 2), expected); // header + trailing empty split
}

void TestCli::exportXlsxAndGbk()
{
#ifdef __SANITIZE_ADDRESS__
    QSKIP("XLSX export loads libxlsxwriter with RTLD_DEEPBIND, which AddressSanitizer does not support");
#endif
    const QString demo = m_dir->filePath(QStringLiteral("demo.clientele"));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--orders"), QStringLiteral("2000")})
            .exitCode,
        0);
    const QString xlsx = m_dir->filePath(QStringLiteral("gold.xlsx"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--stage"),
                     QStringLiteral("活跃"), QStringLiteral("--out"), xlsx})
                 .exitCode,
        0);
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.read(4) == QByteArray("PK\x03\x04", 4));
    const QString gbk = m_dir->filePath(QStringLiteral("list.csv"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--segment"),
                     QStringLiteral("一般挽留"), QStringLiteral("--out"), gbk, QStringLiteral("--encoding"),
                     QStringLiteral("gbk")})
                 .exitCode,
        0);
    QFile csv(gbk);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xD2\xBB\xB0\xE3\xCD\xEC\xC1\xF4")); // 一般挽留 in GBK
}

void TestCli::exportRejectsUnknownNames()
{
    const QString demo = m_dir->filePath(QStringLiteral("demo.clientele"));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--orders"), QStringLiteral("500")})
            .exitCode,
        0);
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--segment"),
        QStringLiteral("vips"), QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("champions")), qPrintable(run.err));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), demo}).exitCode, 1);
}

// `generate --json` says what it wrote; an import and `summary` of that file find exactly that.
void TestCli::generateThenImportAgree()
{
#ifdef __SANITIZE_ADDRESS__ // XLSX writing loads libxlsxwriter with RTLD_DEEPBIND, which ASan does not support
    const QString xlsx = m_dir->filePath(QStringLiteral("jd.csv"));
#else
    const QString xlsx = m_dir->filePath(QStringLiteral("jd.xlsx"));
#endif
    const Run generated = cli({QStringLiteral("generate"), QStringLiteral("--out"), xlsx, QStringLiteral("--layout"),
        QStringLiteral("jd"), QStringLiteral("--orders"), QStringLiteral("700"), QStringLiteral("--seed"),
        QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(generated.exitCode, 0);
    const QJsonObject written = QJsonDocument::fromJson(generated.out.toUtf8()).object();
    QCOMPARE(written.value(QStringLiteral("orders")).toInteger(), 700);
    QCOMPARE(written.value(QStringLiteral("layout")).toString(), QStringLiteral("jd"));
    QVERIFY(written.value(QStringLiteral("rows")).toInteger() > 700); // line items
    QCOMPARE(cli({QStringLiteral("import"), xlsx, QStringLiteral("--db"), db(), QStringLiteral("--timezone"),
                     QStringLiteral("UTC")})
                 .exitCode,
        0);
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
        QStringLiteral("--no-analyses"), QStringLiteral("--timezone"), QStringLiteral("UTC")});
    QCOMPARE(summary.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("orders")).toInteger(),
        written.value(QStringLiteral("orders")).toInteger()
            - written.value(QStringLiteral("closed_orders")).toInteger());
    QCOMPARE(
        json.value(QStringLiteral("customers")).toInteger(), written.value(QStringLiteral("customers")).toInteger());
    QCOMPARE(json.value(QStringLiteral("net_revenue_minor")).toInteger(),
        written.value(QStringLiteral("net_revenue_minor")).toInteger());
}

void TestCli::generateRefusesBadOptions()
{
    const QString out = m_dir->filePath(QStringLiteral("x.csv"));
    QCOMPARE(cli({QStringLiteral("generate")}).exitCode, 1); // no --out
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--out"), out, QStringLiteral("--layout"),
                     QStringLiteral("amazon")})
                 .exitCode,
        1);
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--out"), out, QStringLiteral("--orders"),
                     QStringLiteral("ten")})
                 .exitCode,
        1);
    const Run refused = cli(
        {QStringLiteral("generate"), QStringLiteral("--out"), out, QStringLiteral("--dirty"), QStringLiteral("2")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("between 0 and 1")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
}

// Every documented analysis parameter can be set on the command line; the JSON reports what was used.
void TestCli::parametersAreSettable()
{
    const Run list = cli({QStringLiteral("parameters")});
    QCOMPARE(list.exitCode, 0);
    for (const char *key : {"rfm/method", "rfm/basis", "rfm/recencyCuts", "rfm/frequencyCuts", "rfm/monetaryCuts",
             "lifecycle/activeMaxDays", "pareto/headPercent", "tiers/windowDays", "clusters/features"})
        QVERIFY2(list.out.contains(QLatin1StringView(key)), key);

    const QString demo = m_dir->filePath(QStringLiteral("demo.clientele"));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--orders"), QStringLiteral("3000")})
            .exitCode,
        0);
    const Run run = cli({QStringLiteral("summary"), QStringLiteral("--db"), demo, QStringLiteral("--json"),
        QStringLiteral("--set"), QStringLiteral("rfm/method=thresholds"), QStringLiteral("--set"),
        QStringLiteral("rfm/basis=average_order_value"), QStringLiteral("--set"),
        QStringLiteral("rfm/recencyCuts=10,20,40,80"), QStringLiteral("--set"), QStringLiteral("pareto/headPercent=10"),
        QStringLiteral("--no-prediction"), QStringLiteral("--k"), QStringLiteral("3")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = summaryJson(run.out);
    const QJsonObject rfm = json.value(QStringLiteral("rfm")).toObject();
    QCOMPARE(rfm.value(QStringLiteral("method")).toString(), QStringLiteral("thresholds"));
    QCOMPARE(rfm.value(QStringLiteral("monetary_basis")).toString(), QStringLiteral("average_order_value"));
    QVERIFY2(QJsonDocument(rfm).toJson(QJsonDocument::Compact).contains("[10,20,40,80]"),
        QJsonDocument(rfm).toJson(QJsonDocument::Compact).left(600).constData());
    QCOMPARE(json.value(QStringLiteral("pareto"))
                 .toObject()
                 .value(QStringLiteral("head"))
                 .toObject()
                 .value(QStringLiteral("percent"))
                 .toInt(),
        10);

    const Run refused = cli({QStringLiteral("summary"), QStringLiteral("--db"), demo, QStringLiteral("--set"),
        QStringLiteral("rfm/recencyCuts=90,30,180,365")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Recency")), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
