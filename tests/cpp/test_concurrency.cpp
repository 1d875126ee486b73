// Many threads decoding, searching, scanning and decoding certificate masks at once get exactly what one thread
// gets. The library keeps no mutable state except indexes built once on first use; the threads start
// before anything else has called the library, so that first use is concurrent too (run under
// ThreadSanitizer by scripts/test.d/30-sanitizers.sh).
#include <errdecode/errdecode.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

using namespace errdecode;

namespace {

const std::vector<std::string> codes = {
    "0x80070005", "0x8004011D", "8004011d", "-2147024891", "2147746077", "0xC0000022", "0xD0000022",
    "0x800CCC0E", "0x80072EE2", "E_ACCESSDENIED", "mapi_e_failoneprovider", "CAA20002", "caa50021",
    "0xCAA20002", "AADSTS50076", "aadsts700016", "1001", "5", "0x8004DEAD",
    "\xEF\xBC\x90\xEF\xBD\x98\xEF\xBC\x98\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x94\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x91"
    "\xEF\xBC\xA4",  // ０ｘ８００４０１１Ｄ
    "0xZZ", "", "not a code", "ERROR_NO_SUCH_THING"};
const std::vector<std::string> queries = {"An encrypted connection to your mail server is not available.",
                                          "\xE6\x9A\x97\xE5\x8F\xB7\xE5\x8C\x96",  // 暗号化
                                          "FAILONEPROVIDER"};
const std::string log_text =
    "2026-11-02 Outlook sync failed (\xE3\x82\xA8\xE3\x83\xA9\xE3\x83\xBC \xE3\x82\xB3\xE3\x83\xBC\xE3\x83\x89 0x8004011D)\n"
    "Exception from HRESULT: 0x80070005 (E_ACCESSDENIED); WAM CAA50021; AADSTS50076; hr=80072EE2\n";
const std::vector<std::uint32_t> masks = {0x80000018u, 0x8u, 0x7Fu, 0x80000100u, 0u};
const char* const langs[] = {"en", "ja"};

/// Everything one pass produces, as text: JSON of each result, or the error's id.
std::vector<std::string> one_pass(std::size_t rotate) {
    std::vector<std::string> out;
    for (std::size_t n = 0; n < codes.size(); ++n) {
        const auto& code = codes[(n + rotate) % codes.size()];  // each thread starts elsewhere
        for (const char* lang : langs) {
            auto r = decode(code, {lang});
            out.push_back(code + " " + lang + " " + (r ? to_json(r.value()) : error_json(code, r.error())));
        }
    }
    for (auto mask : masks) {
        auto r = decode_cert_flags(mask, {"ja"});
        out.push_back(r ? to_json("mask", r.value()) : "error");
    }
    for (const auto& query : queries) {
        auto r = search(query);
        out.push_back(query + " " + (r ? to_json(query, r.value()) : "error"));
    }
    for (const auto& m : scan(log_text)) {
        auto best = m.best({"ja"});
        out.push_back(best ? to_json(m, best.value()) : "error");
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("concurrent calls give the single-threaded results") {
    constexpr std::size_t thread_count = 8;
    constexpr int rounds = 2;
    std::atomic<bool> go{false};
    std::vector<std::vector<std::vector<std::string>>> seen(thread_count);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            while (!go.load()) std::this_thread::yield();
            for (int r = 0; r < rounds; ++r) seen[t].push_back(one_pass(t + std::size_t(r)));
        });
    }
    go.store(true);
    for (auto& thread : threads) thread.join();

    const auto expected = one_pass(0);
    REQUIRE(expected.size() == codes.size() * 2 + masks.size() + queries.size() + scan(log_text).size());
    REQUIRE(scan(log_text).size() >= 5);
    for (std::size_t t = 0; t < thread_count; ++t) {
        REQUIRE(seen[t].size() == std::size_t(rounds));
        for (const auto& got : seen[t]) CHECK(got == expected);
    }
}
