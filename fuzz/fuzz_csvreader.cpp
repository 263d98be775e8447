// bytes → temp file → CsvReader, every record read. The first byte picks the read options (chunk
// size, explicit or sniffed format) so chunk boundaries and the transcoding paths are all reached.
#include "analysis/io/csvreader.h"
#include "fuzz/fuzzinput.h"

#include <array>

using namespace clientele;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    ++data;
    --size;

    static constexpr std::array<qsizetype, 4> chunkSizes{1, 7, 64, qsizetype(1) << 20};
    static constexpr std::array<const char *, 5> encodings{"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "windows-1252"};
    static constexpr std::array<char, 4> delimiters{',', ';', '\t', '|'};

    CsvReadOptions options;
    options.chunkSize = chunkSizes[selector & 3];
    options.maxRecordSize = 4096; // small, so the record cap is hit too

    std::optional<CsvFormat> format;
    if (selector & 4) {
        CsvFormat explicitFormat;
        explicitFormat.encoding = encodings[(selector >> 3) % encodings.size()];
        explicitFormat.delimiter = delimiters[(selector >> 6) & 3];
        format = explicitFormat;
    }

    const QString path = fuzz::writeInput(".csv", data, size);
    CsvReader reader(path, format, options);
    if (!reader.isOpen())
        return 0;
    Record record;
    size_t fieldBytes = 0;
    while (reader.next(record)) {
        for (std::string_view field : record.fields)
            fieldBytes += field.size();
        fieldBytes += record.raw.size();
        if (reader.position() > reader.size() + 1)
            __builtin_trap();
    }
    (void)reader.error();
    (void)reader.description();
    return fieldBytes == size_t(-1);
}
