#pragma once

#include "analysis/store/workspace.h"

#include <QString>

#include <vector>

namespace clientele {

// What the main window shows of a workspace; loaded in a worker, which opens its own connection.
struct WorkspaceSnapshot
{
    QString error; // non-empty: the workspace could not be read
    WorkspaceSummary summary;
};

WorkspaceSnapshot loadWorkspaceSnapshot(const QString &path);

// Loads rejected rows of one import (-1: all) in the calling thread.
struct RejectedRowsResult
{
    QString error;
    std::vector<RejectedRow> rows;
};
RejectedRowsResult loadRejectedRowsFrom(const QString &workspacePath, qint64 importId);

} // namespace clientele
