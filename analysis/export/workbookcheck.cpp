#include "analysis/export/workbookcheck.h"

#include <QByteArray>

#include <quazip.h>
#include <quazipfile.h>

namespace clientele {

namespace {

// The name of the root element: the first tag that is not a declaration, comment or processing instruction.
QByteArray rootName(const QByteArray &head)
{
    qsizetype at = 0;
    while ((at = head.indexOf('<', at)) >= 0) {
        if (at + 1 < head.size() && head.at(at + 1) != '?' && head.at(at + 1) != '!') {
            qsizetype end = at + 1;
            while (end < head.size() && !QByteArrayView(" \t\r\n/>").contains(head.at(end)))
                ++end;
            return end < head.size() ? head.mid(at + 1, end - at - 1) : QByteArray();
        }
        ++at;
    }
    return {};
}

bool partIsComplete(QuaZipFile &part)
{
    if (!part.open(QIODevice::ReadOnly))
        return false;
    QByteArray head;
    QByteArray tail;
    qint64 total = 0;
    constexpr qsizetype Keep = 512;
    while (true) {
        const QByteArray chunk = part.read(1 << 16);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (head.size() < Keep)
            head += chunk.left(Keep - head.size());
        tail = QByteArray(tail + chunk).right(Keep);
    }
    const bool readAll = part.atEnd() && part.getZipError() == UNZ_OK;
    part.close();
    if (!readAll || part.getZipError() != UNZ_OK)
        return false;
    const QByteArray root = rootName(head);
    if (root.isEmpty())
        return false;
    const QByteArray end = tail.trimmed();
    // … </root>, or a small part that is one empty element (parts are cut at buffer sizes, 4 KiB and up)
    return end.endsWith(QByteArray("</" + root + '>')) || (total <= Keep && end.endsWith("/>"));
}

} // namespace

QString incompleteWorkbookPart(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return QStringLiteral("(not a zip archive)");
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (!name.endsWith(QStringLiteral(".xml")) && !name.endsWith(QStringLiteral(".rels")))
            continue;
        QuaZipFile part(&zip);
        if (!partIsComplete(part))
            return name;
    }
    return zip.getZipError() == UNZ_OK ? QString() : QStringLiteral("(damaged zip directory)");
}

} // namespace clientele
