// UTF-8 checks and folding of pasted forms (see text.hpp).
#include "text.hpp"

namespace errdecode::detail {

char32_t next_code_point(std::string_view s, std::size_t i, std::size_t& length) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    length = 1;
    if (b0 < 0x80) return b0;
    std::size_t need = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; min = 0x10000; }
    else return 0xFFFFFFFF;
    if (i + need >= s.size()) return 0xFFFFFFFF;
    for (std::size_t k = 1; k <= need; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0) != 0x80) return 0xFFFFFFFF;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFFFFFF;
    length = need + 1;
    return cp;
}

bool valid_utf8(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        std::size_t length = 0;
        if (next_code_point(s, i, length) == 0xFFFFFFFF) return false;
        i += length;
    }
    return true;
}

char fold_code_point(char32_t c) noexcept {
    if (c < 0x80) return static_cast<char>(c);
    if (c >= 0xFF01 && c <= 0xFF5E) return static_cast<char>(c - 0xFF01 + 0x21);  // full-width ASCII
    switch (c) {
        case 0x3000: case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: return ' ';
        case 0x2212: case 0x2010: case 0x2011: case 0x2013: case 0x30FC: return '-';  // minus signs, dashes
        default: return 0;
    }
}

std::size_t fold(std::string_view s, char* out, std::size_t cap) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        const char32_t cp = next_code_point(s, i, length);
        const char folded = cp == 0xFFFFFFFF ? 0 : fold_code_point(cp);
        if (folded != 0) {
            if (n + 1 > cap) return cap + 1;
            out[n++] = folded;
        } else {
            if (n + length > cap) return cap + 1;
            for (std::size_t k = 0; k < length; ++k) out[n++] = s[i + k];
        }
        i += length;
    }
    return n;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (to_upper(a[i]) != to_upper(b[i])) return false;
    return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::size_t format_hex32(std::uint32_t v, char* out) noexcept {
    static constexpr char digits[] = "0123456789ABCDEF";
    out[0] = '0';
    out[1] = 'x';
    for (int k = 0; k < 8; ++k) out[2 + k] = digits[(v >> (28 - 4 * k)) & 0xF];
    return 10;
}

std::size_t format_decimal(std::uint32_t v, char* out) noexcept {
    char tmp[10];
    std::size_t n = 0;
    do { tmp[n++] = static_cast<char>('0' + v % 10); v /= 10; } while (v != 0);
    for (std::size_t k = 0; k < n; ++k) out[k] = tmp[n - 1 - k];
    return n;
}

}  // namespace errdecode::detail
