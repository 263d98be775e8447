// The tier studio dialog and presentation mode on a demo workspace (headless).
#include "analysis/store/workspace.h"
#include "analysis/tiers/tierdesignstore.h"
#include "models/analysiscontroller.h"
#include "models/tierstudiocontroller.h"
#include "views/tierpresentation.h"
#include "views/tierstudiodialog.h"

#include "support/demoworkspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::Literals::StringLiterals;

class TestTierStudio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveCompareAndPresent();
    void presentTwiceOpensOneWindow();

private:
    void load(AnalysisController &controller);
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestTierStudio::initTestCase()
{
    QString error;
    m_workspace = testsupport::createDemoWorkspace(m_dir, u"s.clientele"_s, 4000, &error);
    QVERIFY2(!m_workspace.isEmpty(), qPrintable(error));
}

void TestTierStudio::load(AnalysisController &controller)
{
    AnalysisParameters parameters;
    parameters.computeClusters = false;
    controller.setParameters(parameters);
    controller.setWorkspace(m_workspace, QTimeZone("Asia/Shanghai"));
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasResults(), 30000);
}

void TestTierStudio::saveCompareAndPresent()
{
    AnalysisController controller;
    load(controller);
    const QString &path = m_workspace;
    QString error;

    TierStudioDialog dialog(&controller);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QSignalSpy saved(dialog.studio(), &TierStudioController::designSaved);
    auto edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 2);
    edits[0]->setText(u"默认"_s);
    edits[1]->setText(u"0,2,5"_s);
    dialog.saveCurrent();
    QTRY_COMPARE(saved.count(), 1); // written by a worker
    edits[0]->setText(u"rich"_s);
    edits[1]->setText(u"1,3,8"_s);
    dialog.saveCurrent();
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(dialog.studio()->designs().size(), size_t(2));
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

void TestTierStudio::presentTwiceOpensOneWindow()
{
    AnalysisController controller;
    load(controller);
    TierStudioDialog dialog(&controller);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QSignalSpy designs(dialog.studio(), &TierStudioController::designsChanged);
    QTRY_VERIFY(designs.count() >= 1);
    if (dialog.studio()->designs().empty()) { // this test may run alone
        QSignalSpy saved(dialog.studio(), &TierStudioController::designSaved);
        dialog.findChildren<QLineEdit *>().at(0)->setText(u"solo"_s);
        dialog.saveCurrent();
        QTRY_COMPARE(saved.count(), 1);
    }
    auto presentations = [] {
        int open = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            open += qobject_cast<TierPresentation *>(w) != nullptr && !w->isHidden();
        return open;
    };
    QCOMPARE(presentations(), 0);
    QPushButton *present = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == TierStudioDialog::tr("Present…"))
            present = button;
    QVERIFY(present);
    QSignalSpy ready(dialog.studio(), &TierStudioController::presentationReady);
    // Twice while the evaluation is pending …
    present->click();
    present->click();
    QTRY_VERIFY(dialog.presentation());
    QCOMPARE(ready.count(), 1);
    // … and again while it is open.
    present->click();
    QTest::qWait(300); // time for a (wrong) second evaluation to arrive
    QCOMPARE(ready.count(), 1);
    QCOMPARE(presentations(), 1);
    QCOMPARE(dialog.findChildren<TierPresentation *>().size(), 1);

    // Closed (it deletes itself), Present opens a new one.
    dialog.presentation()->close();
    QTRY_VERIFY(!dialog.presentation());
    present->click();
    QTRY_VERIFY(dialog.presentation());
    QCOMPARE(presentations(), 1);
}

QTEST_MAIN(TestTierStudio)
#include "tst_tierstudio.moc"
