// search(): real message text in both languages (whole, partial, re-spaced), symptom words, names.
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace errdecode;

namespace {

/// The rank (0-based) of the entry `key` ("space:code") among the hits, or -1.
int rank_of(std::string_view query, std::string_view key, std::string_view lang = "en") {
    auto r = search(query, {lang, 10});
    INFO("query: ", std::string(query));
    REQUIRE(r);
    for (std::size_t k = 0; k < r.value().size(); ++k) {
        const auto& e = r.value()[k].entry;
        if (std::string(to_string(e.space)) + ":" + std::string(e.value_text()) == key) return int(k);
    }
    return -1;
}

}  // namespace

TEST_CASE("pasting either language's message finds its entry first") {
    const auto key = "symptom:encrypted-connection-unavailable";
    CHECK(rank_of("An encrypted connection to your mail server is not available.", key) == 0);
    CHECK(rank_of("メール サーバーに対して、暗号化された接続を使用できません。", key) == 0);
    CHECK(rank_of("メールサーバーに対して暗号化された接続を使用できません", key) == 0);  // spacing differs
    CHECK(rank_of("暗号化された接続を使用できません", key) == 0);                           // partial
    CHECK(rank_of("encrypted connection to your mail server", key) == 0);
}

TEST_CASE("the proxy certificate dialogs") {
    // The dialogs as pasted, with the server name and the code filled in.
    CHECK(rank_of("プロキシ サーバーのセキュリティ証明書 mail.contoso.com に問題があります。 セキュリティ証明書は、"
                  "信頼された証明機関からのものではありません。 Outlook はこのサーバーに接続できません。(0x00000008)",
                  "symptom:proxy-certificate-untrusted-ca") == 0);
    CHECK(rank_of("There is a problem with the proxy server's security certificate, mail.contoso.com. The security "
                  "certificate is not from a trusted certifying authority. Outlook is unable to connect to this "
                  "server. (0x00000008)",
                  "symptom:proxy-certificate-untrusted-ca") == 0);
    // One sentence of it is also WinINet's own message for 12045: both entries come back.
    const int rank = rank_of("セキュリティ証明書は、信頼された証明機関からのものではありません", "symptom:proxy-certificate-untrusted-ca");
    CHECK((rank == 0 || rank == 1));
    CHECK(rank_of("ターゲット サイト outlook.office365.com の名前と一致しません", "symptom:proxy-certificate-error-code-0") >= 0);
}

TEST_CASE("symptom words in either language") {
    CHECK(rank_of("Outlook keeps prompting for a password", "symptom:federated-outlook-password-prompt") == 0);
    CHECK(rank_of("Outlook でパスワードの入力を求めるメッセージが繰り返し表示される",
                  "symptom:federated-outlook-password-prompt") == 0);
    CHECK(rank_of("Something went wrong. [1001]", "m365:1001") == 0);
    CHECK(rank_of("Microsoft Exchange は利用できません", "hresult:0x8004011D") == 0);
}

TEST_CASE("symbolic names and fragments") {
    CHECK(rank_of("MAPI_E_FAILONEPROVIDER", "hresult:0x8004011D") == 0);
    CHECK(rank_of("failoneprovider", "hresult:0x8004011D") == 0);
    auto r = search("ACCESS_DENIED");
    REQUIRE(r);
    CHECK_FALSE(r.value().empty());
    CHECK(std::string(r.value()[0].entry.names[0]).find("ACCESS_DENIED") != std::string::npos);
}

TEST_CASE("hits carry a reason and the requested language") {
    auto r = search("Microsoft Exchange は利用できません", {"ja", 5});
    REQUIRE(r);
    REQUIRE_FALSE(r.value().empty());
    const auto& hit = r.value()[0];
    CHECK(hit.entry.value_text() == "0x8004011D");
    CHECK(hit.reason == "message");
    CHECK(hit.matched.lang == "ja");
    CHECK(hit.entry.summary.lang == "ja");
    CHECK(hit.score > 0.5);
}

TEST_CASE("errors and misses") {
    CHECK(search("").error() == errc::empty_input);
    CHECK(search(" 、。 ").error() == errc::empty_input);
    CHECK(search("x", {"zz"}).error() == errc::unknown_language);
    CHECK(search("\xFF").error() == errc::invalid_utf8);
    auto none = search("zzqqxxyyzz unrelated gibberish");
    REQUIRE(none);
    CHECK(none.value().empty());
}
