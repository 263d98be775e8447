// Tier names are stored as keys and translated when shown, so they follow a language switch; names a
// user gave are kept as given; settings of earlier versions (translated names) are migrated to keys.
#include "analysis/pareto/pareto.h"
#include "analysis/tiers/tierdesign.h"
#include "app/gui/language.h"
#include "app/gui/settings.h"
#include "models/tiermodels.h"
#include "views/painting/tierreport.h"

#include <QPaintEngine>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

namespace {

// A paint device that keeps the text drawn on it, to read what the tier report says.
class TextRecorder : public QPaintDevice
{
public:
    QStringList texts;

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 2000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 500;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(QStringList *texts)
            : m_texts(texts)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override { m_texts->append(item.text()); }
        Type type() const override { return User; }

    private:
        QStringList *m_texts;
    };
    mutable Engine m_engine{&texts};
};

// Three customers, one per default tier (thresholds 0, 1,000.00, 5,000.00).
TierDesignEvaluation evaluation(ParetoResult *pareto)
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"a"_s, {}, {{10, 5000}});
    b.addCustomer(2, u"b"_s, {}, {{10, 150000}});
    b.addCustomer(3, u"c"_s, {}, {{10, 600000}});
    const CustomerTable table = b.build();
    TierDesign design;
    design.name = u"Default"_s;
    *pareto = computePareto(takeSnapshot(table, 20, design.params.windowDays));
    return evaluateTierDesign(table, 20, design);
}

QStringList reportTexts(int page)
{
    ParetoResult pareto;
    const TierDesignEvaluation e = evaluation(&pareto);
    TextRecorder recorder;
    QPainter painter(&recorder);
    paintTierReportPage(painter, page, e, pareto);
    return recorder.texts;
}

QString storedName(int tier)
{
    return QSettings().value(u"analysis/tiers/definitions/%1/name"_s.arg(tier + 1)).toString();
}

} // namespace

class TestTierNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClienteleTests"_s);
        QCoreApplication::setApplicationName(u"tst_tiernames"_s);
    }
    void init()
    {
        QSettings().clear();
        Language::apply(Language::english());
    }
    void cleanupTestCase()
    {
        QSettings().clear();
        Language::apply(Language::english());
    }

    void builtInNamesAreStoredAsKeys()
    {
        Settings::setAnalysisParameters(AnalysisParameters());
        QCOMPARE(QSettings().value(u"analysis/tiers/definitions/2/key"_s).toString(), u"silver"_s);
        QVERIFY(!QSettings().contains(u"analysis/tiers/definitions/2/name"_s));
    }

    void namesFollowTheLanguage()
    {
        Settings::setAnalysisParameters(AnalysisParameters()); // saved in English
        QVERIFY(Language::apply(Language::chinese()));
        const std::vector<TierDefinition> zh = Settings::analysisParameters().tiers.tiers;
        QCOMPARE(tierDisplayName(zh[1]), u"白银会员"_s);
        QCOMPARE(tierLabel(zh[1]), u"白银会员"_s); // once, not "白银会员 白银会员"
        QCOMPARE(tierLabel(zh[2]), u"黄金会员"_s);

        Settings::setAnalysisParameters(AnalysisParameters{}); // saved in Chinese …
        QVERIFY(Language::apply(Language::english()));
        const std::vector<TierDefinition> en = Settings::analysisParameters().tiers.tiers;
        QCOMPARE(tierLabel(en[1]), u"Silver 白银会员"_s); // … still follows the language
        QCOMPARE(tierLabel(en[0]), u"Normal 普通会员"_s);
    }

    // Earlier versions stored tr("Silver"): "白银会员" when saved in a Chinese UI, "Silver" in English.
    void translatedNamesAreMigratedToKeys()
    {
        QSettings s;
        s.beginGroup(u"analysis/tiers"_s);
        s.beginWriteArray(u"definitions"_s, 3);
        const char16_t *keys[] = {u"normal", u"silver", u"gold"};
        const char16_t *names[] = {u"普通会员", u"白银会员", u"Gold"};
        const qint64 spend[] = {0, 100000, 500000};
        for (int i = 0; i < 3; ++i) {
            s.setArrayIndex(i);
            s.setValue(u"key"_s, QString::fromUtf16(keys[i]));
            s.setValue(u"name"_s, QString::fromUtf16(names[i]));
            s.setValue(u"nameZh"_s, QString::fromUtf16(names[i] == QStringView(u"Gold") ? u"黄金会员" : names[i]));
            s.setValue(u"minSpendMinor"_s, spend[i]);
        }
        s.endArray();
        s.endGroup();
        s.sync();

        const std::vector<TierDefinition> tiers = Settings::analysisParameters().tiers.tiers;
        QCOMPARE(tiers.size(), size_t(3));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(storedName(i).isEmpty(), qPrintable(storedName(i)));
        QCOMPARE(tierLabel(tiers[1]), u"Silver 白银会员"_s);
        QVERIFY(Language::apply(Language::chinese()));
        QCOMPARE(tierLabel(tiers[2]), u"黄金会员"_s);
    }

    void userNamesAreKept()
    {
        AnalysisParameters p;
        p.tiers.tiers[1].name = u"VIP"_s;
        Settings::setAnalysisParameters(p);
        QCOMPARE(storedName(1), u"VIP"_s);
        QVERIFY(Language::apply(Language::chinese()));
        const std::vector<TierDefinition> tiers = Settings::analysisParameters().tiers.tiers;
        QCOMPARE(tierDisplayName(tiers[1]), u"VIP"_s);
        QCOMPARE(storedName(1), u"VIP"_s); // the migration leaves it alone
        QCOMPARE(tierDisplayName(tiers[2]), u"黄金会员"_s);
    }

    // Page 1 lists each tier once; a text item is one script run ("Silver ", "白银会员"), so count over all.
    void reportShowsEachNameOnce()
    {
        QVERIFY(Language::apply(Language::chinese()));
        const QString zh = reportTexts(0).join(u" | ");
        QCOMPARE(zh.count(u"白银会员"_s), 1);
        QCOMPARE(zh.count(u"黄金会员"_s), 1);

        QVERIFY(Language::apply(Language::english()));
        const QString en = reportTexts(0).join(u" | ");
        QCOMPARE(en.count(u"Silver"_s), 1);
        QCOMPARE(en.count(u"白银会员"_s), 1);
    }
};

QTEST_MAIN(TestTierNames)
#include "tst_tiernames.moc"
