#include "analysis/predict/gammagamma.h"

#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace clientele::predict;
using namespace Qt::Literals::StringLiterals;

namespace {

const GammaGammaParams Published{6.25, 3.74, 15.44};

// ∫ f(ν) dν over (0, upper) by the midpoint rule on a fine grid (integrands are smooth and light-tailed).
template <typename F> double integrate(F f, double upper, int n = 400000)
{
    double s = 0;
    for (int i = 0; i < n; ++i)
        s += f((i + 0.5) * upper / n);
    return s * upper / n;
}

double gammaDensity(double v, double shape, double rate)
{
    return std::exp(shape * std::log(rate) + (shape - 1) * std::log(v) - rate * v - std::lgamma(shape));
}

} // namespace

class TestGammaGamma : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void likelihoodOfOneCustomer_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("zbar");
        QTest::newRow("one repeat") << 1.0 << 11.77;
        QTest::newRow("two repeats") << 2.0 << 22.35;
        QTest::newRow("ten repeats, big spender") << 10.0 << 120.0;
    }
    // The mean of x Gamma(p, ν) values is Gamma(px, xν); integrating ν ~ Gamma(q, γ) out numerically
    // must give the paper's closed form.
    void likelihoodOfOneCustomer()
    {
        QFETCH(double, x);
        QFETCH(double, zbar);
        const auto &m = Published;
        const double upper = 40 * m.q / m.gamma + 2;
        const double density = integrate(
            [&](double v) { return gammaDensity(zbar, m.p * x, x * v) * gammaDensity(v, m.q, m.gamma); }, upper);
        QVERIFY2(std::abs(gammaGammaLogLikelihood(m, x, zbar) - std::log(density)) < 1e-6,
            qPrintable(QString::number(gammaGammaLogLikelihood(m, x, zbar) - std::log(density))));
        const GammaGammaData data = GammaGammaData::fromColumns({qint32(x)}, {zbar});
        GammaGammaLikelihood ll(data);
        QVERIFY(std::abs(ll(m) - gammaGammaLogLikelihood(m, x, zbar)) < 1e-10);
    }

    // E[Z | data] = E[p/ν | data] with the posterior ν ~ Gamma(px + q, γ + x z̄).
    void conditionalExpectation()
    {
        const auto &m = Published;
        const double x = 3, zbar = 40;
        const double shape = m.p * x + m.q, rate = m.gamma + x * zbar;
        const double expected
            = integrate([&](double v) { return m.p / v * gammaDensity(v, shape, rate); }, 60 * shape / rate);
        QVERIFY(std::abs(conditionalExpectedValue(m, x, zbar) - expected) < 1e-6 * expected);
        // x = 0: the population mean pγ/(q − 1).
        QVERIFY(std::abs(conditionalExpectedValue(m, 0, 0) - m.p * m.gamma / (m.q - 1)) < 1e-12);
        // q ≤ 1: the mean does not exist.
        QVERIFY(std::isnan(conditionalExpectedValue({6, 0.9, 15}, 2, 30)));
    }

    // Published (Fader, Hardie & Lee 2005, "RFM and CLV"): p = 6.25, q = 3.74, γ = 15.44, fitted on the
    // 946 CDNOW sample customers with at least one repeat purchase in the 39-week calibration period,
    // z̄ the mean value of their repeat transactions (the file's zbar column).
    void cdnowMatchesPublished()
    {
        QFile file(testsupport::testData(u"cdnow/cdnow_customers_summary_with_transactions.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray("ID,x,t_x,T,zbar"));
        std::vector<qint32> x;
        std::vector<double> zbar;
        while (!file.atEnd()) {
            const QList<QByteArray> f = file.readLine().trimmed().split(',');
            if (f.size() == 5) {
                x.push_back(f[1].toInt());
                zbar.push_back(f[4].toDouble());
            }
        }
        QCOMPARE(x.size(), size_t(2357));
        const GammaGammaData data = GammaGammaData::fromColumns(x, zbar);
        QCOMPARE(data.customers(), qint64(946));
        const GammaGammaFit fit = fitGammaGamma(data);
        QVERIFY(fit.ok);
        QVERIFY(fit.converged);
        qInfo("CDNOW Gamma-Gamma: p=%.4f q=%.4f gamma=%.4f logL=%.4f |grad|=%.2e evaluations=%d", fit.params.p,
            fit.params.q, fit.params.gamma, fit.logLikelihood, fit.gradientNorm, fit.evaluations);
        const std::pair<double, double> pairs[]
            = {{fit.params.p, Published.p}, {fit.params.q, Published.q}, {fit.params.gamma, Published.gamma}};
        for (const auto &[ours, published] : pairs)
            QVERIFY2(std::abs(ours / published - 1) < 0.01, qPrintable(QString::number(ours)));
    }

    void degenerateInput()
    {
        QVERIFY(!fitGammaGamma(GammaGammaData::fromColumns({}, {})).ok);
        // x = 0 and z̄ ≤ 0 rows are not part of the fit.
        QCOMPARE(GammaGammaData::fromColumns({0, 1, 2, 3}, {10, 0, -5, 20}).customers(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestGammaGamma)
#include "tst_gammagamma.moc"
