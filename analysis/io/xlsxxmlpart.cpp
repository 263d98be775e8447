#include "analysis/io/xlsxxmlpart.h"

#include <QCoreApplication>

#include <quazip.h>
#include <quazipfileinfo.h>

namespace clientele::xlsx {

namespace {

// The messages are XlsxReader's: same translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

// Uncompressed size of a part read completely (workbook, relationships, styles, shared strings), and
// of a streamed worksheet (a sheet of Excel's 1,048,576 rows of a dozen order columns is about 1.5 GB).
constexpr qint64 kMaxPartBytes = 2048 * kMiB;
constexpr qint64 kMaxSheetBytes = 4096 * kMiB;
// Text-heavy XML deflates well, but not by two orders of magnitude at sizes that matter;
// deflate itself tops out near 1000:1, which is what bombs use.
constexpr qint64 kBombRatio = 100;
constexpr qint64 kBombFloor = 32 * kMiB;
constexpr qint64 kChunkSize = 64 * 1024;

void appendUtf8(std::string &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p != end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t cp = QChar::surrogateToUcs4(c, *p++);
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            const char16_t u = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        }
    }
}

} // namespace

XmlPart::XmlPart(QuaZip *zip)
    : m_file(zip)
{
    m_xml.setNamespaceProcessing(true);
}

XmlPart::~XmlPart()
{
    if (m_file.isOpen())
        m_file.close();
}

bool XmlPart::open(const QString &name, bool held)
{
    m_name = name;
    QuaZip *zip = m_file.getZip();
    if (!zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        m_error = Tr::tr("the workbook has no part %1").arg(name);
        return false;
    }
    QuaZipFileInfo64 info;
    if (!zip->getCurrentFileInfo(&info)) {
        m_error = Tr::tr("cannot read the zip entry %1").arg(name);
        return false;
    }
    // Every part, streamed or not: minizip stops inflating at the declared size (and then reports the
    // checksum mismatch), so checking the declared sizes bounds what a part can make us read.
    m_size = qint64(info.uncompressedSize);
    const qint64 compressed = qMax<qint64>(1, qint64(info.compressedSize));
    if (m_size > kBombFloor && m_size / compressed > kBombRatio) {
        m_error = Tr::tr("workbook looks like a zip bomb (%1 expands from %2 to %3 bytes)")
                      .arg(name)
                      .arg(compressed)
                      .arg(m_size);
        return false;
    }
    const qint64 maxSize = held ? kMaxPartBytes : kMaxSheetBytes;
    if (m_size > maxSize) {
        m_error = Tr::tr("%1 expands to %2 MiB, more than the %3 MiB a workbook part may have; refused")
                      .arg(name)
                      .arg(m_size / kMiB)
                      .arg(maxSize / kMiB);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("cannot decompress %1 (zip error %2)").arg(name).arg(m_file.getZipError());
        return false;
    }
    return true;
}

QXmlStreamReader::TokenType XmlPart::readNext()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    for (;;) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_atEnd) {
                if (!feed())
                    return QXmlStreamReader::Invalid;
                continue;
            }
            m_error = Tr::tr("malformed XML in %1: %2 (line %3, column %4)")
                          .arg(m_name, m_xml.errorString())
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber());
            return token;
        }
        m_sinceToken = 0;
        if (token == QXmlStreamReader::DTD) {
            // Entity declarations are the door to expansion bombs; no Office writer emits them.
            m_error = Tr::tr("%1 contains a DOCTYPE declaration, which workbooks never need; refused").arg(m_name);
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::EndDocument)
            finish();
        return token;
    }
}

bool XmlPart::readStartElement(QStringView name)
{
    for (;;) {
        const auto token = readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::StartElement && m_xml.name() == name)
            return true;
    }
}

bool XmlPart::skipElement()
{
    for (int depth = 1; depth > 0;) {
        const auto token = readNext();
        if (token == QXmlStreamReader::StartElement)
            ++depth;
        else if (token == QXmlStreamReader::EndElement)
            --depth;
        else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return false;
    }
    return true;
}

bool XmlPart::appendText(std::string &out)
{
    for (int depth = 1; depth > 0;) {
        const auto token = readNext();
        switch (token) {
        case QXmlStreamReader::Characters:
            if (depth == 1) {
                appendUtf8(out, m_xml.text());
                if (qint64(out.size()) > kMaxCellBytes) {
                    m_error
                        = Tr::tr("a cell in %1 holds more than %2 MiB of text").arg(m_name).arg(kMaxCellBytes / kMiB);
                    return false;
                }
            }
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    return true;
}

bool XmlPart::readStringItem(std::string &out)
{
    for (int depth = 1; depth > 0;) {
        const auto token = readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == u"t") {
                if (!appendText(out))
                    return false;
            } else if (m_xml.name() == u"rPh") {
                if (!skipElement())
                    return false;
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            return false;
        }
    }
    return true;
}

QString XmlPart::errorString() const
{
    return m_error.isEmpty() ? Tr::tr("%1 ends unexpectedly").arg(m_name) : m_error;
}

void XmlPart::finish()
{
    m_fed = m_size;
    if (m_file.isOpen())
        m_file.close();
}

bool XmlPart::feed()
{
    if (m_sinceToken > kMaxCellBytes + kChunkSize) {
        m_error = Tr::tr("%1 contains a single XML token larger than %2 MiB").arg(m_name).arg(kMaxCellBytes / kMiB);
        return false;
    }
    m_chunk.resize(kChunkSize);
    const qint64 n = m_file.read(m_chunk.data(), kChunkSize);
    if (n < 0) {
        m_error
            = Tr::tr("cannot decompress %1: the file is damaged (zip error %2)").arg(m_name).arg(m_file.getZipError());
        return false;
    }
    if (n == 0) {
        m_atEnd = true;
        // Closing is where minizip compares the CRC; a mismatch means damaged data.
        m_file.close();
        if (m_file.getZipError() != UNZ_OK) {
            m_error = Tr::tr("%1 is damaged (checksum mismatch, zip error %2)").arg(m_name).arg(m_file.getZipError());
            return false;
        }
        return true;
    }
    if (m_fed + n > m_size) {
        // More data than the zip declares: a forged entry (the checks above relied on the declaration).
        m_error = Tr::tr("%1 is damaged: it holds more data than its zip entry declares").arg(m_name);
        return false;
    }
    m_chunk.resize(n);
    m_xml.addData(m_chunk);
    m_fed += n;
    m_sinceToken += n;
    return true;
}

} // namespace clientele::xlsx
