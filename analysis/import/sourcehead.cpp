#include "analysis/import/sourcehead.h"

#include "analysis/import/importertext.h"
#include "analysis/import/rowinterpreter.h"
#include "analysis/io/recordsource.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace clientele {

SourceHead readHeader(RecordSource &source)
{
    SourceHead head;
    Record record;
    if (!source.next(record)) {
        head.error = source.error() ? source.error()->message : ImporterText::tr("The file has no header row.");
        return head;
    }
    for (std::string_view field : record.fields)
        head.headers.append(toQString(trimmedCell(field)));
    return head;
}

namespace {

void keepCell(const Record &record, int column, std::vector<std::string> &cells)
{
    if (column < 0)
        return;
    const std::string_view field = size_t(column) < record.fields.size() ? record.fields[size_t(column)] : "";
    cells.push_back(toQString(field).trimmed().toStdString());
}

} // namespace

void readSample(RecordSource &source, SourceHead &head, const ColumnMapping &mapping, int sampleRows, int previewRows)
{
    Record record;
    for (int row = 0; row < sampleRows && source.next(record); ++row) {
        keepCell(record, mapping.column(Role::OrderTime), head.times);
        keepCell(record, mapping.column(Role::Amount), head.amounts);
        keepCell(record, mapping.column(Role::UnitPrice), head.amounts);
        if (row < previewRows) {
            QStringList cells;
            cells.reserve(qsizetype(record.fields.size()));
            for (std::string_view field : record.fields)
                cells.append(toQString(field));
            head.rows.push_back(std::move(cells));
        }
    }
}

DateOrderDetector detectDateOrder(const SourceHead &head)
{
    DateOrderDetector detector;
    for (const std::string &time : head.times)
        detector.add(time);
    return detector;
}

DecimalSeparator detectDecimal(const SourceHead &head)
{
    const std::vector<std::string_view> samples(head.amounts.begin(), head.amounts.end());
    return detectDecimalSeparator(samples);
}

void resolveMapping(const QStringList &headers, const ImportOptions &options, Layout &layout, ColumnMapping &mapping,
    QStringList &problems)
{
    const DetectedLayout detected = detectLayout(headers);
    layout = options.layout.value_or(detected.layout);
    if (options.mapping) {
        mapping = *options.mapping;
    } else {
        mapping = detected.mapping;
        problems += applyOverrides(mapping, headers, options.mapOverrides);
    }
    problems += mapping.missingRequirements();
}

QString mappingJson(const ColumnMapping &mapping, const QStringList &headers)
{
    QJsonObject object;
    for (int r = 0; r < RoleCount; ++r) {
        const Role role = Role(r);
        if (mapping.has(role))
            object.insert(roleKey(role), headers.value(mapping.column(role)));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace clientele
