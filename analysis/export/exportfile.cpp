#include "analysis/export/exportfile.h"

#include "analysis/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct ExportFileText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ExportFile)
};

const QStringList &sidecarSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

// The path with links resolved; for a file that does not exist yet, its resolved folder and its name.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

// Hard links have different paths but one inode.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa = {};
    struct stat sb = {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
        && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QString refusal(const QString &path, const QString &why)
{
    return ExportFileText::tr("%1 was not written: %2 Choose another file name.").arg(path, why);
}

} // namespace

QString systemErrorText(int errorNumber)
{
    return qt_error_string(errorNumber);
}

QString exportTargetProblem(const QString &path, const QString &workspacePath)
{
    if (path.isEmpty())
        return ExportFileText::tr("No file name was given for the export.");
    const QFileInfo info(path);
    const QString target = resolved(path);
    if (!workspacePath.isEmpty()) {
        const QString workspace = resolved(workspacePath);
        if (target == workspace || sameFile(path, workspacePath))
            return refusal(path, ExportFileText::tr("it is the open workspace, which an export never replaces."));
        for (const QString &suffix : sidecarSuffixes()) {
            if (target == workspace + suffix || sameFile(path, workspacePath + suffix))
                return refusal(path, ExportFileText::tr("it belongs to the open workspace (its %1 file).").arg(suffix));
        }
    }
    if (info.exists()) {
        if (info.isDir())
            return refusal(path, ExportFileText::tr("it is a folder."));
        if (!info.isFile())
            return refusal(path, ExportFileText::tr("it is not a regular file (a device, pipe or socket)."));
        if (Workspace::isWorkspaceFile(path))
            return refusal(path, ExportFileText::tr("it is a Clientele workspace, which an export never replaces."));
    }
    for (const QString &suffix : sidecarSuffixes()) {
        if (target.endsWith(suffix) && Workspace::isWorkspaceFile(target.chopped(suffix.size())))
            return refusal(path,
                ExportFileText::tr("it belongs to the Clientele workspace %1 (its %2 file).")
                    .arg(QFileInfo(target.chopped(suffix.size())).fileName(), suffix));
    }
    return {};
}

ExportFile::ExportFile(QString path, QString workspacePath)
    : m_path(std::move(path))
    , m_workspacePath(std::move(workspacePath))
{
}

ExportFile::~ExportFile()
{
    cancel();
}

QString ExportFile::failure(const QString &reason) const
{
    return ExportFileText::tr("Cannot write %1: %2").arg(m_path, reason);
}

bool ExportFile::open(QString *error)
{
    if (const QString problem = exportTargetProblem(m_path, m_workspacePath); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QFileInfo info(m_path);
    // In the target's folder, so the final rename is atomic and the disk that fills up is the right one.
    const QString stem = info.absolutePath() + QStringLiteral("/.") + info.fileName() + u'.';
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        m_temporaryPath = stem + QString::number(QRandomGenerator::global()->generate(), 16) + QStringLiteral(".part");
        // 0666 less the umask, like any new file; an existing target keeps its permissions (below).
        fd = ::open(QFile::encodeName(m_temporaryPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        const int reason = errno;
        m_temporaryPath.clear();
        *error = failure(systemErrorText(reason));
        return false;
    }
    struct stat existing = {};
    if (::stat(QFile::encodeName(m_path).constData(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777);
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = failure(m_file.errorString());
        cancel();
        return false;
    }
    m_writeError.clear();
    return true;
}

bool ExportFile::write(const QByteArray &bytes)
{
    if (!m_writeError.isEmpty())
        return false;
    errno = 0;
    if (m_file.write(bytes) == bytes.size())
        return true;
    const int reason = errno;
    fail(reason != 0 ? systemErrorText(reason) : m_file.errorString());
    return false;
}

void ExportFile::fail(const QString &reason)
{
    if (m_writeError.isEmpty())
        m_writeError = reason;
}

bool ExportFile::commit(QString *error)
{
    if (m_temporaryPath.isEmpty()) {
        *error = failure(ExportFileText::tr("the file was not opened."));
        return false;
    }
    // A writer that used device() directly (QPdfWriter, QImage) leaves a failed write in the device's error.
    if (m_writeError.isEmpty() && m_file.error() != QFileDevice::NoError)
        fail(m_file.errorString());
    if (m_writeError.isEmpty()) {
        errno = 0;
        if (!m_file.flush()) {
            const int reason = errno;
            fail(reason != 0 ? systemErrorText(reason) : m_file.errorString());
        } else if (::fsync(m_file.handle()) != 0) {
            fail(systemErrorText(errno));
        }
    }
    m_file.close();
    if (m_writeError.isEmpty()
        && ::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        fail(systemErrorText(errno));
    if (!m_writeError.isEmpty()) {
        *error = failure(m_writeError);
        cancel();
        return false;
    }
    m_temporaryPath.clear();
    return true;
}

void ExportFile::cancel()
{
    m_file.close();
    if (!m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
    m_temporaryPath.clear();
}

} // namespace clientele
