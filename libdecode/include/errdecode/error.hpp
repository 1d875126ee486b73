// Errors as values: errdecode::errc, its std::error_category, and errdecode::result<T>.
//
// Every public function returns result<T> (Boost.Outcome) and never throws. A failed result carries a
// std::error_code in errdecode's category whose message() a person can act on. Callers that want the
// piece of input an error is about get it from the function's own output (the CLI and the Python
// binding show both).
#pragma once

#include <boost/outcome/result.hpp>
#include <boost/outcome/success_failure.hpp>

#include <string_view>
#include <system_error>
#include <type_traits>

namespace errdecode {

/// Why an input could not be decoded. Values are stable; ids (errc_id) are used in JSON.
enum class errc : int {
    empty_input = 1,       ///< nothing but white space
    not_a_code,            ///< no reading fits: not hex, decimal, a name, CAA… or AADSTS…
    malformed_number,      ///< looks numeric but is not (stray letters, a lone 0x, bad digit count)
    out_of_range,          ///< the number does not fit in 32 bits
    unknown_name,          ///< looks like a symbolic name, but no table defines it
    text_around_code,      ///< a code is there, but with other text around it (use scan)
    invalid_utf8,          ///< the bytes are not UTF-8
    unknown_language,      ///< no text exists in the requested language
    input_too_long,        ///< longer than any code could be
    unknown_code,          ///< well-formed, but no table knows it (used where a lookup must succeed)
};

/// The category of errc. name() is "errdecode".
const std::error_category& error_category() noexcept;

inline std::error_code make_error_code(errc e) noexcept { return {static_cast<int>(e), error_category()}; }

/// A short stable identifier for an errc, e.g. "not_a_code" (used as "code" in JSON errors).
std::string_view errc_id(errc e) noexcept;

template <class T>
using result = boost::outcome_v2::result<T, std::error_code>;

using boost::outcome_v2::failure;
using boost::outcome_v2::success;

}  // namespace errdecode

namespace std {
template <>
struct is_error_code_enum<errdecode::errc> : true_type {};
}  // namespace std
