// The Customers page: filters, numeric sorting, CSV/XLSX export of what is shown, clipboard.
#include "models/analysiscontroller.h"
#include "models/customerlistmodel.h"
#include "models/rfmheatmapmodel.h"
#include "support/customerfixture.h"
#include "views/customerspage.h"
#include "views/rfmheatmapview.h"
#include "views/rfmpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestCustomersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void segmentFilter_data();
    void segmentFilter();
    void stageAndTextFilter();
    void setFilterWithIndicesShowsChip();
    void setFilterBeforeResults();
    void sortsNetRevenueNumerically();
    void csvExportEqualsWriteCsv();
    void xlsxExportWritesAWorkbook();
    void clipboardHasHeaderAndRows();
    void screenshots(); // only with CLIENTELE_SCREENSHOTS=<dir> and CLIENTELE_DEMO_DB=<workspace>

private:
    void load(CustomersPage &page) { page.setResults(m_shop.table, m_shop.results); }
    std::vector<quint32> expected(const CustomerFilter &filter) const
    {
        return filterCustomers(*m_shop.table, *m_shop.results, filter);
    }

    customerfixture::Shop m_shop;
    AnalysisController m_controller;
};

void TestCustomersPage::initTestCase()
{
    m_shop = customerfixture::shop();
}

void TestCustomersPage::segmentFilter_data()
{
    QTest::addColumn<int>("segment");
    QTest::newRow("champions") << int(Segment::Champions);
    QTest::newRow("hibernating") << int(Segment::Hibernating);
    QTest::newRow("important value") << int(Segment::ImportantValue);
    QTest::newRow("general retain") << int(Segment::GeneralRetain);
}

void TestCustomersPage::segmentFilter()
{
    QFETCH(int, segment);
    CustomersPage page(&m_controller);
    load(page);
    QCOMPARE(page.model()->rowCount(), 120);
    QComboBox *combo = page.segmentCombo();
    combo->setCurrentIndex(combo->findData(segment));
    CustomerFilter filter;
    filter.segment = Segment(segment);
    QCOMPARE(page.model()->customerIndices(), expected(filter));
    QVERIFY(page.countLabel()->text().startsWith(QString::number(expected(filter).size()) + u' '));
    QVERIFY(page.currentFilter().segment == Segment(segment));
}

void TestCustomersPage::stageAndTextFilter()
{
    CustomersPage page(&m_controller);
    load(page);
    QComboBox *stage = page.stageCombo();
    stage->setCurrentIndex(stage->findData(int(ActivityStage::Active)));
    CustomerFilter filter;
    filter.stage = ActivityStage::Active;
    const std::vector<quint32> active = expected(filter);
    QVERIFY(!active.empty() && active.size() < 120);
    QCOMPARE(page.model()->customerIndices(), active);

    page.textFilterEdit()->setText(QStringLiteral("上海"));
    std::vector<quint32> inShanghai;
    for (quint32 c : active)
        if (m_shop.table->cities[c] == QStringLiteral("上海"))
            inShanghai.push_back(c);
    QVERIFY(!inShanghai.empty());
    QCOMPARE(page.model()->customerIndices(), inShanghai);

    page.textFilterEdit()->clear();
    QTest::keyClicks(page.textFilterEdit(), QStringLiteral("c00")); // case-insensitive, on the key
    for (quint32 c : page.model()->customerIndices())
        QVERIFY(m_shop.table->keys[c].startsWith(QStringLiteral("C00")));
    QVERIFY(page.model()->rowCount() > 0);
}

void TestCustomersPage::setFilterWithIndicesShowsChip()
{
    CustomersPage page(&m_controller);
    load(page);
    page.show();
    CustomerFilter filter;
    filter.onlyIndices = {3, 7, 11, 200};
    page.textFilterEdit()->setText(QStringLiteral("zzz"));
    page.setFilter(filter, QStringLiteral("RFM heatmap R5 F1"));
    QVERIFY(page.filterChip()->isVisible());
    QVERIFY(page.textFilterEdit()->text().isEmpty());
    QCOMPARE(page.model()->customerIndices(), (std::vector<quint32>{3, 7, 11}));
    QCOMPARE(page.segmentCombo()->currentIndex(), 0);

    CustomerFilter bySegment;
    bySegment.segment = Segment::Loyal;
    bySegment.stage = ActivityStage::Active;
    page.setFilter(bySegment, QStringLiteral("Loyal"));
    QVERIFY(!page.filterChip()->isVisible());
    QCOMPARE(page.segmentCombo()->currentData().toInt(), int(Segment::Loyal));
    QCOMPARE(page.stageCombo()->currentData().toInt(), int(ActivityStage::Active));
    QCOMPARE(page.model()->customerIndices(), expected(bySegment));

    page.setFilter(filter, QStringLiteral("cells"));
    QMetaObject::invokeMethod(page.filterChip()->findChild<QAbstractButton *>(), "click");
    QVERIFY(!page.filterChip()->isVisible());
    QCOMPARE(page.model()->rowCount(), int(expected({}).size()));
}

void TestCustomersPage::setFilterBeforeResults()
{
    CustomersPage page(&m_controller);
    CustomerFilter filter;
    filter.tier = 1;
    filter.cluster = 0;
    page.setFilter(filter, QString());
    load(page);
    QCOMPARE(page.tierCombo()->currentData().toInt(), 1);
    QCOMPARE(page.clusterCombo()->currentData().toInt(), 0);
    QCOMPARE(page.model()->customerIndices(), expected(filter));
}

void TestCustomersPage::sortsNetRevenueNumerically()
{
    CustomersPage page(&m_controller);
    load(page);
    page.tableView()->sortByColumn(CustomerListModel::NetRevenueColumn, Qt::DescendingOrder);
    const std::vector<quint32> order = page.customersInViewOrder();
    QCOMPARE(order.size(), size_t(120));
    const auto &net = m_shop.results->snapshot.monetaryMinor;
    for (size_t i = 1; i < order.size(); ++i)
        QVERIFY2(net[order[i - 1]] >= net[order[i]], qPrintable(QString::number(i)));
    // Text order would differ: amounts span several digit counts.
    QVERIFY(QString::number(net[order.front()]).size() > QString::number(net[order.back()]).size());
}

void TestCustomersPage::csvExportEqualsWriteCsv()
{
    QTemporaryDir dir;
    CustomersPage page(&m_controller);
    load(page);
    page.stageCombo()->setCurrentIndex(page.stageCombo()->findData(int(ActivityStage::Active)));
    page.tableView()->sortByColumn(CustomerListModel::NetRevenueColumn, Qt::DescendingOrder);
    QSignalSpy finished(&page, &CustomersPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("shown.csv"));
    page.exportTo(path, CustomersPage::ExportFormat::Csv);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    const std::vector<quint32> shown = page.customersInViewOrder();
    QCOMPARE(shown.size(), size_t(page.model()->rowCount()));
    QString error;
    const QString reference = dir.filePath(QStringLiteral("reference.csv"));
    QVERIFY(writeCsv(reference, customerListTable(*m_shop.table, *m_shop.results, shown), QByteArray("UTF-8"), &error));
    QFile a(path);
    QFile b(reference);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(bytes, b.readAll());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM for Excel
    QCOMPARE(bytes.count("\r\n"), qsizetype(shown.size() + 1));
}

void TestCustomersPage::xlsxExportWritesAWorkbook()
{
#ifdef __SANITIZE_ADDRESS__
    QSKIP("XLSX export loads libxlsxwriter with RTLD_DEEPBIND, which AddressSanitizer does not support");
#endif
    QTemporaryDir dir;
    CustomersPage page(&m_controller);
    load(page);
    QSignalSpy finished(&page, &CustomersPage::exportFinished);
    const QString path = dir.filePath(QStringLiteral("shown.xlsx"));
    page.exportTo(path, CustomersPage::ExportFormat::Xlsx);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
}

void TestCustomersPage::clipboardHasHeaderAndRows()
{
    CustomersPage page(&m_controller);
    load(page);
    page.segmentCombo()->setCurrentIndex(page.segmentCombo()->findData(int(Segment::ImportantValue)));
    const int n = page.model()->rowCount();
    QVERIFY(n > 2);
    page.copyToClipboard();
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, page.clipboardText());
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), n + 1);
    QVERIFY(lines.front().startsWith(QStringLiteral("Customer\tCity\tOrders\tNet revenue")));
    QCOMPARE(lines.front().count(u'\t'), CustomerListModel::ColumnCount - 1);
    QVERIFY(lines.at(1).contains(QStringLiteral("重要价值客户")));

    page.tableView()->selectRow(0);
    page.tableView()->selectionModel()->select(
        page.proxyModel()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList selected = page.clipboardText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(selected.size(), 3);
    QVERIFY(selected.at(1).startsWith(m_shop.table->keys[page.customersInViewOrder()[0]] + u'\t'));
}

void TestCustomersPage::screenshots()
{
    const QString out = qEnvironmentVariable("CLIENTELE_SCREENSHOTS");
    const QString db = qEnvironmentVariable("CLIENTELE_DEMO_DB");
    if (out.isEmpty() || db.isEmpty())
        QSKIP("Set CLIENTELE_SCREENSHOTS=<dir> and CLIENTELE_DEMO_DB=<workspace> to render the pages.");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AnalysisController controller;
    controller.setWorkspace(db);
    QTRY_VERIFY_WITH_TIMEOUT(controller.hasResults(), 120000);
    RfmPage rfm(&controller);
    rfm.resize(1400, 900);
    rfm.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rfm));
    QVERIFY(rfm.grab().save(out + QStringLiteral("/rfm-page.png")));
    rfm.overlayCheckBox()->setChecked(true);
    rfm.colorMeasureCombo()->setCurrentIndex(1);
    const auto *model = rfm.heatmapModel();
    rfm.heatmapView()->selectionModel()->select(
        QItemSelection(model->indexOf(5, 4), model->indexOf(4, 5)), QItemSelectionModel::ClearAndSelect);
    rfm.schemeCombo()->setCurrentIndex(1);
    QVERIFY(rfm.grab().save(out + QStringLiteral("/rfm-page-overlay.png")));
    CustomersPage customers(&controller);
    customers.resize(1400, 800);
    customers.show();
    QVERIFY(QTest::qWaitForWindowExposed(&customers));
    customers.setFilter(rfm.selectionFilter(), rfm.selectionDescription());
    customers.tableView()->sortByColumn(CustomerListModel::NetRevenueColumn, Qt::DescendingOrder);
    QVERIFY(customers.grab().save(out + QStringLiteral("/customers-page.png")));
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
