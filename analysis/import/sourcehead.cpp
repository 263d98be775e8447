#include "analysis/import/sourcehead.h"

#include "analysis/import/importertext.h"
#include "analysis/import/rowinterpreter.h"
#include "analysis/io/recordsource.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace clientele {

SourceHead readHead(RecordSource &source, int maxRows)
{
    SourceHead head;
    Record record;
    if (!source.next(record)) {
        head.error = source.error() ? source.error()->message : ImporterText::tr("The file has no header row.");
        return head;
    }
    for (std::string_view field : record.fields)
        head.headers.append(toQString(trimmedCell(field)));
    while (int(head.rows.size()) < maxRows && source.next(record)) {
        QStringList row;
        row.reserve(qsizetype(record.fields.size()));
        for (std::string_view field : record.fields)
            row.append(toQString(field));
        head.rows.push_back(std::move(row));
    }
    return head;
}

DateOrderDetector detectDateOrder(const SourceHead &head, const ColumnMapping &mapping)
{
    DateOrderDetector detector;
    const int column = mapping.column(Role::OrderTime);
    if (column < 0)
        return detector;
    for (const QStringList &row : head.rows) {
        const QByteArray utf8 = row.value(column).trimmed().toUtf8();
        detector.add(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    return detector;
}

DecimalSeparator detectDecimal(const SourceHead &head, const ColumnMapping &mapping)
{
    std::vector<QByteArray> storage;
    for (Role role : {Role::Amount, Role::UnitPrice}) {
        const int column = mapping.column(role);
        if (column < 0)
            continue;
        for (const QStringList &row : head.rows)
            storage.push_back(row.value(column).trimmed().toUtf8());
    }
    std::vector<std::string_view> samples;
    samples.reserve(storage.size());
    for (const QByteArray &value : storage)
        samples.emplace_back(value.constData(), size_t(value.size()));
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
