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
    // Records the key; true when its hash was not there before (the key is new).
    bool insert(std::string_view key);
    size_t size() const { return m_count; }

private:
    void grow();

    std::vector<quint64> m_slots; // 0 = empty
    size_t m_count = 0;
};

} // namespace clientele
