// The CLI as a function: JSON shape, exit codes, stdin alignment, human output.
#include "cli_runner.hpp"
#include "symbols_tsv.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using errdecode::testing::run;

TEST_CASE("decode with --json: one object per input, DESIGN.md shape") {
    const auto o = run({"--json", "0x8004011D", "-2147024891"});
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0]["input"] == "0x8004011D");
    CHECK(lines[0]["ok"] == true);
    const auto& i = lines[0]["interpretations"][0];
    CHECK(i["namespace"] == "hresult");
    CHECK(i["value"] == "0x8004011D");
    CHECK(i["names"][0] == "MAPI_E_FAILONEPROVIDER");
    CHECK(i["facility"]["code"] == 4);
    CHECK(i["facility"]["name"] == "FACILITY_ITF");
    CHECK(i["family"]["id"] == "itf");
    CHECK(i["summary"].is_string());
    CHECK(i["remediation"].is_array());
    CHECK(i["remediation"][0]["text"].is_string());
    CHECK(i["sources"].is_array());
    CHECK(lines[1]["interpretations"][0]["value"] == "0x80070005");
}

TEST_CASE("stdin: every line answered in order, blank lines included") {
    const auto o = run({"--json"}, "0x80070005\n\nnot a code\nE_NOPE_NOT_REAL\n5\r\n");
    const auto lines = o.lines();
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]["ok"] == true);
    CHECK(lines[1]["ok"] == false);
    CHECK(lines[1]["error"]["code"] == "empty_input");
    CHECK(lines[2]["error"]["code"] == "not_a_code");
    CHECK(lines[3]["error"]["code"] == "unknown_name");
    CHECK(lines[4]["input"] == "5");
    CHECK(o.status == 2);
}

TEST_CASE("the CLI decodes every imported symbol's value to its name, one JSON line per stdin line") {
    const auto symbols = errdecode::tables::read_symbols_tsv(ERRDECODE_SOURCE_DIR "/tables/symbols/symbols.tsv");
    REQUIRE_FALSE(symbols.empty());
    std::vector<std::pair<std::string, std::string>> rows;  // value text, name
    std::string input;
    for (const auto& r : symbols) {
        rows.emplace_back(r.value, r.name);
        input += r.value + "\n";
    }
    const auto o = run({"--json"}, input);
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == rows.size());
    std::size_t named = 0;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        bool found = false;
        for (const auto& i : lines[k]["interpretations"])
            for (const auto& n : i["names"]) found = found || n == rows[k].second;
        if (found) ++named;
        else FAIL_CHECK(rows[k].first << " does not name " << rows[k].second);
    }
    CHECK(named == rows.size());
}

TEST_CASE("exit status: 0 known, 1 unknown, 2 malformed") {
    CHECK(run({"0x80070005"}).status == 0);
    CHECK(run({"0x8004FFFE"}).status == 1);
    CHECK(run({"E_NOT_A_REAL_NAME"}).status == 1);
    CHECK(run({"0xZZ"}).status == 2);
    CHECK(run({"0x80070005", "0x8004FFFE", "garbage!"}).status == 2);
    CHECK(run({"--lang", "xx", "5"}).status == 2);
    CHECK(run({"--no-such-flag"}).status == 2);
    CHECK(run({"--json"}, "").status == 0);
}

TEST_CASE("--lang ja gives Japanese texts") {
    const auto lines = run({"--json", "--lang", "ja", "0x8004011D"}).lines();
    const auto& i = lines[0]["interpretations"][0];
    CHECK(i["summary_lang"] == "ja");
    CHECK(i["remediation"][0]["lang"] == "ja");
}

TEST_CASE("--cert") {
    const auto o = run({"--json", "--cert", "0x80000018"});
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["mask"] == "0x80000018");
    REQUIRE(lines[0]["flags"].size() == 3);
    CHECK(lines[0]["flags"][0]["names"][0] == "FLAG_INVALID_CA");
    CHECK(lines[0]["unknown_bits"] == "0x00000000");
    CHECK(run({"--cert", "0x00000100"}).status == 1);
    CHECK(run({"--cert", "bogus"}).status == 2);
}

TEST_CASE("search") {
    const auto o = run({"--json", "search", "暗号化された接続を使用できません"});
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["hits"][0]["entry"]["value"] == "encrypted-connection-unavailable");
}

TEST_CASE("human output is a compact report") {
    const auto o = run({"0x80070005"});
    CHECK(o.out.find("E_ACCESSDENIED") != std::string::npos);
    CHECK(o.out.find("FACILITY_WIN32") != std::string::npos);
    CHECK(o.out.find("ERROR_ACCESS_DENIED") != std::string::npos);
    // Explanations and steps wrap at 100 columns; the one-line summary, commands, URLs and sources do not.
    std::istringstream lines(run({"0x8004011D"}).out);
    for (std::string line; std::getline(lines, line);)
        if (line.find("summary:") == std::string::npos && line.find("-> ") == std::string::npos &&
            line.find("$ ") == std::string::npos && line.rfind("        - ", 0) != 0)  // sources run on
            CHECK_MESSAGE(line.size() <= 100, line);
    const auto bad = run({"0xZZ"});
    CHECK(bad.out.find("malformed") != std::string::npos);
}

TEST_CASE("negative decimal arguments are codes, not options") {
    const auto lines = run({"--json", "-2147024891"}).lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0]["interpretations"][0]["value"] == "0x80070005");
}
