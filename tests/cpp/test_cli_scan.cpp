// errdecode scan: JSON shape, --summary order, files and stdin, exit status, unreadable and binary files.
#include "cli_runner.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using errdecode::testing::run;

/// A file in the temp folder, removed at scope end.
struct temp_file {
    std::filesystem::path path;
    explicit temp_file(const std::string& name, const std::string& bytes)
        : path(std::filesystem::temp_directory_path() / ("errdecode_scan_" + name)) {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~temp_file() { std::filesystem::remove(path); }
};

const std::string log_text =
    "09:14:02 Sync failed: hr=0x8004011D (MAPI_E_FAILONEPROVIDER)\n"
    "09:14:03 COMException (0x80070005): Exception from HRESULT: 0x80070005\n"
    "エラー コード: CAA50021\n";

}  // namespace

TEST_CASE("scan --json: one object per match, DESIGN.md shape") {
    const auto o = run({"--json", "scan"}, log_text);
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]["match"] == "0x8004011D");
    CHECK(lines[0]["code"] == "0x8004011D");
    CHECK(lines[0]["namespace"] == "hresult");
    CHECK(lines[0]["line"] == 1);
    CHECK(lines[0]["column"] == 26);
    CHECK(lines[0]["offset"] == 25);
    CHECK(lines[0]["names"][0] == "MAPI_E_FAILONEPROVIDER");
    CHECK(lines[0]["summary"].is_string());
    CHECK(!lines[0].contains("file"));
    CHECK(lines[1]["match"] == "MAPI_E_FAILONEPROVIDER");
    CHECK(lines[4]["code"] == "CAA50021");
    CHECK(lines[4]["line"] == 3);
    CHECK(lines[4]["column"] == 10);
    CHECK(lines[4]["offset"] == log_text.find("CAA50021"));
}

TEST_CASE("scan --summary: one object per distinct code, most frequent first") {
    const auto o = run({"--json", "scan", "--summary"}, log_text);
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]["code"] == "0x8004011D");  // 2, first seen first
    CHECK(lines[0]["count"] == 2);
    CHECK(lines[1]["code"] == "0x80070005");
    CHECK(lines[1]["count"] == 2);
    CHECK(lines[1]["names"][0] == "E_ACCESSDENIED");
    CHECK(lines[2]["code"] == "CAA50021");
    CHECK(lines[2]["namespace"] == "caa");
    CHECK(lines[2]["count"] == 1);
    const auto human = run({"--lang", "ja", "scan", "--summary"}, log_text);
    CHECK(human.out.find("0x80070005") != std::string::npos);
    CHECK(human.out.find("アクセスが拒否されました") != std::string::npos);
}

TEST_CASE("scan files: file names in the output, unreadable files named, exit status") {
    temp_file a("a.log", log_text);
    temp_file none("none.log", "nothing to see, version 16.0.12345.20000\n");
    const auto o = run({"scan", "--json", a.path.string(), none.path.string()});
    CHECK(o.status == 0);
    const auto lines = o.lines();
    REQUIRE(lines.size() == 5);
    CHECK(lines[0]["file"] == a.path.string());
    const auto human = run({"scan", a.path.string()});
    CHECK(human.out.find(a.path.string() + ":1:26: 0x8004011D MAPI_E_FAILONEPROVIDER") != std::string::npos);
    CHECK(run({"scan", none.path.string()}).status == 1);
    CHECK(run({"scan"}, "").status == 1);
    const auto missing = run({"scan", a.path.string(), "/nonexistent/errdecode.log"});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("/nonexistent/errdecode.log") != std::string::npos);
    CHECK(missing.out.find("0x8004011D") != std::string::npos);  // the readable file is still reported
    const auto directory = run({"scan", std::filesystem::temp_directory_path().string()});
    CHECK(directory.status == 2);
    CHECK(directory.err.find("cannot read") != std::string::npos);
}

TEST_CASE("scan binary files: NUL bytes and invalid UTF-8 are just bytes") {
    std::string bytes(300000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) ^ (i >> 7));
    bytes.replace(150000, 14, " 0xC0000022 \xFF\xFE");
    temp_file bin("bin.dat", bytes);
    const auto o = run({"--json", "scan", bin.path.string()});
    CHECK(o.status == 0);
    bool found = false;
    for (const auto& line : o.lines()) found = found || (line["code"] == "0xC0000022" && line["offset"] == 150001);
    CHECK(found);
}
