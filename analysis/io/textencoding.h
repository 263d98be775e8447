#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace clientele {

// Result of looking at the first bytes of a text file.
struct EncodingGuess
{
    QByteArray name;   // canonical: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "windows-1252"
    int bomLength = 0; // bytes to skip at the start of the file
    bool fromBom = false;
};

// Detects the encoding from the bytes: BOM first; then UTF-16 without BOM (NUL pattern); then
// valid UTF-8 (pure ASCII counts as UTF-8; so does UTF-8 with rare invalid bytes, i.e. at least 16
// multi-byte characters and 4 per invalid byte, so that one GBK row pasted into a UTF-8 export
// becomes a rejected record instead of turning the whole file into mojibake); then GB18030 if the
// bytes decode cleanly as GB18030; else windows-1252. `sample` may end in the middle of a multi-byte character.
EncodingGuess detectEncoding(QByteArrayView sample);

// Maps user spellings ("gbk", "GB2312", "utf8", "utf-16", "latin1", "cp1252", "big5" ...) to a name
// QStringDecoder accepts; returns an empty array for names that cannot be decoded here.
// gbk/gb2312/gb18030/cp936 -> "GB18030" (a superset), utf8/utf-8-sig -> "UTF-8",
// utf-16/ucs-2/unicode -> "UTF-16LE" (what Windows and Excel write; a BOM in the file still wins
// over the byte order, see CsvReader), latin1/iso-8859-1/cp1252 -> "windows-1252" (a superset),
// any other name QStringDecoder knows -> the name as given (trimmed).
QByteArray canonicalEncodingName(const QString &userName);

// Offset of the first byte that is not part of well-formed UTF-8 (overlongs, surrogates and
// code points above U+10FFFF are ill-formed), or -1 if all of `bytes` is valid. With
// `allowTruncatedEnd`, a sequence that is cut off by the end of `bytes` but valid so far is accepted.
qsizetype utf8ErrorOffset(QByteArrayView bytes, bool allowTruncatedEnd = false);

} // namespace clientele
