// The static tables that tables/gen_tables.py generates from tables/*.tsv, tables/families.toml and
// tables/kb/*.toml. The layout is internal: the public headers only see views into it.
//
// Per-language data (family texts, curated texts and steps) is laid out [language][row] with English
// first; the generator has already filled untranslated fields with English, marking their language, so
// a lookup never branches on fallback.
#pragma once

#include <errdecode/types.hpp>

#include <cstdint>
#include <string_view>

namespace errdecode::detail {

inline constexpr std::int32_t no_entry = -1;

/// One (space, value) that a header names or the knowledge base explains. Sorted by (space, value).
struct code_row {
    code_space space;
    std::uint32_t value;
    std::uint32_t names_begin;  ///< run in names[]
    std::uint16_t names_count;
    std::int32_t entry;         ///< index in entries[], or no_entry
    std::string_view fallback;  ///< English one-liner made from the name, for uncurated codes
};

/// Upper-cased symbolic name -> code row. Sorted by name (bytewise).
struct name_row {
    std::string_view upper;
    std::uint32_t row;
};

struct facility_row {
    code_space space;  ///< hresult or ntstatus
    std::uint16_t code;
    std::string_view name;
};

/// A curated entry: the language-neutral part.
struct entry_row {
    code_space space;
    std::uint32_t value;          ///< numeric value; for m365/symptom the entry's ordinal
    std::string_view code;        ///< canonical text as written in the table
    std::uint32_t code_row;       ///< index in code_rows
    std::int32_t family;          ///< family override index, or no_entry
    span<std::string_view> sources;
    span<std::string_view> related;
    span<std::string_view> messages;       ///< every language's messages
    span<std::string_view> message_langs;  ///< the language of each message
    span<std::string_view> keywords;       ///< every language's keywords
    span<std::string_view> keyword_langs;  ///< the language of each keyword
    std::string_view file;            ///< the table file it came from
};

/// A curated entry in one language.
struct entry_text {
    text summary;
    text explanation;
    span<step> steps;
};

struct family_rule {
    code_space space;
    std::uint32_t mask;
    std::uint32_t match;
    std::uint16_t family;
};

extern const code_row code_rows[];
extern const std::size_t code_row_count;
extern const std::string_view names[];
extern const name_row name_rows[];
extern const std::size_t name_row_count;
extern const facility_row facility_rows[];
extern const std::size_t facility_row_count;
extern const entry_row entry_rows[];
extern const std::size_t entry_row_count;
extern const entry_text* const entry_texts[];  ///< [language] -> array of entry_row_count
extern const family* const family_texts[];     ///< [language] -> array of family_count
extern const std::size_t family_count;
extern const family_rule family_rules[];
extern const std::size_t family_rule_count;
extern const std::string_view language_names[];
extern const std::size_t language_count;

}  // namespace errdecode::detail
