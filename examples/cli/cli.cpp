// The errdecode command line (grammar in DESIGN.md):
//
//   errdecode [--json] [--lang en|ja] [CODE...]          decode; with no CODE, one code per stdin line
//   errdecode [--json] [--lang en|ja] --cert MASK...     certificate-problem bitmasks
//   errdecode [--json] [--lang en|ja] search TEXT        entries whose message, symptom or name matches
//   errdecode [--json] [--lang en|ja] scan [--summary] [FILE...]   every code in a text
//
// --json writes JSON Lines, one object per input in input order (every stdin line, blank ones too).
// Exit status: 0 all decoded, 1 some input well-formed but unknown, 2 usage or malformed input.
#include "cli.hpp"

#include "render.hpp"
#include "scan_command.hpp"

#include <errdecode/errdecode.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace errdecode::cli {
namespace {

constexpr std::size_t max_line = 4096;  // longer lines cannot be one code: decode() says so

/// The exit status an error maps to: 1 for well-formed but unknown, 2 for everything else.
int status_of(std::error_code error) {
    if (error == errc::unknown_name || error == errc::unknown_code) return 1;
    return 2;
}

/// Reads one line, keeping at most max_line + 1 bytes of it (the rest is skipped, not buffered).
bool read_line(std::istream& in, std::string& line) {
    line.clear();
    std::streambuf* buf = in.rdbuf();
    bool any = false;
    for (;;) {
        const auto c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return any;
        }
        any = true;
        if (c == '\n') break;
        if (line.size() <= max_line) line.push_back(static_cast<char>(c));
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

class runner {
public:
    runner(std::ostream& out, const settings& s) : out_(out), settings_(s) {}

    void decode_one(const std::string& input, bool from_stdin) {
        // A blank stdin line gets its JSON line (so lines align) but is not a failure.
        const bool blank = std::all_of(input.begin(), input.end(), [](unsigned char c) { return std::isspace(c); });
        report(
            input, decode(input, {settings_.lang}), [&](const decoded& d) { return to_json(d); },
            [&](const decoded& d) { render(out_, d, settings_); }, [](const decoded& d) { return !d.known(); },
            !(from_stdin && blank));
    }

    void cert_one(const std::string& input) {
        report(
            input, decode_cert_flags(input, {settings_.lang}), [&](const cert_flags& f) { return to_json(input, f); },
            [&](const cert_flags& f) { render(out_, input, f, settings_); },
            [](const cert_flags& f) { return f.unknown_bits != 0; });
    }

    void search_one(const std::string& query) {
        using hits = std::vector<search_hit>;
        report(
            query, search(query, {settings_.lang, 10}), [&](const hits& h) { return to_json(query, h); },
            [&](const hits& h) { render(out_, query, h, settings_); }, [](const hits& h) { return h.empty(); });
    }

    void worst(int status) { status_ = std::max(status_, status); }
    int status() const { return status_; }

private:
    /// Writes one result, as a JSON line or a report, and folds its exit status in: an error's status, or
    /// 1 when `unknown` says a well-formed input is not known. An error that does not `count` (a blank
    /// stdin line) still gets its JSON line but no report and no status.
    template <class T, class Json, class Render, class Unknown>
    void report(const std::string& input, const result<T>& r, Json json, Render render_value, Unknown unknown,
                bool count = true) {
        if (!r) {
            if (settings_.json) out_ << error_json(input, r.error()) << '\n';
            else if (count) render_error(out_, input, r.error());
            if (count) worst(status_of(r.error()));
            return;
        }
        if (settings_.json) out_ << json(r.value()) << '\n';
        else render_value(r.value());
        if (unknown(r.value())) worst(1);
    }

    std::ostream& out_;
    const settings& settings_;
    int status_ = 0;
};

}  // namespace

int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
    CLI::App app{"Decode Windows, Outlook and Microsoft 365 error codes: names, structure, meaning, what to do.",
                 "errdecode"};
    app.set_version_flag("--version", std::string(errdecode::version));
    settings s;
    std::vector<std::string> codes;
    std::vector<std::string> masks;
    std::vector<std::string> languages_list;
    for (auto l : languages()) languages_list.emplace_back(l);
    app.add_flag("--json", s.json, "Write JSON Lines: one object per input");
    app.add_option("--lang", s.lang_storage, "Language of the texts")->check(CLI::IsMember(languages_list));
    app.add_option("--cert", masks, "Decode certificate-problem bitmasks (e.g. 0x80000018)")->expected(1, -1);
    app.add_option("codes", codes, "Codes to decode (stdin, one per line, when none)");

    auto* search_cmd = app.add_subcommand("search", "Find entries by message text, symptom words or name fragment");
    std::vector<std::string> query_words;
    search_cmd->add_option("text", query_words, "Text to look for")->required()->expected(1, -1);

    auto* scan_cmd = app.add_subcommand("scan", "Find every code in logs, dialogs or tickets (stdin without FILE)");
    bool scan_summary = false;
    std::vector<std::string> scan_files;
    scan_cmd->add_flag("--summary", scan_summary, "One line per distinct code with its count, most frequent first");
    scan_cmd->add_option("files", scan_files, "Files to scan");
    scan_cmd->fallthrough();

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        out << app.help();
        return 0;
    } catch (const CLI::CallForVersion& e) {
        out << errdecode::version << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        err << "errdecode: " << e.what() << "\nRun 'errdecode --help' for usage.\n";
        return 2;
    }
    s.lang = s.lang_storage;
    runner run(out, s);
    if (*scan_cmd) return run_scan(scan_files, scan_summary, s, in, out, err);
    if (*search_cmd) {
        std::string query;
        for (const auto& w : query_words) query += (query.empty() ? "" : " ") + w;
        run.search_one(query);
    } else if (!masks.empty()) {
        if (!codes.empty()) {
            err << "errdecode: --cert takes masks only; decode codes in a separate call\n";
            return 2;
        }
        for (const auto& m : masks) run.cert_one(m);
    } else if (!codes.empty()) {
        for (const auto& c : codes) run.decode_one(c, false);
    } else {
        std::string line;
        while (read_line(in, line)) run.decode_one(line, true);
    }
    out.flush();
    return run.status();
}

}  // namespace errdecode::cli
