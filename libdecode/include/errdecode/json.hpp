// JSON renderings shared by the CLI and the Python package, so both speak the same shape
// (DESIGN.md: one object per input; an interpretation carries namespace, value, names, family, …).
#pragma once

#include <errdecode/cert.hpp>
#include <errdecode/decode.hpp>
#include <errdecode/scan.hpp>
#include <errdecode/search.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace errdecode {

/// {"namespace", "value", "number", "names", "family", "facility", "structure", "relation", "known",
///  "curated", "summary", "summary_lang", "explanation", "explanation_lang", "remediation", "sources", "related"}
std::string to_json(const interpretation& i);

/// {"input", "ok": true, "known", "interpretations": [...]}
std::string to_json(const decoded& d);

/// {"input", "ok": false, "error": {"code", "message"}}
std::string error_json(std::string_view input, std::error_code error);

/// {"input", "ok": true, "mask", "flags": [...], "unknown_bits"}
std::string to_json(std::string_view input, const cert_flags& flags);

/// {"input", "ok": true, "hits": [{"score", "reason", "matched", "matched_lang", "entry": {...}}]}
std::string to_json(std::string_view query, const std::vector<search_hit>& hits);

/// A scan match: {"file" (when not empty), "match", "code", "namespace", "line", "column", "offset", "names",
///  "summary", "summary_lang"}; `best` is the match's best reading.
std::string to_json(const scan_match& m, const interpretation& best, std::string_view file = {});

/// One distinct code of a scan: {"code", "namespace", "count", "names", "summary", "summary_lang"}; `code`
/// is any of its matches (only its code is used), `best` that code's best reading.
std::string scan_count_json(const scan_match& code, const interpretation& best, std::uint64_t count);

}  // namespace errdecode
