#include "support/testsupport.h"

#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace testsupport {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString generateOrders(
    const QTemporaryDir &dir, const QString &name, const QStringList &arguments, QString *error, QString *stderrText)
{
    const QString tool = QStringLiteral(CLIENTELE_SHARED_DIR "/tools/gen_orders.py");
    if (!QFile::exists(tool)) {
        *error = QStringLiteral("gen_orders.py not found at ") + tool;
        return {};
    }
    const QString path = dir.filePath(name);
    QProcess process;
    process.start(QStringLiteral("python3"), QStringList{tool} + arguments + QStringList{QStringLiteral("-o"), path});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("gen_orders.py failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    if (stderrText)
        *stderrText = QString::fromUtf8(process.readAllStandardError());
    return path;
}

QString sharedDataset(const QString &relativePath)
{
    return QStringLiteral(CLIENTELE_SHARED_DIR "/datasets/") + relativePath;
}

qint64 scalar(const clientele::Workspace &workspace, const char *sql)
{
    clientele::SqliteStatement statement(workspace.handle(), sql);
    if (!statement.isValid() || statement.step() != SQLITE_ROW)
        return -1;
    return statement.int64(0);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace testsupport
