// The seed scenarios come back complete, in English and Japanese, through the C++ API; language
// fallback says which language each text is in.
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace errdecode;

namespace {

/// Everything a person reads about one reading: summary, explanation, steps and their commands.
std::string all_text(const interpretation& i) {
    std::string out = std::string(i.summary.value) + "\n" + std::string(i.explanation.value) + "\n";
    for (const auto& s : i.remediation)
        out += std::string(s.text.value) + "\n" + std::string(s.command) + "\n" + std::string(s.reference) + "\n";
    return out;
}

interpretation entry(std::string_view key, std::string_view lang) {
    auto r = lookup_entry(key, {lang});
    INFO(std::string(key));
    REQUIRE(r);
    return r.value();
}

interpretation best(std::string_view code, std::string_view lang) {
    auto r = decode(code, {lang});
    REQUIRE(r);
    return r.value().best();
}

void contains_all(const std::string& text, std::initializer_list<std::string_view> facts) {
    for (auto fact : facts) {
        INFO("missing: ", std::string(fact));
        CHECK(text.find(fact) != std::string::npos);
    }
}

void every_text_in(const interpretation& i, std::string_view lang) {
    CHECK(i.summary.lang == lang);
    CHECK(i.explanation.lang == lang);
    for (const auto& s : i.remediation) CHECK(s.text.lang == lang);
}

}  // namespace

TEST_CASE("0x8004011D: isolate with OWA, safe mode, credentials, offline, profile, cached mode, network") {
    const auto en = best("0x8004011D", "en");
    const auto ja = best("0x8004011D", "ja");
    CHECK(en.curated);
    CHECK(en.remediation.size() >= 6);
    every_text_in(ja, "ja");
    contains_all(all_text(en), {"Outlook on the web", "outlook.exe /safe", "Credential Manager", "Work Offline",
                                "Control Panel > Mail", "Cached Exchange Mode", "VPN", "MTU", "proxy"});
    contains_all(all_text(ja), {"Web 版 Outlook", "outlook.exe /safe", "資格情報マネージャー", "オフライン作業",
                                "コントロール パネル", "プロファイル", "キャッシュ モード", "VPN", "MTU", "プロキシ"});
}

TEST_CASE("1001: WAM reconnect and IdentityCache, beside the Win32 reading") {
    auto r = decode("1001", {"ja"});
    REQUIRE(r);
    bool win32 = false;
    for (const auto& i : r.value()) win32 = win32 || i.space == code_space::win32;
    CHECK(win32);
    const auto en = entry("m365:1001", "en");
    const auto ja = entry("m365:1001", "ja");
    every_text_in(ja, "ja");
    contains_all(all_text(en), {"Access work or school", "IdentityCache"});
    contains_all(all_text(ja), {"職場または学校", "IdentityCache"});
}

TEST_CASE("CAA20002 and CAA50021: device registration") {
    for (std::string_view code : {"CAA20002", "CAA50021"}) {
        const auto en = best(code, "en");
        const auto ja = best(code, "ja");
        CHECK(en.curated);
        every_text_in(ja, "ja");
        contains_all(all_text(en), {"dsregcmd /status", "AzureAdJoined"});
        contains_all(all_text(ja), {"dsregcmd /status", "AzureAdJoined"});
    }
    contains_all(all_text(best("CAA20002", "en")), {"dsregcmd /leave"});
}

TEST_CASE("0x80048823: Credential Manager") {
    contains_all(all_text(best("0x80048823", "en")), {"Credential Manager"});
    contains_all(all_text(best("0x80048823", "ja")), {"資格情報マネージャー"});
}

TEST_CASE("proxy certificate messages of KB 923575") {
    contains_all(all_text(entry("symptom:proxy-certificate-untrusted-ca", "en")), {"Trusted Root Certification Authorities"});
    contains_all(all_text(entry("symptom:proxy-certificate-untrusted-ca", "ja")), {"信頼されたルート証明機関"});
    contains_all(all_text(entry("symptom:proxy-certificate-error-code-0", "en")), {"outlook.exe /safe", "add-in"});
    contains_all(all_text(entry("symptom:proxy-certificate-error-code-0", "ja")), {"outlook.exe /safe", "アドイン"});
    contains_all(all_text(entry("symptom:proxy-certificate-problem", "en")), {"errdecode --cert"});
}

TEST_CASE("federated password prompts: patches, cmdkey, one hour, registry, logon security, repair, profile") {
    const auto en = all_text(entry("symptom:federated-outlook-password-prompt", "en"));
    const auto ja = all_text(entry("symptom:federated-outlook-password-prompt", "ja"));
    contains_all(en, {"cmdkey /list", "DisableRetryGoodCredentials", "hour", "Anonymous Authentication", "Repair"});
    contains_all(ja, {"cmdkey /list", "DisableRetryGoodCredentials", "1 時間", "匿名認証", "修復", "資格情報"});
}

TEST_CASE("encrypted connection unavailable: check the name you typed first") {
    const auto en = entry("symptom:encrypted-connection-unavailable", "en");
    const auto ja = entry("symptom:encrypted-connection-unavailable", "ja");
    every_text_in(ja, "ja");
    contains_all(all_text(en), {"name"});
    contains_all(all_text(ja), {"名前"});
}

TEST_CASE("a language the entry lacks falls back to English and says so") {
    // Readings with no curated text carry English summaries marked "en", whatever was asked for.
    const auto i = best("0x80004001", "ja");
    CHECK_FALSE(i.summary.empty());
    if (!i.curated) CHECK(i.summary.lang == "en");
    CHECK(i.family->label.lang == "ja");
}

TEST_CASE("breadth: the knowledge base covers the families support meets") {
    for (std::string_view code : {"AADSTS50076", "AADSTS700016", "CAA70004", "0x800CCC0E", "0x80072EFD",
                                  "0x80090016", "5", "0xC000006D"}) {
        INFO(std::string(code));
        auto r = decode(code, {"ja"});
        REQUIRE(r);
        bool curated = false;
        for (const auto& i : r.value()) curated = curated || (i.curated && i.summary.lang == "ja");
        CHECK(curated);
    }
}
