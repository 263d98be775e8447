#pragma once

#include <QtGlobal>

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace clientele {

// What one import adds to one customer; applied to the customers table once, at the end.
struct CustomerDelta
{
    std::string key;
    std::string city;      // first city seen, for customers this import creates
    qint64 id = 0;
    bool created = false;  // by this import (its row is inserted at the end)
    qint64 orders = 0;
    qint64 grossMinor = 0;
    qint64 returnedMinor = 0;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
};

// Customer key → delta, as a flat open-addressing table: an import looks up a customer for every
// order, and a node-based map spends most of that time on cache misses.
class CustomerDeltas
{
public:
    CustomerDeltas();
    CustomerDelta *find(std::string_view key);
    // Starts loading the slot `key` hashes to, so a find() shortly after does not wait for memory.
    void prefetch(std::string_view key) const
    {
        __builtin_prefetch(&m_slots[hashOf(key) & (m_slots.size() - 1)]);
    }
    CustomerDelta &insert(std::string_view key); // key must not be present
    const std::vector<CustomerDelta> &all() const { return m_entries; }

private:
    static quint64 hashOf(std::string_view key);
    void grow();

    struct Slot
    {
        quint64 hash = 0;
        quint32 entry = 0; // index + 1; 0 = empty
    };
    std::vector<Slot> m_slots;
    std::vector<CustomerDelta> m_entries;
};

} // namespace clientele
