// What rows mean: orders, line items, returns, excluded statuses, rejects, layouts, encodings.
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using testsupport::scalar;

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void genericFileHandComputed();
    void lineItemsOfShopifyOrderBecomeOneOrder();
    void onlineRetailInvoiceLines();
    void nonAdjacentLineItemsMerge();
    void repeatedLineItemsCountOnce();
    void linesStayTogetherAcrossBatches();
    void excelTextGuardKeepsLeadingZeros();
    void ambiguousDayMonthNeedsAChoice();
    void dayMonthDecidedFromWholeColumn();
    void mapOverrideChoosesColumn();
    void missingColumnsAreExplained();
    void chineseGb18030Export();
    void dirtyRowsAreRejectedWithLineNumbers();
    void semicolonFileWithDecimalComma();
    void nullTokensAreEmptyCells();

private:
    std::unique_ptr<Workspace> openWorkspace();
    ImportOptions utcOptions() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Workspace> TestImporter::openWorkspace()
{
    QString error;
    auto workspace = Workspace::open(m_dir->filePath(QStringLiteral("w.clientele")), &error);
    if (!workspace)
        qWarning() << error;
    return workspace;
}

ImportOptions TestImporter::utcOptions() const
{
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    return options;
}

static const QByteArray GenericCsv = "order_id,customer_id,order_time,amount,quantity,channel,city,category,status\n"
                                     "1001,C1,2024-03-01 10:00:00,100.00,1,Tmall,上海,护肤,completed\n"
                                     "1002,C2,2024-03-02 11:00:00,\"1,250.50\",2,JD,北京,彩妆,completed\n"
                                     "1003,C1,2024-03-05 09:30:00,¥80.25,1,Tmall,上海,护肤,completed\n"
                                     "1004,C3,2024-03-06 12:00:00,60.00,1,Store,广州,零食,refunded\n"
                                     "1005,C2,2024-03-07 08:00:00,-50.00,1,JD,北京,彩妆,completed\n"
                                     "1006,,2024-03-08 08:00:00,20.00,1,JD,北京,彩妆,completed\n"
                                     "1007,C4,31/02/2023 25:61,20.00,1,JD,北京,彩妆,completed\n"
                                     "1008,C4,2024-03-09 08:00:00,N/A,1,JD,北京,彩妆,completed\n";

void TestImporter::genericFileHandComputed()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("orders.csv"), GenericCsv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.rowsRead, qint64(8));
    QCOMPARE(s.ordersAdded, qint64(3));
    QCOMPARE(s.returnsAdded, qint64(1));
    QCOMPARE(s.excludedByStatus, qint64(1));
    QCOMPARE(s.excludedByStatusValue.value(QStringLiteral("refunded")), qint64(1));
    QCOMPARE(s.rejectedRows, qint64(3));
    QCOMPARE(s.rejectsByReason.value(QStringLiteral("Missing customer")), qint64(1));
    QCOMPARE(s.rejectsByReason.value(QStringLiteral("Invalid order time")), qint64(1));
    QCOMPARE(s.rejectsByReason.value(QStringLiteral("Missing amount")), qint64(1)); // "N/A"
    // 100.00 + 1250.50 + 80.25 - 50.00
    QCOMPARE(s.netAmountAddedMinor, qint64(138075));
    QCOMPARE(s.newCustomers, qint64(2));

    const WorkspaceSummary total = summarize(*workspace);
    QCOMPARE(total.orders, qint64(3));
    QCOMPARE(total.customers, qint64(2));
    QCOMPARE(total.grossRevenueMinor, qint64(143075));
    QCOMPARE(total.returnedMinor, qint64(5000));
    QCOMPARE(total.netRevenueMinor, qint64(138075));
    QCOMPARE(*total.firstOrderUtc, qint64(1709287200)); // 2024-03-01 10:00 UTC
    QCOMPARE(*total.lastOrderUtc, qint64(1709631000));  // 2024-03-05 09:30 UTC

    const std::vector<CustomerRow> customers = loadCustomers(*workspace);
    QCOMPARE(customers.size(), size_t(2));
    QCOMPARE(customers[0].key, QStringLiteral("C1"));
    QCOMPARE(customers[0].orders, qint64(2));
    QCOMPARE(customers[0].netMinor, qint64(18025));
    QCOMPARE(customers[0].city, QStringLiteral("上海"));
    QCOMPARE(customers[1].key, QStringLiteral("C2"));
    QCOMPARE(customers[1].orders, qint64(1));
    QCOMPARE(customers[1].netMinor, qint64(120050));

    const std::vector<RejectedRow> rejects = loadRejectedRows(*workspace);
    QCOMPARE(rejects.size(), size_t(3));
    QCOMPARE(rejects[0].line, qint64(7));
    QCOMPARE(rejects[0].column, QStringLiteral("customer_id"));
    QCOMPARE(rejects[1].line, qint64(8));
    QCOMPARE(rejects[1].column, QStringLiteral("order_time"));
    QVERIFY2(rejects[1].reason.contains(QStringLiteral("31/02/2023")), qPrintable(rejects[1].reason));
    QCOMPARE(rejects[2].line, qint64(9));
    QVERIFY(rejects[2].raw.startsWith(QStringLiteral("1008,C4,")));
    QCOMPARE(scalar(*workspace, "SELECT quantity FROM orders WHERE order_key = '1002'"), qint64(2));
}

void TestImporter::lineItemsOfShopifyOrderBecomeOneOrder()
{
    auto workspace = openWorkspace();
    const QByteArray csv
        = "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,"
          "Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Billing City\n"
          "#1001,ann@example.com,paid,2024-03-01 10:00:00 +0800,fulfilled,EUR,20.00,5.00,0.00,25.00,"
          "2024-03-01 10:00:00 +0800,2,Mug,10.00,Ann,Berlin\n"
          "#1001,ann@example.com,,,,,,,,,2024-03-01 10:00:00 +0800,1,Tee,5.00,,\n"
          "#1002,Bob@Example.com,refunded,2024-03-01 11:00:00 +0800,,EUR,10.00,0.00,0.00,10.00,"
          "2024-03-01 11:00:00 +0800,1,Mug,10.00,Bob,Paris\n"
          "#1002,bob@example.com,,,,,,,,,2024-03-01 11:00:00 +0800,1,Cap,3.00,,\n"
          "#1003,BOB@example.com,paid,2024-03-02 09:00:00 +0800,,EUR,12.00,0.00,0.00,12.00,"
          "2024-03-02 09:00:00 +0800,1,Mug,12.00,Bob,Paris\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("orders_export.csv"), csv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.layout, Layout::Shopify);
    QCOMPARE(s.ordersAdded, qint64(2));
    QCOMPARE(s.excludedByStatus, qint64(2)); // both rows of the refunded order
    QCOMPARE(s.rejectedRows, qint64(0));
    QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = '#1001'"), qint64(2500));
    QCOMPARE(scalar(*workspace, "SELECT quantity FROM orders WHERE order_key = '#1001'"), qint64(3));
    QCOMPARE(scalar(*workspace, "SELECT ordered_at FROM orders WHERE order_key = '#1001'"), qint64(1709258400));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM customers WHERE customer_key = 'bob@example.com'"), qint64(1));
    QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(3700));
}

void TestImporter::onlineRetailInvoiceLines()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                           "536365,85123A,WHITE HANGING HEART,6,12/1/2010 8:26,2.55,17850.0,United Kingdom\n"
                           "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850.0,United Kingdom\n"
                           "536366,22633,HAND WARMER,6,12/1/2010 8:28,1.85,17850,United Kingdom\n"
                           "C536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom\n"
                           "536380,22961,JAM MAKING SET,24,12/13/2010 9:41,0.85,,United Kingdom\n"
                           "536381,22139,RETROSPOT,3,12/1/2010 9:41,4.95,14527,United Kingdom\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("online_retail.csv"), csv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.layout, Layout::OnlineRetail);
    QCOMPARE(s.dateOrderUsed, QStringLiteral("month/day"));
    QCOMPARE(s.ordersAdded, qint64(3));
    QCOMPARE(s.returnsAdded, qint64(1));
    QCOMPARE(s.rejectedRows, qint64(1));
    // 6 × 2.55 + 6 × 3.39 = 35.64
    QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = '536365'"), qint64(3564));
    QCOMPARE(scalar(*workspace, "SELECT quantity FROM orders WHERE order_key = '536365'"), qint64(12));
    QCOMPARE(scalar(*workspace, "SELECT ordered_at FROM orders WHERE order_key = '536365'"), qint64(1291191960));
    QCOMPARE(scalar(*workspace, "SELECT amount FROM returns WHERE return_key = 'C536379'"), qint64(2750));
    // "17850.0" and "17850" are the same customer.
    QCOMPARE(scalar(*workspace, "SELECT order_count FROM customers WHERE customer_key = '17850'"), qint64(2));
    QCOMPARE(scalar(*workspace, "SELECT gross_amount - returned_amount FROM customers WHERE customer_key = '14527'"),
        qint64(1485 - 2750));
}

void TestImporter::nonAdjacentLineItemsMerge()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "order_id,customer_id,order_time,amount\n"
                           "A1,C1,2024-01-01 10:00:00,10.00\n"
                           "A2,C2,2024-01-01 11:00:00,5.00\n"
                           "A1,C1,2024-01-01 10:00:00,2.50\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("lines.csv"), csv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.ordersAdded, qint64(2));
    QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = 'A1'"), qint64(1250));
    QCOMPARE(scalar(*workspace, "SELECT order_count FROM customers WHERE customer_key = 'C1'"), qint64(1));
    QCOMPARE(scalar(*workspace, "SELECT gross_amount FROM customers WHERE customer_key = 'C1'"), qint64(1250));
    QCOMPARE(s.netAmountAddedMinor, qint64(1750));
}

// An exact repeat of a line item (same order, identical cells), next to it or far from it, is counted
// once by default: line amounts add up, so a repeat would double them.
void TestImporter::repeatedLineItemsCountOnce()
{
    const QByteArray csv = "order_id,customer_id,order_time,amount,quantity\n"
                           "A1,C1,2024-01-01 10:00:00,10.00,1\n"
                           "A1,C1,2024-01-01 10:00:00,10.00,1\n"
                           "A1,C1,2024-01-01 10:00:00,2.50,1\n"
                           "A2,C2,2024-01-01 11:00:00,5.00,1\n"
                           "A1,C1,2024-01-01 10:00:00,2.50,1\n"
                           "A1,C1,2024-01-01 10:00:00,2.50,2\n"; // another quantity: not a repeat
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("lines.csv"), csv);
    {
        auto workspace = openWorkspace();
        const ImportSummary s = importFile(*workspace, path, utcOptions());
        QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
        QCOMPARE(s.rowsRead, qint64(6));
        QCOMPARE(s.duplicateRows, qint64(2));
        QVERIFY(!s.duplicateRowsKept);
        QCOMPARE(s.ordersAdded, qint64(2));
        QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = 'A1'"), qint64(1500));
        QCOMPARE(scalar(*workspace, "SELECT quantity FROM orders WHERE order_key = 'A1'"), qint64(4));
        QCOMPARE(s.netAmountAddedMinor, qint64(2000));
        QVERIFY2(s.message.contains(QStringLiteral("2 rows were exact repeats")), qPrintable(s.message));
    }
    QString error;
    auto workspace = Workspace::open(m_dir->filePath(QStringLiteral("kept.clientele")), &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions keep = utcOptions();
    keep.keepDuplicateRows = true;
    const ImportSummary s = importFile(*workspace, path, keep);
    QCOMPARE(s.duplicateRows, qint64(2));
    QVERIFY(s.duplicateRowsKept);
    QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = 'A1'"), qint64(2750));
    QCOMPARE(scalar(*workspace, "SELECT quantity FROM orders WHERE order_key = 'A1'"), qint64(6));
}

// The file is read on one thread and written on another in batches of a few thousand orders: line items
// separated by a rejected row, or by thousands of other orders, still make one order.
void TestImporter::linesStayTogetherAcrossBatches()
{
    auto workspace = openWorkspace();
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    constexpr int Orders = 10000;
    int broken = 0;
    for (int i = 1; i <= Orders; ++i) {
        const QByteArray key = "A" + QByteArray::number(i);
        const QByteArray customer = ",C" + QByteArray::number(i % 300);
        csv += key + customer + ",2024-01-01 10:00:00," + QByteArray::number(i) + ".00\n";
        if (i % 997 == 0) {
            csv += key + customer + ",not a date,1.00\n";
            ++broken;
        }
        csv += key + customer + ",2024-01-01 10:00:00,0.50\n";
    }
    csv += "A5,C5,2024-01-01 10:00:00,0.25\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("many.csv"), csv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(broken, 10);
    QCOMPARE(s.rowsRead, qint64(2 * Orders + broken + 1));
    QCOMPARE(s.rejectedRows, qint64(broken));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM rejected_rows"), qint64(broken));
    QCOMPARE(s.ordersAdded, qint64(Orders));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders"), qint64(Orders));
    // Each order: i.00 + 0.50; order A5 also gets the last line's 0.25.
    QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = 'A997'"), qint64(99750));
    QCOMPARE(scalar(*workspace, "SELECT net_amount FROM orders WHERE order_key = 'A5'"), qint64(575));
    const qint64 expected = 100LL * Orders * (Orders + 1) / 2 + 50LL * Orders + 25;
    QCOMPARE(s.netAmountAddedMinor, expected);
    QCOMPARE(summarize(*workspace).netRevenueMinor, expected);
    QCOMPARE(scalar(*workspace, "SELECT sum(order_count) FROM customers"), qint64(Orders));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM customers"), qint64(300));
}

void TestImporter::excelTextGuardKeepsLeadingZeros()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "order_id,customer_id,order_time,amount\n"
                           "=\"000123\",=\"007\",2024-01-01 10:00:00,10.00\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("guard.csv"), csv);
    QCOMPARE(importFile(*workspace, path, utcOptions()).outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM orders WHERE order_key = '000123'"), qint64(1));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM customers WHERE customer_key = '007'"), qint64(1));
}

void TestImporter::ambiguousDayMonthNeedsAChoice()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "order_id,customer_id,order_time,amount\n1,C1,3/5/2024,10\n2,C2,4/6/2024,10\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("ambiguous.csv"), csv);
    QVERIFY(previewImport(path, utcOptions()).dateOrderAmbiguous);
    const ImportSummary refused = importFile(*workspace, path, utcOptions());
    QCOMPARE(refused.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(refused.message.contains(QStringLiteral("--date-order")), qPrintable(refused.message));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM imports"), qint64(0));

    ImportOptions options = utcOptions();
    options.dateOrder = DateOrder::DayFirst;
    QVERIFY(!previewImport(path, options).dateOrderAmbiguous);
    QCOMPARE(importFile(*workspace, path, options).outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(scalar(*workspace, "SELECT ordered_at FROM orders WHERE order_key = '1'"), qint64(1714694400)); // 3 May
}

void TestImporter::dayMonthDecidedFromWholeColumn()
{
    // Only row 2501 shows the order (25 > 12): the decision must come from the whole column.
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    for (int i = 1; i <= 2500; ++i)
        csv += QByteArray::number(i) + ",C" + QByteArray::number(i % 50) + ",3/5/2024 10:00,10\n";
    csv += "2501,C1,25/5/2024 10:00,10\n";
    auto workspace = openWorkspace();
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("late.csv"), csv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.dateOrderUsed, QStringLiteral("day/month"));
    QCOMPARE(s.ordersAdded, qint64(2501));
    QCOMPARE(scalar(*workspace, "SELECT ordered_at FROM orders WHERE order_key = '1'"), qint64(1714694400 + 36000));
}

void TestImporter::mapOverrideChoosesColumn()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "order_id,customer_id,order_time,amount,paid\n1,C1,2024-01-01,10.00,8.00\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("two_amounts.csv"), csv);
    ImportOptions options = utcOptions();
    options.mapOverrides = {QStringLiteral("amount=paid")};
    QCOMPARE(importFile(*workspace, path, options).outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(800));
}

void TestImporter::missingColumnsAreExplained()
{
    auto workspace = openWorkspace();
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("nothing.csv"), "foo,bar\n1,2\n");
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
    QVERIFY2(s.message.contains(QStringLiteral("foo, bar")), qPrintable(s.message));
    QCOMPARE(scalar(*workspace, "SELECT count(*) FROM imports"), qint64(0));
}

void TestImporter::chineseGb18030Export()
{
    QString error;
    GeneratorOptions tmall;
    tmall.orders = 3000;
    tmall.seed = 5;
    tmall.returnShare = 0;
    tmall.encoding = "GB18030";
    tmall.byteOrderMark = false;
    tmall.crlf = true;
    GeneratorReport written;
    const QString path = testsupport::generateOrders(*m_dir, QStringLiteral("tmall.csv"), tmall, &error, &written);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    // Independent count of the closed orders: decode the file and look at the status column.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringDecoder decoder("GB18030");
    const QString text = decoder(file.readAll());
    const qint64 closed = text.count(QStringLiteral(",交易关闭\r\n"));
    QVERIFY(closed > 0);

    auto workspace = openWorkspace();
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QVERIFY2(s.formatDescription.contains(QStringLiteral("GB18030")), qPrintable(s.formatDescription));
    QCOMPARE(s.rowsRead, qint64(3000));
    QCOMPARE(s.rejectedRows, qint64(0));
    QCOMPARE(s.excludedByStatus, closed);
    QCOMPARE(closed, written.closedOrders);
    QCOMPARE(s.ordersAdded, 3000 - closed);
    QCOMPARE(s.newCustomers, written.customers);
    QCOMPARE(s.netAmountAddedMinor, written.netRevenueMinor);
    QVERIFY(scalar(*workspace, "SELECT count(*) FROM orders WHERE city = '上海'") > 0);
}

void TestImporter::dirtyRowsAreRejectedWithLineNumbers()
{
    QString error;
    GeneratorOptions dirty;
    dirty.layout = GeneratedLayout::Generic;
    dirty.orders = 4000;
    dirty.seed = 9;
    dirty.returnShare = 0;
    dirty.dirtyShare = 0.05;
    GeneratorReport written;
    const QString path = testsupport::generateOrders(*m_dir, QStringLiteral("dirty.csv"), dirty, &error, &written);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    auto workspace = openWorkspace();
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(s.rowsRead, qint64(4000));
    QVERIFY(written.damagedRows > 150);
    QCOMPARE(s.rejectedRows, written.rejectableRows); // every defect of kinds 0-4 is caught, no other row
    QVERIFY(s.returnsAdded > 0);                      // negative amounts are returns, not errors
    QCOMPARE(s.ordersAdded + s.returnsAdded + s.excludedByStatus + s.rejectedRows, s.rowsRead);
    QVERIFY(s.rejectsByReason.contains(QStringLiteral("Wrong number of fields")));
    QVERIFY(s.rejectsByReason.contains(QStringLiteral("Invalid amount")));
    QVERIFY(s.rejectsByReason.contains(QStringLiteral("Invalid order time")));
    QVERIFY(s.rejectsByReason.contains(QStringLiteral("Missing customer")));
    const std::vector<RejectedRow> rejects = loadRejectedRows(*workspace);
    QCOMPARE(qint64(rejects.size()), s.rejectedRows);
    for (const RejectedRow &row : rejects) {
        QVERIFY(row.line > 1);
        QVERIFY(!row.reason.isEmpty());
        QVERIFY(!row.raw.isEmpty());
    }
}

void TestImporter::semicolonFileWithDecimalComma()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "Bestellnummer;customer_id;order_time;amount\n"
                           "1;K1;2024-02-01 09:00;12,50\n2;K2;2024-02-02 09:00;1.234,56\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("eu.csv"), csv);
    ImportOptions options = utcOptions();
    options.mapOverrides = {QStringLiteral("order_id=Bestellnummer")};
    const ImportSummary s = importFile(*workspace, path, options);
    QCOMPARE(s.outcome, ImportSummary::Outcome::Completed);
    QCOMPARE(summarize(*workspace).netRevenueMinor, qint64(1250 + 123456));
}

void TestImporter::nullTokensAreEmptyCells()
{
    auto workspace = openWorkspace();
    const QByteArray csv = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                           "1,A,1,2011-03-10 16:16:00,2.95,NA,United Kingdom\n"
                           "2,A,1,2011-03-10 16:16:00,2.95,NULL,United Kingdom\n"
                           "3,A,1,2011-03-10 16:16:00,2.95,#N/A,United Kingdom\n"
                           "4,A,1,2011-03-10 16:16:00,2.95,12621,Germany\n"
                           "5,A,1,2011-03-10 16:16:00,2.95,Nancy,Germany\n";
    const QString path = testsupport::writeFile(*m_dir, QStringLiteral("na.csv"), csv);
    const ImportSummary s = importFile(*workspace, path, utcOptions());
    QCOMPARE(s.ordersAdded, qint64(2));
    QCOMPARE(s.rejectsByReason.value(QStringLiteral("Missing customer")), qint64(3));
    QCOMPARE(
        scalar(*workspace, "SELECT count(*) FROM customers WHERE customer_key IN ('NA', 'NULL', '#N/A')"), qint64(0));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
