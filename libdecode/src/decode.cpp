// decode(): from pasted text to ranked readings (see decode.hpp for the rules).
#include "lookup.hpp"
#include "text.hpp"

#include <errdecode/decode.hpp>
#include <errdecode/hresult.hpp>

#include <algorithm>
#include <array>

namespace errdecode {
namespace {

using detail::find_row;

constexpr std::size_t max_input_bytes = 4096;  // beyond this it is a document, not a code
constexpr std::size_t max_folded = 512;

std::string_view strip_pasted(std::string_view t) noexcept {
    // Fast path: every character stripped below is punctuation, a space or non-ASCII.
    if (!t.empty() && detail::is_word(t.front()) && detail::is_word(t.back())) return t;
    // Sentence punctuation and wrapping quotes or brackets come along when people copy a code.
    constexpr std::string_view tails[] = {".", ",", ";", ":", "\xE3\x80\x82", "\xE3\x80\x81"};
    constexpr std::pair<std::string_view, std::string_view> pairs[] = {
        {"\"", "\""}, {"'", "'"}, {"`", "`"}, {"(", ")"}, {"[", "]"}, {"{", "}"}, {"<", ">"},
        {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}};
    for (bool changed = true; changed && !t.empty();) {
        changed = false;
        while (!t.empty() && detail::is_space(t.front())) { t.remove_prefix(1); changed = true; }
        while (!t.empty() && detail::is_space(t.back())) { t.remove_suffix(1); changed = true; }
        for (auto tail : tails)
            if (t.size() > tail.size() && t.substr(t.size() - tail.size()) == tail) { t.remove_suffix(tail.size()); changed = true; }
        for (auto [open, close] : pairs)
            if (t.size() >= open.size() + close.size() && t.substr(0, open.size()) == open &&
                t.substr(t.size() - close.size()) == close) {
                t = t.substr(open.size(), t.size() - open.size() - close.size());
                changed = true;
            }
    }
    return t;
}

template <class Pred>
bool all_of(std::string_view s, Pred pred) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}
// Function objects rather than functions, so each all_of() instantiation inlines its test.
constexpr auto is_digit_c = [](char c) noexcept { return detail::is_digit(c); };
constexpr auto is_hex_c = [](char c) noexcept { return detail::is_hex(c); };
constexpr auto is_word_c = [](char c) noexcept { return detail::is_word(c); };

/// Parses digits in `base`; false when the value exceeds 32 bits (leading zeros are free).
bool parse_u32(std::string_view digits, unsigned base, std::uint32_t& out) noexcept {
    std::uint64_t v = 0;
    for (char c : digits) {
        v = v * base + detail::hex_value(c);
        if (v > 0xFFFFFFFFull) return false;
    }
    out = static_cast<std::uint32_t>(v);
    return true;
}

class builder {
public:
    builder(decoded& d, std::size_t lang) noexcept : d_(d), lang_(lang) {}

    void add(code_space space, std::uint32_t value, relation how) noexcept {
        add_row(space, value, find_row(space, value), how);
    }

    /// add() with the row already looked up, so no (space, value) is looked up twice.
    void add_row(code_space space, std::uint32_t value, const detail::code_row* row, relation how) noexcept {
        for (const auto& i : d_)
            if (i.space == space && i.value == value) return;
        detail::describe_row(d_.add_(), space, value, row, how, lang_);
    }

    void add_entry(std::int32_t entry, relation how) noexcept {
        const auto& row = detail::entry_rows[entry];
        for (const auto& i : d_)
            if (i.space == row.space && i.value == row.value) return;
        detail::describe_entry(d_.add_(), entry, how, lang_);
    }

    /// Every reading of a 32-bit value, then the codes wrapped inside it.
    void add_value(std::uint32_t v, relation how) noexcept {
        const std::size_t before = d_.size();
        if ((v & 0xFFF00000u) == 0xCAA00000u) add(code_space::caa, v, how);
        if (v <= 0xFFFFu) add(code_space::win32, v, how);
        if (const auto* row = find_row(code_space::hresult, v)) add_row(code_space::hresult, v, row, how);
        if (const auto* row = find_row(code_space::ntstatus, v)) add_row(code_space::ntstatus, v, row, how);
        if (d_.size() == before) {  // nothing names it: show the layout it most likely has
            const bool ntstatus = (v >> 30) == 3 && !hresult_nt_bit(v);  // the N bit marks HRESULT_FROM_NT
            add(ntstatus ? code_space::ntstatus : code_space::hresult, v, how);
        }
        if (auto w = win32_from_hresult(v)) add(code_space::win32, *w, relation::from_win32);
        if (auto nt = ntstatus_from_hresult(v); nt && hresult_failed(v) && (find_row(code_space::ntstatus, *nt) || (v >> 28) == 0xD))
            add(code_space::ntstatus, *nt, relation::from_nt);
    }

    /// Curated codes written exactly like the input (m365 "1001"), and an AADSTS number given bare.
    void add_same_text(std::string_view token) noexcept {
        const auto entry = detail::find_entry_by_code(code_space::m365, token);
        if (entry != detail::no_entry) add_entry(entry, relation::same_text);
        std::uint32_t n = 0;
        if (all_of(token, is_digit_c) && token.size() >= 5 && parse_u32(token, 10, n)) {
            const auto* row = find_row(code_space::aadsts, n);
            if (row && row->entry != detail::no_entry) add(code_space::aadsts, n, relation::same_text);
        }
    }

    bool add_name(std::string_view token) noexcept {
        const auto [first, last] = detail::find_name(token);
        for (auto it = first; it != last; ++it) {
            const auto& row = detail::code_rows[it->row];
            if (row.space == code_space::m365 || row.space == code_space::symptom) {
                if (row.entry != detail::no_entry) add_entry(row.entry, relation::by_name);
                continue;
            }
            add(row.space, row.value, relation::by_name);
            if (row.space == code_space::hresult)
                if (auto w = win32_from_hresult(row.value)) add(code_space::win32, *w, relation::from_win32);
        }
        return first != last;
    }

    /// Best first: curated readings, then named ones, then bare structure; otherwise input order.
    void rank() noexcept {
        // A stable insertion sort: at most eight readings, and std::stable_sort would allocate a buffer.
        const auto tier = [](const interpretation& i) { return i.curated ? 0 : i.known ? 1 : 2; };
        auto* items = d_.items_mut();
        for (std::size_t k = 1; k < d_.size(); ++k) {
            if (tier(items[k - 1]) <= tier(items[k])) continue;
            const interpretation moving = items[k];
            std::size_t j = k;
            for (; j > 0 && tier(items[j - 1]) > tier(moving); --j) items[j] = items[j - 1];
            items[j] = moving;
        }
    }

private:
    decoded& d_;
    std::size_t lang_;
};

/// Reads one token (no white space inside). Fills `b`; returns an error for input that is not a code.
std::error_code parse_token(std::string_view t, builder& b) noexcept {
    if (t.front() == '-' || t.front() == '+') {
        const std::string_view digits = t.substr(1);
        std::uint32_t n = 0;
        if (!all_of(digits, is_digit_c)) return errc::malformed_number;
        if (!parse_u32(digits, 10, n)) return errc::out_of_range;
        if (t.front() == '-') {
            if (n > 0x80000000u) return errc::out_of_range;
            n = static_cast<std::uint32_t>(0u - n);
        }
        b.add_value(n, relation::as_written);
        return {};
    }
    if (detail::istarts_with(t, "0x")) {
        std::string_view digits = t.substr(2);
        while (!digits.empty() && (digits.back() == 'L' || digits.back() == 'l' || digits.back() == 'U' || digits.back() == 'u'))
            digits.remove_suffix(1);  // C literal suffixes, as in copied source: 0x80070005L
        std::uint32_t v = 0;
        if (!all_of(digits, is_hex_c)) return errc::malformed_number;
        if (!parse_u32(digits, 16, v)) return errc::out_of_range;
        b.add_value(v, relation::as_written);
        return {};
    }
    if (detail::istarts_with(t, "AADSTS")) {
        const std::string_view digits = t.substr(6);
        std::uint32_t n = 0;
        if (!all_of(digits, is_digit_c)) return errc::malformed_number;
        if (!parse_u32(digits, 10, n)) return errc::out_of_range;
        b.add(code_space::aadsts, n, relation::as_written);
        return {};
    }
    if (detail::istarts_with(t, "CAA") && all_of(t.substr(3), is_hex_c)) {
        std::uint32_t v = 0;
        if (t.size() != 8 || !parse_u32(t.substr(3), 16, v)) return errc::malformed_number;
        b.add_value(0xCAA00000u | v, relation::as_written);
        return {};
    }
    if (all_of(t, is_digit_c)) {
        std::uint32_t n = 0;
        const bool fits = parse_u32(t, 10, n);
        if (t.size() == 8) {  // as people paste HRESULTs without 0x: read as hex too, ranked by what is known
            std::uint32_t h = 0;
            parse_u32(t, 16, h);
            b.add_value(h, relation::hex_reading);
            b.add_value(n, relation::decimal_reading);
        } else {
            if (!fits) return errc::out_of_range;
            b.add_value(n, relation::as_written);
        }
        b.add_same_text(t);
        return {};
    }
    if (all_of(t, is_hex_c) && std::any_of(t.begin(), t.end(), is_digit_c)) {
        std::string_view digits = t;
        while (digits.size() > 8 && digits.front() == '0') digits.remove_prefix(1);
        std::uint32_t v = 0;
        if (digits.size() > 8) return errc::out_of_range;
        if (t.size() < 8) return errc::malformed_number;  // 3E9 is ambiguous: write 0x3E9
        parse_u32(digits, 16, v);
        b.add_value(v, relation::as_written);
        return {};
    }
    if (all_of(t, is_word_c) && !detail::is_digit(t.front())) {
        b.add_same_text(t);
        if (b.add_name(t)) return {};
        // A name has an underscore and a letter (E_FAIL, NERR_BadPassword); "hello" or "_" is no name.
        const bool name_like = t.find('_') != std::string_view::npos && std::any_of(t.begin(), t.end(), [](char c) {
            return detail::is_alpha(c);
        });
        return name_like ? errc::unknown_name : errc::not_a_code;
    }
    return errc::not_a_code;
}

/// HRESULT_FROM_WIN32(x) and HRESULT_FROM_NT(x), as written in source code and some logs: the wrapped
/// value is read like any code, then wrapped.
std::error_code parse_wrapper(std::string_view t, builder& b, std::size_t lang, bool& matched) noexcept {
    matched = false;
    const auto open = t.find('(');
    if (open == std::string_view::npos || t.back() != ')') return {};
    const std::string_view macro = t.substr(0, open);
    const bool win32 = detail::iequals(macro, "HRESULT_FROM_WIN32") || detail::iequals(macro, "__HRESULT_FROM_WIN32");
    const bool nt = detail::iequals(macro, "HRESULT_FROM_NT");
    if (!win32 && !nt) return {};
    matched = true;
    const std::string_view inner = t.substr(open + 1, t.size() - open - 2);
    if (inner.empty()) return errc::malformed_number;
    decoded scratch;
    builder inner_builder(scratch, lang);
    if (auto error = parse_token(inner, inner_builder)) return error;
    for (const auto& reading : scratch) {
        if (win32 && reading.space == code_space::win32) {
            b.add_value(hresult_from_win32(reading.value), relation::as_written);
            return {};
        }
        if (nt && reading.space == code_space::ntstatus) {
            b.add_value(hresult_from_nt(reading.value), relation::as_written);
            return {};
        }
    }
    return errc::not_a_code;
}

/// For input with white space inside: a code among other words gets its own error.
std::error_code classify_text(std::string_view t, std::size_t lang) noexcept {
    std::size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && !detail::is_word(t[i])) ++i;
        std::size_t j = i;
        while (j < t.size() && detail::is_word(t[j])) ++j;
        if (j > i) {
            decoded scratch;
            builder b(scratch, lang);
            if (!parse_token(t.substr(i, j - i), b) && scratch.known()) return errc::text_around_code;
        }
        i = j;
    }
    return errc::not_a_code;
}

/// The text to parse: `input` folded into `buffer` (or `input` itself when it is plain ASCII) and
/// stripped of what comes along when pasting; or the error that stops decoding.
std::error_code prepare(std::string_view input, std::array<char, max_folded>& buffer, std::string_view& t) noexcept {
    if (input.size() > max_input_bytes) return errc::input_too_long;
    // Most input is plain ASCII: then it is valid UTF-8 and folding would copy it unchanged.
    const bool ascii = std::all_of(input.begin(), input.end(),
                                   [](char c) { return c != '\0' && static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        if (input.size() > max_folded) return errc::input_too_long;  // as when folding into the buffer
        t = input;
    } else {
        if (!detail::valid_utf8(input) || input.find('\0') != std::string_view::npos) return errc::invalid_utf8;
        const std::size_t n = detail::fold(input, buffer.data(), buffer.size());
        if (n > buffer.size()) return errc::input_too_long;
        t = {buffer.data(), n};
    }
    const bool blank = std::all_of(t.begin(), t.end(), [](char c) { return detail::is_space(c); });
    t = strip_pasted(t);
    if (t.empty()) return blank ? errc::empty_input : errc::not_a_code;  // "{}" or "()" is not empty
    return {};
}

/// decode() proper, filling `d` in place.
std::error_code decode_into(std::string_view input, const options& opts, decoded& d) noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    std::array<char, max_folded> buffer;
    std::string_view t;
    if (auto error = prepare(input, buffer, t)) return error;
    if (std::any_of(t.begin(), t.end(), [](char c) { return detail::is_space(c); })) return classify_text(t, *lang);
    builder b(d, *lang);
    bool wrapper = false;
    if (auto error = parse_wrapper(t, b, *lang, wrapper)) return error;
    if (!wrapper)
        if (auto error = parse_token(t, b)) return error;
    b.rank();
    try {
        d.input.assign(input.data(), input.size());
    } catch (...) {
        return std::make_error_code(std::errc::not_enough_memory);
    }
    return {};
}

}  // namespace

result<decoded> decode(std::string_view input, const options& opts) noexcept {
    // One result object, filled in place and returned by name: the readings are not copied on return.
    result<decoded> out{boost::outcome_v2::in_place_type<decoded>};
    if (auto error = decode_into(input, opts, out.value())) out = error;
    return out;
}

result<decoded> decode(std::uint32_t value, const options& opts) noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    result<decoded> out{boost::outcome_v2::in_place_type<decoded>};
    decoded& d = out.value();
    builder b(d, *lang);
    b.add_value(value, relation::as_written);
    b.rank();
    char hex[10];
    d.input.assign(hex, detail::format_hex32(value, hex));  // fits the small-string buffer
    return out;
}

result<interpretation> lookup(code_space space, std::uint32_t value, const options& opts) noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    interpretation out;
    detail::describe(out, space, value, relation::as_written, *lang);
    if (!out.known) return errc::unknown_code;
    return out;
}

result<interpretation> lookup_entry(std::string_view space_and_code, const options& opts) noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    const auto colon = space_and_code.find(':');
    const auto space = code_space_from_string(space_and_code.substr(0, colon));
    if (colon == std::string_view::npos || !space) return errc::not_a_code;
    const auto entry = detail::find_entry_by_code(*space, space_and_code.substr(colon + 1));
    if (entry == detail::no_entry) return errc::unknown_code;
    interpretation out;
    detail::describe_entry(out, entry, relation::as_written, *lang);
    return out;
}

result<std::vector<name_value>> values_of(std::string_view name) noexcept {
    if (!all_of(name, is_word_c)) return errc::not_a_code;
    const auto [first, last] = detail::find_name(name);
    if (first == last) return errc::unknown_name;
    try {
        std::vector<name_value> out;
        for (auto it = first; it != last; ++it) {
            const auto& row = detail::code_rows[it->row];
            for (std::size_t k = 0; k < row.names_count; ++k)
                if (detail::iequals(detail::names[row.names_begin + k], name))
                    out.push_back({row.space, row.value, detail::names[row.names_begin + k]});
        }
        return out;
    } catch (...) {
        return std::make_error_code(std::errc::not_enough_memory);
    }
}

}  // namespace errdecode
