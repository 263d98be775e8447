#pragma once

#include <QStringList>

// Each benchmark takes the arguments after its name and returns a process exit code.
int benchImport(const QStringList &arguments);
int benchEngine(const QStringList &arguments);
