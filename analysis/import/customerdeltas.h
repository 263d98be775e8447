#pragma once

#include <QtGlobal>

#include <deque>
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
// order, and a node-based map spends most of that time on cache misses.
//
// Sized for files with millions of customers: keys up to 24 bytes are stored inline in a 32-byte record
// (longer ones in an arena of large blocks), cities — which repeat — once each, and records and deltas
// live in deques, so they never move and growing needs no second copy. Keys and deltas are kept apart
// because in a bulk import two threads use them: the reading thread looks keys up and creates
// customers, the writing thread adds to the deltas (OrderWriter).
class CustomerDeltas
{
public:
    CustomerDeltas();

    static quint64 hashOf(std::string_view key);
    // Starts loading the slot of `hash`, so a find() shortly after does not wait for memory.
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[hash & (m_slots.size() - 1)]); }
    void prefetch(std::string_view key) const { prefetch(hashOf(key)); }
    // Once the slot is loaded: starts loading the key record it points to (the next miss of a find()).
    void prefetchRecord(quint64 hash) const
    {
        const Slot &slot = m_slots[hash & (m_slots.size() - 1)];
        if (slot.entry != 0)
            __builtin_prefetch(&m_keys[slot.entry - 1]);
    }

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

    size_t size() const { return m_deltas.size(); }
    const CustomerDelta &delta(size_t index) const { return m_deltas[index]; }
    std::string_view key(size_t index) const { return m_keys[index].view(); }
    std::string_view city(size_t index) const { return m_cities[m_keys[index].city]; }

private:
    struct KeyRecord
    {
        static constexpr size_t InlineBytes = 24;
        union {
            char bytes[InlineBytes];
            const char *longKey;
        };
        quint32 length = 0;
        quint32 city = 0; // index into m_cities; 0 = none
        std::string_view view() const { return {length <= InlineBytes ? bytes : longKey, length}; }
    };
    struct Slot
    {
        quint64 hash = 0;
        quint32 entry = 0; // index + 1; 0 = empty
    };

    CustomerDelta &insert(std::string_view key, quint64 hash, quint32 city);
    const char *storeLongKey(std::string_view key);
    void grow();

    std::vector<Slot> m_slots;
    std::deque<KeyRecord> m_keys;
    std::deque<CustomerDelta> m_deltas;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_blockUsed = 0;
    size_t m_blockSize = 0;
    std::vector<std::string> m_cities; // [0] = no city
    std::unordered_map<std::string, quint32> m_cityIndex;
    qint64 m_nextId = 1;
};

} // namespace clientele
