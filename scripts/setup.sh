#!/usr/bin/env bash
# Installs everything errdecode needs on a Debian machine (bookworm or later), then configures and builds
# it in build/. Safe to run again: it installs only what is missing and rebuilds only what changed.
#
#   scripts/setup.sh            Debian packages + Python tools in .venv + Release build in build/
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: compiler and CMake, Boost.Outcome, doctest, nlohmann-json, CLI11, Google Benchmark,
# clang with its runtime (libFuzzer, sanitizers), Python with venv, ripgrep (a benchmark peer), GNU time
# (peak memory in benchmarks).
packages=(build-essential cmake g++ pkg-config python3 python3-dev python3-venv libboost-dev doctest-dev
          nlohmann-json3-dev libcli11-dev libbenchmark-dev clang libclang-rt-14-dev ripgrep time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Python tools (PyPI) in a project-local virtual environment: the package build backend and the tests.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check "scikit-build-core>=0.10" "pybind11>=2.13" "pytest>=7"
# atheris (coverage-guided fuzzing of the table checker) is optional: without a wheel for this Python the
# fuzz stage falls back to random mutation.
.venv/bin/python -m pip install --quiet --disable-pip-version-check "atheris>=2.3" ||
  echo "setup: atheris not installed; fuzz/fuzz_kbgen.py will use random mutation"

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE="$(command -v python3)" >/dev/null
cmake --build build -j"$jobs"
