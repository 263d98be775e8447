#pragma once

#include "analysis/engine/analysisrun.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace clientele {

class JobTracker;

// The customer lists a page hands out: a file (CSV or XLSX, written off the GUI thread, never over a
// workspace) or tab-separated text for the clipboard. Rows are the customers' indices into the table, in the
// order given; the columns are those of customerListTable() (analysis/engine/customerlist.h).
class CustomerListExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx };

    explicit CustomerListExport(QObject *parent = nullptr);

    // Starts writing `path`; finished() reports. `workspacePath` is refused as a target (as is any workspace).
    void start(std::shared_ptr<const CustomerTable> table, std::shared_ptr<const AnalysisResults> results,
        std::vector<quint32> customers, const QString &path, Format format, const QString &sheetName,
        const QString &workspacePath);
    bool isRunning() const;

    // Header line and one line per customer, cells separated by tabs (tabs and line breaks inside a cell
    // become spaces); money with two decimals, dates as yyyy-MM-dd.
    static QString tabSeparatedText(const CustomerTable &table, const AnalysisResults &results,
        const std::vector<quint32> &customers, const QStringList &headers);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    JobTracker *m_jobs;
};

} // namespace clientele
