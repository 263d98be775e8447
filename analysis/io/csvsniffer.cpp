#include "analysis/io/csvreader.h"

#include "analysis/io/textencoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <vector>

// sniffCsvFormat(): which of , ; TAB | splits the head of a file most consistently.
namespace clientele {

namespace {

constexpr int SniffRecords = 50;
constexpr std::array<char, 4> Delimiters = {',', ';', '\t', '|'};

// Counts fields per record with the same quoting rules as the reader (a quote opens a quoted
// section only at the start of a field), over at most SniffRecords records.
std::vector<int> fieldCounts(QByteArrayView text, char delimiter)
{
    std::vector<int> counts;
    int fields = 1;
    bool quoted = false;
    bool fieldStart = true;
    bool recordHasData = false;
    qsizetype lastComplete = 0;
    for (qsizetype i = 0; i < text.size() && int(counts.size()) < SniffRecords; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (recordHasData)
                counts.push_back(fields);
            fields = 1;
            fieldStart = true;
            recordHasData = false;
            lastComplete = i + 1;
            continue;
        }
        recordHasData = true;
        if (c == delimiter) {
            ++fields;
            fieldStart = true;
            continue;
        }
        if (c == '"' && fieldStart)
            quoted = true;
        fieldStart = c == '=' && fieldStart; // ="..." text guard
    }
    // The head usually ends inside a record; count that last piece only when it is all we have.
    if (recordHasData && (counts.empty() || lastComplete == text.size()))
        counts.push_back(fields);
    return counts;
}

} // namespace

CsvFormat sniffCsvFormat(QByteArrayView head)
{
    CsvFormat format;
    const EncodingGuess guess = detectEncoding(head);
    format.encoding = guess.name;

    QByteArray utf8;
    QByteArrayView text = head.sliced(guess.bomLength);
    if (guess.name != "UTF-8") {
        QStringDecoder decoder(guess.name.constData());
        utf8 = QString(decoder(text)).toUtf8();
        text = utf8;
    }

    struct Score
    {
        double consistency = 0;
        int fields = 0;
    };
    Score best;
    for (const char delimiter : Delimiters) {
        const std::vector<int> counts = fieldCounts(text, delimiter);
        if (counts.empty())
            continue;
        // The mode of the field counts, the larger count on ties.
        std::vector<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = 0;
        qsizetype modeRun = 0;
        for (qsizetype i = 0; i < qsizetype(sorted.size());) {
            qsizetype j = i;
            while (j < qsizetype(sorted.size()) && sorted[j] == sorted[i])
                ++j;
            if (j - i >= modeRun) {
                modeRun = j - i;
                mode = sorted[i];
            }
            i = j;
        }
        if (mode <= 1)
            continue;
        const Score score{double(modeRun) / double(counts.size()), mode};
        // Candidates are tried in order , ; TAB |, so on a full tie the earlier one (comma) stays.
        if (score.consistency > best.consistency
            || (score.consistency == best.consistency && score.fields > best.fields)) {
            best = score;
            format.delimiter = delimiter;
        }
    }
    return format;
}

} // namespace clientele
