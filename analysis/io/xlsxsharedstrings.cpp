#include "analysis/io/xlsxsharedstrings.h"

#include "analysis/io/xlsxcells.h"
#include "analysis/io/xlsxxmlpart.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::xlsx {

namespace {

// The messages are XlsxReader's: same translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

// Grows `container` for `needed` elements by doubling, but never past `limit` elements.
template <typename Container> void growWithin(Container &container, size_t needed, size_t limit)
{
    if (needed > container.capacity())
        container.reserve(std::min(limit, std::max(needed, 2 * container.capacity())));
}

} // namespace

// The strings are counted with their 4-byte offsets, and growth is capped at `maxBytes`: the table never
// takes more than that and, while it grows, half of it again (60 million strings took 1.2 GB before).
bool SharedStrings::load(QuaZip *zip, const QString &partName, qint64 maxBytes, QString &error)
{
    XmlPart part(zip);
    if (!part.open(partName, true)) {
        // A workbook without its declared string table would come out with wrong text.
        error = part.errorString();
        return false;
    }
    std::string text;
    for (;;) {
        const auto token = part.readNext();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::Invalid) {
            error = part.errorString();
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (part.xml().name() == u"sst") {
            // Trust the declared count only for a modest head start.
            const qint64 count = attribute(part.xml(), "uniqueCount"_L1).toLongLong();
            m_ends.reserve(size_t(qBound(qint64(0), count, qint64(1) << 20)));
        } else if (part.xml().name() == u"si") {
            text.clear();
            if (!part.readStringItem(text)) {
                error = part.errorString();
                return false;
            }
            decodeEscapes(text);
            const size_t textBytes = m_text.size() + text.size();
            const size_t indexBytes = (m_ends.size() + 1) * sizeof(quint32);
            if (qint64(textBytes + indexBytes) > maxBytes) {
                error = Tr::tr("the shared string table holds more than %1 MiB (%2 strings read so far); the "
                               "workbook is too large to import, save it as CSV instead")
                            .arg(maxBytes / kMiB)
                            .arg(m_ends.size());
                return false;
            }
            growWithin(m_text, textBytes, size_t(maxBytes));
            growWithin(m_ends, m_ends.size() + 1, size_t(maxBytes) / sizeof(quint32));
            m_text += text;
            m_ends.push_back(quint32(m_text.size()));
        }
    }
}

} // namespace clientele::xlsx
