// scan(): codes in running text (see scan.hpp for what counts and why).
#include "lookup.hpp"
#include "text.hpp"

#include <errdecode/decode.hpp>
#include <errdecode/scan.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace errdecode {
namespace {

using uchar = unsigned char;

constexpr std::size_t max_token = 200;  // bytes; no code or name is longer (66 full-width characters)
constexpr std::size_t history = 256;    // bytes kept before the resume point (> max_token: token starts)
constexpr std::size_t lookahead = 512;  // bytes a parse may read past an anchor (context + token + check)
constexpr std::size_t join_bytes = 2 * (history + lookahead);  // chunk head copied behind the carry-over
constexpr std::size_t context_budget = 96;  // bytes between a context word and its number

constexpr bool word_byte(uchar c) noexcept { return detail::is_word(static_cast<char>(c)); }

/// The ASCII character a full-width letter, digit or '_' at p folds to, or 0 (p has 3 readable bytes).
constexpr char fullwidth_word(const uchar* p) noexcept {
    if (p[0] != 0xEF) return 0;
    if (p[1] == 0xBC) {
        if (p[2] >= 0x90 && p[2] <= 0x99) return static_cast<char>('0' + (p[2] - 0x90));
        if (p[2] >= 0xA1 && p[2] <= 0xBA) return static_cast<char>('A' + (p[2] - 0xA1));
        if (p[2] == 0xBF) return '_';
    } else if (p[1] == 0xBD && p[2] >= 0x81 && p[2] <= 0x9A) {
        return static_cast<char>('a' + (p[2] - 0x81));
    }
    return 0;
}

/// Where a context word says the next number is a code, and how to read it.
enum class context : std::uint8_t { none, general, hresult, win32, aadsts };

context context_of(std::string_view word) noexcept {
    if (word.size() < 2 || word.size() > 15) return context::none;
    std::array<char, 15> lower{};
    for (std::size_t i = 0; i < word.size(); ++i) lower[i] = detail::to_lower(word[i]);
    const std::string_view w(lower.data(), word.size());
    if (w == "hr" || w == "hres" || w == "hresult") return context::hresult;
    if (w == "error" || w == "err" || w == "errorcode" || w == "error_code" || w == "errcode" || w == "lasterror" ||
        w == "getlasterror" || w == "dwerror" || w == "winerror" || w == "win32error" || w == "nativeerror" ||
        w == "nativeerrorcode")
        return context::win32;
    if (w == "error_codes") return context::aadsts;
    return context::none;
}

bool is_filler(std::string_view word) noexcept {
    static constexpr std::string_view fillers[] = {"code", "number", "no", "is", "was", "returned", "returns", "value"};
    return std::any_of(std::begin(fillers), std::end(fillers), [&](std::string_view f) { return detail::iequals(word, f); });
}

/// Words after a number that make it a quantity, not a code ("error 5 ms", "error 3 of 10").
bool is_unit(std::string_view word) noexcept {
    static constexpr std::string_view units[] = {
        "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hours", "bytes",
        "byte", "b", "kb", "mb", "gb", "times", "items", "files", "of", "lines", "retries", "attempts", "errors",
        "warnings", "x", "percent"};
    return std::any_of(std::begin(units), std::end(units), [&](std::string_view u) { return detail::iequals(word, u); });
}

bool all_hex(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return detail::is_hex(c); });
}
bool all_digits(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return detail::is_digit(c); });
}
std::uint64_t parse(std::string_view digits, unsigned base) noexcept {
    std::uint64_t v = 0;
    for (char c : digits) v = v * base + detail::hex_value(c);
    return v;
}

/// The symbolic names scan looks for (see scan.hpp), in an open-addressing hash set built once.
class name_set {
public:
    static const name_set& get() {
        static const name_set set;
        return set;
    }
    /// The slot of `name` (exact spelling), or -1.
    std::int32_t find(std::string_view name) const noexcept {
        if (name.size() < min_ || name.size() > max_ || !first_[static_cast<uchar>(name[0])]) return -1;
        for (std::size_t i = hash(name) & mask_;; i = (i + 1) & mask_) {
            if (slots_[i].empty()) return -1;
            if (slots_[i] == name) return static_cast<std::int32_t>(i);
        }
    }
    std::string_view name(std::int32_t slot) const noexcept { return slots_[static_cast<std::size_t>(slot)]; }

    /// Whether a table name is one scan looks for: it has '_', or is all capitals of 8 or more.
    static bool wanted(std::string_view n) noexcept {
        if (n.empty() || !(n[0] >= 'A' && n[0] <= 'Z')) return false;
        if (n.find('_') != std::string_view::npos) return true;
        return n.size() >= 8 && std::all_of(n.begin(), n.end(), [](char c) {
                   return (c >= 'A' && c <= 'Z') || detail::is_digit(c);
               });
    }

private:
    name_set() {
        std::vector<std::string_view> names;
        for (std::size_t r = 0; r < detail::code_row_count; ++r) {
            const auto& row = detail::code_rows[r];
            if (row.space == code_space::m365 || row.space == code_space::symptom || row.space == code_space::certflag)
                continue;
            for (std::size_t k = 0; k < row.names_count; ++k) {
                const auto n = detail::names[row.names_begin + k];
                if (wanted(n)) names.push_back(n);
            }
        }
        std::size_t capacity = 16;
        while (capacity < names.size() * 2) capacity *= 2;
        slots_.assign(capacity, {});
        mask_ = capacity - 1;
        for (auto n : names) {
            std::size_t i = hash(n) & mask_;
            while (!slots_[i].empty() && slots_[i] != n) i = (i + 1) & mask_;
            slots_[i] = n;
            min_ = std::min(min_, n.size());
            max_ = std::max(max_, n.size());
            first_[static_cast<uchar>(n[0])] = true;
        }
    }
    static std::size_t hash(std::string_view s) noexcept {
        std::uint32_t h = 2166136261u;
        for (char c : s) h = (h ^ static_cast<uchar>(c)) * 16777619u;
        return h;
    }
    std::vector<std::string_view> slots_;
    std::size_t mask_ = 0;
    std::size_t min_ = ~std::size_t(0);
    std::size_t max_ = 0;
    std::array<bool, 256> first_{};
};

/// The code as written, from a decode result: its first reading that is neither an app-code or symptom
/// reading nor a code unwrapped from inside it (0x800704C7 is the HRESULT, not the Win32 1223 inside).
bool pick_written(const result<decoded>& r, code_space& space, std::uint32_t& value) noexcept {
    if (!r) return false;
    for (const auto& i : r.value()) {
        if (i.space == code_space::m365 || i.space == code_space::symptom || i.space == code_space::certflag) continue;
        if (i.how == relation::from_win32 || i.how == relation::from_nt) continue;
        space = i.space;
        value = i.value;
        return true;
    }
    return false;
}

}  // namespace

std::string_view to_string(scan_form f) noexcept {
    switch (f) {
        case scan_form::hex: return "hex";
        case scan_form::decimal: return "decimal";
        case scan_form::caa: return "caa";
        case scan_form::aadsts: return "aadsts";
        case scan_form::name: return "name";
    }
    return "";
}

result<interpretation> scan_match::best(const options& opts) const noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    if (space == code_space::hresult || space == code_space::ntstatus) {
        // The readings of the value, best first: the code itself or a code wrapped inside it.
        if (auto d = decode(value, opts))
            for (const auto& i : d.value())
                if ((i.space == space && i.value == value) || i.how == relation::from_win32 || i.how == relation::from_nt)
                    return i;
    }
    interpretation out;
    detail::describe(out, space, value, form == scan_form::name ? relation::by_name : relation::as_written, *lang);
    return out;
}

struct scanner::impl {
    explicit impl(scan_callback cb) : on_match(std::move(cb)), names(name_set::get()) {}

    scan_callback on_match;
    const name_set& names;

    // The buffer being scanned: either the carry-over window or a caller's chunk, scanned in place.
    const uchar* buf = nullptr;
    std::size_t size = 0;
    std::uint64_t base = 0;  // stream offset of buf[0]
    bool final = false;

    // Streaming state.
    std::string window;             // carry-over: history before `resume` and bytes not yet scanned
    std::uint64_t window_base = 0;  // stream offset of window[0]
    std::size_t resume = 0;         // index in window where the next scan starts
    std::uint64_t seen = 0;
    std::uint64_t matches = 0;
    std::uint64_t emitted_end = 0;  // stream offset just past the last match

    // Line and column of `counted`: lines before it, characters between its line start and it.
    std::uint64_t counted = 0;
    std::uint64_t line = 1;
    std::uint64_t chars = 0;

    // Best readings already worked out, so a code seen a million times is decoded once.
    struct cached {
        std::uint32_t key = 0;
        bool used = false;
        code_space space = code_space::hresult;
        std::uint32_t value = 0;
    };
    std::array<cached, 256> number_cache{};
    std::unordered_map<std::int32_t, std::pair<code_space, std::uint32_t>> name_cache;

    std::array<char, max_token + 8> folded_buf{};

    struct token {
        std::size_t begin = 0, end = 0;
        std::string_view folded;  // ASCII form: a view into buf, or into folded_buf when full-width
        bool too_long = false;
    };

    void reset() {
        window.clear();
        window_base = resume = 0;
        seen = matches = emitted_end = counted = chars = 0;
        line = 1;
    }

    // ---- bytes -------------------------------------------------------------------------------------

    char fullwidth_at(std::size_t i) const noexcept { return i + 3 <= size ? fullwidth_word(buf + i) : 0; }

    /// The first anchor in [p, limit), or limit. An anchor is a byte (pair) where a code may be near.
    std::size_t find_anchor(std::size_t p, std::size_t limit) const noexcept {
#if defined(__SSE2__)
        const __m128i c20 = _mm_set1_epi8(0x20);
        const auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
        while (p < limit && p + 17 <= size) {
            const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(buf + p));
            const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(buf + p + 1));
            const __m128i l0 = _mm_or_si128(v0, c20), l1 = _mm_or_si128(v1, c20);
            const __m128i r1 = eq(l1, 'r');
            __m128i m = _mm_or_si128(eq(v0, '_'), eq(v0, static_cast<char>(0xEF)));
            m = _mm_or_si128(m, _mm_and_si128(eq(v0, '0'), eq(l1, 'x')));
            m = _mm_or_si128(m, _mm_and_si128(eq(l0, 'a'), eq(l1, 'a')));
            m = _mm_or_si128(m, _mm_and_si128(_mm_or_si128(eq(l0, 'r'), eq(l0, 'h')), r1));
            m = _mm_or_si128(m, _mm_and_si128(eq(v0, 'W'), eq(v1, 'S')));
            m = _mm_or_si128(m, _mm_and_si128(eq(v0, '%'), eq(v1, '%')));
            m = _mm_or_si128(m, _mm_and_si128(eq(v0, static_cast<char>(0x82)), eq(v1, static_cast<char>(0xA8))));
            if (const int bits = _mm_movemask_epi8(m)) return std::min(limit, p + static_cast<std::size_t>(__builtin_ctz(bits)));
            p += 16;
        }
#endif
        for (; p < limit; ++p) {
            const uchar b0 = buf[p], b1 = p + 1 < size ? buf[p + 1] : 0;
            const uchar l0 = b0 | 0x20, l1 = b1 | 0x20;
            if (b0 == '_' || b0 == 0xEF || (b0 == '0' && l1 == 'x') || (l0 == 'a' && l1 == 'a') ||
                ((l0 == 'r' || l0 == 'h') && l1 == 'r') || (b0 == 'W' && b1 == 'S') || (b0 == 0x82 && b1 == 0xA8) ||
                (b0 == '%' && b1 == '%'))
                return p;
        }
        return limit;
    }

    /// Start of the token that contains byte i, or npos when it is longer than any code.
    std::size_t token_start(std::size_t i) const noexcept {
        std::size_t j = i;
        while (j > 0 && i - j <= max_token) {
            if (word_byte(buf[j - 1])) --j;
            else if (j >= 3 && fullwidth_word(buf + j - 3)) j -= 3;
            else return j;
        }
        return i - j <= max_token ? j : std::string_view::npos;
    }

    std::size_t skip_word(std::size_t i) const noexcept {
        for (;;) {
            if (i < size && word_byte(buf[i])) ++i;
            else if (fullwidth_at(i)) i += 3;
            else return i;
        }
    }

    token read_token(std::size_t begin) noexcept {
        token t;
        t.begin = begin;
        std::size_t i = begin;
        bool ascii = true;
        while (i - begin <= max_token) {
            if (i < size && word_byte(buf[i])) ++i;
            else if (fullwidth_at(i)) { i += 3; ascii = false; }
            else break;
        }
        if (i - begin > max_token) {
            t.too_long = true;
            t.end = skip_word(i);
            return t;
        }
        t.end = i;
        if (ascii) {
            t.folded = {reinterpret_cast<const char*>(buf + begin), i - begin};
        } else {
            std::size_t n = 0;
            for (std::size_t k = begin; k < i;) {
                if (word_byte(buf[k])) folded_buf[n++] = static_cast<char>(buf[k++]);
                else { folded_buf[n++] = fullwidth_word(buf + k); k += 3; }
            }
            t.folded = {folded_buf.data(), n};
        }
        return t;
    }

    bool at(std::size_t i, std::string_view bytes) const noexcept {
        return i + bytes.size() <= size && std::memcmp(buf + i, bytes.data(), bytes.size()) == 0;
    }

    /// Length of a separator between a context word and its number at i (0 when none).
    std::size_t separator_at(std::size_t i) const noexcept {
        if (i >= size) return 0;
        switch (buf[i]) {
            case ' ': case '\t': case ':': case '=': case '#': case '(': case '[': case '"': case '\'': return 1;
            default: break;
        }
        static constexpr std::string_view wide[] = {"\xEF\xBC\x9A", "\xEF\xBC\x9D", "\xEF\xBC\x88", "\xEF\xBC\xBB",
                                                    "\xE3\x80\x80", "\xE3\x80\x8C", "\xC2\xA0"};
        for (auto w : wide)
            if (at(i, w)) return w.size();
        return 0;
    }

    /// Length of a minus sign at i (ASCII, full-width or U+2212), or 0.
    std::size_t minus_at(std::size_t i) const noexcept {
        if (i < size && buf[i] == '-') return 1;
        if (at(i, "\xEF\xBC\x8D") || at(i, "\xE2\x88\x92")) return 3;
        return 0;
    }

    bool token_at(std::size_t i) const noexcept { return (i < size && word_byte(buf[i])) || fullwidth_at(i); }

    // ---- reading a token -----------------------------------------------------------------------------

    struct found {
        std::size_t begin = 0, end = 0;
        scan_form form = scan_form::hex;
        std::uint32_t value = 0;
        context ctx = context::none;
        std::int32_t name_slot = -1;
        bool eight_digits = false;  // all-decimal 8 digits: hex or decimal, as decode() ranks them
        std::string_view folded;
    };

    /// Whatever follows a number read after a context word makes it a time, date, version or quantity.
    bool quantity_follows(std::size_t e) const noexcept {
        if (e + 1 < size && buf[e] != 0 && std::strchr(".:/,-", buf[e]) && detail::is_digit(static_cast<char>(buf[e + 1])))
            return true;
        std::size_t j = e;
        if (j < size && buf[j] == '%') return true;
        // Japanese counters: エラー 0 件 (0 errors), 3 回 (3 times), 個, 秒, 分.
        const std::size_t after = j + (j < size && buf[j] == ' ');
        for (auto counter : {"\xE4\xBB\xB6", "\xE5\x9B\x9E", "\xE5\x80\x8B", "\xE7\xA7\x92", "\xE5\x88\x86"})
            if (at(after, counter)) return true;
        if (j < size && buf[j] == ' ') ++j;
        std::size_t k = j;
        while (k < size && k - j < 10 && detail::is_alpha(static_cast<char>(buf[k]))) ++k;
        if (k == j || (k < size && word_byte(buf[k]))) return false;
        return is_unit({reinterpret_cast<const char*>(buf + j), k - j});
    }

    /// A GUID group follows an 8-hex-digit token: -XXXX-.
    bool guid_follows(std::size_t e) const noexcept {
        if (e + 6 > size || buf[e] != '-' || buf[e + 5] != '-') return false;
        for (std::size_t k = e + 1; k < e + 5; ++k)
            if (!detail::is_hex(static_cast<char>(buf[k]))) return false;
        return true;
    }

    /// Classifies a token; ctx is the context word before it (none when standalone), sign_begin the
    /// offset of a minus sign before it (npos when none).
    bool classify(const token& t, context ctx, std::size_t sign_begin, found& f) const noexcept {
        const std::string_view s = t.folded;
        const bool negative = sign_begin != std::string_view::npos;
        f = {};
        f.begin = negative ? sign_begin : t.begin;
        f.end = t.end;
        f.ctx = ctx;
        f.folded = s;
        const bool number_after_context = ctx != context::none;
        if (negative) {  // only ever after a context word
            if (!all_digits(s) || s.size() > 10) return false;
            const auto n = parse(s, 10);
            if (n > 0x80000000ull || quantity_follows(t.end)) return false;
            f.form = scan_form::decimal;
            f.value = static_cast<std::uint32_t>(0u - static_cast<std::uint32_t>(n));
            return true;
        }
        if (s.size() >= 3 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
            const auto digits = s.substr(2);
            if (!all_hex(digits)) return false;
            if (t.end < size && buf[t.end] == '`') return false;  // WinDbg's 64-bit address 0xfffff801`12345678
            f.form = scan_form::hex;
            if (digits.size() == 8) {
                f.value = static_cast<std::uint32_t>(parse(digits, 16));
                if (!number_after_context && (f.value < 0x80000000u || f.value == 0xFFFFFFFFu)) return false;
                if ((f.value & 0xFFF00000u) == 0xCAA00000u) f.form = scan_form::caa;
                return !number_after_context || !quantity_follows(t.end);
            }
            if (digits.size() < 8 && number_after_context && !quantity_follows(t.end)) {
                f.value = static_cast<std::uint32_t>(parse(digits, 16));
                return true;
            }
            return false;
        }
        if (s.size() == 8 && detail::istarts_with(s, "CAA") && all_hex(s.substr(3))) {
            f.form = scan_form::caa;
            f.value = 0xCAA00000u | static_cast<std::uint32_t>(parse(s.substr(3), 16));
            return true;
        }
        if (s.size() >= 8 && s.size() <= 15 && detail::istarts_with(s, "AADSTS") && all_digits(s.substr(6))) {
            f.form = scan_form::aadsts;
            f.value = static_cast<std::uint32_t>(parse(s.substr(6), 10));
            return true;
        }
        if (all_digits(s)) {
            if (!number_after_context || s.size() > 10) return false;
            if (ctx != context::aadsts && quantity_follows(t.end)) return false;  // error_codes is a JSON list
            if (s.size() == 8 && guid_follows(t.end)) return false;
            const auto n = parse(s, 10);
            if (n > 0xFFFFFFFFull) return false;
            f.form = ctx == context::aadsts ? scan_form::aadsts : scan_form::decimal;
            f.value = static_cast<std::uint32_t>(n);
            f.eight_digits = s.size() == 8 && ctx != context::aadsts;
            return true;
        }
        if (s.size() == 8 && all_hex(s)) {
            if (!number_after_context || guid_follows(t.end) || quantity_follows(t.end)) return false;
            f.form = scan_form::hex;
            f.value = static_cast<std::uint32_t>(parse(s, 16));
            return true;
        }
        f.name_slot = names.find(s);
        f.form = scan_form::name;
        return f.name_slot >= 0;
    }

    // ---- context words -----------------------------------------------------------------------------

    /// "HTTP error 404" and the like: the word before `begin` says the number is not a Windows code.
    bool http_before(std::size_t begin) const noexcept {
        std::size_t j = begin;
        while (j > 0 && begin - j < 3 && (buf[j - 1] == ' ' || buf[j - 1] == '_' || buf[j - 1] == '-')) --j;
        if (j < 4 || !detail::iequals({reinterpret_cast<const char*>(buf + j - 4), 4}, "http")) return false;
        return j == 4 || !word_byte(buf[j - 5]);
    }

    /// After a context word ending at i: separators and fillers, then a code. Returns the resume
    /// position after an emitted match, or 0.
    std::size_t after_context(std::size_t i, context ctx) {
        const std::size_t budget = std::min(size, i + context_budget);
        if (at(i, "()")) i += 2;
        for (int fillers = 0;;) {
            while (i < budget) {
                const std::size_t n = separator_at(i);
                if (n == 0) break;
                i += n;
            }
            if (i >= budget) return 0;
            std::size_t sign = std::string_view::npos;
            if (const std::size_t m = minus_at(i); m && token_at(i + m)) {
                sign = i;
                i += m;
            }
            if (!token_at(i)) return 0;
            const token t = read_token(i);
            if (t.too_long) return 0;
            if (sign == std::string_view::npos && fillers < 2 && is_filler(t.folded)) {
                ++fillers;
                i = t.end;
                continue;
            }
            found f;
            if (!classify(t, ctx, sign, f)) return 0;
            emit(f);
            return ctx == context::aadsts ? rest_of_list(f.end) : f.end;
        }
    }

    /// The other numbers of Entra's "error_codes":[50076,50158] list after its first one.
    std::size_t rest_of_list(std::size_t i) {
        for (int items = 1; items < 16; ++items) {  // bounded: the list must fit in the lookahead
            std::size_t j = i;
            if (j >= size || buf[j] != ',') return i;
            for (++j; j < size && buf[j] == ' ';) ++j;
            if (!token_at(j)) return i;
            const token t = read_token(j);
            found f;
            if (t.too_long || !all_digits(t.folded) || !classify(t, context::aadsts, std::string_view::npos, f)) return i;
            emit(f);
            i = f.end;
        }
        return i;
    }

    /// エラー, エラー コード, エラーコード, エラー番号 at i (the lead byte of エ).
    std::size_t japanese_context(std::size_t i) {
        constexpr std::string_view error_word = "\xE3\x82\xA8\xE3\x83\xA9\xE3\x83\xBC";  // エラー
        if (!at(i, error_word)) return 0;
        std::size_t j = i + error_word.size();
        for (std::size_t n; (n = at(j, " ") ? 1 : at(j, "\xE3\x80\x80") ? 3 : 0) != 0;) j += n;
        if (at(j, "\xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89")) j += 9;  // コード
        else if (at(j, "\xE7\x95\xAA\xE5\x8F\xB7")) j += 6;         // 番号
        return after_context(j, context::general);
    }

    /// %%1067: the event log's reference to a system message, which is a Win32 code.
    std::size_t message_insert(std::size_t a) {
        const std::size_t i = a + 2;
        if ((a > 0 && buf[a - 1] == '%') || i >= size || !detail::is_digit(static_cast<char>(buf[i]))) return a + 1;
        const token t = read_token(i);
        found f;
        if (t.too_long || t.folded.size() > 5 || !classify(t, context::win32, std::string_view::npos, f) ||
            f.form != scan_form::decimal)
            return t.end;
        emit(f);
        return f.end;
    }

    // ---- the scan ------------------------------------------------------------------------------------

    /// Handles the anchor at a; returns where to look next (> a).
    std::size_t handle(std::size_t a) {
        const uchar c = buf[a];
        if (c == 0x82) {
            if (a > 0 && buf[a - 1] == 0xE3)
                if (const std::size_t e = japanese_context(a - 1)) return e;
            return a + 1;
        }
        if (c == '%') return message_insert(a);
        if (c == 0xEF && !fullwidth_at(a)) return a + 1;
        const std::size_t begin = token_start(a);
        if (begin == std::string_view::npos) return skip_word(a);
        if (base + begin < emitted_end) return a + 1;
        const token t = read_token(begin);
        if (t.too_long) return t.end;
        if (const context ctx = context_of(t.folded); ctx != context::none) {
            if (ctx == context::win32 && http_before(t.begin)) return t.end;
            if (const std::size_t e = after_context(t.end, ctx)) return e;
            return t.end;
        }
        found f;
        if (classify(t, context::none, std::string_view::npos, f)) emit(f);
        return t.end;
    }

    /// Scans buf[from, …): anchors before the limit (all of them when final). Returns the resume point.
    std::size_t process(const char* data, std::size_t n, std::size_t from, std::uint64_t at_offset, bool is_final) {
        buf = reinterpret_cast<const uchar*>(data);
        size = n;
        base = at_offset;
        final = is_final;
        const std::size_t limit = final ? size : (size > lookahead ? size - lookahead : 0);
        std::size_t p = from;
        while (p < limit) {
            const std::size_t a = find_anchor(p, limit);
            if (a >= limit) return limit;
            p = handle(a);
        }
        return std::max(p, from);
    }

    // ---- matches -------------------------------------------------------------------------------------

    /// Brings line/column bookkeeping forward to stream offset `target` (which must be in buf).
    void count_to(std::uint64_t target) noexcept {
        if (target <= counted) return;
        const uchar* from = buf + (counted - base);
        const uchar* to = buf + (target - base);
        const uchar* last = nullptr;
        for (const uchar* q = from; q < to;) {
            const void* nl = std::memchr(q, '\n', static_cast<std::size_t>(to - q));
            if (!nl) break;
            last = static_cast<const uchar*>(nl);
            ++line;
            q = last + 1;
        }
        if (last) {
            from = last + 1;
            chars = 0;
        }
        std::uint64_t n = 0;
        for (const uchar* q = from; q < to; ++q) n += (*q & 0xC0) != 0x80;
        chars += n;
        counted = target;
    }

    /// The code as written for a number decode() reads: cached, as logs repeat the same few codes.
    void resolve_number(std::uint32_t v, code_space& space, std::uint32_t& value) noexcept {
        auto& slot = number_cache[(v ^ (v >> 16) ^ (v >> 8)) & 0xFF];
        if (!slot.used || slot.key != v) {
            slot.used = true;
            slot.key = v;
            slot.space = (v >> 30) == 3 ? code_space::ntstatus : code_space::hresult;
            slot.value = v;
            pick_written(decode(v), slot.space, slot.value);
        }
        space = slot.space;
        value = slot.value;
    }

    void resolve(const found& f, code_space& space, std::uint32_t& value) {
        value = f.value;
        switch (f.form) {
            case scan_form::caa: space = code_space::caa; return;
            case scan_form::aadsts: space = code_space::aadsts; return;
            case scan_form::name: {
                auto it = name_cache.find(f.name_slot);
                if (it == name_cache.end()) {
                    std::pair<code_space, std::uint32_t> r{code_space::hresult, 0};
                    pick_written(decode(names.name(f.name_slot)), r.first, r.second);
                    it = name_cache.emplace(f.name_slot, r).first;
                }
                space = it->second.first;
                value = it->second.second;
                return;
            }
            default: break;
        }
        if (f.eight_digits && f.ctx == context::hresult) {  // hr = 80240022: HRESULTs are hex
            resolve_number(static_cast<std::uint32_t>(parse(f.folded, 16)), space, value);
        } else if (f.eight_digits) {  // error 80070005: hex or decimal, whichever decode() ranks first
            space = code_space::hresult;
            if (!pick_written(decode(f.folded), space, value)) resolve_number(f.value, space, value);
        } else if (f.ctx == context::win32 && f.value <= 0xFFFFu) {
            space = code_space::win32;
        } else if (f.ctx == context::hresult && (f.value & 0xFFF00000u) != 0xCAA00000u) {
            space = code_space::hresult;
        } else {
            resolve_number(f.value, space, value);
        }
    }

    void emit(const found& f) {
        scan_match m;
        m.offset = base + f.begin;
        m.length = f.end - f.begin;
        count_to(m.offset);
        m.line = line;
        m.column = chars + 1;
        m.text = {reinterpret_cast<const char*>(buf + f.begin), m.length};
        m.form = f.form;
        m.by_context = f.ctx != context::none;
        resolve(f, m.space, m.value);
        m.canonical_len_ = static_cast<std::uint8_t>(detail::format_value(m.space, m.value, m.canonical_));
        emitted_end = base + f.end;
        ++matches;
        if (on_match) on_match(m);
    }

    // ---- streaming -----------------------------------------------------------------------------------

    void feed(std::string_view chunk) {
        if (chunk.empty()) return;
        seen += chunk.size();
        const std::size_t head = std::min(chunk.size(), join_bytes);
        const std::size_t chunk_at = window.size();
        window.append(chunk.data(), head);
        resume = process(window.data(), window.size(), resume, window_base, false);
        if (head == chunk.size()) {
            keep_tail(window.data(), window.size(), resume, window_base);
            return;
        }
        // The rest of a large chunk is scanned where it lies: the join above already covered its first
        // bytes, so the resume point is deep enough into it for history and token starts.
        count_to(window_base + resume - history);  // resume >= chunk_at + history + lookahead here
        const std::uint64_t chunk_base = window_base + chunk_at;
        const std::size_t from = resume - chunk_at;
        const std::size_t next = process(chunk.data(), chunk.size(), from, chunk_base, false);
        window.clear();
        window_base = chunk_base;
        keep_tail(chunk.data(), chunk.size(), next, chunk_base);
    }

    /// Keeps data[resume_at - history, n) as the new window (data may be the window itself).
    void keep_tail(const char* data, std::size_t n, std::size_t resume_at, std::uint64_t data_base) {
        const std::size_t keep_from = resume_at > history ? resume_at - history : 0;
        buf = reinterpret_cast<const uchar*>(data);
        base = data_base;
        count_to(data_base + keep_from);
        std::string tail(data + keep_from, n - keep_from);
        window.swap(tail);
        window_base = data_base + keep_from;
        resume = resume_at - keep_from;
    }

    void finish() {
        process(window.data(), window.size(), resume, window_base, true);
        reset();
    }
};

scanner::scanner(scan_callback on_match) : impl_(std::make_unique<impl>(std::move(on_match))) {}
scanner::~scanner() = default;
scanner::scanner(scanner&&) noexcept = default;
scanner& scanner::operator=(scanner&&) noexcept = default;

void scanner::feed(std::string_view chunk) { impl_->feed(chunk); }
void scanner::finish() { impl_->finish(); }
std::uint64_t scanner::bytes_seen() const noexcept { return impl_->seen; }
std::uint64_t scanner::match_count() const noexcept { return impl_->matches; }

void scan(std::string_view text, const scan_callback& on_match) {
    scanner s(on_match);
    s.impl_->process(text.data(), text.size(), 0, 0, true);
}

std::vector<scan_match> scan(std::string_view text) {
    std::vector<scan_match> out;
    scan(text, [&out](const scan_match& m) { out.push_back(m); });
    return out;
}

}  // namespace errdecode
