// `errdecode scan [--summary] [FILE...]`: every code in logs, dialogs, tickets and mail (stdin without FILE).
#pragma once

#include "render.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace errdecode::cli {

/// Scans each file (or `in` when `files` is empty) in blocks, never holding a whole file in memory.
/// Writes one line per match, or with `summary` one line per distinct code, most frequent first.
/// Exit status: 0 codes found, 1 no code in any input, 2 a file could not be read (named on `err`).
int run_scan(const std::vector<std::string>& files, bool summary, const settings& s, std::istream& in,
             std::ostream& out, std::ostream& err);

}  // namespace errdecode::cli
