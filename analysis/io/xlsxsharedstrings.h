#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <utility>
#include <vector>

class QuaZip;

namespace clientele::xlsx {

// The workbook's shared-string table (sharedStrings.xml), the only part XlsxReader holds in
// memory: all strings back to back in one buffer and the end offset of each, with a bound on both
// together.
class SharedStrings
{
public:
    // False with a user-facing `error` if the part is missing, damaged, or holds more than `maxBytes`
    // (the text plus 4 bytes per string).
    bool load(QuaZip *zip, const QString &partName, qint64 maxBytes, QString &error);

    // Copies string `index` into `out`; false if the table has no such string.
    bool lookup(size_t index, std::string &out) const
    {
        if (index >= m_ends.size())
            return false;
        const size_t begin = index == 0 ? 0 : m_ends[index - 1];
        out.assign(m_text, begin, m_ends[index] - begin);
        return true;
    }

private:
    std::string m_text;          // all shared strings back to back
    std::vector<quint32> m_ends; // where each string ends in m_text (the text stays below 4 GiB)
};

} // namespace clientele::xlsx
