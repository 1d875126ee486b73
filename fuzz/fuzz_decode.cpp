// decode() of arbitrary bytes: never crashes, and what it returns is consistent.
#include "fuzz_common.hpp"

#include <string_view>

using namespace errdecode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    std::string_view data(reinterpret_cast<const char*>(bytes), size);
    const auto lang = fuzz::take_language(data);
    const auto r = decode(data, {lang});
    if (!r) {
        fuzz::check_error(r.error());
        return 0;
    }
    const decoded& d = r.value();
    FUZZ_CHECK(!d.empty());
    FUZZ_CHECK(d.size() <= decoded::max_interpretations);
    FUZZ_CHECK(d.input == data);
    for (std::size_t k = 0; k < d.size(); ++k) {
        fuzz::check_reading(d[k]);
        for (std::size_t j = 0; j < k; ++j)  // no reading twice
            FUZZ_CHECK(!(d[j].space == d[k].space && d[j].value == d[k].value));
        if (k > 0) FUZZ_CHECK(d[k - 1].curated || !d[k].curated);  // curated first
    }
    // A reading of a value decodes again from its canonical text (symptoms have no numeric form).
    const auto& best = d.best();
    if (best.space != code_space::symptom && best.space != code_space::m365 && best.space != code_space::certflag) {
        const auto again = decode(best.value_text(), {lang});
        FUZZ_CHECK(again.has_value());
        bool found = false;
        for (const auto& i : again.value()) found = found || (i.space == best.space && i.value == best.value);
        FUZZ_CHECK(found);
    }
    return 0;
}
