// The Prediction page and its models against a demo workspace: model contents equal the result structs,
// showing the page switches the (off by default) fit on, live parameters refresh through the controller,
// the churn hand-off carries the warned customers, charts export. With CLIENTELE_SCREENSHOT_DIR set,
// screenshot() saves the page as PNG there.
#include "analysis/core/customersnapshot.h"
#include "analysis/store/workspace.h"
#include "models/analysiscontroller.h"
#include "models/predictionmodels.h"
#include "views/chartexport.h"
#include "views/predictionpage.h"

#include "support/demoworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace clientele;

class TestPredictionPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void holdoutModelMatchesResult();
    void histogramModelCountsCustomers();
    void churnModelMatchesResult();
    void summaryModelMatchesResult();
    void showingEnablesPrediction();
    void horizonChangeRefreshes();
    void churnButtonRequestsWarnedCustomers();
    void chartsExportToPng();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    CustomerTable m_table;
    CustomerSnapshot m_snapshot;
    PredictionResult m_result;
    std::unique_ptr<AnalysisController> m_controller;
};

void TestPredictionPage::initTestCase()
{
    QString error;
    m_workspace = testsupport::createDemoWorkspace(m_dir, QStringLiteral("p.clientele"), 6000, &error);
    QVERIFY2(!m_workspace.isEmpty(), qPrintable(error));
    auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));

    m_table = loadCustomerTable(*workspace, QTimeZone("Asia/Shanghai"), &error);
    QVERIFY2(m_table.size() > 0, qPrintable(error));
    const qint32 asOf = *std::max_element(m_table.orderDay.begin(), m_table.orderDay.end());
    m_snapshot = takeSnapshot(m_table, asOf);
    PredictionParameters parameters;
    parameters.churnAliveThreshold = 0.9; // enough warnings on a small table
    m_result = runPrediction(m_table, m_snapshot, parameters);
    QVERIFY2(m_result.ok, qPrintable(m_result.error));
    QVERIFY(m_result.holdout && m_result.holdout->ok);
    QVERIFY(m_result.churnWarnings > 0);
}

void TestPredictionPage::init()
{
    m_controller = std::make_unique<AnalysisController>();
    AnalysisParameters parameters;
    parameters.computeClusters = false;
    QVERIFY(!parameters.prediction.enabled); // off by default: the page must switch it on
    m_controller->setParameters(parameters);
    m_controller->setWorkspace(m_workspace, QTimeZone("Asia/Shanghai"));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->hasResults() && !m_controller->isBusy(), 30000);
}

void TestPredictionPage::cleanup()
{
    m_controller.reset();
}

void TestPredictionPage::holdoutModelMatchesResult()
{
    HoldoutModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result);
    const auto &rows = m_result.holdout->rows;
    QCOMPARE(model.rowCount(), int(rows.size()));
    QCOMPARE(model.rowCount(), 8); // 0 … 7+
    for (int i = 0; i < model.rowCount(); ++i) {
        const predict::HoldoutRow &r = rows[size_t(i)];
        QCOMPARE(model.index(i, HoldoutModel::FrequencyColumn).data(HoldoutModel::SortRole).toInt(), r.frequency);
        QCOMPARE(model.index(i, HoldoutModel::CustomersColumn).data().toLongLong(), r.customers);
        QCOMPARE(
            model.index(i, HoldoutModel::ActualMeanColumn).data(HoldoutModel::SortRole).toDouble(), r.actualMean());
        QCOMPARE(model.index(i, HoldoutModel::PredictedMeanColumn).data(HoldoutModel::SortRole).toDouble(),
            r.predictedMean());
        QVERIFY(std::abs(model.index(i, HoldoutModel::ActualMeanColumn).data().toDouble() - r.actualMean()) < 5e-4);
    }
    QCOMPARE(model.index(0, HoldoutModel::FrequencyColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(7, HoldoutModel::FrequencyColumn).data().toString(), QStringLiteral("7+"));
    QVERIFY(model.roleNames().contains(HoldoutModel::SortRole));
    model.setResult(PredictionResult());
    QCOMPARE(model.rowCount(), 0);
}

void TestPredictionPage::histogramModelCountsCustomers()
{
    AliveHistogramModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_table, m_result);
    QCOMPARE(model.rowCount(), AliveHistogramModel::BinCount);
    QCOMPARE(model.customers(), m_result.customers);
    qint64 oneTime = 0, total = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const qint64 repeat = model.index(i, AliveHistogramModel::RepeatBuyersColumn).data().toLongLong();
        const qint64 single = model.index(i, AliveHistogramModel::OneTimeBuyersColumn).data().toLongLong();
        QCOMPARE(model.index(i, AliveHistogramModel::CustomersColumn).data().toLongLong(), repeat + single);
        oneTime += single;
        total += repeat + single;
        const qint64 expected = std::count_if(m_result.pAlive.begin(), m_result.pAlive.end(),
            [i](double p) { return !std::isnan(p) && std::min(int(std::floor(p * 10)), 9) == i; });
        QCOMPARE(repeat + single, expected);
    }
    QCOMPARE(total, m_result.customers);
    QCOMPARE(oneTime, m_result.oneTimeBuyers);
    // BG/NBD: one-time buyers are alive for sure, so they all sit in the top bin.
    QCOMPARE(model.index(9, AliveHistogramModel::OneTimeBuyersColumn).data().toLongLong(), m_result.oneTimeBuyers);
}

void TestPredictionPage::churnModelMatchesResult()
{
    ChurnWarningModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_table, m_snapshot, m_result);
    QCOMPARE(qint64(model.rowCount()), m_result.churnWarnings);
    std::vector<quint32> expected;
    for (size_t c = 0; c < m_result.churnWarning.size(); ++c)
        if (m_result.churnWarning[c])
            expected.push_back(quint32(c));
    QCOMPARE(model.customerIndices(), expected);
    qint64 previousRevenue = std::numeric_limits<qint64>::max();
    for (int i = 0; i < model.rowCount(); ++i) {
        const quint32 c = model.index(i, 0).data(ChurnWarningModel::CustomerIndexRole).toUInt();
        QCOMPARE(model.index(i, ChurnWarningModel::CustomerColumn).data().toString(), m_table.keys[c]);
        const qint64 revenue
            = model.index(i, ChurnWarningModel::RevenueColumn).data(ChurnWarningModel::SortRole).toLongLong();
        QCOMPARE(revenue, m_snapshot.monetaryMinor[c]);
        QVERIFY(revenue <= previousRevenue); // most valuable first
        QVERIFY(revenue >= m_result.valuableThresholdMinor);
        previousRevenue = revenue;
        QCOMPARE(model.index(i, ChurnWarningModel::OrdersColumn).data().toInt(), m_snapshot.frequency[c]);
        QCOMPARE(model.index(i, ChurnWarningModel::LastOrderColumn).data().toString(),
            dayToIsoDate(m_snapshot.asOfDay - m_snapshot.recencyDays[c]));
        const double alive
            = model.index(i, ChurnWarningModel::AliveColumn).data(ChurnWarningModel::SortRole).toDouble();
        QCOMPARE(alive, m_result.pAlive[c]);
        QVERIFY(alive < 0.9);
        QCOMPARE(model.index(i, ChurnWarningModel::ExpectedOrdersColumn).data(ChurnWarningModel::SortRole).toDouble(),
            m_result.expectedOrders[c]);
        QCOMPARE(model.index(i, ChurnWarningModel::ClvColumn).data(ChurnWarningModel::SortRole).toLongLong(),
            m_result.clvMinor[c]);
    }
    QVERIFY(model.headerData(ChurnWarningModel::ExpectedOrdersColumn, Qt::Horizontal).toString().contains(u"90"));
}

void TestPredictionPage::summaryModelMatchesResult()
{
    PredictionSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(m_result);
    QCOMPARE(model.rowCount(), int(PredictionSummaryModel::RowCount));
    auto raw = [&model](PredictionSummaryModel::Row row) {
        return model.index(row, PredictionSummaryModel::ValueColumn).data(PredictionSummaryModel::SortRole);
    };
    QCOMPARE(raw(PredictionSummaryModel::RRow).toDouble(), m_result.bgnbd.params.r);
    QCOMPARE(raw(PredictionSummaryModel::AlphaRow).toDouble(), m_result.bgnbd.params.alpha);
    QCOMPARE(raw(PredictionSummaryModel::ARow).toDouble(), m_result.bgnbd.params.a);
    QCOMPARE(raw(PredictionSummaryModel::BRow).toDouble(), m_result.bgnbd.params.b);
    QCOMPARE(raw(PredictionSummaryModel::LogLikelihoodRow).toDouble(), m_result.bgnbd.logLikelihood);
    QCOMPARE(raw(PredictionSummaryModel::ConvergedRow).toBool(), m_result.bgnbd.converged);
    QCOMPARE(raw(PredictionSummaryModel::SpendPRow).toDouble(), m_result.spend.params.p);
    QCOMPARE(raw(PredictionSummaryModel::SpendQRow).toDouble(), m_result.spend.params.q);
    QCOMPARE(raw(PredictionSummaryModel::SpendGammaRow).toDouble(), m_result.spend.params.gamma);
    QCOMPARE(raw(PredictionSummaryModel::WarningsRow).toLongLong(), m_result.churnWarnings);
    QCOMPARE(raw(PredictionSummaryModel::ValuableRow).toLongLong(), m_result.valuableCustomers);
    QCOMPARE(raw(PredictionSummaryModel::ClvTotalRow).toLongLong(), m_result.clvTotalMinor);
    QCOMPARE(model.index(PredictionSummaryModel::ConvergedRow, PredictionSummaryModel::ValueColumn).data().toString(),
        m_result.bgnbd.converged ? QStringLiteral("yes") : QStringLiteral("no"));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestPredictionPage::showingEnablesPrediction()
{
    PredictionPage page(m_controller.get());
    QCOMPARE(page.pageKey(), QStringLiteral("prediction"));
    QVERIFY(!m_controller->parameters().prediction.enabled); // constructing does not fit
    page.resize(1400, 900);
    page.show();
    QVERIFY(m_controller->parameters().prediction.enabled);
    auto *status = page.findChild<QLabel *>(QStringLiteral("predictionStatus"));
    QVERIFY(m_controller->isBusy());
    QCOMPARE(status->text(), QStringLiteral("Fitting the repurchase model…"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && m_controller->results()->prediction.ok, 30000);
    QCOMPARE(page.holdoutModel()->rowCount(), 8);
    QCOMPARE(page.histogramModel()->customers(), m_controller->results()->prediction.customers);
    QCOMPARE(qint64(page.churnModel()->rowCount()), m_controller->results()->prediction.churnWarnings);
    QVERIFY(status->text().contains(QStringLiteral("Fitted on")));
    auto *converged = page.findChild<QLabel *>(QStringLiteral("summary_converged"));
    QVERIFY(converged && (converged->text() == QStringLiteral("yes") || converged->text() == QStringLiteral("no")));
}

void TestPredictionPage::horizonChangeRefreshes()
{
    PredictionPage page(m_controller.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && m_controller->results()->prediction.ok, 30000);
    const double expected90 = m_controller->results()->prediction.expectedOrdersTotal;
    auto *horizon = page.findChild<QSpinBox *>(QStringLiteral("horizonDays"));
    QCOMPARE(horizon->value(), 90);
    horizon->setValue(30);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->results()->prediction.parameters.horizonDays, 30, 30000);
    QVERIFY(m_controller->results()->prediction.expectedOrdersTotal < expected90);
    QVERIFY(page.churnModel()
                ->headerData(ChurnWarningModel::ExpectedOrdersColumn, Qt::Horizontal)
                .toString()
                .contains(u"30"));
    QCOMPARE(horizon->value(), 30);

    auto *model = page.findChild<QComboBox *>(QStringLiteral("dropoutModel"));
    model->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->results()->prediction.parameters.model == predict::DropoutVariant::Modified
            && m_controller->results()->prediction.ok,
        30000);
}

void TestPredictionPage::churnButtonRequestsWarnedCustomers()
{
    PredictionPage page(m_controller.get());
    page.show();
    page.findChild<QSpinBox *>(QStringLiteral("aliveThreshold"))->setValue(90);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_controller->results()->prediction.parameters.churnAliveThreshold == 0.9 && !m_controller->isBusy(), 30000);
    const PredictionResult &prediction = m_controller->results()->prediction;
    QVERIFY(prediction.churnWarnings > 0);
    QList<CustomerFilter> filters;
    QStringList descriptions;
    connect(&page, &WorkbenchPage::showCustomersRequested, this,
        [&](const CustomerFilter &filter, const QString &description) {
            filters << filter;
            descriptions << description;
        });
    auto *button = page.findChild<QPushButton *>(QStringLiteral("showChurnedCustomers"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(filters.size(), 1);
    std::vector<quint32> expected;
    for (size_t c = 0; c < prediction.churnWarning.size(); ++c)
        if (prediction.churnWarning[c])
            expected.push_back(quint32(c));
    QCOMPARE(filters[0].onlyIndices, expected);
    QVERIFY(!filters[0].segment && !filters[0].stage && !filters[0].tier && !filters[0].cluster);
    QCOMPARE(descriptions[0], QStringLiteral("Churn warnings: %1 valuable customers").arg(expected.size()));
    // Every warned customer is listed by the Customers page's filter.
    QCOMPARE(filterCustomers(*m_controller->table(), *m_controller->results(), filters[0]), expected);
}

void TestPredictionPage::chartsExportToPng()
{
    PredictionPage page(m_controller.get());
    page.resize(1400, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && m_controller->results()->prediction.ok, 30000);
    QCOMPARE(page.charts().size(), 2);
    for (QWidget *chart : page.charts()) {
        QVERIFY(chart->actions().size() >= 1); // "Export Chart…"
        const QString path = m_dir.filePath(chart->objectName() + QStringLiteral(".png"));
        QString error;
        QVERIFY2(exportChart(chart, path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size() * 2);
    }
}

void TestPredictionPage::screenshot()
{
    const QString dir = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set CLIENTELE_SCREENSHOT_DIR to save a screenshot of the page.");
    QString workspace = qEnvironmentVariable("CLIENTELE_SCREENSHOT_WORKSPACE");
    if (!workspace.isEmpty()) {
        m_controller->setWorkspace(workspace, QTimeZone("Asia/Shanghai"));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->hasResults() && !m_controller->isBusy(), 60000);
    }
    PredictionPage page(m_controller.get());
    page.resize(1440, 960);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy() && m_controller->results()->prediction.ok, 60000);
    QTest::qWait(200);
    QVERIFY(page.grab().save(dir + QStringLiteral("/prediction.png")));
}

QTEST_MAIN(TestPredictionPage)
#include "tst_predictionpage.moc"
