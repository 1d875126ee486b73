// Text helpers shared by decode, search and scan: UTF-8 checks and folding of the forms people paste.
//
// Japanese UIs and IMEs produce full-width letters and digits (０ｘ８００４０１１Ｄ), the ideographic space
// and look-alike minus signs; folding maps them to ASCII so one parser serves every form.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace errdecode::detail {

/// True when `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s) noexcept;

/// Decodes one UTF-8 sequence at s[i]; returns the code point and sets `length` (1 for a bad byte).
char32_t next_code_point(std::string_view s, std::size_t i, std::size_t& length) noexcept;

/// The ASCII character a code point folds to (full-width forms, ideographic space, minus signs, NBSP),
/// or 0 when it has none.
char fold_code_point(char32_t c) noexcept;

/// Writes the folded form of `s` into `out` (capacity `cap`): full-width ASCII to ASCII, other code
/// points kept as UTF-8. Returns the length written, or cap + 1 when it does not fit.
std::size_t fold(std::string_view s, char* out, std::size_t cap) noexcept;

constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_hex(char c) noexcept { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_word(char c) noexcept { return is_alpha(c) || is_digit(c) || c == '_'; }
constexpr char to_upper(char c) noexcept { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
constexpr char to_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
constexpr unsigned hex_value(char c) noexcept {
    return is_digit(c) ? unsigned(c - '0') : unsigned(to_upper(c) - 'A' + 10);
}

/// Case-insensitive (ASCII) equality and prefix test.
bool iequals(std::string_view a, std::string_view b) noexcept;
bool istarts_with(std::string_view s, std::string_view prefix) noexcept;

/// Writes "0x%08X" into out (10 chars) / decimal into out (up to 10 chars); returns the length.
std::size_t format_hex32(std::uint32_t v, char* out) noexcept;
std::size_t format_decimal(std::uint32_t v, char* out) noexcept;

}  // namespace errdecode::detail
