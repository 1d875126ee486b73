// `errdecode scan` (scan_command.hpp): reads inputs block by block through errdecode::scanner and reports
// each match or, with --summary, a count per distinct code.
#include "scan_command.hpp"

#include <errdecode/json.hpp>
#include <errdecode/scan.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <memory>
#include <ostream>
#include <unordered_map>

namespace errdecode::cli {
namespace {

constexpr std::size_t block_size = 1 << 20;  // a read buffer; the scanner keeps only a small carry-over

/// Columns a terminal gives a string: ASCII one, other characters (Japanese here) two.
std::size_t display_width(std::string_view s) {
    std::size_t w = 0;
    for (unsigned char c : s) w += c < 0x80 ? 1 : (c & 0xC0) == 0xC0 ? 2 : 0;
    return w;
}

struct tally {
    scan_match code;  // the first match (its code; its text view is not kept valid)
    std::uint64_t count = 0;
    std::uint64_t first = 0;  // order of first sight: ties keep it
};

class scan_report {
public:
    scan_report(bool summary, const settings& s, std::ostream& out) : summary_(summary), settings_(s), out_(out) {}

    void match(const scan_match& m, std::string_view file) {
        ++total_;
        if (summary_) {
            const std::uint64_t key = (std::uint64_t(m.space) << 32) | m.value;
            auto [it, added] = counts_.try_emplace(key, tally{m, 0, counts_.size()});
            ++it->second.count;
            return;
        }
        const auto best = m.best({settings_.lang});
        if (!best) return;  // the language was checked when the options were parsed
        if (settings_.json) {
            out_ << to_json(m, best.value(), file) << '\n';
            return;
        }
        if (!file.empty()) out_ << file << ':';
        out_ << m.line << ':' << m.column << ": " << m.canonical();
        if (m.text != m.canonical()) out_ << " [" << m.text << ']';
        for (std::size_t k = 0; k < best.value().names.size() && k < 2; ++k)
            out_ << (k == 0 ? " " : ", ") << best.value().names[k];
        out_ << " - " << best.value().summary.value << '\n';
    }

    void finish() {
        if (!summary_) return;
        std::vector<tally> rows;
        rows.reserve(counts_.size());
        for (const auto& [key, t] : counts_) rows.push_back(t);
        std::sort(rows.begin(), rows.end(), [](const tally& a, const tally& b) {
            return a.count != b.count ? a.count > b.count : a.first < b.first;
        });
        std::vector<scan_match> codes;
        std::vector<interpretation> readings;
        for (const auto& t : rows) {
            codes.push_back(t.code);
            readings.push_back(t.code.best({settings_.lang}).value());
        }
        if (settings_.json) {
            for (std::size_t k = 0; k < rows.size(); ++k) out_ << scan_count_json(codes[k], readings[k], rows[k].count) << '\n';
            return;
        }
        table(rows, codes, readings);
    }

    std::uint64_t total() const { return total_; }

private:
    void table(const std::vector<tally>& rows, const std::vector<scan_match>& codes,
               const std::vector<interpretation>& readings) {
        const bool ja = settings_.lang == "ja";
        std::size_t code_w = 4, space_w = 9, name_w = 4;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            code_w = std::max(code_w, codes[k].canonical().size());
            space_w = std::max(space_w, to_string(codes[k].space).size());
            name_w = std::max(name_w, readings[k].names.empty() ? std::size_t(1) : readings[k].names[0].size());
        }
        const auto pad = [&](std::string_view s, std::size_t w) {
            out_ << s;
            for (std::size_t k = display_width(s); k < w; ++k) out_ << ' ';
            out_ << "  ";
        };
        char count_text[24];
        out_ << (ja ? "  件数  " : " count  ");
        pad(ja ? "コード" : "code", code_w);
        pad(ja ? "種類" : "namespace", space_w);
        pad(ja ? "名前" : "name", name_w);
        out_ << (ja ? "概要" : "summary") << '\n';
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const auto& i = readings[k];
            std::snprintf(count_text, sizeof count_text, "%6llu  ", static_cast<unsigned long long>(rows[k].count));
            out_ << count_text;
            pad(codes[k].canonical(), code_w);
            pad(to_string(codes[k].space), space_w);
            pad(i.names.empty() ? std::string_view("-") : i.names[0], name_w);
            out_ << i.summary.value << '\n';
        }
        if (ja) out_ << "合計 " << total_ << " 件、" << rows.size() << " 種類のコード\n";
        else out_ << total_ << (total_ == 1 ? " code, " : " codes, ") << rows.size() << " distinct\n";
    }

    bool summary_;
    const settings& settings_;
    std::ostream& out_;
    std::uint64_t total_ = 0;
    std::unordered_map<std::uint64_t, tally> counts_;
};

}  // namespace

int run_scan(const std::vector<std::string>& files, bool summary, const settings& s, std::istream& in,
             std::ostream& out, std::ostream& err) {
    scan_report report(summary, s, out);
    std::string_view current_file;
    scanner scan([&](const scan_match& m) { report.match(m, current_file); });
    std::unique_ptr<char[]> block(new char[block_size]);
    int status = 0;
    if (files.empty()) {
        std::streambuf* buf = in.rdbuf();
        for (std::streamsize n; buf && (n = buf->sgetn(block.get(), block_size)) > 0;)
            scan.feed({block.get(), static_cast<std::size_t>(n)});
        scan.finish();
    }
    for (const auto& path : files) {
        current_file = path;
        std::FILE* f = std::fopen(path.c_str(), "rb");
        if (!f) {
            err << "errdecode: cannot read " << path << ": " << std::strerror(errno) << '\n';
            status = 2;
            continue;
        }
        std::size_t n = 0;
        while ((n = std::fread(block.get(), 1, block_size, f)) > 0) scan.feed({block.get(), n});
        const bool failed = std::ferror(f) != 0;
        const int error = errno;
        std::fclose(f);
        scan.finish();
        if (failed) {
            err << "errdecode: cannot read " << path << ": " << std::strerror(error) << '\n';
            status = 2;
        }
    }
    report.finish();
    out.flush();
    if (status != 0) return status;
    return report.total() > 0 ? 0 : 1;
}

}  // namespace errdecode::cli
