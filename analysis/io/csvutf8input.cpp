#include "analysis/io/csvutf8input.h"

#include "analysis/io/csvbytebuffer.h"

namespace clientele::csv {

bool Utf8Input::transcodeFrom(const QByteArray &encoding)
{
    m_decoder.emplace(encoding.constData());
    if (!m_decoder->isValid())
        return false;
    m_transcode = true;
    return true;
}

qint64 Utf8Input::appendChunk(ByteBuffer &buffer, qsizetype chunkSize)
{
    const size_t old = buffer.size();
    qint64 got = 0;
    if (!m_transcode) {
        buffer.growTo(old + size_t(chunkSize));
        got = m_file.read(buffer.data() + old, chunkSize);
        buffer.resize(old + size_t(qMax<qint64>(got, 0)));
    } else {
        m_rawChunk.resize(chunkSize);
        got = m_file.read(m_rawChunk.data(), chunkSize);
        if (got > 0) {
            const QByteArrayView bytes(m_rawChunk.constData(), got);
            m_utf16Chunk.resize(m_decoder->requiredSpace(bytes.size()));
            QChar *utf16End = m_decoder->appendToBuffer(m_utf16Chunk.data(), bytes);
            const QStringView text(m_utf16Chunk.constData(), utf16End - m_utf16Chunk.constData());
            buffer.growTo(old + size_t(m_encoder.requiredSpace(text.size())));
            char *utf8End = m_encoder.appendToBuffer(buffer.data() + old, text);
            buffer.resize(size_t(utf8End - buffer.data()));
        }
    }
    return got;
}

} // namespace clientele::csv
