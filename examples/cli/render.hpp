// Human-readable reports: compact, in the requested language, ready to paste into a ticket.
#pragma once

#include <errdecode/cert.hpp>
#include <errdecode/decode.hpp>
#include <errdecode/search.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace errdecode::cli {

struct settings {
    bool json = false;
    std::string lang_storage = "en";
    std::string_view lang = "en";
};

void render(std::ostream& out, const decoded& d, const settings& s);
void render(std::ostream& out, std::string_view input, const cert_flags& flags, const settings& s);
void render(std::ostream& out, std::string_view query, const std::vector<search_hit>& hits, const settings& s);
void render_error(std::ostream& out, std::string_view input, std::error_code error);

}  // namespace errdecode::cli
