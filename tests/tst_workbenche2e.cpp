// End to end on the real main window: open the demo, select heatmap cells, follow them to the customers
// list, export a segment and compare it with what clientele-cli exports for the same segment.
#include "app/gui/mainwindow.h"
#include "models/analysiscontroller.h"
#include "models/customerlistmodel.h"
#include "models/rfmheatmapmodel.h"
#include "support/testsupport.h"
#include "views/customerspage.h"
#include "views/rfmheatmapview.h"
#include "views/rfmpage.h"

#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestWorkbenchEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void heatmapSelectionFollowsToCustomers();
    void segmentExportEqualsCliExport();

private:
    static QByteArray readAll(const QString &path);
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestWorkbenchEndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbenche2e"));
    QSettings().clear(); // default parameters, like the CLI
    m_workspace = m_dir.filePath(QStringLiteral("demo.clientele"));
    QCOMPARE(QProcess::execute(QStringLiteral(CLIENTELE_BIN_DIR "/clientele-cli"),
                 {QStringLiteral("demo"), QStringLiteral("--db"), m_workspace, QStringLiteral("--orders"),
                     QStringLiteral("12000"), QStringLiteral("--seed"), QStringLiteral("4")}),
        0);
}

QByteArray TestWorkbenchEndToEnd::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestWorkbenchEndToEnd::heatmapSelectionFollowsToCustomers()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openWorkspace(m_workspace));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->hasResults() && !window.controller()->isBusy(), 60000);
    window.showPage(QStringLiteral("rfm"));
    auto *rfm = qobject_cast<RfmPage *>(window.page(QStringLiteral("rfm")));
    QVERIFY(rfm);
    RfmHeatmapView *view = rfm->heatmapView();
    RfmHeatmapModel *cells = rfm->heatmapModel();
    QTRY_COMPARE(cells->rowCount(), 5);

    // Click the top-right cell (R 5, F 5), then Ctrl-click the cell below it (R 4, F 5).
    const QModelIndex champions = cells->index(0, 4);
    const QModelIndex next = cells->index(1, 4);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(champions).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(next).center());
    QCOMPARE(view->selectionModel()->selectedIndexes().size(), 2);

    const auto results = window.controller()->results();
    std::vector<quint32> expected;
    for (int r : {5, 4}) {
        const auto span = results->heatmap.customers(r, 5);
        expected.insert(expected.end(), span.begin(), span.end());
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.empty());
    QCOMPARE(rfm->selectedCustomersModel()->rowCount(), int(expected.size()));
    QCOMPARE(rfm->selectedCustomersModel()->customerIndices(), expected);

    // "Show in Customers page" switches page and shows exactly those customers.
    QTest::mouseClick(rfm->showInCustomersButton(), Qt::LeftButton);
    QCOMPARE(window.currentPageKey(), QStringLiteral("customers"));
    auto *customers = qobject_cast<CustomersPage *>(window.page(QStringLiteral("customers")));
    QVERIFY(customers);
    std::vector<quint32> shown = customers->customersInViewOrder();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
}

void TestWorkbenchEndToEnd::segmentExportEqualsCliExport()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openWorkspace(m_workspace));
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->hasResults() && !window.controller()->isBusy(), 60000);
    window.showPage(QStringLiteral("customers"));
    auto *customers = qobject_cast<CustomersPage *>(window.page(QStringLiteral("customers")));
    QVERIFY(customers);
    CustomerFilter filter;
    filter.segment = Segment::AtRisk;
    customers->setFilter(filter, QStringLiteral("At Risk"));
    QTRY_VERIFY(!customers->customersInViewOrder().empty());

    // Choosing the workspace itself in the save dialog is refused, in either format; it stays as it was.
    QSignalSpy finished(customers, &CustomersPage::exportFinished);
    const QByteArray before = testsupport::fileDigest(m_workspace);
    for (auto format : {CustomersPage::ExportFormat::Csv, CustomersPage::ExportFormat::Xlsx}) {
        customers->exportTo(m_workspace, format);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY2(finished.first().last().toString().contains(QStringLiteral("open workspace")),
            qPrintable(finished.first().last().toString()));
        finished.clear();
    }
    QCOMPARE(testsupport::fileDigest(m_workspace), before);

    const QString fromGui = m_dir.filePath(QStringLiteral("gui.csv"));
    customers->exportTo(fromGui, CustomersPage::ExportFormat::Csv);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));

    const QString fromCli = m_dir.filePath(QStringLiteral("cli.csv"));
    QCOMPARE(QProcess::execute(QStringLiteral(CLIENTELE_BIN_DIR "/clientele-cli"),
                 {QStringLiteral("export"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
                     QStringLiteral("at_risk"), QStringLiteral("--out"), fromCli}),
        0);
    const QList<QByteArray> guiLines = readAll(fromGui).split('\n');
    QList<QByteArray> cliLines = readAll(fromCli).split('\n');
    QVERIFY(guiLines.size() > 2);
    QCOMPARE(guiLines.first(), cliLines.first()); // same columns, same BOM
    // The GUI writes rows in the order shown (sorted); the CLI in table order: compare as sets of rows.
    QList<QByteArray> guiRows = guiLines.mid(1);
    QList<QByteArray> cliRows = cliLines.mid(1);
    std::sort(guiRows.begin(), guiRows.end());
    std::sort(cliRows.begin(), cliRows.end());
    QCOMPARE(guiRows, cliRows);
}

QTEST_MAIN(TestWorkbenchEndToEnd)
#include "tst_workbenche2e.moc"
