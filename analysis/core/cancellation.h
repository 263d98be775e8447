#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace clientele {

// Shared between the thread that asks for cancellation (GUI) and the worker that polls it.
class CancelToken
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

// Reports (done, total) in any unit the job chooses (bytes for imports). Called from the worker thread.
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

} // namespace clientele
