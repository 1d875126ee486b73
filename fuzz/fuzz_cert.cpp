// decode_cert_flags() from bytes (as text) and from the integer they spell: never crashes, and every
// set bit is either a named flag or in unknown_bits, exactly once.
#include "fuzz_common.hpp"

#include <cstring>
#include <string_view>

using namespace errdecode;

namespace {

void check_flags(const cert_flags& f) {
    std::uint32_t named = 0;
    for (const auto& flag : f) {
        fuzz::check_reading(flag);
        FUZZ_CHECK(flag.space == code_space::certflag);
        FUZZ_CHECK(flag.value != 0 && (flag.value & (flag.value - 1)) == 0);  // one bit
        FUZZ_CHECK((named & flag.value) == 0);
        named |= flag.value;
    }
    FUZZ_CHECK((named & f.unknown_bits) == 0);
    FUZZ_CHECK((named | f.unknown_bits) == f.mask);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    std::string_view data(reinterpret_cast<const char*>(bytes), size);
    const auto lang = fuzz::take_language(data);
    if (const auto r = decode_cert_flags(data, {lang})) check_flags(r.value());
    else fuzz::check_error(r.error());
    std::uint32_t mask = 0;
    std::memcpy(&mask, data.data(), std::min<std::size_t>(data.size(), sizeof mask));
    const auto r = decode_cert_flags(mask, {lang});
    FUZZ_CHECK(r.has_value());
    FUZZ_CHECK(r.value().mask == mask);
    check_flags(r.value());
    return 0;
}
