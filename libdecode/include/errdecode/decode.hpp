// decode(): every reading of one code, best first.
//
// One input is one code, as a person pastes it: 0x8004011D, 8004011d, -2147024891, 2147745053,
// full-width ０ｘ８００４０１１Ｄ, E_ACCESSDENIED, CAA50021, AADSTS50076, 1001. The decoder tries every
// reading that fits and returns them all, ranked: readings the knowledge base explains first, then
// readings a header names, then bare structure. Ambiguity is reported, not hidden: an all-digit
// 8-character input is both a hex HRESULT and a decimal number; 1001 is a Win32 code and a Microsoft 365
// app code; 0x8007xxxx also yields the Win32 code inside it.
//
// A well-formed number that no table knows still decodes (its structure is an answer) with known()
// false. Input that is not a code fails with an errc saying why.
#pragma once

#include <errdecode/error.hpp>
#include <errdecode/types.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace errdecode {

/// Every reading of one pasted code.
result<decoded> decode(std::string_view input, const options& opts = {}) noexcept;

/// Every reading of a 32-bit value (as an HRESULT, NTSTATUS, Win32 code, CAA code, …).
result<decoded> decode(std::uint32_t value, const options& opts = {}) noexcept;

/// The reading of `value` in one space. Fails with errc::unknown_code when no table knows it.
result<interpretation> lookup(code_space space, std::uint32_t value, const options& opts = {}) noexcept;

/// A curated entry by its canonical text ("symptom:encrypted-connection-unavailable", "m365:1001", …).
result<interpretation> lookup_entry(std::string_view space_and_code, const options& opts = {}) noexcept;

/// One value a symbolic name stands for.
struct name_value {
    code_space space;
    std::uint32_t value;
    std::string_view name;  ///< as the table spells it
};

/// Reverse lookup: every (space, value) that `name` (case-insensitive) stands for.
result<std::vector<name_value>> values_of(std::string_view name) noexcept;

}  // namespace errdecode
