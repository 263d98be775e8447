#include "models/workspacesnapshot.h"

namespace clientele {

WorkspaceSnapshot loadWorkspaceSnapshot(const QString &path)
{
    WorkspaceSnapshot snapshot;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &snapshot.error, Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return snapshot;
    snapshot.summary = summarize(*workspace);
    return snapshot;
}

RejectedRowsResult loadRejectedRowsFrom(const QString &workspacePath, qint64 importId)
{
    RejectedRowsResult result;
    std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &result.error, Workspace::OpenMode::ReadOnly);
    if (workspace)
        result.rows = loadRejectedRows(*workspace, importId);
    return result;
}

} // namespace clientele
