#include <errdecode/errdecode.hpp>

#include <iostream>

int main() {
    auto r = errdecode::decode(0x80070005u);
    if (!r) return 1;
    for (auto name : r.value().best().names) std::cout << name << '\n';
    return 0;
}
