#include "models/customertablemodel.h"
#include "models/importpreviewmodel.h"
#include "models/rejectedrowsmodel.h"
#include "models/rolenames.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestGuiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customerTableModel();
    void customerTableModelSortsByValue();
    void importPreviewModel();
    void importPreviewModelEmpty();
    void rejectedRowsModel();
    void rejectedRowsCsv();
};

static std::vector<CustomerRow> sampleCustomers()
{
    std::vector<CustomerRow> rows;
    rows.push_back({1, QStringLiteral("张三"), QStringLiteral("name"), QStringLiteral("上海"), 3, 1234567, 1704067200, 1706745600});
    rows.push_back({2, QStringLiteral("C00042"), QStringLiteral("customer_id"), QStringLiteral("Chengdu"), 12, 9900, 1700000000, 1710000000});
    rows.push_back({3, QStringLiteral("li@example.com"), QStringLiteral("email"), QString(), 1, -500, 1690000000, 1690000000});
    return rows;
}

void TestGuiModels::customerTableModel()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCustomers(sampleCustomers());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
    QCOMPARE(model.index(0, CustomerTableModel::KeyColumn).data().toString(), QStringLiteral("张三"));
    QCOMPARE(model.index(0, CustomerTableModel::CityColumn).data().toString(), QStringLiteral("上海"));
    QCOMPARE(model.index(0, CustomerTableModel::NetColumn).data(CustomerTableModel::SortRole).toLongLong(), 1234567);
    QCOMPARE(model.index(1, 0).data(CustomerTableModel::CustomerIdRole).toLongLong(), 2);
    QVERIFY(!model.headerData(CustomerTableModel::OrdersColumn, Qt::Horizontal).toString().isEmpty());
    model.setCustomers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::customerTableModelSortsByValue()
{
    CustomerTableModel model;
    model.setCustomers(sampleCustomers());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(CustomerTableModel::SortRole);
    proxy.sort(CustomerTableModel::OrdersColumn, Qt::DescendingOrder);
    // 12 > 3 > 1 by value; as text "3" would sort before "12".
    QCOMPARE(proxy.index(0, CustomerTableModel::KeyColumn).data().toString(), QStringLiteral("C00042"));
    QCOMPARE(proxy.index(2, CustomerTableModel::KeyColumn).data().toString(), QStringLiteral("li@example.com"));
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(QStringLiteral("上海"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestGuiModels::importPreviewModel()
{
    ImportPreview preview;
    preview.headers = {QStringLiteral("订单编号"), QStringLiteral("买家会员名"), QStringLiteral("订单付款时间"),
                       QStringLiteral("买家实际支付金额"), QStringLiteral("备注")};
    preview.rows.push_back({QStringLiteral("1001"), QStringLiteral("张三"), QStringLiteral("2024-01-05 10:00:00"),
                            QStringLiteral("120.50"), QString()});
    preview.rows.push_back({QStringLiteral("1002"), QStringLiteral("李四")}); // short row
    preview.mapping.set(Role::OrderId, 0);
    preview.mapping.set(Role::CustomerId, 1);
    preview.mapping.set(Role::OrderTime, 2);
    preview.mapping.set(Role::Amount, 3);

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(preview);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("张三"));
    QCOMPARE(model.index(1, 3).data().toString(), QString()); // missing cells are empty, not invalid
    const QString amountHeader = model.headerData(3, Qt::Horizontal).toString();
    QVERIFY2(amountHeader.startsWith(QStringLiteral("买家实际支付金额")), qPrintable(amountHeader));
    QVERIFY2(amountHeader.contains(roleLabel(Role::Amount)), qPrintable(amountHeader));
    QCOMPARE(model.headerData(3, Qt::Horizontal, ImportPreviewModel::ColumnRoleRole).toInt(), int(Role::Amount));
    QCOMPARE(model.headerData(4, Qt::Horizontal, ImportPreviewModel::ColumnRoleRole).toInt(), -1);

    // Changing the mapping only touches the headers.
    ColumnMapping mapping = preview.mapping;
    mapping.set(Role::Amount, -1);
    mapping.set(Role::Status, 4);
    QSignalSpy headerSpy(&model, &QAbstractItemModel::headerDataChanged);
    model.setMapping(mapping);
    QCOMPARE(headerSpy.count(), 1);
    QVERIFY(!model.headerData(3, Qt::Horizontal).toString().contains(roleLabel(Role::Amount)));
    QVERIFY(model.headerData(4, Qt::Horizontal).toString().contains(roleLabel(Role::Status)));
    QCOMPARE(model.rowCount(), 2);
}

void TestGuiModels::importPreviewModelEmpty()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportPreview failed;
    failed.error = QStringLiteral("cannot read");
    model.setPreview(failed);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setMapping(ColumnMapping());
}

static std::vector<RejectedRow> sampleRejects()
{
    return {
        {7, 12, QStringLiteral("买家实际支付金额"), QStringLiteral("not an amount: \"abc\""), QStringLiteral("1005,赵六,2024-02-10,abc")},
        {7, 20, QString(), QStringLiteral("row has 3 fields, header has 6"), QStringLiteral("a,b,c")},
        {8, 3, QStringLiteral("order_time"), QStringLiteral("not a date"), QStringLiteral("x\ty\tz")},
    };
}

void TestGuiModels::rejectedRowsModel()
{
    RejectedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRejects());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RejectedRowsModel::ColumnCount));
    QCOMPARE(model.index(0, RejectedRowsModel::LineColumn).data().toLongLong(), 12);
    QCOMPARE(model.index(0, RejectedRowsModel::ColumnColumn).data().toString(), QStringLiteral("买家实际支付金额"));
    QCOMPARE(model.index(1, RejectedRowsModel::RawColumn).data().toString(), QStringLiteral("a,b,c"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::rejectedRowsCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rejects.csv"));
    QString error;
    QVERIFY2(writeRejectedRowsCsv(path, sampleRejects(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("import_id,line,column,reason,raw"));
    QCOMPARE(lines.at(1), QStringLiteral("7,12,买家实际支付金额,\"not an amount: \"\"abc\"\"\",\"1005,赵六,2024-02-10,abc\""));
    QCOMPARE(lines.at(2), QStringLiteral("7,20,,\"row has 3 fields, header has 6\",\"a,b,c\""));

    QVERIFY(!writeRejectedRowsCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), sampleRejects(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
