// JSON renderings (json.hpp). nlohmann::json stays inside the library: the public API is strings.
#include "text.hpp"

#include <errdecode/json.hpp>

#include <nlohmann/json.hpp>

namespace errdecode {
namespace {

using json = nlohmann::ordered_json;

std::string str(std::string_view s) { return std::string(s); }

json strings(span<std::string_view> items) {
    json out = json::array();
    for (auto s : items) out.push_back(str(s));
    return out;
}

/// The input as given; bytes that are not UTF-8 are shown as U+FFFD and kept exactly in input_hex.
void put_input(json& out, std::string_view input) {
    if (detail::valid_utf8(input)) {
        out["input"] = str(input);
        return;
    }
    std::string shown, hex;
    static constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < input.size();) {
        std::size_t length = 1;
        const char32_t cp = detail::next_code_point(input, i, length);
        shown += cp == 0xFFFFFFFF ? std::string("\xEF\xBF\xBD") : std::string(input.substr(i, length));
        i += length;
    }
    for (unsigned char c : input) { hex += digits[c >> 4]; hex += digits[c & 0xF]; }
    out["input"] = shown;
    out["input_hex"] = hex;
}

json interpretation_json(const interpretation& i) {
    json out;
    out["namespace"] = str(to_string(i.space));
    out["value"] = str(i.value_text());
    out["number"] = i.value;
    out["names"] = strings(i.names);
    out["relation"] = str(to_string(i.how));
    out["known"] = i.known;
    out["curated"] = i.curated;
    if (i.family) {
        out["family"] = {{"id", str(i.family->id)}, {"label", str(i.family->label.value)},
                         {"description", str(i.family->description.value)}, {"lang", str(i.family->label.lang)}};
    }
    if (i.facility) out["facility"] = {{"code", i.facility->code}, {"name", str(i.facility->name)}};
    if (i.bits.kind != structure::layout::none) {
        const bool hr = i.bits.kind == structure::layout::hresult;
        json bits = {{"layout", hr ? "hresult" : "ntstatus"}, {"severity", i.bits.severity}};
        if (hr) bits["failure"] = i.bits.severity != 0;
        bits["customer"] = i.bits.customer;
        bits["reserved"] = i.bits.reserved;
        if (hr) {
            bits["nt"] = i.bits.nt;
            bits["x"] = i.bits.x;
        }
        bits["code"] = i.bits.code;
        out["structure"] = bits;
    }
    out["summary"] = str(i.summary.value);
    out["summary_lang"] = str(i.summary.lang);
    out["explanation"] = str(i.explanation.value);
    out["explanation_lang"] = str(i.explanation.empty() ? i.summary.lang : i.explanation.lang);
    json steps = json::array();
    for (const auto& s : i.remediation) {
        json step = {{"text", str(s.text.value)}, {"lang", str(s.text.lang)}};
        if (!s.command.empty()) step["command"] = str(s.command);
        if (!s.reference.empty()) step["reference"] = str(s.reference);
        steps.push_back(std::move(step));
    }
    out["remediation"] = std::move(steps);
    out["sources"] = strings(i.sources);
    out["related"] = strings(i.related);
    return out;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string to_json(const interpretation& i) { return dump(interpretation_json(i)); }

std::string to_json(const decoded& d) {
    json out;
    put_input(out, d.input);
    out["ok"] = true;
    out["known"] = d.known();
    json list = json::array();
    for (const auto& i : d) list.push_back(interpretation_json(i));
    out["interpretations"] = std::move(list);
    return dump(out);
}

std::string error_json(std::string_view input, std::error_code error) {
    json out;
    put_input(out, input);
    out["ok"] = false;
    const bool ours = error.category() == error_category();
    out["error"] = {{"code", ours ? str(errc_id(static_cast<errc>(error.value()))) : str(error.category().name())},
                    {"message", error.message()}};
    return dump(out);
}

std::string to_json(std::string_view input, const cert_flags& flags) {
    json out;
    put_input(out, input);
    out["ok"] = true;
    char hex[10];
    out["mask"] = std::string(hex, detail::format_hex32(flags.mask, hex));
    json list = json::array();
    for (const auto& f : flags) list.push_back(interpretation_json(f));
    out["flags"] = std::move(list);
    out["unknown_bits"] = std::string(hex, detail::format_hex32(flags.unknown_bits, hex));
    return dump(out);
}

std::string to_json(std::string_view query, const std::vector<search_hit>& hits) {
    json out;
    put_input(out, query);
    out["ok"] = true;
    json list = json::array();
    for (const auto& hit : hits) {
        list.push_back({{"score", hit.score}, {"reason", str(hit.reason)}, {"matched", str(hit.matched.value)},
                        {"matched_lang", str(hit.matched.lang)}, {"entry", interpretation_json(hit.entry)}});
    }
    out["hits"] = std::move(list);
    return dump(out);
}

std::string to_json(const scan_match& m, const interpretation& best, std::string_view file) {
    json out;
    if (!file.empty()) out["file"] = str(file);
    out["match"] = str(m.text);
    out["code"] = str(m.canonical());
    out["namespace"] = str(to_string(m.space));
    out["line"] = m.line;
    out["column"] = m.column;
    out["offset"] = m.offset;
    out["names"] = strings(best.names);
    out["summary"] = str(best.summary.value);
    out["summary_lang"] = str(best.summary.lang);
    return dump(out);
}

std::string scan_count_json(const scan_match& code, const interpretation& best, std::uint64_t count) {
    json out;
    out["code"] = str(code.canonical());
    out["namespace"] = str(to_string(code.space));
    out["count"] = count;
    out["names"] = strings(best.names);
    out["summary"] = str(best.summary.value);
    out["summary_lang"] = str(best.summary.lang);
    return dump(out);
}

}  // namespace errdecode
