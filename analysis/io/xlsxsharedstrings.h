#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

class QuaZip;

namespace clientele::xlsx {

// The workbook's shared-string table (sharedStrings.xml), the only part XlsxReader holds in
// memory: all strings back to back in one buffer, with a bound on the total size.
class SharedStrings
{
public:
    // False with a user-facing `error` if the part is missing, damaged or too large.
    bool load(QuaZip *zip, const QString &partName, QString &error);

    // Copies string `index` into `out`; false if the table has no such string.
    bool lookup(size_t index, std::string &out) const
    {
        if (index >= m_strings.size())
            return false;
        const auto [offset, length] = m_strings[index];
        out.assign(m_text, offset, length);
        return true;
    }

private:
    std::string m_text;                               // all shared strings back to back
    std::vector<std::pair<size_t, size_t>> m_strings; // offset, length into m_text
};

} // namespace clientele::xlsx
