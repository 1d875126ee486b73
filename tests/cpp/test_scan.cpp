// scan(): precision and recall on the labelled corpus, chunk boundaries, huge lines, binary input, names.
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// What a match must agree on whatever the chunking: position, text and code.
using key = std::tuple<std::uint64_t, std::size_t, std::uint64_t, std::uint64_t, std::string, std::string>;

key key_of(const errdecode::scan_match& m) {
    return {m.offset, m.length, m.line, m.column, std::string(m.text), std::string(m.canonical())};
}

std::vector<key> scan_in_chunks(std::string_view text, const std::vector<std::size_t>& cuts) {
    std::vector<key> out;
    errdecode::scanner s([&](const errdecode::scan_match& m) { out.push_back(key_of(m)); });
    std::size_t at = 0;
    for (std::size_t cut : cuts) {
        s.feed(text.substr(at, cut - at));
        at = cut;
    }
    s.feed(text.substr(at));
    s.finish();
    return out;
}

std::vector<key> scan_whole(std::string_view text) {
    std::vector<key> out;
    errdecode::scan(text, [&](const errdecode::scan_match& m) { out.push_back(key_of(m)); });
    return out;
}

std::string corpus_text() {
    std::string all;
    for (const auto& e : fs::directory_iterator(fs::path(ERRDECODE_SOURCE_DIR) / "tests/scan/corpus"))
        if (e.path().extension() == ".txt") all += read_file(e.path());
    return all;
}

}  // namespace

TEST_CASE("precision and recall on the labelled corpus") {
    using label = std::tuple<std::string, std::size_t, std::string, std::string>;  // file, line, text, code
    std::multiset<label> expected, found;
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(fs::path(ERRDECODE_SOURCE_DIR) / "tests/scan/corpus")) {
        if (e.path().extension() != ".txt") continue;
        ++files;
        const std::string name = e.path().stem().string();
        const std::string text = read_file(e.path());
        std::istringstream labels(read_file(fs::path(e.path()).replace_extension(".expected")));
        for (std::string row; std::getline(labels, row);) {
            if (row.empty() || row[0] == '#') continue;
            const auto t1 = row.find('\t'), t2 = row.find('\t', t1 + 1);
            expected.insert({name, std::stoul(row.substr(0, t1)), row.substr(t1 + 1, t2 - t1 - 1), row.substr(t2 + 1)});
        }
        for (const auto& m : errdecode::scan(text)) {
            CHECK(text.substr(m.offset, m.length) == m.text);  // byte offsets are exact
            found.insert({name, m.line, std::string(m.text), std::string(m.canonical())});
        }
    }
    REQUIRE(files >= 8);
    std::size_t hits = 0;
    auto remaining = expected;
    for (const auto& f : found) {
        if (auto it = remaining.find(f); it != remaining.end()) {
            remaining.erase(it);
            ++hits;
        } else {
            MESSAGE("false match: " << std::get<0>(f) << ":" << std::get<1>(f) << " " << std::get<2>(f) << " -> "
                                    << std::get<3>(f));
        }
    }
    for (const auto& m : remaining)
        MESSAGE("missed: " << std::get<0>(m) << ":" << std::get<1>(m) << " " << std::get<2>(m) << " -> " << std::get<3>(m));
    const double precision = found.empty() ? 0 : double(hits) / double(found.size());
    const double recall = double(hits) / double(expected.size());
    MESSAGE("corpus: " << expected.size() << " labelled, " << found.size() << " found, precision " << precision
                       << ", recall " << recall);
    CHECK(expected.size() >= 80);
    CHECK(precision >= 0.95);
    CHECK(recall >= 0.94);
}

TEST_CASE("look-alikes match nothing") {
    const std::string text = read_file(fs::path(ERRDECODE_SOURCE_DIR) / "tests/scan/corpus/lookalikes.txt");
    for (const auto& m : errdecode::scan(text)) FAIL_CHECK("look-alike matched: " << m.text << " at line " << m.line);
    for (std::string_view s : {"{6B29FC40-CA47-1067-B31D-00DD010662DA}", "0x00007ff6a1b2c3d4", "16.0.12345.20000",
                               "2024-03-15T10:23:45Z", "abc0x80070005", "0x80070005abc", "hr=80070005-0000-0000",
                               "e_accessdenied", "InvalidRequest", "HTTP error 404", "error 10:23", "エラー 0 件",
                               "0xfffff801`12345678", "0xFFFFFFFF", "0x7FFFFFFF", "CAA5002", "AADSTS"})
        CHECK_MESSAGE(errdecode::scan(s).empty(), s);
}

TEST_CASE("forms, readings and positions") {
    const std::string text = "x hr=0x0\nエラー コード: ０ｘ８００４０１１Ｄ E_ACCESSDENIED\r\nGetLastError() = 1314 0x800704C7";
    const auto ms = errdecode::scan(text);
    REQUIRE(ms.size() == 5);
    CHECK(ms[0].canonical() == "0x00000000");
    CHECK(ms[0].space == errdecode::code_space::hresult);
    CHECK(ms[0].by_context);
    CHECK(ms[1].text == "０ｘ８００４０１１Ｄ");
    CHECK(ms[1].canonical() == "0x8004011D");
    CHECK(ms[1].line == 2);
    CHECK(ms[1].column == 10);  // characters: エラー コード: is 9 of them
    CHECK(ms[1].offset == text.find("０ｘ"));
    CHECK(ms[2].form == errdecode::scan_form::name);
    CHECK(ms[2].canonical() == "0x80070005");
    CHECK(ms[2].column == 21);
    CHECK(ms[3].space == errdecode::code_space::win32);
    CHECK(ms[3].canonical() == "1314");
    CHECK(ms[3].line == 3);
    CHECK(ms[4].canonical() == "0x800704C7");  // the code as written ...
    const auto best = ms[4].best();
    REQUIRE(best);
    CHECK(best.value().space == errdecode::code_space::win32);  // ... read as the Win32 code inside it
    CHECK(best.value().names[0] == "ERROR_CANCELLED");
    const auto ja = ms[2].best({"ja"});
    REQUIRE(ja);
    CHECK(ja.value().summary.lang == "ja");
    CHECK(!ms[2].best({"xx"}));
}

TEST_CASE("every table name of the scanned kinds is found, whole and exact") {
    std::istringstream tsv(read_file(fs::path(ERRDECODE_SOURCE_DIR) / "tables/symbols/symbols.tsv"));
    std::size_t checked = 0;
    for (std::string row; std::getline(tsv, row);) {
        if (row.empty() || row[0] == '#') continue;
        const auto t1 = row.find('\t'), t2 = row.find('\t', t1 + 1), t3 = row.find('\t', t2 + 1);
        const std::string name = row.substr(t2 + 1, t3 - t2 - 1);
        const bool caps = name.size() >= 8 && std::all_of(name.begin(), name.end(), [](char c) {
                              return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                          });
        if (name.find('_') == std::string::npos && !caps) continue;
        const std::string text = "failed (" + name + ").";
        const auto ms = errdecode::scan(text);
        REQUIRE_MESSAGE(ms.size() == 1, name);
        CHECK(ms[0].text == name);
        const auto values = errdecode::values_of(name);
        REQUIRE(values);
        CHECK_MESSAGE(std::any_of(values.value().begin(), values.value().end(),
                                  [&](const errdecode::name_value& v) { return v.space == ms[0].space && v.value == ms[0].value; }),
                      name);
        CHECK(errdecode::scan("x" + name + " " + name + "x").empty());
        ++checked;
    }
    CHECK(checked > 6000);
}

TEST_CASE("every split into two chunks gives the same matches as one pass") {
    const std::string text = corpus_text().substr(0, 5000);
    const auto whole = scan_whole(text);
    REQUIRE(whole.size() > 20);
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        const auto split = scan_in_chunks(text, {cut});
        if (split != whole) {
            FAIL_CHECK("split at " << cut << " differs");
            break;
        }
    }
    std::vector<std::size_t> every_byte;
    for (std::size_t k = 1; k < text.size(); ++k) every_byte.push_back(k);
    CHECK(scan_in_chunks(text, every_byte) == whole);
    std::vector<std::size_t> odd;
    for (std::size_t k = 7; k < text.size(); k += 1537) odd.push_back(k);
    CHECK(scan_in_chunks(text, odd) == whole);
}

TEST_CASE("a huge line: codes found, memory bounded, no quadratic work") {
    std::string line(4 << 20, 'a');
    line.replace(1000, 12, " 0x80070005 ");
    line.replace(2 << 20, 16, " E_ACCESSDENIED ");
    line.replace(line.size() - 12, 12, " CAA50021 \n");
    std::vector<std::pair<std::uint64_t, std::uint64_t>> got;
    errdecode::scanner s([&](const errdecode::scan_match& m) { got.emplace_back(m.line, m.column); });
    for (std::size_t at = 0; at < line.size(); at += 65536) s.feed(std::string_view(line).substr(at, 65536));
    s.finish();
    REQUIRE(got.size() == 3);
    CHECK(got[0] == std::make_pair(std::uint64_t(1), std::uint64_t(1002)));
    CHECK(got[1].second == (2u << 20) + 2);
    // Worst cases for the anchors: one endless word full of anchors, and anchors everywhere.
    CHECK(errdecode::scan(std::string(4 << 20, '_')).empty());
    std::string anchors;
    while (anchors.size() < (4u << 20)) anchors += "0x0xaarrhr_WS%%\xEF\xBC ";
    CHECK(errdecode::scan(anchors).empty());
    std::string words;
    while (words.size() < (4u << 20)) words += "error hr= error_codes:[ エラー コード: ";
    CHECK(errdecode::scan(words).empty());
}

TEST_CASE("binary input, NUL bytes and invalid UTF-8") {
    std::mt19937 rng(12345);
    std::string noise(1 << 20, '\0');
    for (auto& c : noise) c = static_cast<char>(rng());
    std::size_t n = 0;
    errdecode::scan(noise, [&](const errdecode::scan_match& m) {
        ++n;
        CHECK(m.length > 0);
    });
    CHECK(n < 100);  // random bytes rarely spell a code; what matters is that this returns
    const std::string mixed = std::string("\0hr=0x80070005\0", 15) + "\xFF\xFE" + "0x8004011D\xC3 \xE3\x82 CAA50021";
    const auto ms = errdecode::scan(mixed);
    REQUIRE(ms.size() == 3);
    CHECK(ms[0].offset == 4);
    CHECK(ms[1].text == "0x8004011D");
    CHECK(ms[2].text == "CAA50021");
    CHECK(scan_in_chunks(mixed, {1, 5, 9, 17}) == scan_whole(mixed));
}

TEST_CASE("a scanner reads several inputs in turn") {
    std::vector<std::uint64_t> offsets;
    errdecode::scanner s([&](const errdecode::scan_match& m) { offsets.push_back(m.offset); });
    s.feed("a 0x80070005");
    CHECK(s.bytes_seen() == 12);
    s.finish();
    s.feed("0x80070005");
    s.finish();
    CHECK(offsets == std::vector<std::uint64_t>{2, 0});
}
