#include "support/zipfixture.h"

#include <QFile>

// The tests link QuaZip through clientele_analysis but do not get its include folder.
#if __has_include(<quazip.h>)
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#else
#include <QuaZip-Qt6-1.4/quazip/quazip.h>
#include <QuaZip-Qt6-1.4/quazip/quazipfile.h>
#include <QuaZip-Qt6-1.4/quazip/quazipnewinfo.h>
#endif

namespace testsupport {

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace testsupport
