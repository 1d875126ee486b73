// JSON renderings (json.hpp).
//
// The shapes are fixed and every value is a string, number or boolean, so the text is written straight
// into one buffer: a decode renders in a few microseconds with a couple of allocations, where building a
// DOM first cost tens of microseconds and hundreds of allocations (the Python package renders every
// result this way). The output is compact JSON: UTF-8 kept as is, control characters escaped, bytes that
// are not UTF-8 replaced by U+FFFD. Tests parse it back with nlohmann::json.
#include "text.hpp"

#include <errdecode/json.hpp>

#include <charconv>
#include <cstdio>

namespace errdecode {
namespace {

class writer {
public:
    writer() { out_.reserve(4096); }

    writer& open_object() { return open('{'); }
    writer& close_object() { return close('}'); }
    writer& open_array() { return open('['); }
    writer& close_array() { return close(']'); }

    writer& key(std::string_view k) {
        separate();
        quoted(k);
        out_ += ':';
        comma_ = false;
        return *this;
    }
    writer& value(std::string_view s) {
        separate();
        quoted(s);
        comma_ = true;
        return *this;
    }
    writer& value(const char* s) { return value(std::string_view(s)); }
    writer& value(bool b) { return raw(b ? "true" : "false"); }
    writer& value(std::uint64_t n) {
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
        return raw({buf, std::size_t(end - buf)});
    }
    writer& value(std::uint32_t n) { return value(std::uint64_t(n)); }
    writer& value(std::uint16_t n) { return value(std::uint64_t(n)); }
    writer& value(std::uint8_t n) { return value(std::uint64_t(n)); }
    writer& value(double d) {
        char buf[32];
        auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;
        std::string_view text(buf, std::size_t(end - buf));
        if (text.find_first_of(".eE") == std::string_view::npos && text.find_first_of("ni") == std::string_view::npos) {
            *end++ = '.';  // a whole number stays a floating-point number in JSON readers
            *end++ = '0';
            text = {buf, std::size_t(end - buf)};
        }
        return raw(text);
    }
    writer& strings(span<std::string_view> items) {
        open_array();
        for (auto s : items) value(s);
        return close_array();
    }
    template <class T>
    writer& field(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }

    std::string take() { return std::move(out_); }

private:
    writer& open(char c) {
        separate();
        out_ += c;
        comma_ = false;
        return *this;
    }
    writer& close(char c) {
        out_ += c;
        comma_ = true;
        return *this;
    }
    writer& raw(std::string_view text) {
        separate();
        out_ += text;
        comma_ = true;
        return *this;
    }
    void separate() {
        if (comma_) out_ += ',';
        comma_ = false;
    }
    void quoted(std::string_view s) {
        static constexpr char hex[] = "0123456789abcdef";
        out_ += '"';
        for (std::size_t i = 0; i < s.size();) {
            std::size_t run = i;  // plain printable ASCII goes in whole runs
            while (run < s.size() && static_cast<unsigned char>(s[run]) >= 0x20 &&
                   static_cast<unsigned char>(s[run]) < 0x80 && s[run] != '"' && s[run] != '\\')
                ++run;
            if (run > i) {
                out_.append(s.data() + i, run - i);
                i = run;
                continue;
            }
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) {
                std::size_t length = 1;
                if (detail::next_code_point(s, i, length) == 0xFFFFFFFF) out_ += "\xEF\xBF\xBD";
                else out_.append(s.data() + i, length);
                i += length;
                continue;
            }
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case '\b': out_ += "\\b"; break;
                case '\f': out_ += "\\f"; break;
                case '\n': out_ += "\\n"; break;
                case '\r': out_ += "\\r"; break;
                case '\t': out_ += "\\t"; break;
                default:
                    if (c < 0x20) {
                        out_ += "\\u00";
                        out_ += hex[c >> 4];
                        out_ += hex[c & 0xF];
                    } else {
                        out_ += static_cast<char>(c);
                    }
            }
            ++i;
        }
        out_ += '"';
    }

    std::string out_;
    bool comma_ = false;
};

/// The input as given; bytes that are not UTF-8 are shown as U+FFFD and kept exactly in input_hex.
void put_input(writer& w, std::string_view input) {
    w.field("input", input);
    if (detail::valid_utf8(input)) return;
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(input.size() * 2);
    for (unsigned char c : input) {
        hex += digits[c >> 4];
        hex += digits[c & 0xF];
    }
    w.field("input_hex", std::string_view(hex));
}

void put_interpretation(writer& w, const interpretation& i) {
    w.open_object();
    w.field("namespace", to_string(i.space));
    w.field("value", i.value_text());
    w.field("number", i.value);
    w.key("names").strings(i.names);
    w.field("relation", to_string(i.how));
    w.field("known", i.known);
    w.field("curated", i.curated);
    if (i.family) {
        w.key("family").open_object();
        w.field("id", i.family->id).field("label", i.family->label.value);
        w.field("description", i.family->description.value).field("lang", i.family->label.lang);
        w.close_object();
    }
    if (i.facility) {
        w.key("facility").open_object().field("code", i.facility->code).field("name", i.facility->name).close_object();
    }
    if (i.bits.kind != structure::layout::none) {
        const bool hr = i.bits.kind == structure::layout::hresult;
        w.key("structure").open_object();
        w.field("layout", hr ? "hresult" : "ntstatus").field("severity", i.bits.severity);
        if (hr) w.field("failure", i.bits.severity != 0);
        w.field("customer", i.bits.customer).field("reserved", i.bits.reserved);
        if (hr) w.field("nt", i.bits.nt).field("x", i.bits.x);
        w.field("code", i.bits.code);
        w.close_object();
    }
    w.field("summary", i.summary.value).field("summary_lang", i.summary.lang);
    w.field("explanation", i.explanation.value);
    w.field("explanation_lang", i.explanation.empty() ? i.summary.lang : i.explanation.lang);
    w.key("remediation").open_array();
    for (const auto& s : i.remediation) {
        w.open_object().field("text", s.text.value).field("lang", s.text.lang);
        if (!s.command.empty()) w.field("command", s.command);
        if (!s.reference.empty()) w.field("reference", s.reference);
        w.close_object();
    }
    w.close_array();
    w.key("sources").strings(i.sources);
    w.key("related").strings(i.related);
    w.close_object();
}

std::string hex32(std::uint32_t v) {
    char buf[10];
    return std::string(buf, detail::format_hex32(v, buf));
}

}  // namespace

std::string to_json(const interpretation& i) {
    writer w;
    put_interpretation(w, i);
    return w.take();
}

std::string to_json(const decoded& d) {
    writer w;
    w.open_object();
    put_input(w, d.input);
    w.field("ok", true).field("known", d.known());
    w.key("interpretations").open_array();
    for (const auto& i : d) put_interpretation(w, i);
    w.close_array().close_object();
    return w.take();
}

std::string error_json(std::string_view input, std::error_code error) {
    writer w;
    w.open_object();
    put_input(w, input);
    w.field("ok", false);
    const bool ours = error.category() == error_category();
    const std::string message = error.message();
    w.key("error").open_object();
    w.field("code", ours ? errc_id(static_cast<errc>(error.value())) : std::string_view(error.category().name()));
    w.field("message", std::string_view(message));
    w.close_object().close_object();
    return w.take();
}

std::string to_json(std::string_view input, const cert_flags& flags) {
    writer w;
    w.open_object();
    put_input(w, input);
    w.field("ok", true).field("mask", std::string_view(hex32(flags.mask)));
    w.key("flags").open_array();
    for (const auto& f : flags) put_interpretation(w, f);
    w.close_array();
    w.field("unknown_bits", std::string_view(hex32(flags.unknown_bits)));
    w.close_object();
    return w.take();
}

std::string to_json(std::string_view query, const std::vector<search_hit>& hits) {
    writer w;
    w.open_object();
    put_input(w, query);
    w.field("ok", true);
    w.key("hits").open_array();
    for (const auto& hit : hits) {
        w.open_object().field("score", hit.score).field("reason", hit.reason);
        w.field("matched", hit.matched.value).field("matched_lang", hit.matched.lang);
        w.key("entry");
        put_interpretation(w, hit.entry);
        w.close_object();
    }
    w.close_array().close_object();
    return w.take();
}

std::string to_json(const scan_match& m, const interpretation& best, std::string_view file) {
    writer w;
    w.open_object();
    if (!file.empty()) w.field("file", file);
    w.field("match", m.text).field("code", m.canonical()).field("namespace", to_string(m.space));
    w.field("line", m.line).field("column", m.column).field("offset", m.offset);
    w.key("names").strings(best.names);
    w.field("summary", best.summary.value).field("summary_lang", best.summary.lang);
    w.close_object();
    return w.take();
}

std::string scan_count_json(const scan_match& code, const interpretation& best, std::uint64_t count) {
    writer w;
    w.open_object();
    w.field("code", code.canonical()).field("namespace", to_string(code.space)).field("count", count);
    w.key("names").strings(best.names);
    w.field("summary", best.summary.value).field("summary_lang", best.summary.lang);
    w.close_object();
    return w.take();
}

}  // namespace errdecode
