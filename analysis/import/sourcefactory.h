#pragma once

#include "analysis/io/recordsource.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace clientele {

struct ImportOptions;

// True when the file is an .xlsx workbook (by its zip signature, whatever its extension).
bool isXlsxFile(const QString &path);

// Opens the right reader for `path` with the encoding/delimiter/sheet choices of `options`.
// On failure returns null and fills `error` with a sentence for the user.
std::unique_ptr<RecordSource> openRecordSource(const QString &path, const ImportOptions &options, QString *error);

} // namespace clientele
