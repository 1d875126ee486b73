// Table lookups and the one place that turns a (space, value) into a filled interpretation.
#include "lookup.hpp"

#include "text.hpp"

#include <errdecode/hresult.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace errdecode::detail {
namespace {

// Summaries for readings no table names. Every language the knowledge base has may add a line here;
// a language without one gets the English line, marked "en".
struct ui_line {
    std::string_view lang;
    std::string_view text;
};
constexpr ui_line structural_summary[] = {
    {"en", "Not in the imported tables: read its family, facility and structure."},
    {"ja", "取り込んだ表にはない値です。ファミリ、ファシリティ、構造から判断してください。"},
};
constexpr ui_line named_summary_note[] = {
    {"en", "No curated explanation yet; the symbolic name is the best clue."},
    {"ja", "解説はまだありません。シンボル名が最大の手がかりです。"},
};

text ui_text(const ui_line (&lines)[2], std::size_t lang) noexcept {
    const std::string_view wanted = language_names[lang];
    for (const auto& line : lines)
        if (line.lang == wanted) return {line.text, line.lang};
    return {lines[0].text, lines[0].lang};
}

/// An open-addressing hash index over code_rows, keyed by (space, value). decode() looks up several
/// (space, value) pairs per call; a binary search over ~8000 rows of 48 bytes each costs a dozen cache
/// lines, a probe here one or two. Built once, on first use (thread-safe static initialisation), because
/// the row count is only known to the generated file; a failed allocation falls back to binary search.
class code_index {
public:
    static const code_index& get() noexcept {
        static const code_index index;
        return index;
    }

    const code_row* find(code_space space, std::uint32_t value) const noexcept {
        if (slots_.empty()) return search(space, value);
        for (std::size_t i = slot_of(space, value);; i = (i + 1) & mask_) {
            const std::uint32_t row = slots_[i];
            if (row == 0) return nullptr;
            const code_row& r = code_rows[row - 1];
            if (r.value == value && r.space == space) return &r;
        }
    }

private:
    code_index() noexcept {
        std::size_t size = 16;
        while (size < 2 * code_row_count) size *= 2;  // load factor at most 1/2
        try {
            slots_.assign(size, 0);
        } catch (...) {
            return;  // slots_ stays empty: find() searches instead
        }
        mask_ = size - 1;
        shift_ = 64;
        for (std::size_t s = size; s > 1; s >>= 1) --shift_;
        for (std::size_t row = 0; row < code_row_count; ++row) {
            std::size_t i = slot_of(code_rows[row].space, code_rows[row].value);
            while (slots_[i] != 0) i = (i + 1) & mask_;
            slots_[i] = static_cast<std::uint32_t>(row + 1);
        }
    }

    std::size_t slot_of(code_space space, std::uint32_t value) const noexcept {
        const std::uint64_t key = (std::uint64_t(space) << 32) | value;
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
    }

    static const code_row* search(code_space space, std::uint32_t value) noexcept {
        const code_row* end = code_rows + code_row_count;
        const code_row* it = std::lower_bound(code_rows, end, std::make_pair(space, value),
            [](const code_row& row, const std::pair<code_space, std::uint32_t>& key) {
                return std::make_pair(row.space, row.value) < key;
            });
        return (it != end && it->space == space && it->value == value) ? it : nullptr;
    }

    std::vector<std::uint32_t> slots_;  ///< code_rows index + 1; 0 is an empty slot
    std::size_t mask_ = 0;
    unsigned shift_ = 64;
};

std::uint16_t family_of(code_space space, std::uint32_t value, std::int32_t override_index) noexcept {
    if (override_index >= 0) return static_cast<std::uint16_t>(override_index);
    for (std::size_t i = 0; i < family_rule_count; ++i) {
        const auto& rule = family_rules[i];
        if (rule.space == space && (value & rule.mask) == rule.match) return rule.family;
    }
    return static_cast<std::uint16_t>(family_count - 1);  // the catch-all family comes last
}

/// Facility names by number: a direct table per layout (HRESULT facilities have 11 bits, NTSTATUS
/// ones 12) holding facility_rows indexes + 1, so a reading's facility costs one load.
class facility_index {
public:
    static const facility_index& get() noexcept {
        static const facility_index index;
        return index;
    }

    std::string_view name(code_space space, std::uint16_t code) const noexcept {
        std::uint16_t row = 0;
        if (space == code_space::hresult && code < hresult_.size()) row = hresult_[code];
        else if (space == code_space::ntstatus && code < ntstatus_.size()) row = ntstatus_[code];
        return row ? facility_rows[row - 1].name : std::string_view{};
    }

private:
    facility_index() noexcept {
        for (std::size_t i = 0; i < facility_row_count && i < 0xFFFF; ++i) {
            const facility_row& row = facility_rows[i];
            const auto slot = static_cast<std::uint16_t>(i + 1);
            // Several names may share a number: the first in table order wins, as before.
            if (row.space == code_space::hresult && row.code < hresult_.size() && !hresult_[row.code])
                hresult_[row.code] = slot;
            if (row.space == code_space::ntstatus && row.code < ntstatus_.size() && !ntstatus_[row.code])
                ntstatus_[row.code] = slot;
        }
    }

    std::array<std::uint16_t, 0x800> hresult_{};
    std::array<std::uint16_t, 0x1000> ntstatus_{};
};

std::string_view facility_name(code_space space, std::uint16_t code) noexcept {
    return facility_index::get().name(space, code);
}

void set_value_text(interpretation& out, code_space space, std::uint32_t value) noexcept {
    out.static_text_ = nullptr;
    out.value_len_ = static_cast<std::uint8_t>(format_value(space, value, out.value_buf_.data()));
}

void set_structure(interpretation& out, code_space space, std::uint32_t value) noexcept {
    if (space == code_space::hresult || space == code_space::caa) {
        out.bits = {structure::layout::hresult, static_cast<std::uint8_t>(hresult_failed(value)),
                    hresult_reserved_bit(value), hresult_customer_bit(value), hresult_nt_bit(value),
                    hresult_x_bit(value), hresult_code(value)};
        const auto code = hresult_facility(value);
        out.facility = facility{code, facility_name(code_space::hresult, code)};
    } else if (space == code_space::ntstatus) {
        out.bits = {structure::layout::ntstatus, static_cast<std::uint8_t>(ntstatus_severity(value)),
                    ntstatus_reserved_bit(value), ntstatus_customer_bit(value), false, false, ntstatus_code(value)};
        const auto code = ntstatus_facility(value);
        out.facility = facility{code, facility_name(code_space::ntstatus, code)};
    }
}

void set_entry_texts(interpretation& out, std::int32_t entry, std::size_t lang) noexcept {
    const entry_row& row = entry_rows[entry];
    const entry_text& texts = entry_texts[lang][entry];
    out.curated = true;
    out.summary = texts.summary;
    out.explanation = texts.explanation;
    out.remediation = texts.steps;
    out.sources = row.sources;
    out.related = row.related;
}

/// Orders entry rows by space alone (for equal_range over one space's run).
struct space_order {
    bool operator()(const entry_row& row, code_space space) const noexcept { return row.space < space; }
    bool operator()(code_space space, const entry_row& row) const noexcept { return space < row.space; }
};

}  // namespace

std::size_t format_value(code_space space, std::uint32_t value, char* buf) noexcept {
    switch (space) {
        case code_space::win32: return format_decimal(value, buf);
        case code_space::caa: {
            char hex[10];
            format_hex32(value, hex);
            std::memcpy(buf, "CAA", 3);
            std::memcpy(buf + 3, hex + 5, 5);
            return 8;
        }
        case code_space::aadsts:
            std::memcpy(buf, "AADSTS", 6);
            return 6 + format_decimal(value, buf + 6);
        default: return format_hex32(value, buf);
    }
}

std::optional<std::size_t> language_index(std::string_view lang) noexcept {
    if (lang == language_names[0]) return 0;  // the default, asked for on every call
    for (std::size_t i = 0; i < language_count; ++i)
        if (iequals(language_names[i], lang)) return i;
    return std::nullopt;
}

const code_row* find_row(code_space space, std::uint32_t value) noexcept {
    return code_index::get().find(space, value);
}

std::pair<const name_row*, const name_row*> find_name(std::string_view name) noexcept {
    // name_rows are sorted by their upper-cased bytes; compare the query upper-cased on the fly.
    const auto less = [](std::string_view a, std::string_view b) {
        const std::size_t n = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i) {
            const auto x = static_cast<unsigned char>(to_upper(a[i]));
            const auto y = static_cast<unsigned char>(to_upper(b[i]));
            if (x != y) return x < y;
        }
        return a.size() < b.size();
    };
    const auto* end = name_rows + name_row_count;
    const auto* first = std::lower_bound(name_rows, end, name, [&](const name_row& r, std::string_view q) { return less(r.upper, q); });
    const auto* last = std::upper_bound(first, end, name, [&](std::string_view q, const name_row& r) { return less(q, r.upper); });
    return {first, last};
}

std::int32_t find_entry_by_code(code_space space, std::string_view code) noexcept {
    // Entries are sorted by space (then code, bytewise): only that space's run is compared, and
    // case-insensitively, so it is scanned rather than searched.
    const entry_row* end = entry_rows + entry_row_count;
    const auto [first, last] = std::equal_range(entry_rows, end, space, space_order{});
    for (const entry_row* it = first; it != last; ++it)
        if (iequals(it->code, code)) return static_cast<std::int32_t>(it - entry_rows);
    return no_entry;
}

void describe(interpretation& out, code_space space, std::uint32_t value, relation how, std::size_t lang) noexcept {
    describe_row(out, space, value, find_row(space, value), how, lang);
}

void describe_row(interpretation& out, code_space space, std::uint32_t value, const code_row* row, relation how,
                  std::size_t lang) noexcept {
    out.space = space;
    out.value = value;
    out.how = how;
    set_value_text(out, space, value);
    set_structure(out, space, value);
    std::int32_t entry = row ? row->entry : no_entry;
    if (entry == no_entry && space == code_space::hresult) {
        // An HRESULT wrapping a Win32 code or an NTSTATUS is explained by the code it wraps.
        const code_row* inner = nullptr;
        if (auto w = win32_from_hresult(value)) inner = find_row(code_space::win32, *w);
        else if (auto nt = ntstatus_from_hresult(value); nt && hresult_failed(value)) inner = find_row(code_space::ntstatus, *nt);
        if (inner) entry = inner->entry;
    }
    out.known = row != nullptr || entry != no_entry;
    if (row) out.names = {names + row->names_begin, row->names_count};
    const std::int32_t family_override = (row && row->entry != no_entry) ? entry_rows[row->entry].family : no_entry;
    out.family = &family_texts[lang][family_of(space, value, family_override)];
    if (entry != no_entry) {
        set_entry_texts(out, entry, lang);
    } else if (row) {
        out.summary = row->fallback.empty() ? ui_text(named_summary_note, lang) : text{row->fallback, "en"};
        out.explanation = ui_text(named_summary_note, lang);
    } else {
        out.summary = ui_text(structural_summary, lang);
    }
}

void describe_entry(interpretation& out, std::int32_t entry, relation how, std::size_t lang) noexcept {
    const entry_row& row = entry_rows[entry];
    if (row.space != code_space::m365 && row.space != code_space::symptom) {
        describe(out, row.space, row.value, how, lang);
        return;
    }
    // App codes and symptoms have no numeric form: their text is the code.
    out.space = row.space;
    out.value = row.value;
    out.how = how;
    out.known = true;
    const code_row& codes = code_rows[row.code_row];
    out.names = {names + codes.names_begin, codes.names_count};
    out.family = &family_texts[lang][family_of(row.space, row.value, row.family)];
    set_entry_texts(out, entry, lang);
    out.static_text_ = row.code.data();
    out.value_len_ = static_cast<std::uint8_t>(std::min<std::size_t>(row.code.size(), 255));
}

}  // namespace errdecode::detail
