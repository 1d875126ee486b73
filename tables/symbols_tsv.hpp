// Reads tables/symbols/symbols.tsv (made by import_mingw.py) in C++, for the tests and benchmarks that
// compare the library with its own source table. The build itself reads the table through gen_tables.py.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace errdecode::tables {

struct symbol_row {
    std::string space;  ///< hresult, win32 or ntstatus
    std::string value;  ///< as the table writes it: "0x8004011D" or decimal "5"
    std::string name;
};

/// Every row of the table; an empty vector when the file cannot be read.
inline std::vector<symbol_row> read_symbols_tsv(const std::string& path) {
    std::ifstream in(path);
    std::vector<symbol_row> rows;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        symbol_row r;
        std::getline(fields, r.space, '\t');
        std::getline(fields, r.value, '\t');
        std::getline(fields, r.name, '\t');
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace errdecode::tables
