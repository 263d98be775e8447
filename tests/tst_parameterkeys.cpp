// The analysis parameters by key (analysis/engine/parameterkeys.h): the one table behind the settings file,
// `clientele-cli --set` and the docs.
#include "analysis/engine/parameterkeys.h"

#include <QFile>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

class TestParameterKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKeyRoundTrips();
    void setsTheField();
    void refusesBadValues_data();
    void refusesBadValues();
    void groupRulesAreChecked();
    void everyKeyIsDocumented();
};

void TestParameterKeys::everyKeyRoundTrips()
{
    const AnalysisParameters defaults;
    QVERIFY(analysisParameterKeys().size() >= 18);
    for (const ParameterKey &key : analysisParameterKeys()) {
        const QString text = analysisParameterText(defaults, key.key);
        QVERIFY2(!text.isEmpty(), qPrintable(key.key));
        QVERIFY2(parameterHelp(key).contains(u"Default"_s), qPrintable(key.key));
        QVERIFY2(!parameterLabel(key).isEmpty(), qPrintable(key.key));
        AnalysisParameters p;
        QCOMPARE(setAnalysisParameter(p, key.key, text), QString());
        QCOMPARE(analysisParameterText(p, key.key), text);
    }
    QCOMPARE(validateAnalysisParameters(defaults), QString());
}

void TestParameterKeys::setsTheField()
{
    AnalysisParameters p;
    const QString error = applyParameterAssignments(p,
        {u"rfm/method=thresholds"_s, u"rfm/basis=average_order_value"_s, u"rfm/recencyCuts=14, 60,120,400"_s,
            u"rfm/monetaryCuts=5000,20000,50000,90000"_s, u"lifecycle/activeMaxDays=30"_s, u"pareto/headPercent=10"_s,
            u"clusters/features=recency,monetary,tenure"_s, u"clusters/k=4"_s, u"tiers/windowDays=180"_s});
    QCOMPARE(error, QString());
    QCOMPARE(p.rfm.method, ScoringMethod::Thresholds);
    QCOMPARE(p.rfm.monetaryBasis, MonetaryBasis::AverageOrderValue);
    QCOMPARE(p.rfm.recencyCuts, (RfmCutPoints{14, 60, 120, 400}));
    QCOMPARE(p.rfm.monetaryCuts, (RfmCutPoints{5000, 20000, 50000, 90000}));
    QCOMPARE(p.lifecycle.stages.activeMaxDays, 30);
    QCOMPARE(p.pareto.headPercent, 10);
    QCOMPARE(p.clusters.k, 4);
    QCOMPARE(p.tiers.windowDays, 180);
    QVERIFY((p.clusters.features
        == std::vector<ClusterFeature>{ClusterFeature::Recency, ClusterFeature::Monetary, ClusterFeature::Tenure}));
}

void TestParameterKeys::refusesBadValues_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << u"rfm/colour=red"_s << u"Unknown parameter \"rfm/colour\""_s;
    QTest::newRow("no equals") << u"rfm/method"_s << u"KEY=VALUE"_s;
    QTest::newRow("method") << u"rfm/method=deciles"_s << u"quintiles or thresholds"_s;
    QTest::newRow("three cuts") << u"rfm/frequencyCuts=2,3,4"_s << u"four whole numbers"_s;
    QTest::newRow("negative cut") << u"rfm/recencyCuts=-1,2,3,4"_s << u"four whole numbers"_s;
    QTest::newRow("not a number") << u"lifecycle/activeMaxDays=soon"_s << u"from 0 to 100000"_s;
    QTest::newRow("head 0") << u"pareto/headPercent=0"_s << u"from 1 to 100"_s;
    QTest::newRow("feature") << u"clusters/features=recency,age"_s << u"recency, frequency"_s;
    QTest::newRow("seed") << u"clusters/seed=-3"_s << u"≥ 0"_s;
}

void TestParameterKeys::refusesBadValues()
{
    QFETCH(QString, assignment);
    QFETCH(QString, mentions);
    AnalysisParameters p;
    const AnalysisParameters before = p;
    const QString error = applyParameterAssignments(p, {assignment});
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(p.rfm.method, before.rfm.method); // a refused value changes nothing
    QCOMPARE(p.pareto.headPercent, before.pareto.headPercent);
}

void TestParameterKeys::groupRulesAreChecked()
{
    AnalysisParameters p;
    // Each value is fine alone; together they break a group's rule.
    QVERIFY(applyParameterAssignments(p, {u"rfm/recencyCuts=30,30,180,365"_s}).contains(u"Recency"_s));
    p = {};
    QVERIFY(!applyParameterAssignments(p, {u"lifecycle/activeMaxDays=200"_s}).isEmpty()); // beyond silentMaxDays
    p = {};
    QVERIFY(applyParameterAssignments(p, {u"clusters/minK=6"_s, u"clusters/maxK=4"_s}).contains(u"maxK"_s));
    p = {};
    QVERIFY(applyParameterAssignments(p, {u"clusters/features=recency"_s}).contains(u"at least two"_s));
    p = {};
    QVERIFY(applyParameterAssignments(p, {u"clusters/k=1"_s}).contains(u"clusters/k"_s));
}

void TestParameterKeys::everyKeyIsDocumented()
{
    // Every key appears in the metric documentation, so a user reading docs/metrics finds how to set it.
    QString docs;
    for (const char *name : {"rfm", "lifecycle", "pareto", "tiers", "clusters"}) {
        QFile file(QStringLiteral(CLIENTELE_SOURCE_DIR "/docs/metrics/%1.md").arg(QLatin1String(name)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        docs += QString::fromUtf8(file.readAll());
    }
    for (const ParameterKey &key : analysisParameterKeys())
        QVERIFY2(docs.contains(u'`' + key.key), qPrintable(key.key));
}

QTEST_GUILESS_MAIN(TestParameterKeys)
#include "tst_parameterkeys.moc"
