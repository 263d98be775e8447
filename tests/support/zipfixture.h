#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace testsupport {

// Writes a zip archive of (name, bytes) parts, e.g. a hand-made .xlsx. False when it cannot be written.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts);

// Peak resident set (VmHWM) of this process in KiB; −1 where /proc is not available.
qint64 peakRssKiB();

} // namespace testsupport
