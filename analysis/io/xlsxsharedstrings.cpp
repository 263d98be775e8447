#include "analysis/io/xlsxsharedstrings.h"

#include "analysis/io/xlsxcells.h"
#include "analysis/io/xlsxxmlpart.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::xlsx {

namespace {

// The messages are XlsxReader's: same translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

// All shared strings together; they are the only part held in memory.
constexpr qint64 kMaxSharedStringBytes = 512 * kMiB;

} // namespace

bool SharedStrings::load(QuaZip *zip, const QString &partName, QString &error)
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
            m_strings.reserve(size_t(qBound(qint64(0), count, qint64(1) << 20)));
        } else if (part.xml().name() == u"si") {
            text.clear();
            if (!part.readStringItem(text)) {
                error = part.errorString();
                return false;
            }
            decodeEscapes(text);
            if (qint64(m_text.size() + text.size()) > kMaxSharedStringBytes) {
                error = Tr::tr("the shared string table is larger than %1 MiB").arg(kMaxSharedStringBytes / kMiB);
                return false;
            }
            m_strings.emplace_back(m_text.size(), text.size());
            m_text += text;
        }
    }
}

} // namespace clientele::xlsx
