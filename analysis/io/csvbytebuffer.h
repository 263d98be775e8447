#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <limits>
#include <new>

namespace clientele::csv {

// The read buffer of CsvReader. realloc() rather than std::vector: glibc grows large blocks with
// mremap, without holding the old and the new block at once, and resize() need not zero-fill.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ByteBuffer(const ByteBuffer &) = delete;
    ByteBuffer &operator=(const ByteBuffer &) = delete;
    ~ByteBuffer() { std::free(m_data); }

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }

    void reserve(size_t capacity)
    {
        if (capacity <= m_capacity)
            return;
        auto *grown = static_cast<char *>(std::realloc(m_data, capacity));
        if (!grown)
            throw std::bad_alloc();
        m_data = grown;
        m_capacity = capacity;
    }
    void resize(size_t size)
    {
        reserve(size);
        m_size = size;
    }

    // growTo() doubles the capacity, but not past this, so that a huge single-line file costs at
    // most the record limit plus a few chunks of memory.
    void setGrowthCeiling(size_t ceiling) { m_growthCeiling = ceiling; }
    void growTo(size_t size)
    {
        if (size > m_capacity)
            reserve(std::max(size, std::min(2 * m_capacity, m_growthCeiling)));
        resize(size);
    }

private:
    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
    size_t m_growthCeiling = std::numeric_limits<size_t>::max();
};

} // namespace clientele::csv
