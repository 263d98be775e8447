#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testsupport {

// One run of the built clientele-cli.
struct CliRun
{
    int exitCode = -1; // −1: crashed or did not finish within two minutes
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace testsupport
