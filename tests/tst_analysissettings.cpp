// The Analysis Settings dialog: every documented parameter reachable, with its explanation; edits applied
// only when the whole set is consistent; the RFM page's Scoring button opens it.
#include "analysis/engine/parameterkeys.h"
#include "app/gui/analysissettingsdialog.h"
#include "models/analysiscontroller.h"
#include "views/rfmpage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

class TestAnalysisSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKeyHasAnEditor();
    void editsAreApplied();
    void inconsistentSetIsRefused();
    void restoreDefaults();
    void fitsALaptopScreen();
    void rfmPageAsksForTheRfmGroup();

private:
    static void setText(AnalysisSettingsDialog &dialog, const QString &key, const QString &text);
};

void TestAnalysisSettings::setText(AnalysisSettingsDialog &dialog, const QString &key, const QString &text)
{
    QWidget *editor = dialog.editor(key);
    QVERIFY2(editor, qPrintable(key));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    } else {
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->setText(text);
    }
}

void TestAnalysisSettings::everyKeyHasAnEditor()
{
    AnalysisSettingsDialog dialog{AnalysisParameters()};
    for (const ParameterKey &key : analysisParameterKeys()) {
        QWidget *editor = dialog.editor(key.key);
        QVERIFY2(editor, qPrintable(key.key));
        QCOMPARE(editor->accessibleName(), parameterLabel(key));
    }
    // Money is shown in currency units, the rest as the key's text.
    QCOMPARE(
        qobject_cast<QLineEdit *>(dialog.editor(u"rfm/monetaryCuts"_s))->text(), u"100.00, 300.00, 1000.00, 3000.00"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(u"rfm/recencyCuts"_s))->text(), u"30,90,180,365"_s);
    QCOMPARE(qobject_cast<QComboBox *>(dialog.editor(u"rfm/method"_s))->currentData().toString(), u"quintiles"_s);
}

void TestAnalysisSettings::editsAreApplied()
{
    AnalysisParameters current;
    current.asOfDay = 20000;
    AnalysisSettingsDialog dialog(current);
    setText(dialog, u"rfm/method"_s, u"thresholds"_s);
    setText(dialog, u"rfm/basis"_s, u"average_order_value"_s);
    setText(dialog, u"rfm/recencyCuts"_s, u"10, 20, 40, 80"_s);
    setText(dialog, u"rfm/monetaryCuts"_s, u"50, 150.5, 500, 1500"_s);
    setText(dialog, u"pareto/headPercent"_s, u"10"_s);
    setText(dialog, u"clusters/maxK"_s, u"6"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AnalysisParameters p = dialog.parameters();
    QCOMPARE(p.rfm.method, ScoringMethod::Thresholds);
    QCOMPARE(p.rfm.monetaryBasis, MonetaryBasis::AverageOrderValue);
    QCOMPARE(p.rfm.recencyCuts, (RfmCutPoints{10, 20, 40, 80}));
    QCOMPARE(p.rfm.monetaryCuts, (RfmCutPoints{5000, 15050, 50000, 150000}));
    QCOMPARE(p.pareto.headPercent, 10);
    QCOMPARE(p.clusters.maxK, 6);
    QCOMPARE(p.asOfDay, current.asOfDay); // untouched: not a setting
}

void TestAnalysisSettings::inconsistentSetIsRefused()
{
    AnalysisSettingsDialog dialog{AnalysisParameters()};
    setText(dialog, u"rfm/recencyCuts"_s, u"90,30,180,365"_s);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.problemText().contains(u"Recency"_s), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.parameters().rfm.recencyCuts, AnalysisParameters().rfm.recencyCuts);

    setText(dialog, u"rfm/recencyCuts"_s, u"30,90,180,365"_s);
    setText(dialog, u"rfm/monetaryCuts"_s, u"100, 300, lots, 3000"_s);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.problemText().contains(u"lots"_s), qPrintable(dialog.problemText()));

    setText(dialog, u"rfm/monetaryCuts"_s, u"100, 300, 1000, 3000"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAnalysisSettings::restoreDefaults()
{
    AnalysisParameters changed;
    changed.lifecycle.stages.activeMaxDays = 30;
    changed.clusters.k = 5;
    AnalysisSettingsDialog dialog(changed);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(u"clusters/k"_s))->text(), u"5"_s);
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto restore = std::find_if(buttons.begin(), buttons.end(),
        [](QPushButton *b) { return b->text() == AnalysisSettingsDialog::tr("Restore Defaults"); });
    QVERIFY(restore != buttons.end());
    (*restore)->click();
    dialog.accept();
    QCOMPARE(dialog.parameters().lifecycle.stages.activeMaxDays, 63);
    QCOMPARE(dialog.parameters().clusters.k, 0);
}

void TestAnalysisSettings::fitsALaptopScreen()
{
    AnalysisSettingsDialog dialog{AnalysisParameters()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.minimumSizeHint().width() <= 1366 && dialog.minimumSizeHint().height() <= 700);
    QVERIFY(dialog.width() <= 1366 && dialog.height() <= 700);
}

void TestAnalysisSettings::rfmPageAsksForTheRfmGroup()
{
    AnalysisController controller;
    RfmPage page(&controller);
    QVERIFY(page.scoringButton()->text().contains(RfmPage::tr("quintiles")));
    QSignalSpy requested(&page, &WorkbenchPage::settingsRequested);
    page.scoringButton()->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"rfm"_s);
}

QTEST_MAIN(TestAnalysisSettings)
#include "tst_analysissettings.moc"
