#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace clientele {

// The 64-bit hashes of order (or return) keys, kept by a bulk import that has dropped the key index:
// insert() tells whether a key is certainly new. A "maybe present" answer — a key seen before, or
// (very rarely) another key with the same hash — is settled later against the rebuilt index.
// 8 bytes per key at most 3/4 full: ~13 bytes per order, ~130 MB for ten million orders.
class KeyHashSet
{
public:
    KeyHashSet();
    static quint64 hashOf(std::string_view key);
    // Records the key; true when its hash was not there before (the key is new).
    bool insert(std::string_view key) { return insertHash(hashOf(key)); }
    bool insertHash(quint64 hash);
    // Room for `count` keys without growing (each growth re-inserts every key: a cache miss apiece).
    void reserve(size_t count);
    // Starts loading the slot of `hash` (see CustomerDeltas::prefetch).
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[(hash | 1) & (m_slots.size() - 1)]); }
    size_t size() const { return m_count; }

private:
    void grow();

    std::vector<quint64> m_slots; // 0 = empty
    size_t m_count = 0;
};

} // namespace clientele
