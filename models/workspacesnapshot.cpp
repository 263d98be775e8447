#include "models/workspacesnapshot.h"

#include "analysis/store/workspacehealth.h"

namespace clientele {

WorkspaceSnapshot loadWorkspaceSnapshot(const QString &path)
{
    WorkspaceSnapshot snapshot;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &snapshot.error, Workspace::OpenMode::ReadOnly);
    if (!workspace)
        return snapshot;
    snapshot.summary = summarize(*workspace);
    if (workspace->isDamaged()) {
        snapshot.summary = {};
        snapshot.error = damagedMessage(path);
    }
    return snapshot;
}

RejectedRowsResult loadRejectedRowsFrom(const QString &workspacePath, qint64 importId)
{
    RejectedRowsResult result;
    std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &result.error, Workspace::OpenMode::ReadOnly);
    if (workspace)
        result.rows = loadRejectedRows(*workspace, importId);
    if (workspace && workspace->isDamaged()) {
        result.rows.clear();
        result.error = damagedMessage(workspacePath);
    }
    return result;
}

} // namespace clientele
