#include "analysis/io/textencoding.h"

#include <QStringDecoder>

#include <cstring>

namespace clientele {

namespace {

constexpr char16_t ReplacementChar = u'\xFFFD';

bool startsWith(QByteArrayView bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && std::memcmp(bytes.data(), prefix, size_t(length)) == 0;
}

// Text without a BOM in UTF-16 has a NUL in every code unit of an ASCII character, i.e. in
// most code units of CSV (digits, separators, line ends), while 8-bit text has none at all.
QByteArray utf16ByNulPattern(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 2)
        return {};
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenNuls += sample[i] == '\0';
        oddNuls += sample[i + 1] == '\0';
    }
    const qsizetype threshold = qMax<qsizetype>(1, pairs / 8);
    if (oddNuls >= threshold && evenNuls * 8 <= oddNuls)
        return QByteArrayLiteral("UTF-16LE");
    if (evenNuls >= threshold && oddNuls * 8 <= evenNuls)
        return QByteArrayLiteral("UTF-16BE");
    return {};
}

bool decodesCleanly(QByteArrayView sample, const char *encoding)
{
    // Stateful (the default), so a character cut off at the end of the sample stays pending
    // in the decoder instead of counting as an error.
    QStringDecoder decoder(encoding);
    if (!decoder.isValid())
        return false;
    const QString text = decoder(sample);
    return !decoder.hasError() && !text.contains(QChar(ReplacementChar));
}

QByteArray normalized(const QString &userName)
{
    QByteArray key;
    for (const QChar c : userName) {
        if (c.isLetterOrNumber())
            key.append(char(c.toLower().toLatin1()));
    }
    return key;
}

} // namespace

namespace {

// Length of the well-formed UTF-8 sequence at data[i] (i < size), 0 if it is valid so far but
// cut off by `size`, -1 if it is ill-formed.
int sequenceLength(const unsigned char *data, qsizetype i, qsizetype size)
{
    const unsigned char lead = data[i];
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return -1;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= size)
            return 0;
        const unsigned char c = data[i + k];
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
            return -1;
    }
    return length;
}

// Most of a CSV file is ASCII: skips it eight bytes at a time.
qsizetype skipAscii(const unsigned char *data, qsizetype i, qsizetype size)
{
    while (i + 8 <= size) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    return i;
}

// A UTF-8 export with a few foreign rows (a GBK line pasted in) is still UTF-8; GBK text, on
// the other hand, rarely forms valid multi-byte UTF-8 sequences, and never many in a row.
bool mostlyUtf8(QByteArrayView sample)
{
    const auto *const data = reinterpret_cast<const unsigned char *>(sample.data());
    const qsizetype size = sample.size();
    qsizetype valid = 0;
    qsizetype invalid = 0;
    for (qsizetype i = skipAscii(data, 0, size); i < size; i = skipAscii(data, i, size)) {
        const int length = sequenceLength(data, i, size);
        if (length == 0)
            break;
        if (length < 0) {
            ++invalid;
            ++i;
        } else {
            valid += length > 1;
            i += length;
        }
    }
    return valid >= 4 * invalid && valid >= 16;
}

} // namespace

qsizetype utf8ErrorOffset(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *const data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = skipAscii(data, 0, size); i < size; i = skipAscii(data, i, size)) {
        const int length = sequenceLength(data, i, size);
        if (length < 0 || (length == 0 && !allowTruncatedEnd))
            return i;
        if (length == 0)
            return -1;
        i += length;
    }
    return -1;
}

EncodingGuess detectEncoding(QByteArrayView sample)
{
    if (startsWith(sample, "\xEF\xBB\xBF", 3))
        return {QByteArrayLiteral("UTF-8"), 3, true};
    if (startsWith(sample, "\xFF\xFE", 2))
        return {QByteArrayLiteral("UTF-16LE"), 2, true};
    if (startsWith(sample, "\xFE\xFF", 2))
        return {QByteArrayLiteral("UTF-16BE"), 2, true};
    if (QByteArray utf16 = utf16ByNulPattern(sample); !utf16.isEmpty())
        return {utf16, 0, false};
    if (utf8ErrorOffset(sample, true) < 0 || mostlyUtf8(sample))
        return {QByteArrayLiteral("UTF-8"), 0, false};
    if (decodesCleanly(sample, "GB18030"))
        return {QByteArrayLiteral("GB18030"), 0, false};
    return {QByteArrayLiteral("windows-1252"), 0, false};
}

QByteArray canonicalEncodingName(const QString &userName)
{
    const QByteArray key = normalized(userName);
    if (key.isEmpty())
        return {};
    if (key == "gbk" || key == "gb2312" || key == "gb18030" || key == "cp936" || key == "ms936" || key == "windows936"
        || key == "euccn")
        return QByteArrayLiteral("GB18030");
    if (key == "utf8" || key == "utf8sig")
        return QByteArrayLiteral("UTF-8");
    if (key == "utf16" || key == "utf16le" || key == "ucs2" || key == "ucs2le" || key == "unicode")
        return QByteArrayLiteral("UTF-16LE");
    if (key == "utf16be" || key == "ucs2be")
        return QByteArrayLiteral("UTF-16BE");
    if (key == "latin1" || key == "iso88591" || key == "l1" || key == "cp1252" || key == "windows1252" || key == "ansi")
        return QByteArrayLiteral("windows-1252");
    const QByteArray name = userName.trimmed().toLatin1();
    if (QStringDecoder(name.constData()).isValid())
        return name;
    return {};
}

} // namespace clientele
