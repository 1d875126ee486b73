// The smallest use of the library: decode each argument and print its best reading.
//   decode_example 0x8004011D CAA50021
#include <errdecode/errdecode.hpp>

#include <iostream>

int main(int argc, char** argv) {
    int status = 0;
    for (int k = 1; k < argc; ++k) {
        auto r = errdecode::decode(argv[k]);
        if (!r) {
            std::cerr << argv[k] << ": " << r.error().message() << '\n';
            status = 2;
            continue;
        }
        const auto& best = r.value().best();
        std::cout << argv[k] << " -> " << errdecode::to_string(best.space) << ' ' << best.value_text();
        for (auto name : best.names) std::cout << ' ' << name;
        std::cout << ": " << best.summary.value << '\n';
    }
    return status;
}
