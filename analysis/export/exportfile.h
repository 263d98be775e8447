#pragma once

#include <QFile>
#include <QString>

namespace clientele {

// Why an export must not write `path`, as one sentence; empty when it may. Refused: the workspace
// `workspacePath` itself (the same file after resolving links) and its -wal, -shm and -journal files; any
// existing Clientele workspace (recognised by its header, Workspace::isWorkspaceFile) and those files of
// one; a folder or anything else that is not a regular file. The one check of every export (CSV, XLSX,
// PDF, rejected rows; command line and GUI), made again by ExportFile::open.
QString exportTargetProblem(const QString &path, const QString &workspacePath = {});

// The text of an errno value ("No space left on device"), for messages where Qt would say "Unknown error".
QString systemErrorText(int errorNumber);

// The file an export writes. open() checks the target (exportTargetProblem) and creates a temporary file
// in the target's folder; the export writes to device() - or, for a library that writes by name, to
// temporaryPath(); commit() flushes it to disk and renames it over the target. A failed, cancelled or
// destroyed uncommitted export leaves the old file (or none) and no temporary file behind. Messages name
// the real reason (errno), e.g. "Cannot write list.xlsx: No space left on device".
class ExportFile
{
public:
    explicit ExportFile(QString path, QString workspacePath = {});
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    bool open(QString *error);
    QIODevice *device() { return &m_file; }
    QString temporaryPath() const { return m_temporaryPath; }
    // Writes all of `bytes`; false (the reason kept for commit) when the device fails.
    bool write(const QByteArray &bytes);
    // Marks the export as failed with `reason` (e.g. a library's message); commit() then refuses.
    void fail(const QString &reason);
    bool commit(QString *error);
    void cancel();

private:
    QString failure(const QString &reason) const;

    QString m_path;
    QString m_workspacePath;
    QString m_temporaryPath;
    QString m_writeError;
    QFile m_file;
};

} // namespace clientele
