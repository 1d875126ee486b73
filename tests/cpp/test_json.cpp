// The JSON renderings parse, carry what the C++ result carries, and keep odd input intact.
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace errdecode;
using nlohmann::json;

TEST_CASE("a decoded result renders every reading with its fields") {
    auto r = decode("0x80070005", {"ja"});
    REQUIRE(r);
    const json j = json::parse(to_json(r.value()));
    CHECK(j["input"] == "0x80070005");
    CHECK(j["ok"] == true);
    CHECK(j["known"] == true);
    REQUIRE(j["interpretations"].size() == r.value().size());
    for (std::size_t k = 0; k < r.value().size(); ++k) {
        const auto& i = r.value()[k];
        const auto& o = j["interpretations"][k];
        CHECK(o["namespace"] == std::string(to_string(i.space)));
        CHECK(o["value"] == std::string(i.value_text()));
        CHECK(o["number"] == i.value);
        CHECK(o["names"].size() == i.names.size());
        CHECK(o["summary"] == std::string(i.summary.value));
        CHECK(o["summary_lang"] == std::string(i.summary.lang));
        CHECK(o["remediation"].size() == i.remediation.size());
        for (std::size_t s = 0; s < i.remediation.size(); ++s)
            CHECK(o["remediation"][s]["text"] == std::string(i.remediation[s].text.value));
        CHECK(o["family"]["id"] == std::string(i.family->id));
        if (i.bits.kind != structure::layout::none) CHECK(o.at("structure").at("code") == i.bits.code);
        else CHECK_FALSE(o.contains("structure"));
    }
}

TEST_CASE("control characters, quotes and backslashes are escaped; invalid UTF-8 is kept in input_hex") {
    const std::string odd = std::string("a\"b\\c\nd\te\x01") + "\xFF";
    const json j = json::parse(error_json(odd, make_error_code(errc::invalid_utf8)));
    CHECK(j["ok"] == false);
    CHECK(j["error"]["code"] == "invalid_utf8");
    CHECK(j["input"] == "a\"b\\c\nd\te\x01\xEF\xBF\xBD");
    CHECK(j["input_hex"] == "6122625c630a6409650" "1ff");
}

TEST_CASE("search scores are numbers; cert masks are hex text") {
    auto hits = search("暗号化された接続を使用できません");
    REQUIRE(hits);
    const json j = json::parse(to_json("q", hits.value()));
    REQUIRE_FALSE(j["hits"].empty());
    CHECK(j["hits"][0]["score"].is_number_float());
    CHECK(j["hits"][0]["score"].get<double>() == doctest::Approx(hits.value()[0].score));
    auto flags = decode_cert_flags(0x80000018u);
    REQUIRE(flags);
    const json c = json::parse(to_json("0x80000018", flags.value()));
    CHECK(c["mask"] == "0x80000018");
    CHECK(c["unknown_bits"] == "0x00000000");
    CHECK(c["flags"].size() == 3);
}
