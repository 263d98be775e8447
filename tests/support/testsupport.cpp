#include "support/testsupport.h"

#include "analysis/store/sqlitestatement.h"
#include "analysis/store/workspace.h"

#include <QCryptographicHash>
#include <QFile>

namespace testsupport {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString generateOrders(const QTemporaryDir &dir, const QString &name, const clientele::GeneratorOptions &options,
    QString *error, clientele::GeneratorReport *report)
{
    const QString path = dir.filePath(name);
    if (!clientele::writeOrderExport(path, options, report, error))
        return {};
    return path;
}

QString testData(const QString &relativePath)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/") + relativePath;
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
