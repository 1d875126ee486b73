// Shared by the fuzz targets: a check that aborts with a message (libFuzzer then saves the input).
#pragma once

#include <errdecode/errdecode.hpp>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                    \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)

namespace errdecode::fuzz {

/// Every error the library returns is in its own category (or out-of-memory, which it reports too).
inline void check_error(const std::error_code& error) {
    FUZZ_CHECK(error);
    FUZZ_CHECK(error.category() == error_category() || error == std::errc::not_enough_memory);
    FUZZ_CHECK(!error.message().empty());
    if (error.category() == error_category()) FUZZ_CHECK(!errc_id(static_cast<errc>(error.value())).empty());
}

/// What every reading must satisfy, whichever way it was obtained.
inline void check_reading(const interpretation& i) {
    FUZZ_CHECK(!i.value_text().empty());
    FUZZ_CHECK(i.family != nullptr);
    FUZZ_CHECK(!i.family->id.empty());
    FUZZ_CHECK(!i.summary.empty());
    FUZZ_CHECK(!i.summary.lang.empty());
    for (auto name : i.names) FUZZ_CHECK(!name.empty());
    for (const auto& s : i.remediation) FUZZ_CHECK(!s.text.empty());
    if (i.curated) FUZZ_CHECK(i.known);
}

/// The language a fuzz input asks for: its first byte picks one, the rest is the input.
inline std::string_view take_language(std::string_view& data) {
    if (data.empty()) return "en";
    const char pick = data.front();
    data.remove_prefix(1);
    return (pick & 1) ? "ja" : "en";
}

}  // namespace errdecode::fuzz
