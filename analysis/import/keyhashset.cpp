#include "analysis/import/keyhashset.h"

#include <functional>

namespace clientele {

KeyHashSet::KeyHashSet()
    : m_slots(1 << 12)
{
}

quint64 KeyHashSet::hashOf(std::string_view key)
{
    // Never 0, which marks an empty slot.
    return std::hash<std::string_view>{}(key) | 1;
}

bool KeyHashSet::insertHash(quint64 hash)
{
    if ((m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return false;
        if (m_slots[i] == 0) {
            m_slots[i] = hash;
            ++m_count;
            return true;
        }
    }
}

void KeyHashSet::reserve(size_t count)
{
    while (count * 4 > m_slots.size() * 3)
        grow();
}

void KeyHashSet::grow()
{
    std::vector<quint64> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const quint64 hash : old) {
        if (hash == 0)
            continue;
        size_t i = hash & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = hash;
    }
}

} // namespace clientele
