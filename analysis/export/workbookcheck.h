#pragma once

#include <QString>

namespace clientele {

// libxlsxwriter assembles each part in a temporary file and ignores errors writing it (a full disk, a
// file-size limit): the workbook then holds parts cut short, and workbook_close() still reports success.
// This reads a just-written workbook back: every XML part must decompress and end with the closing tag
// of its root element. Returns the name of the first part that does not (or a sentence when the file is
// no zip archive), empty when the workbook is complete.
QString incompleteWorkbookPart(const QString &path);

} // namespace clientele
