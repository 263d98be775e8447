#pragma once

#include "analysis/import/columnmapping.h"
#include "analysis/import/importer.h"
#include "analysis/parse/amountparser.h"
#include "analysis/parse/datetimeparser.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

class RecordSource;

// What an import decides from the first rows of a file, before it reads the rest: the header, the
// layout and column mapping, the day/month order and the decimal separator. Used by the preview and
// by the import itself.

// The header and first rows of a source, as text.
struct SourceHead
{
    QStringList headers;
    std::vector<QStringList> rows;
    QString error;
};

SourceHead readHead(RecordSource &source, int maxRows);
DateOrderDetector detectDateOrder(const SourceHead &head, const ColumnMapping &mapping);
DecimalSeparator detectDecimal(const SourceHead &head, const ColumnMapping &mapping);
// Resolves layout and mapping: explicit mapping wins, then detection plus "role=column" overrides.
void resolveMapping(const QStringList &headers, const ImportOptions &options, Layout &layout, ColumnMapping &mapping,
    QStringList &problems);
// The mapping as recorded with an import: {"order_id": "订单编号", ...}.
QString mappingJson(const ColumnMapping &mapping, const QStringList &headers);

} // namespace clientele
