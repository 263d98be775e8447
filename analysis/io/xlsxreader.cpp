#include "analysis/io/xlsxreader.h"

#include "analysis/io/xlsxcells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>
#include <charconv>
#include <utility>

using namespace Qt::StringLiterals;

namespace clientele {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

constexpr qint64 kMiB = 1024 * 1024;
// One cell's text; anything larger is a broken or hostile file, not an order export.
constexpr qint64 kMaxCellBytes = 64 * kMiB;
// All shared strings together; they are the only part held in memory.
constexpr qint64 kMaxSharedStringBytes = 512 * kMiB;
// Parts read completely (workbook, relationships, styles, shared strings).
constexpr qint64 kMaxPartBytes = 2048 * kMiB;
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

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

QString attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.attributes().value(name).toString();
}

// r:id of <sheet>; the prefix is bound to a relationships namespace that differs between
// transitional and strict OOXML, so match any namespaced "id".
QString relationshipId(const QXmlStreamReader &xml)
{
    const auto attributes = xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// Joins a relationship target to the folder of the part that declares it.
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseFolder.isEmpty() ? target : baseFolder % u'/' % target);
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// One part of the zip fed to QXmlStreamReader in chunks. Feeding by hand (instead of handing the
// device over) is what lets us stop a single token from swallowing unbounded memory.
class XmlPart
{
public:
    explicit XmlPart(QuaZip *zip)
        : m_file(zip)
    {
        m_xml.setNamespaceProcessing(true);
    }
    ~XmlPart()
    {
        if (m_file.isOpen())
            m_file.close();
    }
    Q_DISABLE_COPY_MOVE(XmlPart)

    // `held`: the part is read whole into memory, so refuse implausible sizes up front.
    bool open(const QString &name, bool held)
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
        m_size = qint64(info.uncompressedSize);
        if (held) {
            const qint64 compressed = qMax<qint64>(1, qint64(info.compressedSize));
            if (m_size > kMaxPartBytes || (m_size > kBombFloor && m_size / compressed > kBombRatio)) {
                m_error = Tr::tr("workbook looks like a zip bomb (%1 expands from %2 to %3 bytes)")
                              .arg(name)
                              .arg(compressed)
                              .arg(m_size);
                return false;
            }
        }
        if (!m_file.open(QIODevice::ReadOnly)) {
            m_error = Tr::tr("cannot decompress %1 (zip error %2)").arg(name).arg(m_file.getZipError());
            return false;
        }
        return true;
    }

    QXmlStreamReader::TokenType readNext()
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
                m_error = Tr::tr("%1 contains a DOCTYPE declaration, which workbooks never need; refused")
                              .arg(m_name);
                return QXmlStreamReader::Invalid;
            }
            if (token == QXmlStreamReader::EndDocument)
                finish();
            return token;
        }
    }

    bool readStartElement(QStringView name)
    {
        for (;;) {
            const auto token = readNext();
            if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
                return false;
            if (token == QXmlStreamReader::StartElement && m_xml.name() == name)
                return true;
        }
    }

    // Skips the rest of the current element, whose start tag was just read.
    bool skipElement()
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

    // Appends the text of the current element (start tag just read) up to its end tag.
    bool appendText(std::string &out)
    {
        for (int depth = 1; depth > 0;) {
            const auto token = readNext();
            switch (token) {
            case QXmlStreamReader::Characters:
                if (depth == 1) {
                    appendUtf8(out, m_xml.text());
                    if (qint64(out.size()) > kMaxCellBytes) {
                        m_error = Tr::tr("a cell in %1 holds more than %2 MiB of text")
                                      .arg(m_name)
                                      .arg(kMaxCellBytes / kMiB);
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

    // <si> and <is>: plain <t>, or rich-text runs <r><t>; phonetic hints (<rPh>) are not text.
    bool readStringItem(std::string &out)
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

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const
    {
        return m_error.isEmpty() ? Tr::tr("%1 ends unexpectedly").arg(m_name) : m_error;
    }
    const QXmlStreamReader &xml() const { return m_xml; }
    qint64 position() const { return m_fed; }
    qint64 size() const { return m_size; }
    void finish()
    {
        m_fed = m_size;
        if (m_file.isOpen())
            m_file.close();
    }

private:
    bool feed()
    {
        if (m_sinceToken > kMaxCellBytes + kChunkSize) {
            m_error = Tr::tr("%1 contains a single XML token larger than %2 MiB")
                          .arg(m_name)
                          .arg(kMaxCellBytes / kMiB);
            return false;
        }
        m_chunk.resize(kChunkSize);
        const qint64 n = m_file.read(m_chunk.data(), kChunkSize);
        if (n < 0) {
            m_error = Tr::tr("cannot decompress %1: the file is damaged (zip error %2)")
                          .arg(m_name)
                          .arg(m_file.getZipError());
            return false;
        }
        if (n == 0) {
            m_atEnd = true;
            // Closing is where minizip compares the CRC; a mismatch means damaged data.
            m_file.close();
            if (m_file.getZipError() != UNZ_OK) {
                m_error = Tr::tr("%1 is damaged (checksum mismatch, zip error %2)")
                              .arg(m_name)
                              .arg(m_file.getZipError());
                return false;
            }
            return true;
        }
        m_chunk.resize(n);
        m_xml.addData(m_chunk);
        m_fed += n;
        m_sinceToken += n;
        return true;
    }

    QuaZipFile m_file;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    QString m_name;
    QString m_error;
    qint64 m_size = 0;
    qint64 m_fed = 0;
    qint64 m_sinceToken = 0;
    bool m_atEnd = false;
};

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

// The workbook-level structure: which parts exist and which sheets, in workbook order.
class Workbook
{
public:
    bool open(const QString &path)
    {
        const QFileInfo info(path);
        if (!info.exists()) {
            m_error = Tr::tr("file not found: %1").arg(path);
            return false;
        }
        if (!info.isReadable() || info.isDir()) {
            m_error = Tr::tr("cannot read %1").arg(path);
            return false;
        }
        m_zip.setZipName(path);
        if (!m_zip.open(QuaZip::mdUnzip)) {
            m_error = notAZipMessage(path);
            return false;
        }
        m_workbookPart = officeDocumentPart();
        if (!m_error.isEmpty())
            return false;
        return readWorkbook() && readRelationships();
    }

    QuaZip *zip() { return &m_zip; }
    QString error() const { return m_error; }
    bool date1904() const { return m_date1904; }
    const std::vector<SheetEntry> &sheets() const { return m_sheets; }
    QStringList sheetNames() const
    {
        QStringList names;
        for (const SheetEntry &sheet : m_sheets)
            names.append(sheet.name);
        return names;
    }
    QString partFor(const QString &relationshipId) const
    {
        for (const auto &[id, target] : m_targets) {
            if (id == relationshipId)
                return target;
        }
        return {};
    }
    QString sharedStringsPart() const { return m_sharedStringsPart; }
    QString stylesPart() const { return m_stylesPart; }

private:
    static QString notAZipMessage(const QString &path)
    {
        QFile file(path);
        QByteArray head;
        if (file.open(QIODevice::ReadOnly))
            head = file.read(8);
        if (head.startsWith("\xD0\xCF\x11\xE0"))
            return Tr::tr("%1 is an old-style .xls or a password-protected workbook; save it as .xlsx "
                          "without a password")
                .arg(QFileInfo(path).fileName());
        return Tr::tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive or it is damaged")
            .arg(QFileInfo(path).fileName());
    }

    QString officeDocumentPart()
    {
        const QString fallback = QStringLiteral("xl/workbook.xml");
        XmlPart rels(&m_zip);
        if (!rels.open(QStringLiteral("_rels/.rels"), true))
            return fallback;
        while (rels.readStartElement(u"Relationship")) {
            if (attribute(rels.xml(), "Type"_L1).endsWith(u"/officeDocument"))
                return resolveTarget({}, attribute(rels.xml(), "Target"_L1));
        }
        if (rels.hasError())
            m_error = rels.errorString();
        return fallback;
    }

    bool readWorkbook()
    {
        XmlPart part(&m_zip);
        if (!part.open(m_workbookPart, true)) {
            m_error = Tr::tr("not an Excel workbook: %1").arg(part.errorString());
            return false;
        }
        for (;;) {
            const auto token = part.readNext();
            if (token == QXmlStreamReader::Invalid) {
                m_error = part.errorString();
                return false;
            }
            if (token == QXmlStreamReader::EndDocument)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const auto name = part.xml().name();
            if (name == u"workbookPr") {
                const QString value = attribute(part.xml(), "date1904"_L1);
                m_date1904 = value == u"1" || value == u"true";
            } else if (name == u"sheet") {
                m_sheets.push_back({ attribute(part.xml(), "name"_L1), relationshipId(part.xml()) });
            }
        }
        if (m_sheets.empty()) {
            m_error = Tr::tr("the workbook contains no worksheets");
            return false;
        }
        return true;
    }

    bool readRelationships()
    {
        const QString folder = folderOf(m_workbookPart);
        const QString relsPart = (folder.isEmpty() ? QString() : folder + u'/') % u"_rels/"
            % m_workbookPart.mid(m_workbookPart.lastIndexOf(u'/') + 1) % u".rels";
        XmlPart rels(&m_zip);
        if (!rels.open(relsPart, true)) {
            m_error = Tr::tr("not an Excel workbook: %1").arg(rels.errorString());
            return false;
        }
        while (rels.readStartElement(u"Relationship")) {
            const auto &xml = rels.xml();
            if (attribute(xml, "TargetMode"_L1) == u"External")
                continue;
            const QString type = attribute(xml, "Type"_L1);
            const QString target = resolveTarget(folder, attribute(xml, "Target"_L1));
            if (type.endsWith(u"/sharedStrings"))
                m_sharedStringsPart = target;
            else if (type.endsWith(u"/styles"))
                m_stylesPart = target;
            m_targets.emplace_back(attribute(xml, "Id"_L1), target);
        }
        if (rels.hasError()) {
            m_error = rels.errorString();
            return false;
        }
        return true;
    }

    QuaZip m_zip;
    QString m_error;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    std::vector<SheetEntry> m_sheets;
    std::vector<std::pair<QString, QString>> m_targets;
    bool m_date1904 = false;
};

} // namespace

struct XlsxReader::Private
{
    bool openWorkbook(const QString &path, const QString &requestedSheet);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    bool nextRow(Record &record);
    bool readCell();
    void fail(const QString &message);

    Workbook workbook;
    std::unique_ptr<XmlPart> sheet;
    QString sheetName;
    QString openError;
    std::optional<ReadError> error;
    bool open = false;
    bool inSheetData = false;
    bool finished = false;

    std::string sharedText; // all shared strings back to back
    std::vector<std::pair<size_t, size_t>> sharedStrings; // offset, length into sharedText
    std::vector<bool> dateStyles; // per cellXfs index

    qint64 row = 0;
    int nextColumn = 0;
    size_t cellCount = 0;
    std::vector<std::string> cells; // reused across rows so capacity is kept
    std::string value;
    std::string text;
    std::string raw;
    QString problem;
};

bool XlsxReader::Private::openWorkbook(const QString &path, const QString &requestedSheet)
{
    if (!workbook.open(path)) {
        openError = workbook.error();
        return false;
    }
    const auto &sheets = workbook.sheets();
    auto found = sheets.begin();
    if (!requestedSheet.isEmpty()) {
        found = std::find_if(
            sheets.begin(), sheets.end(), [&](const SheetEntry &s) { return s.name == requestedSheet; });
        if (found == sheets.end()) {
            openError = Tr::tr("the workbook has no sheet \"%1\"; available sheets: %2")
                            .arg(requestedSheet, workbook.sheetNames().join(u", "));
            return false;
        }
    }
    sheetName = found->name;
    const QString sheetPart = workbook.partFor(found->relationshipId);
    if (sheetPart.isEmpty()) {
        openError = Tr::tr("sheet \"%1\" has no worksheet part in the workbook").arg(sheetName);
        return false;
    }
    if (!workbook.sharedStringsPart().isEmpty() && !readSharedStrings(workbook.sharedStringsPart()))
        return false;
    if (!workbook.stylesPart().isEmpty() && !readStyles(workbook.stylesPart()))
        return false;
    sheet = std::make_unique<XmlPart>(workbook.zip());
    // Reading up to the root element here turns a DOCTYPE or a non-XML sheet into an open error
    // that the importer can show before it starts.
    if (!sheet->open(sheetPart, false) || !sheet->readStartElement(u"worksheet")) {
        openError = Tr::tr("cannot read sheet \"%1\": %2").arg(sheetName, sheet->errorString());
        return false;
    }
    return true;
}

bool XlsxReader::Private::readSharedStrings(const QString &partName)
{
    XmlPart part(workbook.zip());
    if (!part.open(partName, true)) {
        // A workbook without its declared string table would come out with wrong text.
        openError = part.errorString();
        return false;
    }
    for (;;) {
        const auto token = part.readNext();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::Invalid) {
            openError = part.errorString();
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (part.xml().name() == u"sst") {
            // Trust the declared count only for a modest head start.
            const qint64 count = attribute(part.xml(), "uniqueCount"_L1).toLongLong();
            sharedStrings.reserve(size_t(qBound(qint64(0), count, qint64(1) << 20)));
        } else if (part.xml().name() == u"si") {
            text.clear();
            if (!part.readStringItem(text)) {
                openError = part.errorString();
                return false;
            }
            xlsx::decodeEscapes(text);
            if (qint64(sharedText.size() + text.size()) > kMaxSharedStringBytes) {
                openError = Tr::tr("the shared string table is larger than %1 MiB")
                                .arg(kMaxSharedStringBytes / kMiB);
                return false;
            }
            sharedStrings.emplace_back(sharedText.size(), text.size());
            sharedText += text;
        }
    }
}

bool XlsxReader::Private::readStyles(const QString &partName)
{
    XmlPart part(workbook.zip());
    if (!part.open(partName, true)) {
        openError = part.errorString();
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
            openError = part.errorString();
            return false;
        }
        const auto name = part.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"numFmt") {
                customFormats.emplace_back(attribute(part.xml(), "numFmtId"_L1).toInt(),
                    xlsx::isDateFormatCode(attribute(part.xml(), "formatCode"_L1)));
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                formatOfStyle.push_back(attribute(part.xml(), "numFmtId"_L1).toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && name == u"cellXfs") {
            inCellXfs = false;
        }
    }
    dateStyles.reserve(formatOfStyle.size());
    for (const int id : formatOfStyle) {
        // A custom format may reuse a built-in id; the workbook's definition wins.
        const auto custom = std::find_if(
            customFormats.begin(), customFormats.end(), [id](const auto &f) { return f.first == id; });
        dateStyles.push_back(custom != customFormats.end() ? custom->second : xlsx::isDateFormatId(id));
    }
    return true;
}

void XlsxReader::Private::fail(const QString &message)
{
    error = ReadError { row, message };
    finished = true;
    if (sheet)
        sheet->finish();
}

// Reads one <c> (start tag just read) into `value`; places it in `cells` if it has a value.
bool XlsxReader::Private::readCell()
{
    const auto &xml = sheet->xml();
    const auto attributes = xml.attributes();
    const QStringView reference = attributes.value("r"_L1);
    const QStringView type = attributes.value("t"_L1);
    const int style = attributes.value("s"_L1).toInt();

    int column = nextColumn;
    if (!reference.isEmpty()) {
        const QByteArray latin = reference.toLatin1();
        column = xlsx::columnFromReference(std::string_view(latin.constData(), size_t(latin.size())));
        if (column < 0) {
            fail(Tr::tr("invalid cell reference \"%1\" in row %2 of sheet \"%3\"")
                     .arg(reference.toString())
                     .arg(row)
                     .arg(sheetName));
            return false;
        }
    }
    nextColumn = column + 1;

    value.clear();
    text.clear();
    bool hasValue = false;
    bool hasInline = false;
    for (;;) {
        const auto token = sheet->readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::EndElement)
            break; // </c>
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        bool ok = true;
        if (name == u"v") {
            hasValue = true;
            ok = sheet->appendText(value);
        } else if (name == u"is") {
            hasInline = true;
            ok = sheet->readStringItem(text);
        } else {
            ok = sheet->skipElement(); // <f>, <extLst>
        }
        if (!ok)
            return false;
    }
    if (!hasValue && !hasInline)
        return true; // formatting only: not a value, does not widen the row

    // `text` becomes the cell's final text.
    if (type == u"inlineStr") {
        if (!hasInline)
            text = value;
        xlsx::decodeEscapes(text);
    } else if (type == u"s") {
        size_t index = 0;
        const std::string_view v = trimmed(value);
        const auto result = std::from_chars(v.data(), v.data() + v.size(), index);
        if (result.ec == std::errc() && result.ptr == v.data() + v.size() && index < sharedStrings.size()) {
            const auto [offset, length] = sharedStrings[index];
            text.assign(sharedText, offset, length);
        } else {
            text.clear();
            problem
                = Tr::tr("cell %1 refers to shared string \"%2\", which the workbook does not have")
                      .arg(reference.toString(), QString::fromUtf8(value.data(), qsizetype(value.size())));
        }
    } else if (type == u"str") {
        text = value;
        xlsx::decodeEscapes(text);
    } else if (type == u"b") {
        const std::string_view v = trimmed(value);
        text = v == "1" ? "TRUE" : v == "0" ? "FALSE" : std::string(v);
    } else if (type == u"e") {
        text = value;
    } else if (type == u"d") {
        // Strict OOXML ISO 8601 cell; keep the date and time parts, drop zone and fraction.
        std::string_view v = trimmed(value);
        text.assign(v.substr(0, 19));
        if (text.size() > 10 && text[10] == 'T')
            text[10] = ' ';
        else if (text.size() == 10)
            text += " 00:00:00";
    } else {
        const std::string_view v = trimmed(value);
        double serial = 0;
        const auto result = std::from_chars(v.data(), v.data() + v.size(), serial);
        const bool numeric = !v.empty() && result.ec == std::errc() && result.ptr == v.data() + v.size();
        const bool isDate = style >= 0 && size_t(style) < dateStyles.size() && dateStyles[size_t(style)];
        if (!numeric
            || !((isDate && xlsx::serialToDateTime(serial, workbook.date1904(), text))
                || xlsx::formatNumber(v, text)))
            text = value;
    }

    if (cells.size() <= size_t(column))
        cells.resize(size_t(column) + 1);
    for (size_t i = cellCount; i < size_t(column); ++i)
        cells[i].clear();
    cellCount = std::max(cellCount, size_t(column) + 1);
    std::swap(cells[size_t(column)], text);
    return true;
}

bool XlsxReader::Private::nextRow(Record &record)
{
    while (!finished) {
        const auto token = sheet->readNext();
        if (token == QXmlStreamReader::Invalid) {
            fail(row == 0 ? Tr::tr("sheet \"%1\" is damaged before its first row: %2")
                                .arg(sheetName, sheet->errorString())
                          : Tr::tr("sheet \"%1\" is damaged after row %2: %3")
                                .arg(sheetName)
                                .arg(row)
                                .arg(sheet->errorString()));
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            finished = true;
            return false;
        }
        const auto name = sheet->xml().name();
        if (token == QXmlStreamReader::EndElement && name == u"sheetData") {
            // Everything after the cells (merges, print setup) is of no interest.
            finished = true;
            sheet->finish();
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == u"sheetData") {
            inSheetData = true;
            continue;
        }
        if (!inSheetData || name != u"row")
            continue;

        const qint64 declared = sheet->xml().attributes().value("r"_L1).toLongLong();
        row = declared > 0 ? declared : row + 1;
        nextColumn = 0;
        cellCount = 0;
        problem.clear();
        for (;;) {
            const auto cellToken = sheet->readNext();
            if (cellToken == QXmlStreamReader::EndElement)
                break; // </row>
            if (cellToken == QXmlStreamReader::Invalid || cellToken == QXmlStreamReader::EndDocument) {
                if (!finished)
                    fail(Tr::tr("sheet \"%1\" is damaged in row %2: %3")
                             .arg(sheetName)
                             .arg(row)
                             .arg(sheet->errorString()));
                return false;
            }
            if (cellToken != QXmlStreamReader::StartElement)
                continue;
            const bool ok = sheet->xml().name() == u"c" ? readCell() : sheet->skipElement();
            if (!ok) {
                if (!finished)
                    fail(Tr::tr("sheet \"%1\" is damaged in row %2: %3")
                             .arg(sheetName)
                             .arg(row)
                             .arg(sheet->errorString()));
                return false;
            }
        }
        if (cellCount == 0)
            continue; // a row that only carries formatting

        record.line = row;
        record.problem = problem;
        record.fields.clear();
        raw.clear();
        for (size_t i = 0; i < cellCount; ++i) {
            if (i > 0)
                raw += '\t';
            raw += cells[i];
        }
        for (size_t i = 0; i < cellCount; ++i)
            record.fields.emplace_back(cells[i]);
        record.raw = raw;
        return true;
    }
    return false;
}

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    Workbook workbook;
    if (!workbook.open(path)) {
        if (error)
            *error = workbook.error();
        return {};
    }
    if (error)
        error->clear();
    return workbook.sheetNames();
}

XlsxReader::XlsxReader(const QString &path, const QString &sheet)
    : d(std::make_unique<Private>())
{
    d->open = d->openWorkbook(path, sheet);
    if (!d->open) {
        d->error = ReadError { 0, d->openError };
        d->finished = true;
        d->sheet.reset();
    }
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::isOpen() const
{
    return d->open;
}

bool XlsxReader::date1904() const
{
    return d->workbook.date1904();
}

bool XlsxReader::next(Record &record)
{
    if (!d->open || d->finished)
        return false;
    return d->nextRow(record);
}

std::optional<ReadError> XlsxReader::error() const
{
    return d->error;
}

qint64 XlsxReader::position() const
{
    return d->sheet ? d->sheet->position() : 0;
}

qint64 XlsxReader::size() const
{
    return d->sheet ? d->sheet->size() : 0;
}

QString XlsxReader::description() const
{
    if (d->sheetName.isEmpty())
        return Tr::tr("Excel workbook");
    return Tr::tr("Excel workbook, sheet \"%1\"").arg(d->sheetName);
}

} // namespace clientele
