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

// An allocation failed somewhere in an import (or its preview); everything was rolled back.
inline QString importOutOfMemoryMessage(const QString &fileName)
{
    return ImporterText::tr("Import of %1 stopped: there is not enough memory for it. Nothing was imported; the "
                            "workspace is unchanged.")
        .arg(fileName);
}

inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace clientele
