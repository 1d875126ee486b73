// Lookups in the generated tables, and filling one interpretation from them. Shared by decode, cert
// flags, search and scan so that every front end describes a code the same way.
#pragma once

#include "tables.hpp"

#include <errdecode/types.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace errdecode::detail {

/// Index of a language in the tables, or nullopt when no text exists in it.
std::optional<std::size_t> language_index(std::string_view lang) noexcept;

/// The code row for (space, value), or nullptr.
const code_row* find_row(code_space space, std::uint32_t value) noexcept;

/// The range of name_rows whose name equals `name`, ignoring ASCII case.
std::pair<const name_row*, const name_row*> find_name(std::string_view name) noexcept;

/// The curated entry with this space and canonical code text (ASCII case-insensitive), or no_entry.
std::int32_t find_entry_by_code(code_space space, std::string_view code) noexcept;

/// Writes the canonical text of (space, value) — "0x8004011D", "5", "CAA20002", "AADSTS50076" — into
/// `out` (at least 20 bytes); returns its length. Not for m365/symptom, whose text is their entry's code.
std::size_t format_value(code_space space, std::uint32_t value, char* out) noexcept;

/// Fills `out` with the reading of (space, value); `lang` is a language index.
void describe(interpretation& out, code_space space, std::uint32_t value, relation how, std::size_t lang) noexcept;

/// The same, with the row already looked up (find_row(space, value), possibly nullptr).
void describe_row(interpretation& out, code_space space, std::uint32_t value, const code_row* row, relation how,
                  std::size_t lang) noexcept;

/// Fills `out` from a curated entry (any space, including symptom and m365).
void describe_entry(interpretation& out, std::int32_t entry, relation how, std::size_t lang) noexcept;

}  // namespace errdecode::detail
