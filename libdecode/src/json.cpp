// JSON renderings (json.hpp).
//
// The shapes live in errdecode/detail/render.hpp; this file is the sink that writes them as text, straight
// into one buffer: a decode renders in a few microseconds with a couple of allocations, where building a
// DOM first cost tens of microseconds and hundreds of allocations. The output is compact JSON: UTF-8 kept
// as is, control characters escaped, bytes that are not UTF-8 replaced by U+FFFD. Tests parse it back
// with nlohmann::json.
#include "text.hpp"

#include <errdecode/detail/render.hpp>
#include <errdecode/json.hpp>

#include <charconv>
#include <cstdio>

namespace errdecode {
namespace {

using detail::field;
using detail::put_interpretation;
using detail::strings;

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
    writer& value(bool b) { return raw(b ? "true" : "false"); }
    writer& value(std::uint64_t n) {
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
        return raw({buf, std::size_t(end - buf)});
    }
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

    /// The "input" field: the input as given; bytes that are not UTF-8 are shown as U+FFFD and kept
    /// exactly in "input_hex".
    writer& input(std::string_view text) {
        key("input");
        value(text);
        if (detail::valid_utf8(text)) return *this;
        static constexpr char digits[] = "0123456789abcdef";
        std::string hex;
        hex.reserve(text.size() * 2);
        for (unsigned char c : text) {
            hex += digits[c >> 4];
            hex += digits[c & 0xF];
        }
        key("input_hex");
        return value(std::string_view(hex));
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

}  // namespace

std::string to_json(const interpretation& i) {
    writer w;
    put_interpretation(w, i);
    return w.take();
}

std::string to_json(const decoded& d) {
    writer w;
    detail::put_decoded(w, d);
    return w.take();
}

std::string error_json(std::string_view input, std::error_code error) {
    writer w;
    w.open_object();
    w.input(input);
    field(w, "ok", false);
    const bool ours = error.category() == error_category();
    const std::string message = error.message();
    w.key("error");
    w.open_object();
    field(w, "code", ours ? errc_id(static_cast<errc>(error.value())) : std::string_view(error.category().name()));
    field(w, "message", message);
    w.close_object();
    w.close_object();
    return w.take();
}

std::string to_json(std::string_view input, const cert_flags& flags) {
    writer w;
    detail::put_cert_flags(w, input, flags);
    return w.take();
}

std::string to_json(std::string_view query, const std::vector<search_hit>& hits) {
    writer w;
    detail::put_search(w, query, hits);
    return w.take();
}

std::string to_json(const scan_match& m, const interpretation& best, std::string_view file) {
    writer w;
    detail::put_scan_match(w, m, best, file);
    return w.take();
}

std::string scan_count_json(const scan_match& code, const interpretation& best, std::uint64_t count) {
    writer w;
    w.open_object();
    field(w, "code", code.canonical());
    field(w, "namespace", to_string(code.space));
    field(w, "count", count);
    strings(w, "names", best.names);
    field(w, "summary", best.summary.value);
    field(w, "summary_lang", best.summary.lang);
    w.close_object();
    return w.take();
}

}  // namespace errdecode
