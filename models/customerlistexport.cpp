#include "models/customerlistexport.h"

#include "analysis/core/days.h"
#include "analysis/core/money.h"
#include "analysis/engine/customerlist.h"
#include "analysis/export/tablewriter.h"
#include "models/jobtracker.h"

namespace clientele {

namespace {

QString cellText(const QVariant &value, ExportTable::Kind kind)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case ExportTable::Kind::Money:
        return minorUnitsText(value.toLongLong());
    case ExportTable::Kind::Date:
        return dayToIsoDate(value.toInt());
    case ExportTable::Kind::Number:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        break;
    }
    QString text = value.toString();
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

struct Outcome
{
    bool ok = false;
    QString error;
};

} // namespace

CustomerListExport::CustomerListExport(QObject *parent)
    : QObject(parent)
    , m_jobs(new JobTracker(this))
{
}

bool CustomerListExport::isRunning() const
{
    return m_jobs->isRunning();
}

void CustomerListExport::start(std::shared_ptr<const CustomerTable> table,
    std::shared_ptr<const AnalysisResults> results, std::vector<quint32> customers, const QString &path, Format format,
    const QString &sheetName, const QString &workspacePath)
{
    m_jobs->start(
        [table, results, customers = std::move(customers), path, format, sheetName, workspacePath] {
            Outcome outcome;
            const ExportTable exported = customerListTable(*table, *results, customers);
            outcome.ok = format == Format::Csv
                ? writeCsv(path, exported, QByteArray("UTF-8"), &outcome.error, workspacePath)
                : writeXlsx(path, exported, sheetName, &outcome.error, workspacePath);
            return outcome;
        },
        [this](const Outcome &outcome) { Q_EMIT finished(outcome.ok, outcome.error); });
}

QString CustomerListExport::tabSeparatedText(const CustomerTable &table, const AnalysisResults &results,
    const std::vector<quint32> &customers, const QStringList &headers)
{
    const ExportTable exported = customerListTable(table, results, customers);
    QStringList lines{headers.join(u'\t')};
    for (const auto &row : exported.rows) {
        QStringList cells;
        for (size_t column = 0; column < row.size(); ++column)
            cells << cellText(row[column], exported.columns[column].kind);
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace clientele
