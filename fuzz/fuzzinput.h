#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace clientele::fuzz {

// The readers take a path, so each input is written to one temp file per process (libFuzzer runs
// inputs one after another in a process; -jobs/-fork children get their own pid).
inline QString writeInput(const char *suffix, const uint8_t *data, size_t size)
{
    static const QString path
        = QStringLiteral("/tmp/clientele-fuzz-%1%2").arg(qint64(::getpid())).arg(QString::fromLatin1(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        __builtin_trap();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    return path;
}

} // namespace clientele::fuzz
