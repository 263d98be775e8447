#pragma once

#include <QStringList>

namespace clientele::cli {

// Exit codes of clientele-cli.
enum ExitCode { Ok = 0, UsageError = 1, BadInput = 2 };

int runImport(const QStringList &arguments);
int runSummary(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runGenerate(const QStringList &arguments);   // generatecommand.cpp
int runParameters(const QStringList &arguments); // analysiscommands.cpp
int runRejects(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runTiers(const QStringList &arguments);  // tierscommands.cpp
int runRepair(const QStringList &arguments); // repaircommand.cpp

} // namespace clientele::cli
