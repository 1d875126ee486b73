#!/usr/bin/env bash
# The C++ unit tests, the CLI end to end, the table generator's checks and the install test.
set -euo pipefail
ctest --test-dir build --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"
