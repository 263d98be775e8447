#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace clientele {

// Runs `work()` on the global thread pool and hands its result to `done(result)` on the GUI thread,
// unless `receiver` was destroyed meanwhile. The result is posted to the application object and the
// QPointer is only dereferenced on the GUI thread, so a receiver dying mid-job is harmless.
// Callers drop stale results themselves (generation id captured in `done`).
template <typename Work, typename Done> void runAsync(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace clientele
