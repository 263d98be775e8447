#include "analysis/import/customerdeltas.h"

#include <functional>

namespace clientele {

namespace {
constexpr size_t KeyBlockSize = 1 << 20;
}

CustomerDeltas::CustomerDeltas()
    : m_slots(1 << 12)
    , m_cities(1)
{
}

quint64 CustomerDeltas::hashOf(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

CustomerDelta *CustomerDeltas::find(std::string_view key, quint64 hash)
{
    const quint32 tag = quint32(hash >> 32);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.entry == 0)
            return nullptr;
        if (slot.hashTag == tag && slot.length == key.size() && slot.key() == key)
            return &m_deltas[slot.entry - 1];
    }
}

const char *CustomerDeltas::storeLongKey(std::string_view key)
{
    if (m_blockUsed + key.size() > m_blockSize) {
        m_blockSize = std::max(KeyBlockSize, key.size());
        m_blocks.push_back(std::make_unique<char[]>(m_blockSize));
        m_blockUsed = 0;
    }
    char *copy = m_blocks.back().get() + m_blockUsed;
    std::memcpy(copy, key.data(), key.size());
    m_blockUsed += key.size();
    return copy;
}

CustomerDelta &CustomerDeltas::insert(std::string_view key, quint64 hash, quint32 city)
{
    if ((m_deltas.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].entry != 0)
        i = (i + 1) & mask;
    Slot &slot = m_slots[i];
    slot.length = quint32(key.size());
    slot.hashTag = quint32(hash >> 32);
    if (key.size() <= Slot::InlineBytes) {
        std::memcpy(slot.bytes, key.data(), key.size());
    } else {
        const char *stored = storeLongKey(key);
        std::memcpy(slot.bytes, &stored, sizeof stored);
    }
    CustomerDelta &delta = m_deltas.emplace_back();
    slot.entry = quint32(m_deltas.size());
    m_slotOf.push_back(quint32(i));
    m_cityOf.push_back(city);
    return delta;
}

CustomerDelta &CustomerDeltas::insertExisting(std::string_view key, qint64 id)
{
    CustomerDelta &delta = insert(key, hashOf(key), 0);
    delta.id = id;
    return delta;
}

CustomerDelta &CustomerDeltas::create(std::string_view key, quint64 hash, std::string_view city)
{
    quint32 cityIndex = 0;
    if (!city.empty()) {
        const auto [it, added] = m_cityIndex.try_emplace(std::string(city), quint32(m_cities.size()));
        if (added)
            m_cities.emplace_back(city);
        cityIndex = it->second;
    }
    CustomerDelta &delta = insert(key, hash, cityIndex);
    delta.id = m_nextId++;
    delta.created = true;
    return delta;
}

void CustomerDeltas::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.entry == 0)
            continue;
        // The full hash is not kept: recompute it from the key (growing is rare).
        size_t i = hashOf(slot.key()) & mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
        m_slotOf[slot.entry - 1] = quint32(i);
    }
}

} // namespace clientele
