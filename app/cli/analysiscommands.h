#pragma once

#include "app/cli/commands.h"

#include "analysis/engine/analysisrun.h"

#include <QString>
#include <QTimeZone>

#include <optional>

class QCommandLineParser;

namespace clientele {
class Workspace;
}

namespace clientele::cli {

struct AnalysisRun
{
    CustomerTable table;
    AnalysisResults results;
};

// --as-of, --k, --seed.
bool addAnalysisOptions(QCommandLineParser &parser);
std::optional<AnalysisParameters> analysisParameters(const QCommandLineParser &parser, QString *error);
std::optional<AnalysisRun> runWorkspaceAnalyses(
    const Workspace &workspace, const QTimeZone &zone, const AnalysisParameters &parameters, QString *error);
// `export`: writes the filtered customer list; returns an exit code (message in `error`).
int exportCustomers(
    const QCommandLineParser &parser, const Workspace &workspace, const QTimeZone &zone, QString *error);

} // namespace clientele::cli
