// search(): find curated entries and symbolic names from what a user has: a message copied from a
// dialog (English or Japanese, partial, with different spacing or punctuation), symptom words, or a
// fragment of a symbolic name. Hits are ranked and say why they matched.
#pragma once

#include <errdecode/error.hpp>
#include <errdecode/types.hpp>

#include <string_view>
#include <vector>

namespace errdecode {

struct search_options {
    std::string_view lang = "en";  ///< language of the texts in the hits
    std::size_t limit = 10;        ///< most hits returned
};

struct search_hit {
    interpretation entry;     ///< the matching code or symptom, described as decode() would
    double score = 0;         ///< 0..1, higher is better
    std::string_view reason;  ///< "message", "keyword", "name", "summary", …
    text matched;             ///< the table text that matched (a message, keyword or name)
};

/// Ranked entries for `query`. An empty query is errc::empty_input; no hit is an empty vector.
result<std::vector<search_hit>> search(std::string_view query, const search_options& opts = {}) noexcept;

}  // namespace errdecode
