#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), then runs every test: each stage in scripts/test.d/ in order
# (C++ unit and CLI tests with CTest, the Python package, sanitizer builds, short fuzzing runs).
# Exits non-zero if any stage fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
for stage in scripts/test.d/*.sh; do
  echo "=== ${stage##*/}"
  bash "$stage"
done
echo "=== all test stages passed"
