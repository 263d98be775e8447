// `clientele-cli tiers` as a consultant runs it on a demo workspace: save, list, compare, PDF, exit codes.
#include "support/clirunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTiersDesignCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveListCompare();
    void exitCodes_data();
    void exitCodes();
    void deleteDesign();
    void pdfReport();

private:
    using Run = testsupport::CliRun;
    Run cli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString db() const { return m_dir.filePath(u"demo.clientele"_s); }
    QTemporaryDir m_dir;
};

TestTiersDesignCli::Run TestTiersDesignCli::cli(const QStringList &arguments, const QProcessEnvironment &env)
{
    return testsupport::runCli(arguments, env);
}

void TestTiersDesignCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = cli({u"demo"_s, u"--db"_s, db(), u"--orders"_s, u"5000"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run a = cli({u"tiers"_s, u"--db"_s, db(), u"--save"_s, u"A"_s, u"--thresholds"_s, u"0,1000,5000"_s,
        u"--benefits"_s, u"0,2,5"_s});
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    const Run b = cli({u"tiers"_s, u"--db"_s, db(), u"--save"_s, u"B 白银"_s, u"--thresholds"_s, u"0,500,3000.50"_s,
        u"--orders"_s, u"0,0,10"_s, u"--benefits"_s, u"0,1,3.5"_s, u"--downgrade"_s, u"one"_s});
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
}

void TestTiersDesignCli::saveListCompare()
{
    const Run list = cli({u"tiers"_s, u"--db"_s, db(), u"--list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray designs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(designs.size(), 2);
    QCOMPARE(designs[1][u"name"_s].toString(), u"B 白银"_s);
    QCOMPARE(designs[1][u"downgrade"_s].toString(), u"at_most_one"_s);
    QCOMPARE(designs[1][u"tiers"_s][2][u"min_spend_minor"_s].toInteger(), qint64(300050));
    QCOMPARE(designs[1][u"tiers"_s][2][u"min_orders"_s].toInt(), 10);
    QCOMPARE(designs[1][u"tiers"_s][2][u"benefit_percent"_s].toDouble(), 3.5);

    const Run text = cli({u"tiers"_s, u"--db"_s, db(), u"--list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"A: normal ≥ 0.00"_s), qPrintable(text.out));

    const Run compare = cli({u"tiers"_s, u"--db"_s, db(), u"--compare"_s, u"A,B 白银"_s, u"--json"_s});
    QVERIFY2(compare.exitCode == 0, qPrintable(compare.err));
    const QJsonObject json = QJsonDocument::fromJson(compare.out.toUtf8()).object();
    for (const QString &side : {u"a"_s, u"b"_s}) {
        const QJsonObject e = json.value(side).toObject();
        QVERIFY2(!e.contains(u"error"_s), qPrintable(e.value(u"error"_s).toString()));
        qint64 members = 0, cost = 0;
        for (const QJsonValue &t : e.value(u"tiers"_s).toArray()) {
            members += t[u"members"_s].toInteger();
            cost += t[u"benefit_cost_minor"_s].toInteger();
        }
        QVERIFY(members > 0);
        QCOMPARE(members, e.value(u"customers"_s).toInteger());
        QCOMPARE(cost, e.value(u"benefit_cost_minor"_s).toInteger());
        QVERIFY(cost > 0);
        QCOMPARE(e.value(u"tiers"_s)[0][u"benefit_cost_minor"_s].toInteger(), qint64(0)); // 0 % for normal
    }
    QCOMPARE(json[u"a"_s][u"design"_s][u"name"_s].toString(), u"A"_s);
    // Same customers and as-of day: the lower thresholds of B put fewer customers in normal.
    QVERIFY(
        json[u"b"_s][u"tiers"_s][0][u"members"_s].toInteger() < json[u"a"_s][u"tiers"_s][0][u"members"_s].toInteger());

    const Run evaluate = cli({u"tiers"_s, u"--db"_s, db(), u"--design"_s, u"A"_s});
    QVERIFY2(evaluate.exitCode == 0, qPrintable(evaluate.err));
    QVERIFY(evaluate.out.contains(u"Benefit cost:"_s));
}

void TestTiersDesignCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString w = db();
    QTest::newRow("no db") << QStringList{u"--list"_s} << 1 << u"--db"_s;
    QTest::newRow("no action") << QStringList{u"--db"_s, w} << 1 << u"exactly one"_s;
    QTest::newRow("two actions") << QStringList{u"--db"_s, w, u"--list"_s, u"--design"_s, u"A"_s} << 1
                                 << u"exactly one"_s;
    QTest::newRow("save without thresholds")
        << QStringList{u"--db"_s, w, u"--save"_s, u"C"_s} << 1 << u"--thresholds"_s;
    QTest::newRow("bad thresholds") << QStringList{u"--db"_s, w, u"--save"_s, u"C"_s, u"--thresholds"_s, u"0,abc"_s}
                                    << 1 << u"--thresholds"_s;
    QTest::newRow("benefit count") << QStringList{u"--db"_s, w, u"--save"_s, u"C"_s, u"--thresholds"_s, u"0,1000"_s,
        u"--benefits"_s, u"0,1,2"_s}
                                   << 1 << u"--benefits"_s;
    QTest::newRow("downgrade") << QStringList{u"--db"_s, w, u"--save"_s, u"C"_s, u"--thresholds"_s, u"0,1000"_s,
        u"--downgrade"_s, u"never"_s}
                               << 1 << u"--downgrade"_s;
    QTest::newRow("compare one") << QStringList{u"--db"_s, w, u"--compare"_s, u"A"_s} << 1 << u"A,B"_s;
    QTest::newRow("pdf alone") << QStringList{u"--db"_s, w, u"--list"_s, u"--pdf"_s, u"x.pdf"_s} << 1 << u"--design"_s;
    QTest::newRow("descending") << QStringList{u"--db"_s, w, u"--save"_s, u"C"_s, u"--thresholds"_s, u"0,5000,1000"_s}
                                << 2 << u"must be above"_s;
    QTest::newRow("unknown design") << QStringList{u"--db"_s, w, u"--design"_s, u"nope"_s} << 2 << u"no tier design"_s;
    QTest::newRow("unknown in compare") << QStringList{u"--db"_s, w, u"--compare"_s, u"A,nope"_s} << 2 << u"nope"_s;
    QTest::newRow("missing workspace") << QStringList{u"--db"_s, w + u".none"_s, u"--list"_s} << 2
                                       << u"does not exist"_s;
}

void TestTiersDesignCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"tiers"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestTiersDesignCli::deleteDesign()
{
    QCOMPARE(cli({u"tiers"_s, u"--db"_s, db(), u"--save"_s, u"tmp"_s, u"--thresholds"_s, u"0,100"_s}).exitCode, 0);
    QCOMPARE(cli({u"tiers"_s, u"--db"_s, db(), u"--delete"_s, u"tmp"_s}).exitCode, 0);
    QCOMPARE(cli({u"tiers"_s, u"--db"_s, db(), u"--delete"_s, u"tmp"_s}).exitCode, 2);
}

void TestTiersDesignCli::pdfReport()
{
    const QString pdf = m_dir.filePath(u"A.pdf"_s);
    // The CLI picks the offscreen platform itself when none is set.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    const Run run = cli({u"tiers"_s, u"--db"_s, db(), u"--design"_s, u"A"_s, u"--pdf"_s, pdf}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(pdf).size() > 1000);

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (Debian package poppler-utils) is not installed: the PDF's pages and text are not checked");
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    // The CJK font shares glyphs between some ideographs and radicals, and the PDF's ToUnicode table may
    // name the radical: 白 comes back as U+2F69 ⽩ (NFKC folds it), 黄 as U+2EE9 ⻩ (no folding), so the
    // check avoids 黄.
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    // pdftotext ends every page with a form feed.
    QCOMPARE(text.count(u'\f'), 3);
    const QStringList pages = text.split(u'\f');
    QVERIFY2(pages[0].contains(u"Tier design: A"_s), qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"rating period 365 days"_s), qPrintable(pages[0]));
    QVERIFY2(pages[0].contains(u"普通会员"_s) && pages[0].contains(u"白银会员"_s) && pages[0].contains(u"金会员"_s),
        qPrintable(pages[0]));
    QVERIFY2(pages[1].contains(u"80/20 diagnosis"_s), qPrintable(pages[1]));
    QVERIFY2(pages[1].contains(u"First-order amount"_s), qPrintable(pages[1]));
    QVERIFY2(pages[2].contains(u"Re-rating movements"_s), qPrintable(pages[2]));
    QVERIFY2(pages[2].contains(u"Benefit costs"_s) && pages[2].contains(u"白银会员"_s), qPrintable(pages[2]));
}

QTEST_GUILESS_MAIN(TestTiersDesignCli)
#include "tst_tiersdesigncli.moc"
