// errdecode's error category: messages a person can act on.
#include <errdecode/error.hpp>

#include <string>

namespace errdecode {
namespace {

class category final : public std::error_category {
public:
    const char* name() const noexcept override { return "errdecode"; }
    std::string message(int value) const override {
        switch (static_cast<errc>(value)) {
            case errc::empty_input: return "empty input: expected a code such as 0x8004011D, 1001, CAA50021 or AADSTS50076";
            case errc::not_a_code: return "not a code: expected hex (0x8004011D), decimal (-2147024891), a symbolic name (E_ACCESSDENIED), CAA… or AADSTS…";
            case errc::malformed_number: return "malformed number: hex needs 0x and 1-8 hex digits (or exactly 8 digits bare), CAA needs 5 hex digits, AADSTS needs decimal digits";
            case errc::out_of_range: return "value does not fit in 32 bits";
            case errc::unknown_name: return "unknown symbolic name: no imported header or curated entry defines it";
            case errc::text_around_code: return "the input has text around a code: pass only the code, or use scan to find every code in a text";
            case errc::invalid_utf8: return "input is not text: invalid UTF-8 or a NUL byte";
            case errc::unknown_language: return "no texts in that language: use one of the languages the knowledge base is written in (en, ja)";
            case errc::input_too_long: return "input too long for one code: use scan to find codes in a text";
            case errc::unknown_code: return "well-formed, but no table knows this code";
        }
        return "unknown errdecode error";
    }
};

}  // namespace

const std::error_category& error_category() noexcept {
    static const category instance;
    return instance;
}

std::string_view errc_id(errc e) noexcept {
    switch (e) {
        case errc::empty_input: return "empty_input";
        case errc::not_a_code: return "not_a_code";
        case errc::malformed_number: return "malformed_number";
        case errc::out_of_range: return "out_of_range";
        case errc::unknown_name: return "unknown_name";
        case errc::text_around_code: return "text_around_code";
        case errc::invalid_utf8: return "invalid_utf8";
        case errc::unknown_language: return "unknown_language";
        case errc::input_too_long: return "input_too_long";
        case errc::unknown_code: return "unknown_code";
    }
    return "error";
}

}  // namespace errdecode
