#pragma once

#include "analysis/store/workspace.h"

#include <QString>

#include <vector>

namespace clientele {

// One CSV field for files people open in Excel: quoted when needed, and text that Excel would run as
// a formula (=, +, -, @ at the start, unless it is a plain number) is prefixed with an apostrophe.
QString csvField(const QString &text);

// Writes rejected rows as CSV (UTF-8 with BOM so Excel opens Chinese text correctly) through ExportFile:
// atomically, and never over the workspace `workspacePath` or any other Clientele workspace.
// Returns false and fills `error` with a sentence when the file cannot be written.
bool writeRejectedRowsCsv(
    const QString &path, const std::vector<RejectedRow> &rows, QString *error, const QString &workspacePath = {});

} // namespace clientele
