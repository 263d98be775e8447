#pragma once

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace clientele {

// Translation context of the importer's user-visible sentences, shared by its source files: a named
// context that lupdate sees, too.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Importer)
};

inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace clientele
