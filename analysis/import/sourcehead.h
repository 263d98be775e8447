#pragma once

#include "analysis/import/columnmapping.h"
#include "analysis/import/importer.h"
#include "analysis/parse/amountparser.h"
#include "analysis/parse/datetimeparser.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace clientele {

class RecordSource;

// What an import decides from the first rows of a file, before it reads the rest: the header, the
// layout and column mapping, the day/month order and the decimal separator. Used by the preview and
// by the import itself.

// Rows read before the import proper, to decide day/month order and the decimal separator.
inline constexpr int DecisionSampleRows = 2000;

// The header and first rows of a source.
struct SourceHead
{
    QStringList headers;
    std::vector<QStringList> rows; // the first rows after the header, every column (what the preview shows)
    // The trimmed cells that decide the day/month order and the decimal separator, of all sampled rows.
    // Only these columns are kept: a file of 16,384 columns costs no more memory here than one of nine.
    std::vector<std::string> times;
    std::vector<std::string> amounts; // amount, then unit price cells
    QString error;
};

// Reads the header row (`head.error` set when there is none).
SourceHead readHeader(RecordSource &source);
// Reads up to `sampleRows` rows after the header: the cells of the order time, amount and unit price
// columns of `mapping`, and the first `previewRows` rows whole.
void readSample(RecordSource &source, SourceHead &head, const ColumnMapping &mapping, int sampleRows, int previewRows);
DateOrderDetector detectDateOrder(const SourceHead &head);
DecimalSeparator detectDecimal(const SourceHead &head);
// Resolves layout and mapping: explicit mapping wins, then detection plus "role=column" overrides.
void resolveMapping(const QStringList &headers, const ImportOptions &options, Layout &layout, ColumnMapping &mapping,
    QStringList &problems);
// The mapping as recorded with an import: {"order_id": "订单编号", ...}.
QString mappingJson(const ColumnMapping &mapping, const QStringList &headers);

} // namespace clientele
