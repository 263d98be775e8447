#include "analysis/import/parsedbatch.h"

namespace clientele {

BatchQueue::BatchQueue(int capacity)
    : m_unallocated(capacity)
{
}

std::unique_ptr<ParsedBatch> BatchQueue::emptyBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || !m_free.empty() || m_unallocated > 0; });
    if (m_stopped)
        return nullptr;
    if (!m_free.empty()) {
        std::unique_ptr<ParsedBatch> batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }
    --m_unallocated;
    return std::make_unique<ParsedBatch>();
}

void BatchQueue::push(std::unique_ptr<ParsedBatch> batch)
{
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void BatchQueue::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

std::unique_ptr<ParsedBatch> BatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || !m_full.empty() || m_finished; });
    if (m_stopped || m_full.empty())
        return nullptr;
    std::unique_ptr<ParsedBatch> batch = std::move(m_full.front());
    m_full.pop_front();
    return batch;
}

void BatchQueue::recycle(std::unique_ptr<ParsedBatch> batch)
{
    batch->clear();
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void BatchQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

} // namespace clientele
