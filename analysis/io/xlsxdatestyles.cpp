#include "analysis/io/xlsxdatestyles.h"

#include "analysis/io/xlsxcells.h"
#include "analysis/io/xlsxxmlpart.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace clientele::xlsx {

bool DateStyles::load(QuaZip *zip, const QString &partName, QString &error)
{
    XmlPart part(zip);
    if (!part.open(partName, true)) {
        error = part.errorString();
        return false;
    }
    std::vector<std::pair<int, bool>> customFormats; // id, is a date
    std::vector<int> formatOfStyle;
    bool inCellXfs = false;
    for (;;) {
        const auto token = part.readNext();
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::Invalid) {
            error = part.errorString();
            return false;
        }
        const auto name = part.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"numFmt") {
                customFormats.emplace_back(attribute(part.xml(), "numFmtId"_L1).toInt(),
                    isDateFormatCode(attribute(part.xml(), "formatCode"_L1)));
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                formatOfStyle.push_back(attribute(part.xml(), "numFmtId"_L1).toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && name == u"cellXfs") {
            inCellXfs = false;
        }
    }
    m_isDate.reserve(formatOfStyle.size());
    for (const int id : formatOfStyle) {
        // A custom format may reuse a built-in id; the workbook's definition wins.
        const auto custom
            = std::find_if(customFormats.begin(), customFormats.end(), [id](const auto &f) { return f.first == id; });
        m_isDate.push_back(custom != customFormats.end() ? custom->second : isDateFormatId(id));
    }
    return true;
}

} // namespace clientele::xlsx
