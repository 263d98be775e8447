// The project's own order exports (analysis/generate): reproducible, in every layout and encoding the
// importer knows, and what the generator says it wrote is what an import finds.
#include "analysis/generate/ordergenerator.h"
#include "analysis/import/columnmapping.h"
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

class TestGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOptionsSameBytes();
    void sameShopInEveryLayout();
    void importFindsWhatWasWritten_data();
    void importFindsWhatWasWritten();
    void encodingsAndDelimiters_data();
    void encodingsAndDelimiters();
    void plantedGroupsAreBalanced();
    void invalidOptionsAreRefused();

private:
    QByteArray bytesOf(const QString &path);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QByteArray TestGenerator::bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestGenerator::sameOptionsSameBytes()
{
    GeneratorOptions options;
    options.orders = 3000;
    options.seed = 11;
    options.dirtyShare = 0.02;
    QString error;
    const QString a = testsupport::generateOrders(m_dir, u"a.csv"_s, options, &error);
    const QString b = testsupport::generateOrders(m_dir, u"b.csv"_s, options, &error);
    QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(error));
    QCOMPARE(bytesOf(a), bytesOf(b));
    options.seed = 12;
    const QString c = testsupport::generateOrders(m_dir, u"c.csv"_s, options, &error);
    QVERIFY(bytesOf(c) != bytesOf(a));
    // Taobao layout, UTF-8 with BOM, Chinese headers: the demo shop's file.
    QVERIFY(bytesOf(a).startsWith("\xEF\xBB\xBF订单编号,买家会员名,订单付款时间,买家实际支付金额"));
}

void TestGenerator::sameShopInEveryLayout()
{
    // The layout changes how the shop is written, not the shop: same customers and net revenue.
    GeneratorOptions options;
    options.orders = 2000;
    options.seed = 4;
    options.closedShare = 0;
    options.returnShare = 0;
    GeneratorReport taobao, shopify, retail;
    QString error;
    QVERIFY(!testsupport::generateOrders(m_dir, u"s1.csv"_s, options, &error, &taobao).isEmpty());
    options.layout = GeneratedLayout::Shopify;
    QVERIFY(!testsupport::generateOrders(m_dir, u"s2.csv"_s, options, &error, &shopify).isEmpty());
    options.layout = GeneratedLayout::OnlineRetail;
    QVERIFY(!testsupport::generateOrders(m_dir, u"s3.csv"_s, options, &error, &retail).isEmpty());
    QCOMPARE(shopify.customers, taobao.customers);
    QCOMPARE(shopify.netRevenueMinor, taobao.netRevenueMinor);
    QCOMPARE(retail.customers, taobao.customers);
    QVERIFY(shopify.rows > shopify.orders); // line items
    // Invoice lines are quantity × a whole-cent unit price, so an order can lose a few cents.
    QVERIFY(retail.netRevenueMinor <= taobao.netRevenueMinor);
    QVERIFY(retail.netRevenueMinor > taobao.netRevenueMinor * 0.999);
}

void TestGenerator::importFindsWhatWasWritten_data()
{
    QTest::addColumn<GeneratedLayout>("layout");
    QTest::addColumn<bool>("xlsx");
    QTest::addColumn<QString>("expectedLayout");
    for (int i = 0; i <= int(GeneratedLayout::OnlineRetail); ++i) {
        const auto layout = GeneratedLayout(i);
        const QString key = generatedLayoutKey(layout);
        QTest::addRow("%s csv", qPrintable(key)) << layout << false << key;
#ifndef __SANITIZE_ADDRESS__ // XLSX writing loads libxlsxwriter with RTLD_DEEPBIND, which ASan does not support
        QTest::addRow("%s xlsx", qPrintable(key)) << layout << true << key;
#endif
    }
}

void TestGenerator::importFindsWhatWasWritten()
{
    QFETCH(GeneratedLayout, layout);
    QFETCH(bool, xlsx);
    QFETCH(QString, expectedLayout);
    GeneratorOptions options;
    options.orders = 1500;
    options.seed = 21;
    options.layout = layout;
    options.xlsx = xlsx;
    options.closedShare = 0.05;
    options.returnShare = 0.03;
    GeneratorReport written;
    QString error;
    const QString name = u"f%1.%2"_s.arg(++m_files).arg(xlsx ? u"xlsx"_s : u"csv"_s);
    const QString path = testsupport::generateOrders(m_dir, name, options, &error, &written);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    if (layout == GeneratedLayout::OnlineRetail) // no status column: cancelled sales are left out
        QVERIFY(written.orders < 1500 && written.closedOrders == 0);
    else
        QCOMPARE(written.orders, qint64(1500));

    auto workspace = Workspace::open(m_dir.filePath(u"w%1.clientele"_s.arg(m_files)), &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions importOptions;
    importOptions.timeZone = QTimeZone::utc();
    const ImportSummary s = importFile(*workspace, path, importOptions);
    QVERIFY2(s.outcome == ImportSummary::Outcome::Completed, qPrintable(s.message));
    QCOMPARE(layoutKey(s.layout), expectedLayout); // detected from the headers alone
    QCOMPARE(s.rowsRead, written.rows);
    QCOMPARE(s.rejectedRows, qint64(0));
    QCOMPARE(s.ordersAdded, written.orders - written.closedOrders);
    QCOMPARE(s.returnsAdded, written.returnRows);
    QCOMPARE(s.newCustomers, written.customers);
    QCOMPARE(s.netAmountAddedMinor, written.netRevenueMinor);
}

void TestGenerator::encodingsAndDelimiters_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QString>("detectedEncoding");
    QTest::newRow("gbk crlf") << QByteArray("GB18030") << false << ',' << true << u"GB18030"_s;
    QTest::newRow("utf-16 tab") << QByteArray("UTF-16LE") << true << '\t' << false << u"UTF-16"_s;
    QTest::newRow("utf-8 semicolon") << QByteArray("UTF-8") << false << ';' << false << u"UTF-8"_s;
    QTest::newRow("utf-8 bom pipe") << QByteArray("UTF-8") << true << '|' << true << u"UTF-8"_s;
}

void TestGenerator::encodingsAndDelimiters()
{
    QFETCH(QByteArray, encoding);
    QFETCH(bool, bom);
    QFETCH(char, delimiter);
    QFETCH(bool, crlf);
    QFETCH(QString, detectedEncoding);
    GeneratorOptions options;
    options.orders = 800;
    options.encoding = encoding;
    options.byteOrderMark = bom;
    options.delimiter = delimiter;
    options.crlf = crlf;
    GeneratorReport written;
    QString error;
    const QString path = testsupport::generateOrders(m_dir, u"e%1.csv"_s.arg(++m_files), options, &error, &written);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    const QByteArray bytes = bytesOf(path);
    QCOMPARE(bytes.contains("\r\n"), crlf);
    QStringDecoder decoder(encoding.constData());
    const QString text = decoder(bytes);
    QVERIFY(!decoder.hasError());
    QVERIFY(text.contains(u"收货城市"_s + QChar::fromLatin1(delimiter) + u"类目"_s));

    auto workspace = Workspace::open(m_dir.filePath(u"e%1.clientele"_s.arg(m_files)), &error);
    QVERIFY2(workspace, qPrintable(error));
    ImportOptions importOptions;
    importOptions.timeZone = QTimeZone::utc();
    const ImportSummary s = importFile(*workspace, path, importOptions);
    QVERIFY2(s.outcome == ImportSummary::Outcome::Completed, qPrintable(s.message));
    QVERIFY2(s.formatDescription.contains(detectedEncoding), qPrintable(s.formatDescription));
    QCOMPARE(s.ordersAdded, written.orders - written.closedOrders);
    QCOMPARE(s.netAmountAddedMinor, written.netRevenueMinor);
}

void TestGenerator::plantedGroupsAreBalanced()
{
    GeneratorOptions options;
    options.layout = GeneratedLayout::Generic;
    options.orders = 20000;
    options.behaviourGroups = 4;
    options.closedShare = 0;
    options.returnShare = 0;
    GeneratorReport written;
    QString error;
    const QString path = testsupport::generateOrders(m_dir, u"groups.csv"_s, options, &error, &written);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    // Customers are dealt to the groups in turn, so the groups differ by at most one customer.
    qint64 total = 0;
    for (const qint64 n : written.groupCustomers) {
        QVERIFY(std::abs(n - written.groupCustomers[0]) <= 1);
        total += n;
    }
    QCOMPARE(total, written.customers);
    const QByteArray bytes = bytesOf(path);
    QVERIFY(bytes.contains(",g1-C") && bytes.contains(",g4-C") && !bytes.contains(",g5-C"));
}

void TestGenerator::invalidOptionsAreRefused()
{
    const auto refused = [this](GeneratorOptions options) {
        QString error;
        const bool written = writeOrderExport(m_dir.filePath(u"bad.csv"_s), options, nullptr, &error);
        return !written && !error.isEmpty() && !QFile::exists(m_dir.filePath(u"bad.csv"_s));
    };
    GeneratorOptions o;
    o.orders = 0;
    QVERIFY(refused(o));
    o = {};
    o.r = -1;
    QVERIFY(refused(o));
    o = {};
    o.dirtyShare = 1.5;
    QVERIFY(refused(o));
    o = {};
    o.behaviourGroups = 1;
    QVERIFY(refused(o));
    o = {};
    o.encoding = "no-such-encoding";
    QVERIFY(refused(o));
    o = {};
    QString error;
    QVERIFY(!writeOrderExport(m_dir.filePath(u"no/such/folder/x.csv"_s), o, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
