// Every imported symbol round-trips: its name decodes to its value, and its value decodes to a reading
// that carries its name. Reads the same tables/symbols/symbols.tsv the build compiles.
#include <errdecode/errdecode.hpp>

#include "symbols_tsv.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace errdecode;

namespace {

using row = tables::symbol_row;

std::vector<row> read_symbols() {
    auto rows = tables::read_symbols_tsv(ERRDECODE_SOURCE_DIR "/tables/symbols/symbols.tsv");
    REQUIRE_FALSE(rows.empty());
    return rows;
}

bool carries(const decoded& d, const row& r) {
    for (const auto& i : d)
        if (to_string(i.space) == r.space && i.value_text() == r.value &&
            std::find(i.names.begin(), i.names.end(), r.name) != i.names.end())
            return true;
    return false;
}

}  // namespace

TEST_CASE("every imported symbol round-trips through decode") {
    const auto rows = read_symbols();
    CHECK(rows.size() > 7000);
    std::size_t by_name = 0, by_value = 0;
    for (const auto& r : rows) {
        INFO(r.space, " ", r.value, " ", r.name);
        auto named = decode(r.name);
        REQUIRE(named);
        if (carries(named.value(), r)) ++by_name;
        else FAIL_CHECK("name does not decode to its value");
        auto valued = decode(r.value);
        REQUIRE(valued);
        if (carries(valued.value(), r)) ++by_value;
        else FAIL_CHECK("value does not decode to its name");
    }
    CHECK(by_name == rows.size());
    CHECK(by_value == rows.size());
}

TEST_CASE("aliases are all kept") {
    auto r = decode("0x80004005");
    REQUIRE(r);
    const auto names = r.value().best().names;
    CHECK(names.size() >= 2);
    CHECK(names[0] == "E_FAIL");  // the baseline header's name leads
    CHECK(std::find(names.begin(), names.end(), "MAPI_E_CALL_FAILED") != names.end());
}

TEST_CASE("WinINet and WinHTTP share values and both names are kept") {
    auto r = decode("12029");
    REQUIRE(r);
    const auto& i = r.value().best();
    CHECK(std::find(i.names.begin(), i.names.end(), "ERROR_INTERNET_CANNOT_CONNECT") != i.names.end());
    CHECK(std::find(i.names.begin(), i.names.end(), "ERROR_WINHTTP_CANNOT_CONNECT") != i.names.end());
}

TEST_CASE("facility names come from the headers") {
    auto r = decode("0x80090016");
    REQUIRE(r);
    CHECK(r.value().best().facility->name == "FACILITY_SECURITY");
    CHECK(r.value().best().family->id == "security");
}
