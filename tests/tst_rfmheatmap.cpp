// The RFM heatmap model and view, the customer list model and the RFM page's cell selection.
#include "models/analysiscontroller.h"
#include "models/customerlistmodel.h"
#include "models/rfmheatmapmodel.h"
#include "models/segmentsummarymodel.h"
#include "support/customerfixture.h"
#include "views/rfmheatmapview.h"
#include "views/rfmpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace clientele;

class TestRfmHeatmap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void heatmapModelPassesTester();
    void heatmapCellsMatchResults();
    void colorMeasureChangesColorValue_data();
    void colorMeasureChangesColorValue();
    void customerListModelPassesTester();
    void customerListSortRoleIsNumeric();
    void indexAtVisualRectRoundTrip();
    void keyboardNavigation();
    void selectingTwoCellsListsTheirCustomers();
    void shiftClickSelectsRectangle();
    void showInCustomersPageCarriesTheSelection();

private:
    std::vector<quint32> cellCustomers(int r, int f) const;
    QPoint cellCenter(RfmHeatmapView *view, int r, int f) const;

    customerfixture::Shop m_shop;
};

void TestRfmHeatmap::initTestCase()
{
    m_shop = customerfixture::shop();
    QVERIFY(m_shop.results->rfm.ok());
    QCOMPARE(m_shop.results->heatmap.activeCount, qint64(120));
}

std::vector<quint32> TestRfmHeatmap::cellCustomers(int r, int f) const
{
    const auto span = m_shop.results->heatmap.customers(r, f);
    return {span.begin(), span.end()};
}

QPoint TestRfmHeatmap::cellCenter(RfmHeatmapView *view, int r, int f) const
{
    return view->visualRect(view->model()->index(5 - r, f - 1)).center();
}

void TestRfmHeatmap::heatmapModelPassesTester()
{
    RfmHeatmapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setResults(m_shop.results);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    model.setColorMeasure(RfmHeatmapModel::ColorMeasure::Revenue);
    model.setResults(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setResults(m_shop.results);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("R 5 (recent)"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("F 1 (fewest)"));
    QVERIFY(model.roleNames().value(RfmHeatmapModel::CustomerIndicesRole) == "customerIndices");
}

void TestRfmHeatmap::heatmapCellsMatchResults()
{
    RfmHeatmapModel model;
    model.setResults(m_shop.results);
    const RfmHeatmap &heatmap = m_shop.results->heatmap;
    qint64 total = 0;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const QModelIndex index = model.indexOf(r, f);
            QCOMPARE(index.data(RfmHeatmapModel::RScoreRole).toInt(), r);
            QCOMPARE(index.data(RfmHeatmapModel::FScoreRole).toInt(), f);
            QCOMPARE(index.data(RfmHeatmapModel::CountRole).toLongLong(), heatmap.cell(r, f).count);
            QCOMPARE(index.data(RfmHeatmapModel::RevenueRole).toLongLong(), heatmap.cell(r, f).revenueMinor);
            QCOMPARE(index.data(RfmHeatmapModel::MeanMonetaryRole).toLongLong(), heatmap.cell(r, f).meanMonetaryMinor);
            const auto list = index.data(RfmHeatmapModel::CustomerIndicesRole).value<QList<quint32>>();
            QCOMPARE(std::vector<quint32>(list.begin(), list.end()), cellCustomers(r, f));
            total += heatmap.cell(r, f).count;
            if (heatmap.cell(r, f).count == 0) {
                QCOMPARE(index.data(RfmHeatmapModel::SegmentRole).toInt(), -1);
                continue;
            }
            // The dominant segment is one some customer of the cell really has.
            const int segment = index.data(RfmHeatmapModel::SegmentRole).toInt();
            bool found = false;
            for (quint32 c : cellCustomers(r, f))
                found = found || int(m_shop.results->gridSegments.segments[c]) == segment;
            QVERIFY(found);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("Customers:")) && tip.contains(QStringLiteral("Net revenue:")),
                qPrintable(tip));
        }
    }
    QCOMPARE(total, heatmap.activeCount);
}

void TestRfmHeatmap::colorMeasureChangesColorValue_data()
{
    QTest::addColumn<int>("measure");
    QTest::newRow("mean") << int(RfmHeatmapModel::ColorMeasure::MeanMonetary);
    QTest::newRow("revenue") << int(RfmHeatmapModel::ColorMeasure::Revenue);
}

void TestRfmHeatmap::colorMeasureChangesColorValue()
{
    QFETCH(int, measure);
    RfmHeatmapModel model;
    model.setResults(m_shop.results);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString countTitle = model.colorMeasureTitle();
    model.setColorMeasure(RfmHeatmapModel::ColorMeasure(measure));
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.colorMeasureTitle() != countTitle);
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const RfmHeatmapCell &cell = m_shop.results->heatmap.cell(r, f);
            const double expected = measure == int(RfmHeatmapModel::ColorMeasure::Revenue)
                ? cell.revenueMinor / 100.0
                : cell.meanMonetaryMinor / 100.0;
            QCOMPARE(model.indexOf(r, f).data(RfmHeatmapModel::ColorValueRole).toDouble(), expected);
        }
    }
    QVERIFY(model.maxColorValue() > model.minColorValue());
    model.setColorMeasure(RfmHeatmapModel::ColorMeasure::Count);
    const QModelIndex any = model.indexOf(5, 1);
    QCOMPARE(any.data(RfmHeatmapModel::ColorValueRole).toDouble(),
        double(any.data(RfmHeatmapModel::CountRole).toLongLong()));
}

void TestRfmHeatmap::customerListModelPassesTester()
{
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_shop.table, m_shop.results);
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.columnCount(), int(customerListTable(*m_shop.table, *m_shop.results, {}).columns.size()));
    CustomerFilter filter;
    filter.segment = Segment::Champions;
    model.setFilter(filter);
    QCOMPARE(model.customerIndices(), filterCustomers(*m_shop.table, *m_shop.results, filter));
    model.setTextFilter(QStringLiteral("上海"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, CustomerListModel::CityColumn).data().toString(), QStringLiteral("上海"));
    model.setCustomerIndices(cellCustomers(5, 1));
    model.setTextFilter({});
    QCOMPARE(model.customerIndices(), cellCustomers(5, 1));
    model.setCustomerIndices({});
    QCOMPARE(model.rowCount(), 0);
    model.setResults(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
    // Every cell of the full list has a value where the export table has one.
    model.setResults(m_shop.table, m_shop.results);
    model.setFilter({});
    const ExportTable exported = customerListTable(*m_shop.table, *m_shop.results, model.customerIndices());
    for (int row = 0; row < model.rowCount(); row += 7)
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data().isNull(), exported.rows[size_t(row)][size_t(column)].isNull());
    QCOMPARE(model.index(0, CustomerListModel::ValueClassColumn).data().toString(),
        exported.rows[0][CustomerListModel::ValueClassColumn].toString());
}

void TestRfmHeatmap::customerListSortRoleIsNumeric()
{
    CustomerListModel model;
    model.setResults(m_shop.table, m_shop.results);
    for (int row = 0; row < model.rowCount(); ++row) {
        const quint32 c = model.customerIndexAt(row);
        QCOMPARE(model.index(row, CustomerListModel::NetRevenueColumn).data(CustomerListModel::SortRole).toLongLong(),
            m_shop.results->snapshot.monetaryMinor[c]);
        QCOMPARE(model.index(row, CustomerListModel::OrdersColumn).data(CustomerListModel::SortRole).toInt(),
            m_shop.results->snapshot.frequency[c]);
    }
}

void TestRfmHeatmap::indexAtVisualRectRoundTrip()
{
    RfmHeatmapModel model;
    model.setResults(m_shop.results);
    RfmHeatmapView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect small = view.visualRect(model.index(0, 0));
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 5; ++column) {
            const QModelIndex index = model.index(row, column);
            const QRect rect = view.visualRect(index);
            QVERIFY(!rect.isEmpty());
            QCOMPARE(view.indexAt(rect.center()), index);
            QCOMPARE(view.indexAt(rect.topLeft()), index);
            QCOMPARE(view.indexAt(rect.bottomRight()), index);
        }
    }
    QVERIFY(!view.indexAt(QPoint(1, 1)).isValid()); // the axis margin
    // R 5 is the top row, F 5 the right column.
    QVERIFY(view.visualRect(model.indexOf(5, 1)).top() < view.visualRect(model.indexOf(1, 1)).top());
    QVERIFY(view.visualRect(model.indexOf(5, 5)).left() > view.visualRect(model.indexOf(5, 1)).left());
    view.resize(900, 600); // cells grow with the widget
    QTRY_VERIFY(view.visualRect(model.index(0, 0)).width() > small.width());
    QVERIFY(view.visualRect(model.index(0, 0)).height() > small.height());
}

void TestRfmHeatmap::keyboardNavigation()
{
    RfmHeatmapModel model;
    model.setResults(m_shop.results);
    RfmHeatmapView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(model.index(2, 2));
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex(), model.index(2, 3));
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentIndex(), model.index(1, 3));
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex(), model.index(3, 2));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentIndex(), model.index(3, 4));
    QTest::keyClick(&view, Qt::Key_Right); // clamped at the edge
    QCOMPARE(view.currentIndex(), model.index(3, 4));
    QTest::keyClick(&view, Qt::Key_PageUp);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex(), model.index(0, 0));
    QCOMPARE(view.selectionModel()->selectedIndexes(), QModelIndexList{model.index(0, 0)});
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier); // extends the selection
    QCOMPARE(view.selectionModel()->selectedIndexes().size(), 2);
}

void TestRfmHeatmap::selectingTwoCellsListsTheirCustomers()
{
    AnalysisController controller;
    RfmPage page(&controller);
    page.setResults(m_shop.table, m_shop.results);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RfmHeatmapView *view = page.heatmapView();
    QCOMPARE(page.selectedCustomersModel()->rowCount(), 0);
    QVERIFY(!page.showInCustomersButton()->isEnabled());

    // Two non-empty cells that are not neighbours in one row.
    std::vector<std::pair<int, int>> filled;
    for (int r = 5; r >= 1; --r)
        for (int f = 1; f <= 5; ++f)
            if (m_shop.results->heatmap.cell(r, f).count > 0)
                filled.push_back({r, f});
    QVERIFY(filled.size() >= 3);
    const auto [r1, f1] = filled.front();
    const auto [r2, f2] = filled.back();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cellCenter(view, r1, f1));
    QCOMPARE(page.selectedCustomersModel()->customerIndices(), cellCustomers(r1, f1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCenter(view, r2, f2));
    QCOMPARE(view->selectionModel()->selectedIndexes().size(), 2);

    std::vector<quint32> expected = cellCustomers(r1, f1);
    const std::vector<quint32> second = cellCustomers(r2, f2);
    expected.insert(expected.end(), second.begin(), second.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(page.selectedCustomersModel()->customerIndices(), expected);
    QVERIFY(page.showInCustomersButton()->isEnabled());

    // Ctrl-click again deselects.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCenter(view, r1, f1));
    QCOMPARE(page.selectedCustomersModel()->customerIndices(), second);
    QCOMPARE(page.charts(), QList<QWidget *>{view});
}

void TestRfmHeatmap::shiftClickSelectsRectangle()
{
    RfmHeatmapModel model;
    model.setResults(m_shop.results);
    RfmHeatmapView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCenter(&view, 5, 1));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCenter(&view, 4, 3));
    QModelIndexList selected = view.selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end());
    QModelIndexList expected;
    for (int r : {5, 4})
        for (int f = 1; f <= 3; ++f)
            expected << model.indexOf(r, f);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
}

void TestRfmHeatmap::showInCustomersPageCarriesTheSelection()
{
    AnalysisController controller;
    RfmPage page(&controller);
    page.setResults(m_shop.table, m_shop.results);
    QSignalSpy requested(&page, &WorkbenchPage::showCustomersRequested);
    RfmHeatmapModel *model = page.heatmapModel();
    page.heatmapView()->selectionModel()->select(
        QItemSelection(model->indexOf(5, 1), model->indexOf(5, 2)), QItemSelectionModel::ClearAndSelect);
    page.showInCustomersButton()->click();
    QCOMPARE(requested.count(), 1);
    const auto filter = requested.at(0).at(0).value<CustomerFilter>();
    std::vector<quint32> expected = model->customersOf({model->indexOf(5, 1), model->indexOf(5, 2)});
    QCOMPARE(filter.onlyIndices, expected);
    QVERIFY(!filter.segment && !filter.stage);
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("RFM heatmap R5 F1, R5 F2"));
}

QTEST_MAIN(TestRfmHeatmap)
#include "tst_rfmheatmap.moc"
