// scan() of arbitrary bytes: never crashes; every match is inside the input, spells what the input holds
// at its offset, comes in order, decodes; and feeding the same bytes in two chunks (split where the first
// byte says) finds exactly the same matches, so read-buffer boundaries never change the answer.
#include "fuzz_common.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace errdecode;

namespace {
struct seen {
    std::uint64_t offset, line, column;
    std::string text, canonical;
    bool operator==(const seen& o) const {
        return offset == o.offset && line == o.line && column == o.column && text == o.text && canonical == o.canonical;
    }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    std::string_view data(reinterpret_cast<const char*>(bytes), size);
    const auto lang = fuzz::take_language(data);
    std::vector<seen> whole;
    std::uint64_t last = 0;
    scan(data, [&](const scan_match& m) {
        FUZZ_CHECK(m.length > 0 && m.offset + m.length <= data.size());
        FUZZ_CHECK(m.text == data.substr(m.offset, m.length));
        FUZZ_CHECK(whole.empty() || m.offset >= last);
        FUZZ_CHECK(m.line >= 1 && m.column >= 1);
        FUZZ_CHECK(!m.canonical().empty());
        last = m.offset;
        const auto best = m.best({lang});
        if (best) fuzz::check_reading(best.value());
        else fuzz::check_error(best.error());
        whole.push_back({m.offset, m.line, m.column, std::string(m.text), std::string(m.canonical())});
    });
    const std::size_t split = data.empty() ? 0 : static_cast<unsigned char>(data.front()) * data.size() / 256;
    std::vector<seen> chunked;
    scanner s([&](const scan_match& m) {
        chunked.push_back({m.offset, m.line, m.column, std::string(m.text), std::string(m.canonical())});
    });
    s.feed(data.substr(0, split));
    s.feed(data.substr(split));
    s.finish();
    FUZZ_CHECK(chunked == whole);
    return 0;
}
