#include "analysis/io/xlsxworkbook.h"

#include "analysis/io/xlsxxmlpart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::xlsx {

namespace {

// The messages are XlsxReader's: same translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

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

} // namespace

bool Workbook::open(const QString &path)
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

QStringList Workbook::sheetNames() const
{
    QStringList names;
    for (const SheetEntry &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

QString Workbook::partFor(const QString &relationshipId) const
{
    for (const auto &[id, target] : m_targets) {
        if (id == relationshipId)
            return target;
    }
    return {};
}

std::optional<SheetEntry> Workbook::findSheet(const QString &requested, QString &error) const
{
    auto found = m_sheets.begin();
    if (!requested.isEmpty()) {
        found
            = std::find_if(m_sheets.begin(), m_sheets.end(), [&](const SheetEntry &s) { return s.name == requested; });
        if (found == m_sheets.end()) {
            error = Tr::tr("the workbook has no sheet \"%1\"; available sheets: %2")
                        .arg(requested, sheetNames().join(u", "));
            return std::nullopt;
        }
    }
    return *found;
}

QString Workbook::notAZipMessage(const QString &path)
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

QString Workbook::officeDocumentPart()
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

bool Workbook::readWorkbook()
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
            m_sheets.push_back({attribute(part.xml(), "name"_L1), relationshipId(part.xml())});
        }
    }
    if (m_sheets.empty()) {
        m_error = Tr::tr("the workbook contains no worksheets");
        return false;
    }
    return true;
}

bool Workbook::readRelationships()
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

} // namespace clientele::xlsx
