// Runs the errdecode command line in-process with string streams; shared by the CLI tests.
#pragma once

#include "cli.hpp"

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace errdecode::testing {

struct outcome {
    int status;
    std::string out, err;

    /// stdout as JSON Lines.
    std::vector<nlohmann::json> lines() const {
        std::vector<nlohmann::json> parsed;
        std::istringstream in(out);
        for (std::string line; std::getline(in, line);) parsed.push_back(nlohmann::json::parse(line));
        return parsed;
    }
};

/// `errdecode ARGS` with `input` on stdin.
inline outcome run(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), "errdecode");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::istringstream in(input);
    std::ostringstream out, err;
    const int status = errdecode::cli::run(int(argv.size()), argv.data(), in, out, err);
    return {status, out.str(), err.str()};
}

}  // namespace errdecode::testing
