#pragma once

#include <QString>
#include <QStringList>

// Each benchmark takes the arguments after its name and returns a process exit code.
int benchImport(const QStringList &arguments);
int benchEngine(const QStringList &arguments);
int benchPeers(const QStringList &arguments);
int benchStall(const QStringList &arguments); // GUI ImportJob + 5 ms timer: longest event-loop stall

// Shared by the benchmarks (bench_import.cpp).
// The cached file dataDir/orders_N_seed1_gen2.csv (generic layout, seed 1, the project's generator),
// written if missing; empty if it cannot be written.
QString generateOrders(const QString &dataDir, qint64 orders);
// Imports `csv` into a fresh workspace at `workspacePath` in a child process (its own peak RSS).
bool measureImport(const QString &csv, const QString &workspacePath, double *seconds, qint64 *peakKiB, qint64 *orders);
