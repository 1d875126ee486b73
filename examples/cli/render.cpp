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

/// Indents every line of a multi-line text.
void block(std::ostream& out, std::string_view text, std::string_view indent) {
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        const auto line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        out << indent << line << '\n';
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
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
        out << "      " << l.explanation << ":\n";
        block(out, i.explanation.value, "        ");
    }
    if (!i.remediation.empty()) {
        out << "      " << l.steps << ":\n";
        std::size_t n = 0;
        for (const auto& step : i.remediation) {
            out << "        " << ++n << ". ";
            block(out, step.text.value, n < 10 ? "" : "");
            if (!step.command.empty()) block(out, step.command, "             $ ");
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
