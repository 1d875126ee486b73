// The hand-written peer (peer.hpp).
#include "peer.hpp"

#include "symbols_tsv.hpp"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <stdexcept>

namespace errdecode::bench {

peer peer::load(const char* tsv_path) {
    const auto rows = tables::read_symbols_tsv(tsv_path);
    if (rows.empty()) throw std::runtime_error(std::string("cannot read ") + tsv_path);
    peer p;
    for (const auto& r : rows) {
        const auto v = static_cast<std::uint32_t>(std::stoul(r.value, nullptr, 0));
        p.names_by_value[v].push_back(r.name);
        std::string upper = r.name;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        p.value_by_name.emplace(std::move(upper), v);
    }
    return p;
}

const std::vector<std::string>* peer::names_of(const std::string& text) const noexcept {
    char* end = nullptr;
    errno = 0;
    const unsigned long v = std::strtoul(text.c_str(), &end, 16);
    if (end == text.c_str() || *end != '\0' || errno != 0 || v > 0xFFFFFFFFul) return nullptr;
    const auto it = names_by_value.find(static_cast<std::uint32_t>(v));
    return it == names_by_value.end() ? nullptr : &it->second;
}

bool peer::value_of(const std::string& name, std::uint32_t& out) const {
    std::string upper = name;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto it = value_by_name.find(upper);
    if (it == value_by_name.end()) return false;
    out = it->second;
    return true;
}

}  // namespace errdecode::bench
