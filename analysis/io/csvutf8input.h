#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

#include <optional>

namespace clientele::csv {

class ByteBuffer;

// A file read in chunks as UTF-8 text for CsvReader. UTF-8 files pass through untouched (no copy
// besides the read itself); other encodings go file bytes -> UTF-16 -> UTF-8 through a stateful
// QStringDecoder and QStringEncoder, so that a character split between two chunks is completed by
// the next one.
class Utf8Input
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::ReadOnly);
    }
    QByteArray read(qint64 maxSize) { return m_file.read(maxSize); }
    bool seek(qint64 position) { return m_file.seek(position); }

    // From now on decode the bytes as `encoding` (not UTF-8); false if it is not supported.
    bool transcodeFrom(const QByteArray &encoding);
    bool transcodes() const { return m_transcode; }
    // Whether the decoder met bytes that are not valid in the encoding (replaced by U+FFFD).
    bool hasDecodingErrors() const { return m_decoder && m_decoder->hasError(); }

    // Appends the UTF-8 text of the next `chunkSize` bytes of the file to `buffer`. Returns the
    // number of file bytes read: 0 at the end of the file, negative on a read error.
    qint64 appendChunk(ByteBuffer &buffer, qsizetype chunkSize);

    qint64 fileSize() const { return m_file.size(); }
    qint64 filePosition() const { return m_file.pos(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

private:
    QFile m_file;
    bool m_transcode = false;
    std::optional<QStringDecoder> m_decoder; // emplaced: a move-assigned ICU decoder forgets its errors (Qt 6.4)
    QStringEncoder m_encoder{QStringConverter::Utf8};
    QByteArray m_rawChunk;
    QString m_utf16Chunk;
};

} // namespace clientele::csv
