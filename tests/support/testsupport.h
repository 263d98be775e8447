#pragma once

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

// Runs ../shared/tools/gen_orders.py with `arguments` writing to dir/name; returns the path, or an empty
// string (and the reason in `error`) when python3 or the tool is missing. `stderrText` receives the
// generator's stderr line (it carries the true BG/NBD parameters).
QString generateOrders(const QTemporaryDir &dir, const QString &name, const QStringList &arguments, QString *error,
    QString *stderrText = nullptr);

// Path of a file in ../shared/datasets.
QString sharedDataset(const QString &relativePath);

// The single integer an SQL query returns.
qint64 scalar(const clientele::Workspace &workspace, const char *sql);

// The SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileDigest(const QString &path);

} // namespace testsupport
