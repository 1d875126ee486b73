// search(): ranked entries for a pasted message, symptom words or a name fragment.
//
// Matching works on a compact form of both sides: full-width folded to ASCII, ASCII lower-cased, and
// white space and punctuation (ASCII and Japanese) removed, so "メール サーバーに対して、暗号化された接続を…"
// matches however it was spaced or cut. A message scores by exact match, containment either way (a
// fragment of the message, or the message inside a longer paste), then by character-bigram overlap;
// English symptom words score by how many of them an entry mentions. Each hit keeps the field that won.
#include "lookup.hpp"
#include "text.hpp"

#include <errdecode/search.hpp>

#include <algorithm>
#include <string>

namespace errdecode {
namespace {

bool is_separator(char32_t c) noexcept {
    if (c < 0x80) return !(detail::is_alpha(static_cast<char>(c)) || detail::is_digit(static_cast<char>(c)));
    switch (c) {
        case 0x3001: case 0x3002: case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x30FB:
        case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x2026: case 0x3010: case 0x3011:
        case 0xFF08: case 0xFF09: case 0xFF01: case 0xFF1F: case 0xFF1A: case 0xFF0C: case 0xFF0E:
            return true;
        default: return detail::fold_code_point(c) == ' ';
    }
}

/// The compact form as code points (see the file comment).
std::u32string compact(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        char32_t c = detail::next_code_point(s, i, length);
        i += length;
        if (c == 0xFFFFFFFF) continue;
        if (const char folded = detail::fold_code_point(c); folded != 0) c = static_cast<unsigned char>(folded);
        if (is_separator(c)) continue;
        if (c < 0x80) c = static_cast<unsigned char>(detail::to_lower(static_cast<char>(c)));
        out.push_back(c);
    }
    return out;
}

/// Lower-cased ASCII words of two or more letters (for English symptom words).
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : s) {
        if (detail::is_alpha(c) || detail::is_digit(c)) {
            word += detail::to_lower(c);
        } else {
            if (word.size() >= 2) out.push_back(word);
            word.clear();
        }
    }
    if (word.size() >= 2) out.push_back(word);
    return out;
}

std::vector<std::uint64_t> bigrams(const std::u32string& s) {
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) out.push_back((std::uint64_t(s[i]) << 32) | s[i + 1]);
    std::sort(out.begin(), out.end());
    return out;
}

double dice(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) { ++common; ++i; ++j; }
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

struct query {
    std::u32string compact;
    std::vector<std::uint64_t> grams;
    std::vector<std::string> words;
};

/// A table text in the forms matching needs, computed once.
struct indexed_text {
    std::u32string compact;
    std::vector<std::uint64_t> grams;
};

indexed_text index_text(std::string_view s) {
    indexed_text t{compact(s), {}};
    t.grams = bigrams(t.compact);
    return t;
}

/// Everything search compares a query with, for one curated entry. Built once, on first use.
struct entry_index {
    std::vector<indexed_text> messages;             ///< parallel to entry_row::messages
    std::vector<std::u32string> message_pieces;     ///< literal pieces of 6+ characters between %s holes
    std::vector<indexed_text> keywords;             ///< parallel to entry_row::keywords
    std::vector<indexed_text> summaries;            ///< per language; empty where it fell back to English
    std::vector<std::string> words;                 ///< English words of all texts, sorted, distinct
    std::vector<std::uint64_t> grams;               ///< bigrams of all texts in every language, sorted, distinct
};

const std::vector<entry_index>& entry_indexes() {
    static const std::vector<entry_index> all = [] {
        std::vector<entry_index> out(detail::entry_row_count);
        for (std::size_t e = 0; e < detail::entry_row_count; ++e) {
            const auto& row = detail::entry_rows[e];
            auto& ix = out[e];
            std::u32string everything;
            const auto add_words = [&](std::string_view text) {
                for (auto& w : words(text)) ix.words.push_back(std::move(w));
            };
            for (auto m : row.messages) {
                ix.messages.push_back(index_text(m));
                everything += ix.messages.back().compact + U'\n';
                add_words(m);
                for (std::size_t start = 0; start <= m.size();) {
                    const auto hole = m.find("%s", start);
                    auto piece = compact(m.substr(start, hole == std::string_view::npos ? std::string_view::npos : hole - start));
                    if (piece.size() >= 6) ix.message_pieces.push_back(std::move(piece));
                    if (hole == std::string_view::npos) break;
                    start = hole + 2;
                }
            }
            for (auto k : row.keywords) {
                ix.keywords.push_back(index_text(k));
                everything += ix.keywords.back().compact + U'\n';
                add_words(k);
            }
            for (std::size_t l = 0; l < detail::language_count; ++l) {
                const auto& texts = detail::entry_texts[l][e];
                const bool own = texts.summary.lang == detail::language_names[l];
                ix.summaries.push_back(own ? index_text(texts.summary.value) : indexed_text{});
                if (own) everything += ix.summaries.back().compact + U'\n' + compact(texts.explanation.value) + U'\n';
                if (l == 0) {
                    add_words(texts.summary.value);
                    add_words(texts.explanation.value);
                }
            }
            std::sort(ix.words.begin(), ix.words.end());
            ix.words.erase(std::unique(ix.words.begin(), ix.words.end()), ix.words.end());
            ix.grams = bigrams(everything);
            ix.grams.erase(std::unique(ix.grams.begin(), ix.grams.end()), ix.grams.end());
        }
        return out;
    }();
    return all;
}

/// How well a message-like text matches the query, 0..1.
double text_score(const query& q, const indexed_text& t, double weight) {
    if (t.compact.empty() || q.compact.empty()) return 0;
    if (t.compact == q.compact) return weight;
    const double ratio = double(std::min(t.compact.size(), q.compact.size())) /
                         double(std::max(t.compact.size(), q.compact.size()));
    if (q.compact.size() >= 3 && t.compact.find(q.compact) != std::u32string::npos) return weight * (0.6 + 0.35 * ratio);
    if (t.compact.size() >= 6 && q.compact.find(t.compact) != std::u32string::npos) return weight * (0.6 + 0.35 * ratio);
    const double d = dice(q.grams, t.grams);
    return d >= 0.45 ? weight * 0.85 * d : 0;
}

/// How much of a long paste an entry's messages account for: messages may hold %s placeholders (the
/// dialog fills in a server name or a code), so each literal piece found in the query marks its span;
/// the share of the query marked is the coverage, 0..1.
double coverage(const query& q, const std::vector<std::u32string>& pieces) {
    if (q.compact.size() < 12 || pieces.empty()) return 0;
    std::vector<bool> marked(q.compact.size(), false);
    for (const auto& piece : pieces)
        if (auto at = q.compact.find(piece); at != std::u32string::npos)
            std::fill(marked.begin() + long(at), marked.begin() + long(at + piece.size()), true);
    return double(std::count(marked.begin(), marked.end(), true)) / double(marked.size());
}

/// Share of the query's words that begin one of the entry's (sorted) words.
double word_score(const query& q, const std::vector<std::string>& entry_words) {
    if (q.words.empty()) return 0;
    std::size_t found = 0;
    for (const auto& w : q.words) {
        const auto it = std::lower_bound(entry_words.begin(), entry_words.end(), w);
        if (it != entry_words.end() && it->compare(0, w.size(), w) == 0) ++found;
    }
    const double share = double(found) / double(q.words.size());
    return share >= 0.5 ? 0.25 + 0.35 * share : 0;
}

/// For text without spaces between words (Japanese): the share of the query's bigrams an entry uses.
double bigram_share(const std::vector<std::uint64_t>& query_grams, const std::vector<std::uint64_t>& entry) {
    if (query_grams.size() < 3) return 0;
    std::size_t found = 0, distinct = 0;
    for (std::size_t i = 0; i < query_grams.size(); ++i) {
        if (i > 0 && query_grams[i] == query_grams[i - 1]) continue;
        ++distinct;
        if (std::binary_search(entry.begin(), entry.end(), query_grams[i])) ++found;
    }
    const double share = double(found) / double(distinct);
    return share >= 0.6 ? 0.2 + 0.4 * share : 0;
}

/// Whether `name` contains `upper` (already upper-cased), ignoring the case of `name`.
bool contains_upper(std::string_view name, std::string_view upper) {
    if (upper.empty() || name.size() < upper.size()) return false;
    for (std::size_t i = 0; i + upper.size() <= name.size(); ++i)
        if (detail::iequals(name.substr(i, upper.size()), upper)) return true;
    return false;
}

struct candidate {
    double score = 0;
    std::string_view reason;
    text matched;
};

void consider(candidate& best, double score, std::string_view reason, text matched) {
    if (score > best.score) best = {score, reason, matched};
}

}  // namespace

result<std::vector<search_hit>> search(std::string_view query_text, const search_options& opts) noexcept {
    const auto lang = detail::language_index(opts.lang);
    if (!lang) return errc::unknown_language;
    if (!detail::valid_utf8(query_text)) return errc::invalid_utf8;
    if (query_text.size() > 4096) return errc::input_too_long;
    try {
        query q{compact(query_text), {}, words(query_text)};
        if (q.compact.empty()) return errc::empty_input;
        q.grams = bigrams(q.compact);
        std::string upper;
        bool identifier = true;
        for (char c : query_text) {
            if (detail::is_space(c)) continue;
            identifier = identifier && detail::is_word(c);
            upper += detail::to_upper(c);
        }
        identifier = identifier && upper.size() >= 3;

        std::vector<search_hit> hits;
        auto push = [&](const candidate& best, auto&& describe) {
            if (best.score <= 0) return;
            search_hit hit;
            describe(hit.entry);
            hit.score = std::min(1.0, best.score);
            hit.reason = best.reason;
            hit.matched = best.matched;
            hits.push_back(hit);
        };

        const bool spaceless = std::any_of(q.compact.begin(), q.compact.end(), [](char32_t c) { return c >= 0x3000; });
        const auto& indexes = entry_indexes();
        std::vector<bool> row_done(detail::code_row_count, false);
        for (std::size_t e = 0; e < detail::entry_row_count; ++e) {
            const auto& row = detail::entry_rows[e];
            const auto& ix = indexes[e];
            candidate best;
            for (std::size_t k = 0; k < ix.messages.size(); ++k)
                consider(best, text_score(q, ix.messages[k], 1.0), "message", {row.messages[k], row.message_langs[k]});
            if (const double c = coverage(q, ix.message_pieces); c >= 0.5)
                consider(best, 0.55 + 0.44 * c, "message", {row.messages[0], row.message_langs[0]});
            for (std::size_t k = 0; k < ix.keywords.size(); ++k)
                consider(best, text_score(q, ix.keywords[k], 0.7), "keyword", {row.keywords[k], row.keyword_langs[k]});
            for (std::size_t l = 0; l < detail::language_count; ++l)
                consider(best, text_score(q, ix.summaries[l], 0.75), "summary", detail::entry_texts[l][e].summary);
            consider(best, word_score(q, ix.words), "words", {});
            if (spaceless) consider(best, bigram_share(q.grams, ix.grams), "words", {});
            const auto& codes = detail::code_rows[row.code_row];
            for (std::size_t k = 0; k < codes.names_count; ++k) {
                const auto name = detail::names[codes.names_begin + k];
                if (detail::iequals(name, upper)) consider(best, 1.0, "name", {name, {}});
                else if (identifier && name.size() > upper.size() && contains_upper(name, upper))
                    consider(best, 0.5 + 0.3 * double(upper.size()) / double(name.size()), "name", {name, {}});
            }
            if (detail::iequals(row.code, upper)) consider(best, 1.0, "code", {row.code, {}});
            if (best.score > 0) row_done[row.code_row] = true;
            push(best, [&](interpretation& out) { detail::describe_entry(out, static_cast<std::int32_t>(e), relation::by_name, *lang); });
        }
        if (identifier) {
            // Uncurated codes by name: the name index is already upper-cased; keep each code's best name.
            std::vector<std::pair<std::uint32_t, candidate>> by_row;
            for (std::size_t n = 0; n < detail::name_row_count; ++n) {
                const auto& nr = detail::name_rows[n];
                if (row_done[nr.row] || detail::code_rows[nr.row].entry != detail::no_entry) continue;
                if (nr.upper.find(upper) == std::string_view::npos) continue;
                const double score = nr.upper.size() == upper.size() ? 0.95 : 0.45 + 0.3 * double(upper.size()) / double(nr.upper.size());
                const auto& codes = detail::code_rows[nr.row];
                std::string_view spelled = nr.upper;
                for (std::size_t k = 0; k < codes.names_count; ++k)
                    if (detail::iequals(detail::names[codes.names_begin + k], nr.upper)) spelled = detail::names[codes.names_begin + k];
                candidate c;
                consider(c, score, "name", {spelled, {}});
                by_row.emplace_back(nr.row, c);
            }
            std::sort(by_row.begin(), by_row.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : a.second.score > b.second.score;
            });
            for (std::size_t k = 0; k < by_row.size(); ++k) {
                if (k > 0 && by_row[k].first == by_row[k - 1].first) continue;
                const auto& codes = detail::code_rows[by_row[k].first];
                push(by_row[k].second, [&](interpretation& out) { detail::describe(out, codes.space, codes.value, relation::by_name, *lang); });
            }
        }
        std::stable_sort(hits.begin(), hits.end(), [](const search_hit& a, const search_hit& b) {
            if (a.score != b.score) return a.score > b.score;
            return a.entry.curated && !b.entry.curated;
        });
        if (hits.size() > opts.limit) hits.resize(opts.limit);
        return hits;
    } catch (...) {
        return std::make_error_code(std::errc::not_enough_memory);
    }
}

}  // namespace errdecode
