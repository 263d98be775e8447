// The job tracker: only the latest job's result arrives, on the GUI thread, with its generation.
#include "models/jobtracker.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

using namespace clientele;

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversOnTheGuiThread();
    void newerJobDropsOlder();
    void cancelDropsResult();
    void interruptStillDelivers();
    void destroyedTrackerDeliversNothing();
};

void TestJobTracker::deliversOnTheGuiThread()
{
    JobTracker tracker;
    QSignalSpy running(&tracker, &JobTracker::runningChanged);
    QSignalSpy delivered(&tracker, &JobTracker::delivered);
    QThread *worker = nullptr;
    QThread *receiver = nullptr;
    const quint64 generation = tracker.start(
        [&worker] {
            worker = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            receiver = QThread::currentThread();
            QCOMPARE(value, 42);
        });
    QCOMPARE(generation, quint64(1));
    QVERIFY(tracker.isRunning());
    QTRY_COMPARE(delivered.count(), 1);
    QCOMPARE(delivered.first().first().toULongLong(), generation);
    QCOMPARE(tracker.deliveredGeneration(), generation);
    QVERIFY(!tracker.isRunning());
    QCOMPARE(running.count(), 2); // true, false
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(receiver, QThread::currentThread());
}

void TestJobTracker::newerJobDropsOlder()
{
    JobTracker tracker;
    QSemaphore release;
    std::vector<int> results;
    bool firstSawCancel = false;
    // The first job waits until the second was started, so it finishes last-but-stale.
    tracker.start(
        [&release, &firstSawCancel](const CancelToken &cancel) {
            release.acquire();
            firstSawCancel = cancel.isCancelled();
            return 1;
        },
        [&results](int value) { results.push_back(value); });
    const quint64 second = tracker.start([] { return 2; }, [&results](int value) { results.push_back(value); });
    release.release();
    QTRY_COMPARE(tracker.deliveredGeneration(), second);
    QTest::qWait(100); // the first job's result, had it been delivered, would be in by now
    QCOMPARE(results, std::vector<int>{2});
    QVERIFY(firstSawCancel);
}

void TestJobTracker::cancelDropsResult()
{
    JobTracker tracker;
    QSignalSpy delivered(&tracker, &JobTracker::delivered);
    bool called = false;
    tracker.start([] { return 1; }, [&called](int) { called = true; });
    tracker.cancel();
    QVERIFY(!tracker.isRunning());
    QTest::qWait(200);
    QVERIFY(!called);
    QCOMPARE(delivered.count(), 0);
}

void TestJobTracker::interruptStillDelivers()
{
    JobTracker tracker;
    QSemaphore started;
    QSemaphore interrupted;
    std::optional<bool> sawCancel;
    tracker.start(
        [&](const CancelToken &cancel) {
            started.release();
            interrupted.acquire();
            return cancel.isCancelled();
        },
        [&sawCancel](bool cancelled) { sawCancel = cancelled; });
    started.acquire();
    tracker.interrupt();
    interrupted.release();
    QTRY_VERIFY(sawCancel);
    QVERIFY(*sawCancel);
}

void TestJobTracker::destroyedTrackerDeliversNothing()
{
    auto tracker = std::make_unique<JobTracker>();
    QSemaphore release;
    bool called = false;
    tracker->start(
        [&release] {
            release.acquire();
            return 1;
        },
        [&called](int) { called = true; });
    tracker.reset();
    release.release();
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
