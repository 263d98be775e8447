// Issue 14, item 3: an import's memory is bounded by design (not by the width of the file), and running out of
// memory is an ordinary failure (exit 2, a message, the workspace unchanged), not an abort. clientele-cli runs in
// a child process under an address-space limit (RLIMIT_AS) set between fork and exec.
#include "analysis/store/workspace.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace clientele;
using testsupport::scalar;

namespace {

struct LimitedRun
{
    int exitCode = -1; // −1: crashed (std::bad_alloc used to abort with 134) or did not finish
    QString output;
};

LimitedRun runLimited(const QStringList &arguments, qint64 limitMiB)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setChildProcessModifier([limitMiB] {
        const rlim_t bytes = rlim_t(limitMiB) << 20;
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_AS, &limit);
    });
    process.start(QStringLiteral(CLIENTELE_BIN_DIR "/clientele-cli"), arguments);
    LimitedRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

QByteArray ordersCsv(int from, int to)
{
    QByteArray csv = "order_id,customer_id,order_time,amount\n";
    for (int i = from; i <= to; ++i)
        csv += QByteArray::number(i) + ",C" + QByteArray::number(i % 7) + ",2024-01-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + " 10:00:00," + QByteArray::number(i) + ".50\n";
    return csv;
}

} // namespace

class TestBoundedImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sixteenThousandColumnsFit();
    void wideHeaderIsRefused();
    void outOfMemoryEndsWithExitCode2();

private:
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("w.clientele")); }
    LimitedRun import(const QString &file, qint64 limitMiB);
    QList<qint64> state();

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<qint64> m_before;
    qint64 m_baselineMiB = 0; // the smallest limit (16 MiB steps) under which a small import succeeds
};

LimitedRun TestBoundedImport::import(const QString &file, qint64 limitMiB)
{
    const LimitedRun run = runLimited({QStringLiteral("import"), file, QStringLiteral("--db"), workspacePath(),
                                          QStringLiteral("--timezone"), QStringLiteral("UTC")},
        limitMiB);
    qInfo("limit %lld MiB: exit %d: %s", limitMiB, run.exitCode, qPrintable(run.output.section(u'\n', 0, 0).left(300)));
    return run;
}

QList<qint64> TestBoundedImport::state()
{
    QString error;
    const std::unique_ptr<Workspace> w = Workspace::open(workspacePath(), &error, Workspace::OpenMode::ReadOnly);
    if (!w)
        return {};
    return {scalar(*w, "SELECT count(*) FROM imports"), scalar(*w, "SELECT count(*) FROM orders"),
        scalar(*w, "SELECT count(*) FROM customers"), scalar(*w, "SELECT count(*) FROM rejected_rows"),
        scalar(*w, "SELECT coalesce(sum(net_amount), 0) FROM orders")};
}

void TestBoundedImport::initTestCase()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("the sanitizers reserve terabytes of address space: RLIMIT_AS cannot be used");
#endif
    // What the program needs for a small import on this machine (libraries, threads, SQLite): found by
    // bisection, so that the limits below are relative to it.
    QTemporaryDir dir;
    const QString csv = testsupport::writeFile(dir, QStringLiteral("small.csv"), ordersCsv(1, 50));
    qint64 low = 16;
    qint64 high = 4096;
    while (high - low > 16) {
        const qint64 mid = (low + high) / 2;
        const LimitedRun run = runLimited({QStringLiteral("import"), csv, QStringLiteral("--db"),
                                              dir.filePath(QStringLiteral("probe%1.clientele").arg(mid)),
                                              QStringLiteral("--timezone"), QStringLiteral("UTC")},
            mid);
        (run.exitCode == 0 ? high : low) = mid;
    }
    m_baselineMiB = high;
    qInfo("a small import needs at most %lld MiB of address space", m_baselineMiB);
    QVERIFY(m_baselineMiB < 4096);
}

void TestBoundedImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString csv = testsupport::writeFile(*m_dir, QStringLiteral("good.csv"), ordersCsv(1, 20));
    QCOMPARE(import(csv, m_baselineMiB + 64).exitCode, 0);
    m_before = state();
    QCOMPARE(m_before.value(1), qint64(20));
}

void TestBoundedImport::sixteenThousandColumnsFit()
{
    // Excel's widest sheet as CSV: 16,384 columns, 2,100 rows (69 MB). The rows that decide the date and
    // number formats were kept whole (1.8 GB); now only the mapped columns of them are.
    const QString path = m_dir->filePath(QStringLiteral("wide.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray header = "order_id,customer_id,order_time,amount";
        for (int c = 5; c <= 16384; ++c)
            header += ",extra" + QByteArray::number(c);
        file.write(header + '\n');
        const QByteArray filler = QByteArray(",0").repeated(16380) + '\n';
        for (int i = 0; i < 2100; ++i)
            file.write(QByteArray::number(100 + i) + ",W" + QByteArray::number(i % 50) + ",2024-03-04 10:00:00,"
                + QByteArray::number(i) + ".25" + filler);
    }
    const LimitedRun run = import(path, m_baselineMiB + 192);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(state().value(1), m_before.value(1) + 2100);
}

void TestBoundedImport::wideHeaderIsRefused()
{
    // 200,000 columns (3.3 GB before): more than a spreadsheet can have, refused at the header.
    QByteArray csv = "order_id,customer_id,order_time,amount";
    for (int c = 5; c <= 200000; ++c)
        csv += ",c" + QByteArray::number(c);
    csv += "\n1,C1,2024-01-01 10:00:00,1.00\n";
    const LimitedRun run
        = import(testsupport::writeFile(*m_dir, QStringLiteral("wider.csv"), csv), m_baselineMiB + 192);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.output.contains(QStringLiteral("more than 16384 fields")), qPrintable(run.output));
    QCOMPARE(state(), m_before);
}

void TestBoundedImport::outOfMemoryEndsWithExitCode2()
{
    // A valid file whose 2,102nd row carries a 60 MB note: the reading thread needs that much for the record
    // (the 64 MiB record cap is the bound). With 32 MiB to spare the import must fail cleanly; with
    // 192 MiB it must succeed.
    const QString path = m_dir->filePath(QStringLiteral("note.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("order_id,customer_id,order_time,amount,note\n");
        for (int i = 0; i < 2200; ++i) {
            file.write(QByteArray::number(300 + i) + ",N" + QByteArray::number(i % 30) + ",2024-04-05 10:00:00,1.50,");
            file.write(i == 2100 ? QByteArray(60'000'000, 'x') : QByteArray("-"));
            file.write("\n");
        }
    }
    const LimitedRun tight = import(path, m_baselineMiB + 32);
    QCOMPARE(tight.exitCode, 2);
    QVERIFY2(tight.output.contains(QStringLiteral("memory")), qPrintable(tight.output));
    QCOMPARE(state(), m_before);

    const LimitedRun enough = import(path, m_baselineMiB + 192);
    QCOMPARE(enough.exitCode, 0);
    QCOMPARE(state().value(1), m_before.value(1) + 2200);
}

QTEST_GUILESS_MAIN(TestBoundedImport)
#include "tst_boundedimport.moc"
