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
    void importPreviewModel();
    void importPreviewModelEmpty();
    void rejectedRowsModel();
    void rejectedRowsCsv();
};

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
        {7, 12, QStringLiteral("买家实际支付金额"), QStringLiteral("not an amount: \"abc\""),
            QStringLiteral("1005,赵六,2024-02-10,abc")},
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
    QCOMPARE(lines.at(1),
        QStringLiteral("7,12,买家实际支付金额,\"not an amount: \"\"abc\"\"\",\"1005,赵六,2024-02-10,abc\""));
    QCOMPARE(lines.at(2), QStringLiteral("7,20,,\"row has 3 fields, header has 6\",\"a,b,c\""));

    QVERIFY(!writeRejectedRowsCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), sampleRejects(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
