#pragma once

#include "analysis/generate/ordergenerator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace clientele {
class Workspace;
}

namespace testsupport {

// Writes `bytes` to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Writes an export of the project's generator (analysis/generate) to dir/name and returns the path; an
// empty string and the reason in `error` if it could not be written. `report` receives what was written
// (rows, orders, customers, the true BG/NBD parameters).
QString generateOrders(const QTemporaryDir &dir, const QString &name, const clientele::GeneratorOptions &options,
    QString *error, clientele::GeneratorReport *report = nullptr);

// Path of a reference file in tests/data (see tests/data/README.md).
QString testData(const QString &relativePath);

// The single integer an SQL query returns.
qint64 scalar(const clientele::Workspace &workspace, const char *sql);

// The SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileDigest(const QString &path);

} // namespace testsupport
