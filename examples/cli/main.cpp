// errdecode: decode Windows, Outlook and Microsoft 365 error codes from the shell.
#include "cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return errdecode::cli::run(argc, argv, std::cin, std::cout, std::cerr);
}
