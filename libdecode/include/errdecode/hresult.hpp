// The bit layouts of HRESULT and NTSTATUS, as constexpr functions.
//
// HRESULT:  S R C N X | facility (11 bits) | code (16 bits)       (MS-ERREF 2.1)
// NTSTATUS: Sev (2)  C N | facility (12 bits) | code (16 bits)    (MS-ERREF 2.3)
// HRESULT_FROM_WIN32 maps Win32 code w to 0x8007'wwww; HRESULT_FROM_NT sets the N bit (0x1000'0000).
#pragma once

#include <cstdint>
#include <optional>

namespace errdecode {

constexpr bool hresult_failed(std::uint32_t hr) noexcept { return (hr >> 31) != 0; }
constexpr bool hresult_reserved_bit(std::uint32_t hr) noexcept { return ((hr >> 30) & 1u) != 0; }
constexpr bool hresult_customer_bit(std::uint32_t hr) noexcept { return ((hr >> 29) & 1u) != 0; }
constexpr bool hresult_nt_bit(std::uint32_t hr) noexcept { return ((hr >> 28) & 1u) != 0; }
constexpr bool hresult_x_bit(std::uint32_t hr) noexcept { return ((hr >> 27) & 1u) != 0; }
constexpr std::uint16_t hresult_facility(std::uint32_t hr) noexcept { return (hr >> 16) & 0x7FFu; }
constexpr std::uint16_t hresult_code(std::uint32_t hr) noexcept { return hr & 0xFFFFu; }

/// 0 success, 1 informational, 2 warning, 3 error.
constexpr unsigned ntstatus_severity(std::uint32_t st) noexcept { return st >> 30; }
constexpr bool ntstatus_customer_bit(std::uint32_t st) noexcept { return ((st >> 29) & 1u) != 0; }
constexpr bool ntstatus_reserved_bit(std::uint32_t st) noexcept { return ((st >> 28) & 1u) != 0; }
constexpr std::uint16_t ntstatus_facility(std::uint32_t st) noexcept { return (st >> 16) & 0xFFFu; }
constexpr std::uint16_t ntstatus_code(std::uint32_t st) noexcept { return st & 0xFFFFu; }

constexpr std::uint32_t hresult_from_win32(std::uint32_t w) noexcept {
    return (static_cast<std::int32_t>(w) <= 0) ? w : ((w & 0xFFFFu) | (7u << 16) | 0x80000000u);
}
constexpr std::uint32_t hresult_from_nt(std::uint32_t st) noexcept { return st | 0x10000000u; }

/// The Win32 code inside an HRESULT_FROM_WIN32 value (0x8007xxxx), if it is one.
constexpr std::optional<std::uint16_t> win32_from_hresult(std::uint32_t hr) noexcept {
    if ((hr & 0xFFFF0000u) == 0x80070000u) return static_cast<std::uint16_t>(hr & 0xFFFFu);
    return std::nullopt;
}
/// The NTSTATUS inside an HRESULT_FROM_NT value (N bit set), if it is one.
constexpr std::optional<std::uint32_t> ntstatus_from_hresult(std::uint32_t hr) noexcept {
    if (hresult_nt_bit(hr)) return hr & ~0x10000000u;
    return std::nullopt;
}

static_assert(hresult_from_win32(5) == 0x80070005u);
static_assert(hresult_facility(0x8004011Du) == 4 && hresult_code(0x8004011Du) == 0x11D);
static_assert(*win32_from_hresult(0x800703E9u) == 1001);
static_assert(ntstatus_severity(0xC0000022u) == 3 && ntstatus_facility(0xC0000022u) == 0);
static_assert(*ntstatus_from_hresult(0xD0000022u) == 0xC0000022u);

}  // namespace errdecode
