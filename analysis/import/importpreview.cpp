#include "analysis/import/importer.h"

#include "analysis/import/importertext.h"
#include "analysis/import/sourcefactory.h"
#include "analysis/import/sourcehead.h"
#include "analysis/io/recordsource.h"
#include "analysis/io/xlsxreader.h"

#include <QFileInfo>

#include <algorithm>
#include <new>

namespace clientele {

namespace {

ImportPreview readPreview(const QString &path, const ImportOptions &options, int maxRows)
{
    ImportPreview preview;
    if (isXlsxFile(path))
        preview.sheets = XlsxReader::sheetNames(path);
    QString error;
    std::unique_ptr<RecordSource> source = openRecordSource(path, options, &error);
    if (!source) {
        preview.error = error;
        return preview;
    }
    preview.formatDescription = source->description();
    SourceHead head = readHeader(*source);
    if (!head.error.isEmpty()) {
        preview.error = head.error;
        return preview;
    }
    preview.headers = head.headers;
    resolveMapping(head.headers, options, preview.layout, preview.mapping, preview.mappingProblems);
    readSample(*source, head, preview.mapping, std::max(maxRows, DecisionSampleRows), maxRows);
    const DateOrderDetector dates = detectDateOrder(head);
    preview.dateOrderAmbiguous = options.dateOrder == DateOrder::Unknown && dates.isAmbiguous();
    preview.rows = std::move(head.rows);
    return preview;
}

} // namespace

ImportPreview previewImport(const QString &path, const ImportOptions &options, int maxRows)
{
    try {
        return readPreview(path, options, maxRows);
    } catch (const std::bad_alloc &) {
        ImportPreview preview;
        preview.error = importOutOfMemoryMessage(QFileInfo(path).fileName());
        return preview;
    }
}

} // namespace clientele
