#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace clientele {

// A growable array whose elements never move: storage comes in chunks of 2^ChunkBits elements, so
// growing adds a chunk instead of copying everything, and pointers to elements stay valid (another
// thread may hold them). Unlike std::deque (512-byte blocks), finding an element costs one load from
// a chunk table small enough to stay in cache: millions of random lookups per import depend on it.
template <class T, int ChunkBits = 16> class ChunkedArray
{
public:
    static constexpr size_t ChunkSize = size_t(1) << ChunkBits;

    size_t size() const { return m_size; }
    T &operator[](size_t index) { return m_chunks[index >> ChunkBits][index & (ChunkSize - 1)]; }
    const T &operator[](size_t index) const { return m_chunks[index >> ChunkBits][index & (ChunkSize - 1)]; }

    T &emplace_back()
    {
        if ((m_size & (ChunkSize - 1)) == 0 && (m_size >> ChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(ChunkSize));
        return (*this)[m_size++];
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};

} // namespace clientele
