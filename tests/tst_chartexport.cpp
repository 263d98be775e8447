// Charts export to PNG, SVG and PDF.
#include "views/chartexport.h"

#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace clientele;

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsEachFormat_data();
    void exportsEachFormat();
    void unknownSuffixIsRefused();
};

static QChartView *makeChart()
{
    auto *series = new QLineSeries;
    series->append(0, 0);
    series->append(1, 0.8);
    series->append(2, 1);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("洛伦兹曲线 Lorenz curve"));
    auto *view = new QChartView(chart);
    view->resize(400, 300);
    return view;
}

void TestChartExport::exportsEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("chart.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("chart.svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("chart.pdf") << QByteArray("%PDF");
}

void TestChartExport::exportsEachFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    std::unique_ptr<QChartView> view(makeChart());
    const QString path = dir.filePath(name);
    QString error;
    QVERIFY2(exportChart(view.get(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (name.endsWith(QStringLiteral(".png"))) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600)); // twice the widget's size
    }
    if (name.endsWith(QStringLiteral(".svg")))
        QVERIFY(bytes.contains("<svg"));
}

void TestChartExport::unknownSuffixIsRefused()
{
    QTemporaryDir dir;
    std::unique_ptr<QChartView> view(makeChart());
    QString error;
    QVERIFY(!exportChart(view.get(), dir.filePath(QStringLiteral("chart.bmpx")), &error));
    QVERIFY(error.contains(QStringLiteral(".svg")));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
