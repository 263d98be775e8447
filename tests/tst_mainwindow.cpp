#include "analysis/store/workspace.h"
#include "app/gui/importdialog.h"
#include "app/gui/importsummarydialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/rejectedrowsdialog.h"
#include "models/analysiscontroller.h"
#include "models/importjob.h"
#include "models/importpreviewmodel.h"
#include "models/rejectedrowsmodel.h"
#include "support/testsupport.h"
#include "support/workbookfixture.h"

#include <QElapsedTimer>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <algorithm>

using namespace clientele;
using clientele::test::writeOrdersWorkbook;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rejectsForeignFile();
    void importThroughDialog();
    void importGeneratedOrders();
    void duplicateRowsThroughDialog();
    void dialogAsksForDateOrder();
    void dialogBlocksUnusableMapping();
    void cancelLargeImport();
    void xlsxSheets();
    void dropQueuesImports();
    void screenshots();

private:
    QString generate(
        int orders, const QString &name, GeneratedLayout layout = GeneratedLayout::Generic, double dirtyShare = 0);
    QTemporaryDir m_dir;
};

static void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Customers with orders in the analysis table the workbench pages read.
static int customersIn(const MainWindow &window)
{
    const std::shared_ptr<const CustomerTable> table = window.controller()->table();
    return table ? int(table->size()) : 0;
}

static qint64 ordersIn(const QString &workspacePath)
{
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &error, Workspace::OpenMode::ReadOnly);
    return workspace ? summarize(*workspace).orders : -1;
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

QString TestMainWindow::generate(int orders, const QString &name, GeneratedLayout layout, double dirtyShare)
{
    GeneratorOptions options;
    options.orders = orders;
    options.seed = 3;
    options.layout = layout;
    options.dirtyShare = dirtyShare;
    QString error;
    const QString path = testsupport::generateOrders(m_dir, name, options, &error);
    if (path.isEmpty())
        qWarning("%s", qPrintable(error));
    return path;
}

void TestMainWindow::rejectsForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "this is not a database\n");
    MainWindow window;
    QString error;
    QVERIFY(!window.openWorkspace(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(window.workspacePath().isEmpty());
}

void TestMainWindow::importThroughDialog()
{
    const QString csv = m_dir.filePath(QStringLiteral("淘宝订单.csv"));
    writeFile(csv,
        QStringLiteral("订单编号,买家会员名,订单付款时间,买家实际支付金额,订单状态,收货城市\n"
                       "1001,张三,2024-01-05 10:00:00,120.50,交易成功,上海\n"
                       "1002,李四,2024-01-06 11:00:00,88.00,交易成功,北京\n"
                       "1003,张三,2024-02-01 09:30:00,35.00,交易成功,上海\n"
                       "1004,王五,2024-02-03 15:00:00,200.00,交易关闭,广州\n"
                       "1005,赵六,2024-02-10 12:00:00,abc,交易成功,深圳\n"
                       "1006,钱七,2024-03-01 08:00:00,66.60,交易成功,杭州\n")
            .toUtf8());
    const QString workspace = m_dir.filePath(QStringLiteral("dialog.clientele"));
    MainWindow window;
    QString error;
    QVERIFY2(window.openWorkspace(workspace, &error), qPrintable(error));
    QVERIFY(window.windowTitle().contains(QStringLiteral("dialog.clientele")));
    window.show();
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    QTRY_VERIFY(!window.isLoading());

    ImportDialog *dialog = window.openImportDialog(csv);
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QCOMPARE(dialog->previewModel()->columnCount(), 6);
    QCOMPARE(dialog->previewModel()->rowCount(), 6);
    QVERIFY2(dialog->problemText().isEmpty(), qPrintable(dialog->problemText()));
    QCOMPARE(dialog->mapping().column(Role::OrderTime), 2);
    QCOMPARE(dialog->mapping().column(Role::Amount), 3);
    QVERIFY(dialog->canImport());

    QSignalSpy finished(&window, &MainWindow::importFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(summary.rowsRead, 6);
    QCOMPARE(summary.ordersAdded, 4);
    QCOMPARE(summary.excludedByStatus, 1);
    QCOMPARE(summary.rejectedRows, 1);
    QCOMPARE(summary.netAmountAddedMinor, 12050 + 8800 + 3500 + 6660);

    // 张三, 李四, 钱七: the closed order and the rejected row bring no customer.
    QTRY_COMPARE(customersIn(window), 3);
    QTRY_COMPARE(window.summary().orders, 4);
    const auto &cities = window.controller()->table()->cities;
    QCOMPARE(std::count(cities.begin(), cities.end(), QStringLiteral("上海")), 1);
    QTRY_VERIFY(window.controller()->hasResults());

    // The summary dialog is up, non-modal-loop; its rejected rows load in a worker.
    auto *summaryDialog = window.findChild<ImportSummaryDialog *>();
    QVERIFY(summaryDialog);
    QTRY_VERIFY(summaryDialog->isVisible());
    RejectedRowsDialog rejects(workspace, summary.importId);
    QSignalSpy rejectsLoaded(&rejects, &RejectedRowsDialog::loaded);
    QTRY_COMPARE(rejectsLoaded.count(), 1);
    QCOMPARE(rejects.model()->rowCount(), 1);
    QSignalSpy exported(&rejects, &RejectedRowsDialog::exportFinished);
    rejects.exportTo(workspace); // refused: it is the workspace
    QTRY_COMPARE(exported.count(), 1);
    QVERIFY(!exported.first().first().toBool());
    QVERIFY2(exported.first().last().toString().contains(QStringLiteral("open workspace")),
        qPrintable(exported.first().last().toString()));
    {
        QString error;
        auto intact = Workspace::open(workspace, &error, Workspace::OpenMode::ReadOnly);
        QVERIFY2(intact, qPrintable(error));
        QCOMPARE(testsupport::scalar(*intact, "SELECT count(*) FROM orders"), qint64(4));
    }
    exported.clear();
    const QString rejectsCsv = m_dir.filePath(QStringLiteral("rejects.csv"));
    rejects.exportTo(rejectsCsv);
    QTRY_COMPARE(exported.count(), 1);
    QVERIFY(exported.first().first().toBool());
    QFile exportedFile(rejectsCsv);
    QVERIFY(exportedFile.open(QIODevice::ReadOnly));
    QVERIFY(exportedFile.readAll().contains(QStringLiteral("赵六").toUtf8()));
}

// The dialog's checkbox reaches the import, and the summary dialog says how many rows repeated.
void TestMainWindow::duplicateRowsThroughDialog()
{
    const QString csv = m_dir.filePath(QStringLiteral("twice.csv"));
    writeFile(csv,
        "order_id,customer_id,order_time,amount\n"
        "A1,C1,2024-01-05 10:00:00,10.00\n"
        "A2,C2,2024-01-06 11:00:00,20.00\n"
        "A1,C1,2024-01-05 10:00:00,10.00\n");
    for (const bool keep : {false, true}) {
        MainWindow window;
        QString error;
        const QString name = keep ? QStringLiteral("kept.clientele") : QStringLiteral("once.clientele");
        QVERIFY2(window.openWorkspace(m_dir.filePath(name), &error), qPrintable(error));
        window.show();
        QTRY_VERIFY(!window.isLoading());
        ImportDialog *dialog = window.openImportDialog(csv);
        QTRY_VERIFY(!dialog->isPreviewPending());
        QVERIFY(!dialog->options().keepDuplicateRows);
        dialog->setKeepDuplicateRows(keep);
        QCOMPARE(dialog->options().keepDuplicateRows, keep);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.first().first().value<ImportSummary>();
        QCOMPARE(summary.duplicateRows, 1);
        QCOMPARE(summary.duplicateRowsKept, keep);
        QCOMPARE(summary.netAmountAddedMinor, keep ? 4000 : 3000);
        auto *summaryDialog = window.findChild<ImportSummaryDialog *>();
        QVERIFY(summaryDialog);
        const QString shown = keep ? QStringLiteral("1 (kept)") : QStringLiteral("1 (counted once)");
        const QList<QLabel *> labels = summaryDialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel *l) { return l->text() == shown; }));
    }
}

void TestMainWindow::importGeneratedOrders()
{
    const QString csv = generate(500, QStringLiteral("orders500.csv"));
    QVERIFY(!csv.isEmpty());
    // Expected customers: distinct customer_id of rows whose status is a sale.
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    file.readLine();
    QSet<QByteArray> customers;
    const QStringList excluded = defaultExcludedStatuses();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> fields = line.split(',');
        const QString status = QString::fromUtf8(fields.last());
        if (!excluded.contains(status, Qt::CaseInsensitive))
            customers.insert(fields.at(1));
    }
    QVERIFY(customers.size() > 50);

    MainWindow window;
    window.setShowImportSummaries(false);
    QString error;
    QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("generated.clientele")), &error), qPrintable(error));
    QTRY_VERIFY(!window.isLoading());
    ImportDialog *dialog = window.openImportDialog(csv);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QVERIFY2(dialog->canImport(), qPrintable(dialog->problemText()));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(customersIn(window), int(customers.size()), 30000);
    QTRY_COMPARE(window.summary().customers, qint64(customers.size()));
}

void TestMainWindow::dialogAsksForDateOrder()
{
    const QString csv = m_dir.filePath(QStringLiteral("ambiguous.csv"));
    writeFile(csv,
        "order_id,customer_id,order_date,amount\n"
        "1,C1,03/04/2024,10.00\n"
        "2,C2,05/06/2024,20.00\n"
        "3,C1,07/08/2024,30.00\n");
    ImportDialog dialog;
    dialog.setFilePath(csv);
    QTRY_VERIFY(!dialog.isPreviewPending());
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
    QVERIFY(dialog.previewModel()->preview().dateOrderAmbiguous);
    QVERIFY(!dialog.canImport());
    dialog.setDateOrder(DateOrder::DayFirst);
    QVERIFY(dialog.canImport());
    QCOMPARE(dialog.options().dateOrder, DateOrder::DayFirst);
}

void TestMainWindow::dialogBlocksUnusableMapping()
{
    const QString csv = m_dir.filePath(QStringLiteral("nomoney.csv"));
    writeFile(csv,
        "order_id,customer_id,order_time,paid\n"
        "1,C1,2024-01-02 10:00,10.00\n"
        "2,C2,2024-01-03 11:00,20.00\n");
    ImportDialog dialog;
    dialog.setFilePath(csv);
    QTRY_VERIFY(!dialog.isPreviewPending());
    if (!dialog.mapping().has(Role::Amount)) {
        QVERIFY(!dialog.canImport());
        QVERIFY(!dialog.problemText().isEmpty());
    }
    dialog.setColumnForRole(Role::Amount, 3);
    QTRY_VERIFY(!dialog.isPreviewPending());
    QVERIFY2(dialog.canImport(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.options().mapping->column(Role::Amount), 3);
    QVERIFY(dialog.previewModel()->headerData(3, Qt::Horizontal).toString().startsWith(QStringLiteral("paid\n")));
    // Taking a column away from its role makes the mapping unusable again.
    dialog.setColumnForRole(Role::OrderTime, -1);
    QVERIFY(!dialog.canImport());
    QVERIFY(!dialog.problemText().isEmpty());
}

void TestMainWindow::xlsxSheets()
{
    const QString xlsx = writeOrdersWorkbook(m_dir.filePath(QStringLiteral("店铺订单.xlsx")));
    QVERIFY(!xlsx.isEmpty());
    ImportDialog dialog;
    dialog.setFilePath(xlsx);
    QTRY_VERIFY(!dialog.isPreviewPending());
    QCOMPARE(dialog.previewModel()->preview().sheets, QStringList({QStringLiteral("说明"), QStringLiteral("订单")}));
    QVERIFY(!dialog.canImport()); // the notes sheet has no orders
    dialog.setSheet(QStringLiteral("订单"));
    QTRY_VERIFY(!dialog.isPreviewPending());
    QCOMPARE(dialog.previewModel()->rowCount(), 9);
    QVERIFY2(dialog.canImport(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.options().sheet, QStringLiteral("订单"));
    QVERIFY(dialog.options().encoding.isEmpty());

    MainWindow window;
    window.setShowImportSummaries(false);
    QString error;
    QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("xlsx.clientele")), &error), qPrintable(error));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(window.startImport(dialog.filePath(), dialog.options()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().value<ImportSummary>().ordersAdded, 9);
    QTRY_COMPARE(customersIn(window), 3);
}

void TestMainWindow::dropQueuesImports()
{
    const QString first = m_dir.filePath(QStringLiteral("drop-1.csv"));
    const QString second = m_dir.filePath(QStringLiteral("drop-2.tsv"));
    writeFile(first, "order_id,customer_id,order_time,amount\n1,C1,2024-01-02 10:00,10.00\n");
    writeFile(second, "order_id\tcustomer_id\torder_time\tamount\n2\tC2\t2024-01-03 10:00\t20.00\n");
    MainWindow window;
    window.setShowImportSummaries(false);
    QString error;
    QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("drop.clientele")), &error), qPrintable(error));
    window.show();

    QMimeData pdf;
    pdf.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("report.pdf")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &pdf, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);

    // One dialog at a time: the second file's dialog opens when the first is dealt with.
    QPointer<ImportDialog> dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->filePath(), first);
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(window.findChild<ImportDialog *>());
    dialog = window.findChild<ImportDialog *>();
    QCOMPARE(dialog->filePath(), second);
    QTRY_VERIFY(dialog->canImport());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_COMPARE(customersIn(window), 1);
}

void TestMainWindow::cancelLargeImport()
{
    const QString csv = generate(200000, QStringLiteral("orders200k.csv"));
    QVERIFY(!csv.isEmpty());
    const QString workspace = m_dir.filePath(QStringLiteral("cancel.clientele"));
    MainWindow window;
    window.setShowImportSummaries(false);
    QString error;
    QVERIFY2(window.openWorkspace(workspace, &error), qPrintable(error));
    QTRY_VERIFY(!window.isLoading());

    // The GUI thread keeps ticking while the worker imports.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (ticks++ > 0)
            longestGap = std::max(longestGap, sinceTick.elapsed());
        sinceTick.restart();
    });
    ticker.start();
    sinceTick.start();

    QSignalSpy finished(&window, &MainWindow::importFinished);
    ImportJob *job = window.startImport(csv, ImportOptions());
    QVERIFY(job);
    QVERIFY(job->isRunning());
    QVERIFY(!window.startImport(csv, ImportOptions())); // one import at a time
    QTest::qWait(50);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    ticker.stop();
    const auto summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.outcome, ImportSummary::Outcome::Cancelled);
    QVERIFY(job->isFinished());
    QVERIFY(ticks >= 1); // the event loop ran while the import worked (how often is not a test matter)
    QVERIFY2(longestGap < 2000, qPrintable(QString::number(longestGap))); // loose: not a timing test
    QCOMPARE(ordersIn(workspace), 0);
    QTRY_VERIFY(!window.isLoading());
    QCOMPARE(customersIn(window), 0);
    QCOMPARE(window.summary().orders, 0);
}

// Writes PNGs of the main window and dialogs for a visual check: CLIENTELE_SCREENSHOTS=/tmp tst_mainwindow screenshots
void TestMainWindow::screenshots()
{
    const QString out = qEnvironmentVariable("CLIENTELE_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set CLIENTELE_SCREENSHOTS to a directory to write screenshots");
    const QString csv = generate(3000, QStringLiteral("天猫订单导出.csv"), GeneratedLayout::Taobao, 0.01);
    QVERIFY(!csv.isEmpty());
    MainWindow window;
    QString error;
    QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("店铺客户.clientele")), &error), qPrintable(error));
    window.resize(1100, 680);
    window.show();
    QTRY_VERIFY(!window.isLoading());
    QVERIFY(window.grab().save(out + QStringLiteral("/clientele-empty.png")));

    ImportDialog *dialog = window.openImportDialog(csv);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QVERIFY(dialog->grab().save(out + QStringLiteral("/clientele-import.png")));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_VERIFY(customersIn(window) > 0);
    QTRY_VERIFY(window.controller()->hasResults() && !window.controller()->isBusy());
    auto *summaryDialog = window.findChild<ImportSummaryDialog *>();
    QVERIFY(summaryDialog);
    QTRY_VERIFY(summaryDialog->isVisible());
    QTest::qWait(50);
    QVERIFY(summaryDialog->grab().save(out + QStringLiteral("/clientele-summary.png")));
    summaryDialog->close();
    QVERIFY(window.grab().save(out + QStringLiteral("/clientele-main.png")));

    const auto summary = finished.first().first().value<ImportSummary>();
    RejectedRowsDialog rejects(window.workspacePath(), summary.importId);
    rejects.show();
    QSignalSpy loaded(&rejects, &RejectedRowsDialog::loaded);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(rejects.grab().save(out + QStringLiteral("/clientele-rejects.png")));

    const QString ambiguous = m_dir.filePath(QStringLiteral("ambiguous-shot.csv"));
    writeFile(ambiguous, "order_id,customer,order_date,paid\n1,C1,03/04/2024,10.00\n2,C2,05/06/2024,20.00\n");
    ImportDialog problems;
    problems.show();
    problems.setFilePath(ambiguous);
    QTRY_VERIFY(!problems.isPreviewPending());
    QVERIFY(problems.grab().save(out + QStringLiteral("/clientele-import-problems.png")));

    ImportDialog workbook;
    workbook.show();
    workbook.setFilePath(writeOrdersWorkbook(m_dir.filePath(QStringLiteral("shot.xlsx"))));
    QTRY_VERIFY(!workbook.isPreviewPending());
    workbook.setSheet(QStringLiteral("订单"));
    QTRY_VERIFY(!workbook.isPreviewPending());
    QVERIFY(workbook.grab().save(out + QStringLiteral("/clientele-import-xlsx.png")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
