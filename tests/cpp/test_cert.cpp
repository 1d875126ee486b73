// decode_cert_flags(): every single bit, combinations, unknown bits, zero, and text forms.
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace errdecode;

namespace {
struct flag {
    std::uint32_t bit;
    std::string_view name;
};
constexpr flag flags[] = {
    {0x1, "FLAG_CERT_REV_FAILED"},       {0x2, "FLAG_INVALID_CERT"},       {0x4, "FLAG_CERT_REVOKED"},
    {0x8, "FLAG_INVALID_CA"},            {0x10, "FLAG_CERT_CN_INVALID"},   {0x20, "FLAG_CERT_DATE_INVALID"},
    {0x40, "FLAG_CERT_WRONG_USAGE"},     {0x80000000, "FLAG_SECURITY_CHANNEL_ERROR"},
};
}  // namespace

TEST_CASE("every single bit is named and explained in both languages") {
    for (const auto& f : flags) {
        for (std::string_view lang : {"en", "ja"}) {
            auto r = decode_cert_flags(f.bit, {lang});
            REQUIRE(r);
            REQUIRE(r.value().size() == 1);
            const auto& i = r.value()[0];
            CHECK(i.names[0] == f.name);
            CHECK(i.value == f.bit);
            CHECK(i.curated);
            CHECK(i.summary.lang == lang);
            CHECK_FALSE(i.remediation.empty());
            CHECK(r.value().unknown_bits == 0);
        }
    }
}

TEST_CASE("a combination lists each flag, lowest bit first") {
    auto r = decode_cert_flags(0x80000018u);
    REQUIRE(r);
    REQUIRE(r.value().size() == 3);
    CHECK(r.value()[0].names[0] == "FLAG_INVALID_CA");
    CHECK(r.value()[1].names[0] == "FLAG_CERT_CN_INVALID");
    CHECK(r.value()[2].names[0] == "FLAG_SECURITY_CHANNEL_ERROR");
    CHECK(r.value().unknown_bits == 0);
}

TEST_CASE("unknown bits are reported exactly") {
    auto r = decode_cert_flags(0x00000108u | 0x00400000u);
    REQUIRE(r);
    CHECK(r.value().size() == 1);
    CHECK(r.value().unknown_bits == 0x00400100u);
}

TEST_CASE("zero has no flags") {
    auto r = decode_cert_flags(0u);
    REQUIRE(r);
    CHECK(r.value().empty());
    CHECK(r.value().unknown_bits == 0);
}

TEST_CASE("text forms") {
    for (std::string_view input : {"0x80000018", "80000018", "2147483672", "\xEF\xBC\x90\xEF\xBD\x98\xEF\xBC\x98\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x98"}) {
        auto r = decode_cert_flags(input);
        REQUIRE(r);
        CHECK(r.value().mask == 0x80000018u);
        CHECK(r.value().size() == 3);
    }
    CHECK(decode_cert_flags("nonsense").error() == errc::not_a_code);
    CHECK(decode_cert_flags("0x1FFFFFFFF").error() == errc::out_of_range);
}

TEST_CASE("the untrusted-CA flag says to install the root certificate") {
    auto en = decode_cert_flags(0x8u, {"en"});
    auto ja = decode_cert_flags(0x8u, {"ja"});
    REQUIRE(en);
    REQUIRE(ja);
    std::string all_en, all_ja;
    for (const auto& s : en.value()[0].remediation) all_en += std::string(s.text.value) + "\n";
    for (const auto& s : ja.value()[0].remediation) all_ja += std::string(s.text.value) + "\n";
    CHECK(all_en.find("Trusted Root Certification Authorities") != std::string::npos);
    CHECK(all_ja.find("信頼されたルート証明機関") != std::string::npos);
}
