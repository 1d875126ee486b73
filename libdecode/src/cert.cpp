// decode_cert_flags(): one reading per set bit, unknown bits kept exactly.
#include "lookup.hpp"
#include "text.hpp"

#include <errdecode/cert.hpp>
#include <errdecode/decode.hpp>

namespace errdecode {

result<cert_flags> decode_cert_flags(std::uint32_t mask, const options& opts) noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    cert_flags out;
    out.mask = mask;
    for (unsigned bit = 0; bit < 32; ++bit) {
        const std::uint32_t flag = 1u << bit;
        if ((mask & flag) == 0) continue;
        const auto* row = detail::find_row(code_space::certflag, flag);
        if (!row || row->entry == detail::no_entry) {
            out.unknown_bits |= flag;
            continue;
        }
        detail::describe_entry(out.flags_[out.count_++], row->entry, relation::as_written, *lang);
    }
    return out;
}

result<cert_flags> decode_cert_flags(std::string_view mask, const options& opts) noexcept {
    // The mask is written like any 32-bit code; reuse the code reader and take the value it settled on.
    auto parsed = decode(mask, opts);
    if (!parsed) return parsed.error();
    for (const auto& reading : parsed.value())
        if (reading.how == relation::as_written || reading.how == relation::hex_reading)
            return decode_cert_flags(reading.value, opts);
    return errc::not_a_code;
}

}  // namespace errdecode
