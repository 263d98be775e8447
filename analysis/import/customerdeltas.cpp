#include "analysis/import/customerdeltas.h"

#include <functional>

namespace clientele {

CustomerDeltas::CustomerDeltas()
    : m_slots(1 << 12)
{
}

quint64 CustomerDeltas::hashOf(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

CustomerDelta *CustomerDeltas::find(std::string_view key)
{
    const quint64 hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.entry == 0)
            return nullptr;
        if (slot.hash == hash && m_entries[slot.entry - 1].key == key)
            return &m_entries[slot.entry - 1];
    }
}

CustomerDelta &CustomerDeltas::insert(std::string_view key)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    m_entries.emplace_back();
    m_entries.back().key.assign(key);
    const quint64 hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].entry != 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, quint32(m_entries.size())};
    return m_entries.back();
}

void CustomerDeltas::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace clientele
