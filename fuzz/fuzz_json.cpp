// The JSON renderings of whatever decode() and decode_cert_flags() return for arbitrary bytes: always
// valid JSON, whose fields say what the result says (input kept exactly, ok, one object per reading).
#include "fuzz_common.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

using namespace errdecode;
using json = nlohmann::json;

namespace {

json parsed(const std::string& text) {
    FUZZ_CHECK(!text.empty() && text.find('\n') == std::string::npos);  // one JSON Lines record
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(!j.is_discarded());
    FUZZ_CHECK(j.is_object());
    return j;
}

/// "input" is the input when it is UTF-8; otherwise "input_hex" keeps its exact bytes.
void check_input(const json& j, std::string_view input) {
    FUZZ_CHECK(j.contains("input") && j["input"].is_string());
    if (j.contains("input_hex")) {
        const std::string hex = j["input_hex"];
        FUZZ_CHECK(hex.size() == input.size() * 2);
    } else {
        FUZZ_CHECK(j["input"].get<std::string>() == input);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    std::string_view data(reinterpret_cast<const char*>(bytes), size);
    const auto lang = fuzz::take_language(data);
    if (const auto r = decode(data, {lang})) {
        const json j = parsed(to_json(r.value()));
        check_input(j, data);
        FUZZ_CHECK(j["ok"] == true);
        FUZZ_CHECK(j["interpretations"].is_array() && j["interpretations"].size() == r.value().size());
        for (std::size_t k = 0; k < r.value().size(); ++k) {
            const auto& i = j["interpretations"][k];
            FUZZ_CHECK(i["value"].get<std::string>() == r.value()[k].value_text());
            FUZZ_CHECK(i["namespace"].get<std::string>() == to_string(r.value()[k].space));
            FUZZ_CHECK(parsed(to_json(r.value()[k])) == i);
        }
    } else {
        const json j = parsed(error_json(data, r.error()));
        check_input(j, data);
        FUZZ_CHECK(j["ok"] == false);
        FUZZ_CHECK(j["error"]["code"].is_string() && j["error"]["message"].is_string());
    }
    if (const auto r = decode_cert_flags(data, {lang})) {
        const json j = parsed(to_json(data, r.value()));
        check_input(j, data);
        FUZZ_CHECK(j["flags"].size() == r.value().size());
    }
    return 0;
}
