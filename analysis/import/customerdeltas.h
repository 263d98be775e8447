#pragma once

#include "analysis/import/chunkedarray.h"

#include <QtGlobal>

#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace clientele {

// What one import adds to one customer; applied to the customers table once, at the end.
struct CustomerDelta
{
    qint64 id = 0;
    qint64 grossMinor = 0;
    qint64 returnedMinor = 0;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    quint32 orders = 0;
    bool created = false; // by this import (its row is inserted at the end)
};

// Customer key → delta, as a flat open-addressing table: an import looks up a customer for every
// order, and with millions of customers each lookup is a cache miss. The slot itself holds the key (up
// to 20 bytes inline, longer ones in an arena of large blocks) and part of its hash, so a lookup costs
// one miss, not one for the slot and another for the key. Deltas live apart, in chunks that never
// move: in a bulk import the reading thread looks keys up and creates customers while the writing
// thread adds to the deltas (OrderWriter). Cities, which repeat, are stored once each.
class CustomerDeltas
{
public:
    CustomerDeltas();

    static quint64 hashOf(std::string_view key);
    // Starts loading the slot of `hash`, so a find() shortly after does not wait for memory.
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]); }
    void prefetch(std::string_view key) const { prefetch(hashOf(key)); }

    CustomerDelta *find(std::string_view key) { return find(key, hashOf(key)); }
    CustomerDelta *find(std::string_view key, quint64 hash);
    // A customer already in the workspace (not created by this import); key must not be present.
    CustomerDelta &insertExisting(std::string_view key, qint64 id);
    // A new customer with the next free id; key must not be present.
    CustomerDelta &create(std::string_view key, std::string_view city) { return create(key, hashOf(key), city); }
    CustomerDelta &create(std::string_view key, quint64 hash, std::string_view city);
    CustomerDelta &findOrCreate(std::string_view key, quint64 hash, std::string_view city)
    {
        if (CustomerDelta *known = find(key, hash))
            return *known;
        return create(key, hash, city);
    }
    void setNextId(qint64 id) { m_nextId = id; }

    // Customers in order of first appearance.
    size_t size() const { return m_deltas.size(); }
    const CustomerDelta &delta(size_t index) const { return m_deltas[index]; }
    std::string_view key(size_t index) const { return m_slots[m_slotOf[index]].key(); }
    void prefetchKey(size_t index) const { __builtin_prefetch(&m_slots[m_slotOf[index]]); }
    std::string_view city(size_t index) const { return m_cities[m_cityOf[index]]; }

private:
    struct Slot // 32 bytes: two per cache line
    {
        static constexpr size_t InlineBytes = 20;
        char bytes[InlineBytes]; // the key, or (longer keys) a pointer into the arena
        quint32 length = 0;
        quint32 hashTag = 0; // the hash's upper half
        quint32 entry = 0;   // index + 1; 0 = empty
        std::string_view key() const
        {
            if (length <= InlineBytes)
                return {bytes, length};
            const char *stored;
            std::memcpy(&stored, bytes, sizeof stored);
            return {stored, length};
        }
    };
    static_assert(sizeof(Slot) == 32);

    CustomerDelta &insert(std::string_view key, quint64 hash, quint32 city);
    const char *storeLongKey(std::string_view key);
    void grow();

    std::vector<Slot> m_slots;
    ChunkedArray<CustomerDelta> m_deltas;
    std::vector<quint32> m_slotOf; // entry → its slot
    std::vector<quint32> m_cityOf; // entry → index into m_cities
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_blockUsed = 0;
    size_t m_blockSize = 0;
    std::vector<std::string> m_cities; // [0] = no city
    std::unordered_map<std::string, quint32> m_cityIndex;
    qint64 m_nextId = 1;
};

} // namespace clientele
