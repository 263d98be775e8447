#pragma once

// Byte-level helpers shared by the amount and date parsers. They work on UTF-8 bytes in a
// std::string_view so that the success path of a parser never builds a QString: the importer calls
// them once per cell, millions of times per file.

#include <QString>

#include <cstddef>
#include <string_view>

namespace clientele::textscan {

// Byte length of the whitespace character at s[i], 0 if there is none. Besides ASCII space and tab,
// exports use NBSP (Excel, French/Swiss locales), narrow NBSP and thin space (grouping in fr/de
// locales) and the ideographic space (Chinese input methods).
inline int spaceAt(std::string_view s, std::size_t i)
{
    if (i >= s.size())
        return 0;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t')
        return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2;
    if ((c == 0xE2 || c == 0xE3) && i + 2 < s.size()) {
        const auto c1 = static_cast<unsigned char>(s[i + 1]);
        const auto c2 = static_cast<unsigned char>(s[i + 2]);
        if (c == 0xE2 && c1 == 0x80 && (c2 == 0xAF || c2 == 0x89)) // U+202F, U+2009
            return 3;
        if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) // U+3000
            return 3;
    }
    return 0;
}

// Byte length of the whitespace character that ends at s[end - 1], 0 if there is none.
inline int spaceBefore(std::string_view s, std::size_t end)
{
    if (end >= 1 && spaceAt(s, end - 1) == 1)
        return 1;
    if (end >= 2 && spaceAt(s, end - 2) == 2)
        return 2;
    if (end >= 3 && spaceAt(s, end - 3) == 3)
        return 3;
    return 0;
}

// Byte length of the digit at s[i] (ASCII or full-width U+FF10..U+FF19), 0 if none; sets value.
inline int digitAt(std::string_view s, std::size_t i, int &value)
{
    if (i >= s.size())
        return 0;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') {
        value = c - '0';
        return 1;
    }
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
        const auto c2 = static_cast<unsigned char>(s[i + 2]);
        if (c2 >= 0x90 && c2 <= 0x99) {
            value = c2 - 0x90;
            return 3;
        }
    }
    return 0;
}

inline bool startsWithAt(std::string_view s, std::size_t i, std::string_view literal)
{
    return i <= s.size() && s.substr(i).starts_with(literal);
}

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// ASCII case-insensitive prefix test; `literal` must be lower-case.
inline bool startsWithNoCaseAt(std::string_view s, std::size_t i, std::string_view literal)
{
    if (i > s.size() || s.size() - i < literal.size())
        return false;
    for (std::size_t k = 0; k < literal.size(); ++k) {
        if (asciiLower(s[i + k]) != literal[k])
            return false;
    }
    return true;
}

// Strips whitespace (see spaceAt) and CR/LF from both ends.
inline std::string_view trimmed(std::string_view s)
{
    std::size_t b = 0;
    std::size_t e = s.size();
    for (;;) {
        if (b < e && (s[b] == '\r' || s[b] == '\n')) {
            ++b;
            continue;
        }
        const int n = spaceAt(s.substr(0, e), b);
        if (n == 0)
            break;
        b += static_cast<std::size_t>(n);
    }
    for (;;) {
        if (e > b && (s[e - 1] == '\r' || s[e - 1] == '\n')) {
            --e;
            continue;
        }
        const int n = spaceBefore(s.substr(0, e), e);
        if (n == 0 || e - static_cast<std::size_t>(n) < b)
            break;
        e -= static_cast<std::size_t>(n);
    }
    return s.substr(b, e - b);
}

// Only for error messages: the offending text, quoted, as the user sees it.
inline QString quoted(std::string_view s)
{
    return u'"' + QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())) + u'"';
}

} // namespace clientele::textscan
