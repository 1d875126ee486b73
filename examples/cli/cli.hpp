// The errdecode command line, as a function: the installed tool and `python -m errdecode` both call it,
// and the tests drive it with string streams.
#pragma once

#include <iosfwd>

namespace errdecode::cli {

/// Exit status: 0 every input decoded, 1 some input well-formed but unknown, 2 usage or malformed input.
int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace errdecode::cli
