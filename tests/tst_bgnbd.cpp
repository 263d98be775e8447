#include "analysis/predict/bgnbd.h"

#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace clientele::predict;
using namespace Qt::Literals::StringLiterals;

namespace {

// Near the CDNOW estimates, so the checks run where the model is used.
const BgNbdParams Cdnow{0.243, 4.414, 0.793, 2.426};

struct Columns
{
    std::vector<qint32> x;
    std::vector<double> tx, T;
};

// cdnow_customers_summary.csv: ID, frequency, recency, T (weeks, 39-week calibration).
Columns readCdnowSummary()
{
    Columns c;
    QFile file(testsupport::testData(u"cdnow/cdnow_customers_summary.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return c;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() < 4)
            continue;
        c.x.push_back(f[1].toInt());
        c.tx.push_back(f[2].toDouble());
        c.T.push_back(f[3].toDouble());
    }
    return c;
}

// ₂F₁(a, b; c; z) by its defining series; used only at moderate z where it converges quickly.
double hyp2f1(double a, double b, double c, double z)
{
    double term = 1, sum = 1;
    for (int n = 0; n < 100000 && std::abs(term) > 1e-17 * std::abs(sum); ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
    }
    return sum;
}

// The paper's equation (10), literally (a ≠ 1); for the modified variant Batislam et al.'s version,
// which has b + x + 1 and a + b + x where BG/NBD has b + x and a + b + x − 1, and the x = 0 term.
double expectationPaper(const BgNbdParams &p, double x, double tx, double T, double t)
{
    const bool m = p.variant == DropoutVariant::Modified;
    const double bx = m ? p.b + x + 1 : p.b + x, c = m ? p.a + p.b + x : p.a + p.b + x - 1;
    const double num = c / (p.a - 1)
        * (1 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * hyp2f1(p.r + x, bx, c, t / (p.alpha + T + t)));
    const double odds = p.a / (bx - 1) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x);
    return num / (1 + (x > 0 || m ? odds : 0));
}

// The same expectation by integrating the story: alive at T with λ ~ Gamma(r+x, α+T) and
// p ~ Beta(a, b+x), E[purchases in t | λ, p] = (1 − e^{−λpt})/p. After integrating λ out,
// one integral over p remains; p = u^{1/a} removes the p^{a−1} singularity; Simpson's rule.
double expectationByIntegral(const BgNbdParams &p, double x, double tx, double T, double t, double alive)
{
    const int n = 20000;
    const double bx = p.variant == DropoutVariant::Modified ? p.b + x + 1 : p.b + x; // posterior Beta(a, bx)
    const double lnBeta = std::lgamma(p.a) + std::lgamma(bx) - std::lgamma(p.a + bx);
    auto f = [&](double u) {
        const double prob = std::pow(u, 1 / p.a);
        const double g = prob == 0 ? (p.r + x) * t / (p.alpha + T)
                                   : (1 - std::pow((p.alpha + T) / (p.alpha + T + prob * t), p.r + x)) / prob;
        return g * std::pow(1 - prob, bx - 1) / p.a;
    };
    double s = f(0) + f(1);
    for (int i = 1; i < n; ++i)
        s += (i % 2 ? 4 : 2) * f(double(i) / n);
    Q_UNUSED(tx);
    return alive * s / (3.0 * n) / std::exp(lnBeta);
}

} // namespace

class TestBgNbd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void likelihoodOfOneCustomer_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("tx");
        QTest::addColumn<double>("T");
        QTest::addColumn<bool>("modified");
        for (bool m : {false, true}) {
            const char *v = m ? "MBG/NBD: " : "BG/NBD: ";
            QTest::addRow("%sno repeat", v) << 0.0 << 0.0 << 38.86 << m;
            QTest::addRow("%stwo repeats", v) << 2.0 << 30.43 << 38.86 << m;
            QTest::addRow("%sone repeat, early", v) << 1.0 << 1.71 << 38.86 << m;
            QTest::addRow("%sheavy, recent", v) << 20.0 << 37.0 << 38.0 << m;
            QTest::addRow("%sheavy, long gone", v) << 20.0 << 5.0 << 70.0 << m;
            QTest::addRow("%sT = 0", v) << 0.0 << 0.0 << 0.0 << m;
        }
    }
    // L = B(a,b+x)/B(a,b) Γ(r+x)α^r/(Γ(r)(α+T)^(r+x)) + δ B(a+1,b+x−1)/B(a,b) Γ(r+x)α^r/(Γ(r)(α+t_x)^(r+x)),
    // with the Beta and Gamma functions by std::tgamma (exact enough at these small arguments). The
    // modified variant has one more dropout chance: B(a, b+x+1) and B(a+1, b+x), for every x.
    void likelihoodOfOneCustomer()
    {
        QFETCH(double, x);
        QFETCH(double, tx);
        QFETCH(double, T);
        QFETCH(bool, modified);
        BgNbdParams p = Cdnow;
        p.variant = modified ? DropoutVariant::Modified : DropoutVariant::BgNbd;
        const double xs = modified ? x + 1 : x;
        auto beta = [](double u, double v) { return std::tgamma(u) * std::tgamma(v) / std::tgamma(u + v); };
        const double common = std::tgamma(p.r + x) * std::pow(p.alpha, p.r) / std::tgamma(p.r) / beta(p.a, p.b);
        double L = beta(p.a, p.b + xs) * common / std::pow(p.alpha + T, p.r + x);
        if (xs > 0)
            L += beta(p.a + 1, p.b + xs - 1) * common / std::pow(p.alpha + tx, p.r + x);
        QVERIFY(std::abs(bgnbdLogLikelihood(p, x, tx, T) - std::log(L)) < 1e-10);
        // The compressed, vectorised evaluation agrees with the one-customer formula.
        const BgNbdData data = BgNbdData::fromColumns({qint32(x)}, {tx}, {T});
        BgNbdLikelihood likelihood(data);
        QVERIFY(std::abs(likelihood(p) - std::log(L)) < 1e-10);
    }

    void gradientMatchesDifferences_data()
    {
        QTest::addColumn<bool>("modified");
        QTest::newRow("BG/NBD") << false;
        QTest::newRow("MBG/NBD") << true;
    }
    void gradientMatchesDifferences()
    {
        QFETCH(bool, modified);
        const DropoutVariant variant = modified ? DropoutVariant::Modified : DropoutVariant::BgNbd;
        const Columns c = readCdnowSummary();
        QVERIFY(!c.x.empty());
        const BgNbdData data = BgNbdData::fromColumns(c.x, c.tx, c.T);
        BgNbdLikelihood ll(data);
        Eigen::Vector4d g;
        ll({Cdnow.r, Cdnow.alpha, Cdnow.a, Cdnow.b, variant}, &g);
        const double h = 1e-6;
        const double base[4] = {Cdnow.r, Cdnow.alpha, Cdnow.a, Cdnow.b};
        for (int j = 0; j < 4; ++j) {
            double up[4], down[4];
            std::copy(base, base + 4, up);
            std::copy(base, base + 4, down);
            up[j] += h * base[j];
            down[j] -= h * base[j];
            const double fd
                = (ll({up[0], up[1], up[2], up[3], variant}) - ll({down[0], down[1], down[2], down[3], variant}))
                / (2 * h * base[j]);
            QVERIFY2(std::abs(fd - g[j]) < 1e-4 * (1 + std::abs(fd)), qPrintable(QString::number(j)));
        }
    }

    // Published: r = 0.243, α = 4.414, a = 0.793, b = 2.426, log L = −9582.4 (Fader, Hardie & Lee 2005).
    void cdnowMatchesPublished()
    {
        const Columns c = readCdnowSummary();
        QCOMPARE(c.x.size(), size_t(2357));
        const BgNbdData data = BgNbdData::fromColumns(c.x, c.tx, c.T);
        QCOMPARE(data.customers(), qint64(2357));
        const BgNbdFit fit = fitBgNbd(data);
        QVERIFY(fit.ok);
        QVERIFY(fit.converged);
        qInfo("CDNOW: r=%.4f alpha=%.4f a=%.4f b=%.4f logL=%.3f |grad|=%.2e evaluations=%d iterations=%d", fit.params.r,
            fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood, fit.gradientNorm, fit.evaluations,
            fit.iterations);
        const std::pair<double, double> pairs[]
            = {{fit.params.r, 0.243}, {fit.params.alpha, 4.414}, {fit.params.a, 0.793}, {fit.params.b, 2.426}};
        for (const auto &[ours, published] : pairs)
            QVERIFY2(std::abs(ours / published - 1) < 0.01, qPrintable(QString::number(ours)));
        QVERIFY(std::abs(fit.logLikelihood - -9582.4) < 0.1);
    }

    void probabilityAlive()
    {
        // No repeat purchase: no chance yet to drop out.
        QCOMPARE(clientele::predict::probabilityAlive(Cdnow, 0, 0, 50), 1.0);
        // Last purchase at the end of the observation: the "gone" branch weighs a/(b+x−1).
        QVERIFY(std::abs(clientele::predict::probabilityAlive(Cdnow, 3, 30, 30) - 1 / (1 + Cdnow.a / (Cdnow.b + 2)))
            < 1e-14);
        // Eq. (13) by hand for x = 2, t_x = 10, T = 38.
        const double odds = Cdnow.a / (Cdnow.b + 1) * std::pow((Cdnow.alpha + 38) / (Cdnow.alpha + 10), Cdnow.r + 2);
        QVERIFY(std::abs(clientele::predict::probabilityAlive(Cdnow, 2, 10, 38) - 1 / (1 + odds)) < 1e-14);
        // MBG/NBD: a one-time buyer may be gone; odds a/b · ((α+T)/α)^r.
        BgNbdParams m = Cdnow;
        m.variant = DropoutVariant::Modified;
        const double oddsZero = m.a / m.b * std::pow((m.alpha + 50) / m.alpha, m.r);
        QVERIFY(std::abs(clientele::predict::probabilityAlive(m, 0, 0, 50) - 1 / (1 + oddsZero)) < 1e-14);
    }

    void conditionalExpectation_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("tx");
        QTest::addColumn<double>("T");
        QTest::addColumn<double>("t");
        QTest::addColumn<bool>("modified");
        for (bool m : {false, true}) {
            const char *v = m ? "MBG/NBD: " : "BG/NBD: ";
            QTest::addRow("%snew customer, 39 weeks", v) << 0.0 << 0.0 << 0.0 << 39.0 << m;
            QTest::addRow("%sx=0, T=30", v) << 0.0 << 0.0 << 30.0 << 39.0 << m;
            QTest::addRow("%sx=2, recent", v) << 2.0 << 30.43 << 38.86 << 39.0 << m;
            QTest::addRow("%sx=7, lapsed", v) << 7.0 << 10.0 << 38.0 << 39.0 << m;
            QTest::addRow("%sx=30, short horizon", v) << 30.0 << 37.0 << 38.0 << 4.0 << m;
        }
    }
    void conditionalExpectation()
    {
        QFETCH(double, x);
        QFETCH(double, tx);
        QFETCH(double, T);
        QFETCH(double, t);
        QFETCH(bool, modified);
        BgNbdParams p = Cdnow;
        p.variant = modified ? DropoutVariant::Modified : DropoutVariant::BgNbd;
        const double ours = expectedPurchases(p, x, tx, T, t);
        const double paper = expectationPaper(p, x, tx, T, t);
        const double alive = clientele::predict::probabilityAlive(p, x, tx, T);
        const double integral = expectationByIntegral(p, x, tx, T, t, alive);
        QVERIFY2(std::abs(ours - paper) < 1e-10 * std::max(1.0, paper), qPrintable(QString::number(ours - paper)));
        QVERIFY2(
            std::abs(ours - integral) < 1e-6 * std::max(1.0, integral), qPrintable(QString::number(ours - integral)));
        // P(at least one) ≤ E[count] and both grow with the horizon.
        const double any = probabilityAnyPurchase(p, x, tx, T, t);
        QVERIFY(any > 0 && any <= std::min(1.0, ours) + 1e-15);
        QVERIFY(expectedPurchases(p, x, tx, T, 2 * t) > ours);
    }

    // Small t: E[X(t)] ≈ r t / α for a new customer (the mean rate of the Gamma mixing distribution).
    void newCustomerSmallHorizon()
    {
        const double t = 1e-4;
        QVERIFY(std::abs(expectedPurchases(Cdnow, 0, 0, 0, t) / (Cdnow.r * t / Cdnow.alpha) - 1) < 1e-3);
    }

    // a = 1 makes the paper's formula 0/0; ours is continuous through it.
    void continuousAtAEqualsOne()
    {
        BgNbdParams p = Cdnow;
        p.a = 1;
        const double at = expectedPurchases(p, 3, 20, 38, 39);
        p.a = 1 + 1e-6;
        const double above = expectedPurchases(p, 3, 20, 38, 39);
        p.a = 1 - 1e-6;
        const double below = expectedPurchases(p, 3, 20, 38, 39);
        QVERIFY(std::isfinite(at));
        QVERIFY(std::abs(at - 0.5 * (above + below)) < 1e-8);
        p.a = 1 + 1e-3;
        QVERIFY(std::abs(expectedPurchases(p, 3, 20, 38, 39) - expectationPaper(p, 3, 20, 38, 39)) < 1e-9);
    }

    // P(≥1 purchase) from the story by integration over λ (Gamma(r+x, α+T)) for the alive branch.
    void probabilityAnyPurchaseClosedForm()
    {
        const double x = 2, tx = 30.43, T = 38.86, t = 13;
        const double alive = clientele::predict::probabilityAlive(Cdnow, x, tx, T);
        const double shape = Cdnow.r + x, rate = Cdnow.alpha + T;
        const int n = 200000;
        const double upper = 40 * shape / rate + 5;
        double s = 0;
        for (int i = 0; i < n; ++i) {
            const double lambda = (i + 0.5) * upper / n;
            const double density = std::exp(
                shape * std::log(rate) + (shape - 1) * std::log(lambda) - rate * lambda - std::lgamma(shape));
            s += density * (1 - std::exp(-lambda * t)) * upper / n;
        }
        QVERIFY(std::abs(probabilityAnyPurchase(Cdnow, x, tx, T, t) - alive * s) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestBgNbd)
#include "tst_bgnbd.moc"
