#include "support/demoworkspace.h"

#include "analysis/generate/ordergenerator.h"
#include "analysis/import/importer.h"
#include "analysis/store/workspace.h"

#include <QTimeZone>

namespace testsupport {

QString createDemoWorkspace(const QTemporaryDir &dir, const QString &name, qint64 orders, QString *error)
{
    clientele::GeneratorOptions demo;
    demo.orders = orders;
    const QString csv = dir.filePath(name + QStringLiteral(".csv"));
    if (!clientele::writeOrderExport(csv, demo, nullptr, error))
        return {};
    const QString path = dir.filePath(name);
    auto workspace = clientele::Workspace::open(path, error);
    if (!workspace)
        return {};
    clientele::ImportOptions options;
    options.timeZone = QTimeZone("Asia/Shanghai");
    const clientele::ImportSummary summary = clientele::importFile(*workspace, csv, options);
    if (summary.outcome != clientele::ImportSummary::Outcome::Completed) {
        *error = summary.message;
        return {};
    }
    return path;
}

} // namespace testsupport
