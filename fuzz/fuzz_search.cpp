// search() of arbitrary bytes: never crashes; hits are ranked, scored in (0, 1] and within the limit.
#include "fuzz_common.hpp"

#include <string_view>

using namespace errdecode;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    std::string_view data(reinterpret_cast<const char*>(bytes), size);
    const auto lang = fuzz::take_language(data);
    search_options opts;
    opts.lang = lang;
    opts.limit = 5;
    const auto r = search(data, opts);
    if (!r) {
        fuzz::check_error(r.error());
        return 0;
    }
    const auto& hits = r.value();
    FUZZ_CHECK(hits.size() <= opts.limit);
    for (std::size_t k = 0; k < hits.size(); ++k) {
        FUZZ_CHECK(hits[k].score > 0 && hits[k].score <= 1);
        FUZZ_CHECK(!hits[k].reason.empty());
        if (k > 0) FUZZ_CHECK(hits[k - 1].score >= hits[k].score);
        fuzz::check_reading(hits[k].entry);
    }
    return 0;
}
