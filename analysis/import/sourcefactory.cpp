#include "analysis/import/sourcefactory.h"

#include "analysis/import/importer.h"
#include "analysis/io/csvreader.h"
#include "analysis/io/textencoding.h"
#include "analysis/io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Importer)
};

} // namespace

bool isXlsxFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4) == QByteArray("PK\x03\x04", 4);
}

std::unique_ptr<RecordSource> openRecordSource(const QString &path, const ImportOptions &options, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ImporterText::tr("The file %1 does not exist.").arg(path);
        return {};
    }
    if (info.isDir()) {
        *error = ImporterText::tr("%1 is a folder, not a file; import the order exports inside it.").arg(path);
        return {};
    }
    if (!info.isFile()) {
        *error = ImporterText::tr("%1 is not a regular file (a device, pipe or socket); import a saved order export.")
                     .arg(path);
        return {};
    }
    if (!info.isReadable()) {
        *error = ImporterText::tr("The file %1 cannot be read: permission denied.").arg(path);
        return {};
    }
    if (info.size() == 0) {
        *error = ImporterText::tr("The file %1 is empty.").arg(info.fileName());
        return {};
    }
    if (isXlsxFile(path)) {
        auto reader = std::make_unique<XlsxReader>(path, options.sheet);
        if (!reader->isOpen()) {
            *error = reader->error() ? reader->error()->message : ImporterText::tr("The workbook cannot be read.");
            return {};
        }
        return reader;
    }

    std::optional<CsvFormat> format;
    if (!options.encoding.isEmpty() || options.delimiter != 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = ImporterText::tr("The file %1 cannot be read: %2").arg(path, file.errorString());
            return {};
        }
        CsvFormat sniffed = sniffCsvFormat(file.read(64 * 1024));
        if (!options.encoding.isEmpty()) {
            sniffed.encoding = canonicalEncodingName(options.encoding);
            if (sniffed.encoding.isEmpty()) {
                *error
                    = ImporterText::tr("Unknown text encoding \"%1\"; try utf-8, gbk, gb18030, utf-16 or windows-1252.")
                          .arg(options.encoding);
                return {};
            }
        }
        if (options.delimiter != 0)
            sniffed.delimiter = options.delimiter;
        format = sniffed;
    }
    auto reader = std::make_unique<CsvReader>(path, format);
    if (!reader->isOpen()) {
        *error = reader->error() ? reader->error()->message : ImporterText::tr("The file cannot be read.");
        return {};
    }
    return reader;
}

} // namespace clientele
