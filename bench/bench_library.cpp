// Per-call cost of the library's entry points, and of the hand-written peer (peer.hpp) on the same
// inputs in the same run. Each benchmark cycles through a realistic mix and reports allocs_per_call.
#include "alloc_counter.hpp"
#include "peer.hpp"

#include <errdecode/errdecode.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using errdecode::bench::allocations;

// Codes as helpdesk tickets and logs carry them: Outlook/MAPI, Win32 inside HRESULT, WinINet, SChannel,
// NTSTATUS, and one well-formed value no table knows.
const std::vector<std::string> hex_mix = {
    "0x80070005", "0x8004011D", "0x80004005", "0x800CCC0E", "0x80072EE2", "0x8007000E", "0x80040154",
    "0xC0000022", "0x80090326", "0x800CCC0F", "0x80070057", "0x8004010F", "0x80072F8F", "0x8000FFFF",
    "0x80040115", "0x8004DEAD"};
const std::vector<std::string> other_forms = {
    "8004011D", "-2147024891", "2147746077", "0x8004011d", "\xEF\xBC\x90\xEF\xBD\x98\xEF\xBC\x98\xEF\xBC\x90"
    "\xEF\xBC\x90\xEF\xBC\x94\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x91\xEF\xBC\xA4", "5", "1001", "(0x80070005)"};
const std::vector<std::string> name_mix = {
    "E_ACCESSDENIED", "MAPI_E_FAILONEPROVIDER", "ERROR_ACCESS_DENIED", "STATUS_ACCESS_DENIED", "e_fail",
    "MAPI_E_NETWORK_ERROR", "ERROR_INTERNET_TIMEOUT", "SEC_E_WRONG_PRINCIPAL"};
const std::vector<std::string> entra_mix = {"CAA20002", "caa50021", "0xCAA20002", "AADSTS50076", "aadsts700016",
                                            "AADSTS50058", "CAA70004", "AADSTS53003"};
const std::vector<std::string> cert_text_mix = {"0x80000018", "0x00000008", "2147483672", "0x80000000"};
const std::vector<std::uint32_t> cert_mix = {0x80000018u, 0x8u, 0x80000000u, 0x7Fu, 0x10u, 0x80000100u};
const std::vector<std::string> search_mix = {
    "An encrypted connection to your mail server is not available.",
    "\xE6\x9A\x97\xE5\x8F\xB7\xE5\x8C\x96\xE3\x81\x95\xE3\x82\x8C\xE3\x81\x9F\xE6\x8E\xA5\xE7\xB6\x9A",  // 暗号化された接続
    "proxy certificate", "FAILONEPROVIDER", "access denied", "sign in loop"};

const errdecode::bench::peer& the_peer() {
    static const auto p = errdecode::bench::peer::load(ERRDECODE_SYMBOLS_TSV);
    return p;
}

/// Every input must take the success path, or the figures would measure error handling.
void require_decodes(const std::vector<std::string>& inputs) {
    for (const auto& s : inputs)
        if (!errdecode::decode(s)) {
            std::fprintf(stderr, "benchmark input does not decode: %s\n", s.c_str());
            std::abort();
        }
}

/// Runs `call` over `inputs` round-robin and records allocations per call.
template <class T, class F>
void cycle(benchmark::State& state, const std::vector<T>& inputs, F call) {
    std::size_t k = 0;
    const std::size_t before = allocations.load();
    for (auto _ : state) {
        auto r = call(inputs[k]);
        benchmark::DoNotOptimize(r);
        if (++k == inputs.size()) k = 0;
    }
    const std::size_t after = allocations.load();
    state.counters["allocs_per_call"] = double(after - before) / double(state.iterations());
}

void decode_hex(benchmark::State& state) {
    require_decodes(hex_mix);
    cycle(state, hex_mix, [](const std::string& s) { return errdecode::decode(s); });
}
BENCHMARK(decode_hex);

void peer_hex(benchmark::State& state) {
    const auto& p = the_peer();
    cycle(state, hex_mix, [&](const std::string& s) { return p.names_of(s); });
}
BENCHMARK(peer_hex);

void decode_hex_names_only(benchmark::State& state) {
    // The same work a caller that only wants names does with the library: decode, then the best names.
    cycle(state, hex_mix, [](const std::string& s) {
        auto r = errdecode::decode(s);
        return r ? r.value().best().names.size() : 0;
    });
}
BENCHMARK(decode_hex_names_only);

void decode_other_forms(benchmark::State& state) {
    require_decodes(other_forms);
    cycle(state, other_forms, [](const std::string& s) { return errdecode::decode(s); });
}
BENCHMARK(decode_other_forms);

void decode_u32(benchmark::State& state) {
    const std::vector<std::uint32_t> values = {0x80070005u, 0x8004011Du, 0xC0000022u, 0x80072EE2u, 0x8004DEADu};
    cycle(state, values, [](std::uint32_t v) { return errdecode::decode(v); });
}
BENCHMARK(decode_u32);

void decode_name(benchmark::State& state) {
    require_decodes(name_mix);
    cycle(state, name_mix, [](const std::string& s) { return errdecode::decode(s); });
}
BENCHMARK(decode_name);

void values_of_name(benchmark::State& state) {
    cycle(state, name_mix, [](const std::string& s) { return errdecode::values_of(s); });
}
BENCHMARK(values_of_name);

void peer_name(benchmark::State& state) {
    const auto& p = the_peer();
    cycle(state, name_mix, [&](const std::string& s) {
        std::uint32_t v = 0;
        return p.value_of(s, v) ? v : 0u;
    });
}
BENCHMARK(peer_name);

void decode_caa_aadsts(benchmark::State& state) {
    require_decodes(entra_mix);
    cycle(state, entra_mix, [](const std::string& s) { return errdecode::decode(s); });
}
BENCHMARK(decode_caa_aadsts);

void cert_flags_u32(benchmark::State& state) {
    cycle(state, cert_mix, [](std::uint32_t m) { return errdecode::decode_cert_flags(m); });
}
BENCHMARK(cert_flags_u32);

void cert_flags_text(benchmark::State& state) {
    cycle(state, cert_text_mix, [](const std::string& s) { return errdecode::decode_cert_flags(s); });
}
BENCHMARK(cert_flags_text);

void search_query(benchmark::State& state) {
    cycle(state, search_mix, [](const std::string& s) { return errdecode::search(s); });
}
BENCHMARK(search_query);

void to_json_decoded(benchmark::State& state) {
    std::vector<errdecode::decoded> results;
    for (const auto& s : hex_mix) results.push_back(errdecode::decode(s).value());
    cycle(state, results, [](const errdecode::decoded& d) { return errdecode::to_json(d); });
}
BENCHMARK(to_json_decoded);

}  // namespace
