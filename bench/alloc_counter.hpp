// A process-wide count of operator new calls, so a benchmark can report allocations per call.
#pragma once

#include <atomic>
#include <cstddef>

namespace errdecode::bench {

/// Every operator new (all forms) in this process adds one.
extern std::atomic<std::size_t> allocations;

}  // namespace errdecode::bench
