// errdecode: what a Windows, Outlook or Microsoft 365 error code is, what it means, and what to do.
//
//   #include <errdecode/errdecode.hpp>
//   auto r = errdecode::decode("0x8004011D", {"ja"});
//   if (!r) std::cerr << r.error().message();             // a reason a person understands
//   for (const auto& i : r.value())                        // every reading, best first
//       std::cout << i.value_text() << ' ' << i.summary.value;
//
// Design: the tables in tables/ are the single source of truth; the build compiles them into static
// arrays, so lookups are binary searches over constant data and return views into it. Results are
// values (errdecode::result, Boost.Outcome) and nothing here throws.
#pragma once

#include <errdecode/cert.hpp>
#include <errdecode/decode.hpp>
#include <errdecode/error.hpp>
#include <errdecode/hresult.hpp>
#include <errdecode/json.hpp>
#include <errdecode/scan.hpp>
#include <errdecode/search.hpp>
#include <errdecode/types.hpp>
#include <errdecode/version.hpp>
