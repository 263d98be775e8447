#pragma once

#include "analysis/core/cancellation.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace clientele {

// The one home of "the latest request wins" for work off the GUI thread, after KDAB hotspot's jobs.
// start() runs `work` on the global thread pool with a fresh cancel token, cancels the job started
// before it, and hands the result to `done` on the GUI thread only if no newer job was started (nor
// cancel() called) meanwhile and the tracker still lives. Each start() gets a rising generation id;
// the one of the result being delivered is deliveredGeneration(), so a caller or a test can tell
// which request a result answers.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    explicit JobTracker(QObject *parent = nullptr);
    // Cancels the running job without a signal; its result is dropped.
    ~JobTracker() override;

    // `work` is called as work(const CancelToken &) or work(); `done(result)` on the GUI thread.
    // Both must be copyable (QThreadPool takes a std::function). Returns the job's generation.
    template <typename Work, typename Done> quint64 start(Work work, Done done);

    // Cancels the running job and drops its result.
    void cancel();
    // Asks the running job to stop early but still delivers what it returns (a rolled-back import).
    void interrupt();

    bool isRunning() const { return m_running; }
    // Of the latest start() (a cancel() also moves it on); 0 before the first.
    quint64 generation() const { return m_generation; }
    // Of the latest result handed to `done`; 0 before the first.
    quint64 deliveredGeneration() const { return m_delivered; }

Q_SIGNALS:
    void runningChanged(bool running);
    // After `done` returned.
    void delivered(quint64 generation);

private:
    std::shared_ptr<CancelToken> begin();
    bool accept(quint64 generation);
    void setRunning(bool running);

    std::shared_ptr<CancelToken> m_cancel;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
    bool m_running = false;
};

template <typename Work, typename Done> quint64 JobTracker::start(Work work, Done done)
{
    std::shared_ptr<CancelToken> token = begin();
    const quint64 generation = m_generation;
    QPointer<JobTracker> self(this);
    QThreadPool::globalInstance()->start([self, generation, token, work = std::move(work), done]() mutable {
        auto result = [&] {
            if constexpr (std::is_invocable_v<Work &, const CancelToken &>)
                return work(std::as_const(*token));
            else
                return work();
        }();
        // Posted to the application object: the QPointer is only dereferenced on the GUI thread, so a
        // tracker (or its owner) dying mid-job is harmless.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, done, result = std::move(result)]() mutable {
                if (!self || !self->accept(generation))
                    return;
                done(std::move(result));
                if (self) // `done` may have destroyed the owner
                    Q_EMIT self->delivered(generation);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

} // namespace clientele
