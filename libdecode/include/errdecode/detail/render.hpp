// The shape of every rendered result, written once for any sink: the JSON writer (json.cpp) and the
// Python binding (which builds dicts directly) both walk results through these templates, so the CLI's
// --json and Python's to_dict() cannot drift apart.
//
// A Sink has open_object(), close_object(), open_array(), close_array(), key(std::string_view),
// value(x) for std::string_view, bool, std::uint64_t and double, and input(std::string_view), which writes
// the "input" field (the JSON writer adds "input_hex" for bytes that are not UTF-8). Not part of the
// stable API.
#pragma once

#include <errdecode/cert.hpp>
#include <errdecode/scan.hpp>
#include <errdecode/search.hpp>
#include <errdecode/types.hpp>

#include <array>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <vector>

namespace errdecode::detail {

template <class Sink, class T>
void field(Sink& w, std::string_view k, const T& v) {
    w.key(k);
    if constexpr (std::is_same_v<T, bool>) w.value(v);
    else if constexpr (std::is_integral_v<T>) w.value(static_cast<std::uint64_t>(v));
    else if constexpr (std::is_floating_point_v<T>) w.value(static_cast<double>(v));
    else w.value(std::string_view(v));
}

template <class Sink>
void strings(Sink& w, std::string_view k, span<std::string_view> items) {
    w.key(k);
    w.open_array();
    for (auto s : items) w.value(s);
    w.close_array();
}

/// {"namespace", "value", "number", "names", "relation", "known", "curated", "family", "facility",
///  "structure", "summary", "summary_lang", "explanation", "explanation_lang", "remediation", "sources",
///  "related"}; "family", "facility" and "structure" only where they apply.
template <class Sink>
void put_interpretation(Sink& w, const interpretation& i) {
    w.open_object();
    field(w, "namespace", to_string(i.space));
    field(w, "value", i.value_text());
    field(w, "number", i.value);
    strings(w, "names", i.names);
    field(w, "relation", to_string(i.how));
    field(w, "known", i.known);
    field(w, "curated", i.curated);
    if (i.family) {
        w.key("family");
        w.open_object();
        field(w, "id", i.family->id);
        field(w, "label", i.family->label.value);
        field(w, "description", i.family->description.value);
        field(w, "lang", i.family->label.lang);
        w.close_object();
    }
    if (i.facility) {
        w.key("facility");
        w.open_object();
        field(w, "code", i.facility->code);
        field(w, "name", i.facility->name);
        w.close_object();
    }
    if (i.bits.kind != structure::layout::none) {
        const bool hr = i.bits.kind == structure::layout::hresult;
        w.key("structure");
        w.open_object();
        field(w, "layout", std::string_view(hr ? "hresult" : "ntstatus"));
        field(w, "severity", i.bits.severity);
        if (hr) field(w, "failure", i.bits.severity != 0);
        field(w, "customer", i.bits.customer);
        field(w, "reserved", i.bits.reserved);
        if (hr) {
            field(w, "nt", i.bits.nt);
            field(w, "x", i.bits.x);
        }
        field(w, "code", i.bits.code);
        w.close_object();
    }
    field(w, "summary", i.summary.value);
    field(w, "summary_lang", i.summary.lang);
    field(w, "explanation", i.explanation.value);
    field(w, "explanation_lang", i.explanation.empty() ? i.summary.lang : i.explanation.lang);
    w.key("remediation");
    w.open_array();
    for (const auto& s : i.remediation) {
        w.open_object();
        field(w, "text", s.text.value);
        field(w, "lang", s.text.lang);
        if (!s.command.empty()) field(w, "command", s.command);
        if (!s.reference.empty()) field(w, "reference", s.reference);
        w.close_object();
    }
    w.close_array();
    strings(w, "sources", i.sources);
    strings(w, "related", i.related);
    w.close_object();
}

/// "0x%08X", as codes are written.
struct hex32 {
    explicit hex32(std::uint32_t v) noexcept {
        constexpr char digits[] = "0123456789ABCDEF";
        text[0] = '0';
        text[1] = 'x';
        for (int k = 0; k < 8; ++k) text[2 + k] = digits[(v >> (28 - 4 * k)) & 0xF];
    }
    std::string_view view() const noexcept { return {text.data(), text.size()}; }
    std::array<char, 10> text{};
};

/// {"input", "ok": true, "known", "interpretations": [...]}
template <class Sink>
void put_decoded(Sink& w, const decoded& d) {
    w.open_object();
    w.input(d.input);
    field(w, "ok", true);
    field(w, "known", d.known());
    w.key("interpretations");
    w.open_array();
    for (const auto& i : d) put_interpretation(w, i);
    w.close_array();
    w.close_object();
}

/// {"input", "ok": true, "mask", "flags": [...], "unknown_bits"}
template <class Sink>
void put_cert_flags(Sink& w, std::string_view input, const cert_flags& flags) {
    w.open_object();
    w.input(input);
    field(w, "ok", true);
    field(w, "mask", hex32(flags.mask).view());
    w.key("flags");
    w.open_array();
    for (const auto& f : flags) put_interpretation(w, f);
    w.close_array();
    field(w, "unknown_bits", hex32(flags.unknown_bits).view());
    w.close_object();
}

/// One search hit: {"score", "reason", "matched", "matched_lang", "entry"}.
template <class Sink>
void put_search_hit(Sink& w, const search_hit& hit) {
    w.open_object();
    field(w, "score", hit.score);
    field(w, "reason", hit.reason);
    field(w, "matched", hit.matched.value);
    field(w, "matched_lang", hit.matched.lang);
    w.key("entry");
    put_interpretation(w, hit.entry);
    w.close_object();
}

/// {"input", "ok": true, "hits": [...]}
template <class Sink>
void put_search(Sink& w, std::string_view query, const std::vector<search_hit>& hits) {
    w.open_object();
    w.input(query);
    field(w, "ok", true);
    w.key("hits");
    w.open_array();
    for (const auto& hit : hits) put_search_hit(w, hit);
    w.close_array();
    w.close_object();
}

/// One scan match: {"file" (when not empty), "match", "code", "namespace", "line", "column", "offset",
/// "names", "summary", "summary_lang"}.
template <class Sink>
void put_scan_match(Sink& w, const scan_match& m, const interpretation& best, std::string_view file) {
    w.open_object();
    if (!file.empty()) field(w, "file", file);
    field(w, "match", m.text);
    field(w, "code", m.canonical());
    field(w, "namespace", to_string(m.space));
    field(w, "line", m.line);
    field(w, "column", m.column);
    field(w, "offset", m.offset);
    strings(w, "names", best.names);
    field(w, "summary", best.summary.value);
    field(w, "summary_lang", best.summary.lang);
    w.close_object();
}

}  // namespace errdecode::detail
