#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace testsupport {

// A workspace dir/name holding the seeded demo shop's `orders` orders (seed 1), imported in the
// Asia/Shanghai zone as `clientele-cli demo` does. Returns its path, or an empty string and the reason in
// `error`.
QString createDemoWorkspace(const QTemporaryDir &dir, const QString &name, qint64 orders, QString *error);

} // namespace testsupport
