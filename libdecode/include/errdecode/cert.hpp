// decode_cert_flags(): the certificate-problem bitmask that WinINet/WinHTTP report (and that Outlook shows
// as the error code of "There is a problem with the proxy server's security certificate").
//
// The mask is a sum of FLAG_* bits; each set bit is named and explained, and any bit no table defines is
// reported exactly in unknown_bits rather than dropped.
#pragma once

#include <errdecode/error.hpp>
#include <errdecode/types.hpp>

#include <cstdint>
#include <string_view>

namespace errdecode {

struct cert_flags {
    static constexpr std::size_t max_flags = 32;

    std::uint32_t mask = 0;
    std::uint32_t unknown_bits = 0;  ///< set bits that no table defines

    const interpretation* begin() const noexcept { return flags_.data(); }
    const interpretation* end() const noexcept { return flags_.data() + count_; }
    std::size_t size() const noexcept { return count_; }
    bool empty() const noexcept { return count_ == 0; }
    const interpretation& operator[](std::size_t i) const noexcept { return flags_[i]; }

    std::array<interpretation, max_flags> flags_{};  ///< set by the library, lowest bit first
    std::size_t count_ = 0;
};

/// Names and explains every set bit of a certificate-problem mask.
result<cert_flags> decode_cert_flags(std::uint32_t mask, const options& opts = {}) noexcept;

/// The same, from text as pasted: 0x80000018, 80000018, 2147483672, full-width forms.
result<cert_flags> decode_cert_flags(std::string_view mask, const options& opts = {}) noexcept;

}  // namespace errdecode
