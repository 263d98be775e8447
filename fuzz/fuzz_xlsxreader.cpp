// bytes → temp file → XlsxReader (first sheet), every record read; sheetNames() too.
#include "analysis/io/xlsxreader.h"
#include "fuzz/fuzzinput.h"

using namespace clientele;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInput(".xlsx", data, size);
    QString error;
    const QStringList sheets = XlsxReader::sheetNames(path, &error);
    XlsxReader reader(path, sheets.size() > 1 ? sheets.last() : QString());
    if (!reader.isOpen())
        return 0;
    Record record;
    size_t fieldBytes = 0;
    while (reader.next(record)) {
        for (std::string_view field : record.fields)
            fieldBytes += field.size();
        fieldBytes += record.raw.size();
    }
    (void)reader.error();
    (void)reader.description();
    return fieldBytes == size_t(-1);
}
