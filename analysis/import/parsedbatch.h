#pragma once

#include "analysis/import/orderwriter.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace clientele {

// A rejected record on its way to the rejected_rows table.
struct RejectedLine
{
    qint64 line = 0;
    QString column;
    QString reason;
    std::string raw;
};

// Orders assembled by the reading thread, in file order, and the rows it rejected meanwhile. Batches are
// recycled: the orders' strings keep their capacity, so steady-state parsing allocates nothing.
struct ParsedBatch
{
    std::vector<AssembledOrder> orders; // the first `orderCount` are this batch's
    size_t orderCount = 0;
    std::vector<RejectedLine> rejections;
    size_t rejectedBytes = 0; // raw text held by `rejections`
    qint64 position = 0;      // the source's position after the batch, for progress

    AssembledOrder &appendOrder()
    {
        if (orderCount == orders.size())
            orders.emplace_back();
        return orders[orderCount++];
    }
    void clear()
    {
        orderCount = 0;
        rejections.clear();
        rejectedBytes = 0;
    }
};

// Hands batches from one producer thread (reading and parsing) to one consumer (writing to SQLite).
// Bounded: at most `capacity` batches exist, so memory stays flat however long the file is.
class BatchQueue
{
public:
    explicit BatchQueue(int capacity);

    // Producer: a cleared batch to fill; waits while all batches are in use. Null once stop() was called.
    std::unique_ptr<ParsedBatch> emptyBatch();
    void push(std::unique_ptr<ParsedBatch> batch);
    // Producer: no more batches will come.
    void finish();

    // Consumer: the next full batch; null when the producer finished and everything was taken.
    std::unique_ptr<ParsedBatch> pop();
    void recycle(std::unique_ptr<ParsedBatch> batch);
    // Consumer: gives up (write error, cancel); the producer's next emptyBatch() returns null.
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ParsedBatch>> m_full;
    std::vector<std::unique_ptr<ParsedBatch>> m_free;
    int m_unallocated;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace clientele
