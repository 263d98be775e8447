// The tier studio dialog and presentation mode on a demo workspace (headless).
#include "analysis/store/workspace.h"
#include "analysis/tiers/tierdesignstore.h"
#include "models/analysiscontroller.h"
#include "views/tierpresentation.h"
#include "views/tierstudiodialog.h"

#include "support/demoworkspace.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

class TestTierStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveCompareAndPresent();

private:
    QTemporaryDir m_dir;
};

void TestTierStudio::saveCompareAndPresent()
{
    QString error;
    const QString path = testsupport::createDemoWorkspace(m_dir, u"s.clientele"_s, 4000, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    AnalysisController controller;
    AnalysisParameters parameters;
    parameters.computeClusters = false;
    controller.setParameters(parameters);
    controller.setWorkspace(path, QTimeZone("Asia/Shanghai"));
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasResults(), 30000);

    TierStudioDialog dialog(&controller);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    auto edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 2);
    edits[0]->setText(u"默认"_s);
    edits[1]->setText(u"0,2,5"_s);
    dialog.saveCurrent();
    edits[0]->setText(u"rich"_s);
    edits[1]->setText(u"1,3,8"_s);
    dialog.saveCurrent();
    {
        auto workspace = Workspace::open(path, &error, Workspace::OpenMode::ReadOnly);
        QCOMPARE(loadTierDesigns(*workspace, &error).size(), size_t(2));
    }
    dialog.compare();
    QTRY_VERIFY(dialog.comparisonTable()->rowCount() > 10);
    QCOMPARE(dialog.comparisonTable()->item(0, 1)->text() + dialog.comparisonTable()->item(0, 2)->text(),
        u"rich默认"_s); // the last saved is A; B is the other one

    const TierDesignEvaluation e = evaluateTierDesign(*controller.table(), controller.results()->asOfDay,
        *loadTierDesign(*Workspace::open(path, &error), u"rich"_s, &error));
    TierPresentation slides(e, controller.results()->pareto);
    slides.setAttribute(Qt::WA_DeleteOnClose, false);
    slides.resize(1280, 720);
    slides.show();
    QVERIFY(QTest::qWaitForWindowExposed(&slides));
    QTest::keyClick(&slides, Qt::Key_Right);
    QCOMPARE(slides.slide(), 1);
    QTest::keyClick(&slides, Qt::Key_Right);
    QTest::keyClick(&slides, Qt::Key_Right);
    QCOMPARE(slides.slide(), 2);
    QTest::keyClick(&slides, Qt::Key_Left);
    QCOMPARE(slides.slide(), 1);
    const QImage image = slides.grab().toImage();
    QVERIFY(!image.isNull());
}

QTEST_MAIN(TestTierStudio)
#include "tst_tierstudio.moc"
