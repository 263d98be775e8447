#pragma once

#include <QString>

#include <vector>

class QuaZip;

namespace clientele::xlsx {

// Which cell styles (cellXfs entries of styles.xml) show a date or time, so that XlsxReader can
// turn their serial numbers into dates; see isDateFormatId() and isDateFormatCode().
class DateStyles
{
public:
    // False with a user-facing `error` if the part is missing or damaged.
    bool load(QuaZip *zip, const QString &partName, QString &error);

    bool isDate(int style) const { return style >= 0 && size_t(style) < m_isDate.size() && m_isDate[size_t(style)]; }

private:
    std::vector<bool> m_isDate; // per cellXfs index
};

} // namespace clientele::xlsx
