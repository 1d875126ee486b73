// Names of the enums in types.hpp, and the language list.
#include "tables.hpp"

#include <errdecode/types.hpp>

namespace errdecode {
namespace {
constexpr std::string_view space_names[] = {"hresult", "win32", "ntstatus", "caa", "aadsts", "m365", "symptom", "certflag"};
}

std::string_view to_string(code_space s) noexcept { return space_names[static_cast<std::size_t>(s)]; }

std::optional<code_space> code_space_from_string(std::string_view s) noexcept {
    for (std::size_t i = 0; i < std::size(space_names); ++i)
        if (space_names[i] == s) return static_cast<code_space>(i);
    return std::nullopt;
}

std::string_view to_string(relation r) noexcept {
    switch (r) {
        case relation::as_written: return "as_written";
        case relation::decimal_reading: return "decimal_reading";
        case relation::hex_reading: return "hex_reading";
        case relation::from_win32: return "from_win32";
        case relation::from_nt: return "from_nt";
        case relation::by_name: return "by_name";
        case relation::same_text: return "same_text";
    }
    return "as_written";
}

span<std::string_view> languages() noexcept { return {detail::language_names, detail::language_count}; }

}  // namespace errdecode
