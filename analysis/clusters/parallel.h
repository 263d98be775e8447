#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace clientele {

// Worker count for the clustering code: `requested` if > 0, else the hardware's, at least 1.
inline int clusterThreadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

// Runs task(i) for i in [0, count) on up to `threads` threads. Tasks write their results to slot i,
// so the outcome never depends on scheduling: callers combine the slots in index order afterwards.
template <typename Task> void parallelFor(int count, int threads, Task &&task)
{
    threads = std::min(threads, count);
    if (threads <= 1) {
        for (int i = 0; i < count; ++i)
            task(i);
        return;
    }
    std::atomic_int next{0};
    auto worker = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            task(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &thread : pool)
        thread.join();
}

} // namespace clientele
