// Human-readable reports (render.hpp). Labels follow --lang; English fills in for other languages.
#include "render.hpp"

#include <errdecode/json.hpp>

#include <cstdio>
#include <ostream>

namespace errdecode::cli {
namespace {

struct labels {
    std::string_view family, structure, facility, summary, explanation, steps, sources, related, names,
        no_names, unknown, unknown_bits, no_hits, via, failure, success, severity, same_before, same_after;
};
constexpr labels english{"family", "structure", "facility", "summary", "explanation", "what to do", "sources",
                         "see also", "names", "(no symbolic name)", "not in any table", "unknown bits",
                         "no matching entry", "reading", "failure", "success", "severity", "same as [", "]"};
constexpr labels japanese{"ファミリ", "構造", "ファシリティ", "概要", "説明", "対処", "出典", "関連", "名前",
                          "(シンボル名なし)", "どの表にもありません", "不明なビット", "該当するエントリはありません",
                          "読み方", "失敗", "成功", "重大度", "[", "] と同じ"};

const labels& labels_for(std::string_view lang) { return lang == "ja" ? japanese : english; }

std::string_view relation_text(relation r) {
    switch (r) {
        case relation::as_written: return "";
        case relation::decimal_reading: return "decimal reading";
        case relation::hex_reading: return "hex reading";
        case relation::from_win32: return "Win32 code inside HRESULT_FROM_WIN32";
        case relation::from_nt: return "NTSTATUS inside HRESULT_FROM_NT";
        case relation::by_name: return "by name";
        case relation::same_text: return "app code with the same text";
    }
    return "";
}

std::string hex4(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04X", v & 0xFFFFu);
    return buf;
}

/// Columns a code point takes in a terminal: 2 for wide (CJK, full-width) characters, else 1.
std::size_t columns_of(char32_t c) {
    return (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                            (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                            (c >= 0xFFE0 && c <= 0xFFE6)))
               ? 2
               : 1;
}

/// Decodes the UTF-8 sequence at s[i] (tables and the CLI's input are UTF-8); sets its length.
char32_t code_point_at(std::string_view s, std::size_t i, std::size_t& length) {
    const auto b = static_cast<unsigned char>(s[i]);
    length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + length > s.size()) length = s.size() - i;
    char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return c;
}

/// Writes `text` wrapped to `width` columns, so long explanations paste cleanly into a ticket. The first
/// line continues what is already printed (`used` columns); later lines start with `indent`. Lines break
/// at spaces, or between characters in text written without them (Japanese); newlines in the text stay.
void wrap(std::ostream& out, std::string_view text, std::size_t used, std::string_view indent,
          std::size_t width = 100) {
    std::size_t line_start = 0, column = used, last_space = std::string_view::npos;
    const auto emit = [&](std::size_t end, std::size_t next) {
        out << text.substr(line_start, end - line_start) << '\n';
        line_start = next;
        if (next < text.size()) out << indent;
        column = indent.size();
        last_space = std::string_view::npos;
    };
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const char32_t c = code_point_at(text, i, length);
        if (c == '\n') {
            emit(i, i + 1);
            i += 1;
            continue;
        }
        const std::size_t w = columns_of(c);
        if (column + w > width && i > line_start) {
            if (last_space != std::string_view::npos && w == 1) {  // wide characters may break anywhere
                const std::size_t resume = last_space + 1;
                emit(last_space, resume);
                i = resume;  // re-measure the words after the break on the new line
                continue;
            }
            emit(i, i);
        }
        if (c == ' ') last_space = i;
        column += w;
        i += length;
    }
    if (line_start < text.size()) out << text.substr(line_start) << '\n';
    else if (text.empty()) out << '\n';
}

/// Prints one reading. `same_as` is the number of an earlier reading with the same curated text (an
/// HRESULT explained by the Win32 code it wraps), so the text is not printed twice; 0 when none.
void render_reading(std::ostream& out, const interpretation& i, std::size_t index, const labels& l,
                    std::size_t same_as = 0) {
    out << "  [" << index << "] " << to_string(i.space) << ' ' << i.value_text();
    if (i.names.empty()) out << "  " << l.no_names;
    for (std::size_t k = 0; k < i.names.size(); ++k) out << (k == 0 ? "  " : ", ") << i.names[k];
    if (auto how = relation_text(i.how); !how.empty()) out << "  (" << how << ')';
    out << '\n';
    if (i.family) out << "      " << l.family << ": " << i.family->label.value << '\n';
    if (i.bits.kind == structure::layout::hresult) {
        out << "      " << l.structure << ": " << (i.bits.severity ? l.failure : l.success) << ", " << l.facility << ' '
            << (i.facility ? i.facility->code : 0);
        if (i.facility && !i.facility->name.empty()) out << ' ' << i.facility->name;
        out << ", code " << hex4(i.bits.code) << " (" << i.bits.code << ")  R=" << i.bits.reserved
            << " C=" << i.bits.customer << " N=" << i.bits.nt << " X=" << i.bits.x << '\n';
    } else if (i.bits.kind == structure::layout::ntstatus) {
        static constexpr std::string_view sev[] = {"success", "informational", "warning", "error"};
        out << "      " << l.structure << ": " << l.severity << ' ' << unsigned(i.bits.severity) << " ("
            << sev[i.bits.severity & 3] << "), " << l.facility << ' ' << (i.facility ? i.facility->code : 0);
        if (i.facility && !i.facility->name.empty()) out << ' ' << i.facility->name;
        out << ", code " << hex4(i.bits.code) << "  C=" << i.bits.customer << " N=" << i.bits.reserved << '\n';
    }
    out << "      " << l.summary << ": " << i.summary.value << '\n';
    if (!i.known) out << "      (" << l.unknown << ")\n";
    if (same_as != 0) {
        out << "      " << l.explanation << ": " << l.same_before << same_as << l.same_after << '\n';
        return;
    }
    if (i.curated && !i.explanation.empty()) {
        out << "      " << l.explanation << ":\n        ";
        wrap(out, i.explanation.value, 8, "        ");
    }
    if (!i.remediation.empty()) {
        out << "      " << l.steps << ":\n";
        std::size_t n = 0;
        for (const auto& step : i.remediation) {
            out << "        " << ++n << ". ";
            wrap(out, step.text.value, n < 10 ? 11 : 12, "           ");
            if (!step.command.empty()) out << "             $ " << step.command << '\n';
            if (!step.reference.empty()) out << "             -> " << step.reference << '\n';
        }
    }
    if (!i.related.empty()) {
        out << "      " << l.related << ':';
        for (auto r : i.related) out << ' ' << r;
        out << '\n';
    }
    if (!i.sources.empty()) {
        out << "      " << l.sources << ':';
        for (auto src : i.sources) out << "\n        - " << src;
        out << '\n';
    }
}

}  // namespace

void render(std::ostream& out, const decoded& d, const settings& s) {
    const labels& l = labels_for(s.lang);
    out << d.input << '\n';
    for (std::size_t k = 0; k < d.size(); ++k) {
        std::size_t same_as = 0;
        for (std::size_t j = 0; j < k && same_as == 0; ++j)
            if (d[k].curated && d[j].curated && d[j].remediation.data() == d[k].remediation.data()) same_as = j + 1;
        render_reading(out, d[k], k + 1, l, same_as);
    }
    out << '\n';
}

void render(std::ostream& out, std::string_view input, const cert_flags& flags, const settings& s) {
    const labels& l = labels_for(s.lang);
    char mask[16];
    std::snprintf(mask, sizeof mask, "0x%08X", flags.mask);
    out << input << "  (" << mask << ")\n";
    std::size_t index = 0;
    for (const auto& f : flags) render_reading(out, f, ++index, l);
    if (flags.unknown_bits != 0) {
        std::snprintf(mask, sizeof mask, "0x%08X", flags.unknown_bits);
        out << "  " << l.unknown_bits << ": " << mask << '\n';
    }
    out << '\n';
}

void render(std::ostream& out, std::string_view query, const std::vector<search_hit>& hits, const settings& s) {
    const labels& l = labels_for(s.lang);
    out << query << '\n';
    if (hits.empty()) out << "  " << l.no_hits << '\n';
    std::size_t index = 0;
    for (const auto& hit : hits) {
        char score[16];
        std::snprintf(score, sizeof score, "%.2f", hit.score);
        out << "  match " << score << " (" << hit.reason;
        if (!hit.matched.empty()) out << ": " << hit.matched.value;
        out << ")\n";
        render_reading(out, hit.entry, ++index, l);
    }
    out << '\n';
}

void render_error(std::ostream& out, std::string_view input, std::error_code error) {
    out << input << "\n  error: " << error.message() << "\n\n";
}

}  // namespace errdecode::cli
