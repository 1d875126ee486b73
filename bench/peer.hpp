// The obvious hand-written peer a tool would write instead of linking errdecode: strtoul, then a
// std::unordered_map from value to the symbolic names, built from the same symbols table.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace errdecode::bench {

struct peer {
    std::unordered_map<std::uint32_t, std::vector<std::string>> names_by_value;
    std::unordered_map<std::string, std::uint32_t> value_by_name;  ///< upper-case name -> value

    /// Loads tables/symbols/symbols.tsv (every namespace into one map, as a quick tool would).
    static peer load(const char* tsv_path);

    /// strtoul (base 16, optional 0x) + one map lookup; nullptr when unknown or not a number.
    const std::vector<std::string>* names_of(const std::string& text) const noexcept;

    /// Upper-cases and looks up one name; false when unknown.
    bool value_of(const std::string& name, std::uint32_t& out) const;
};

}  // namespace errdecode::bench
