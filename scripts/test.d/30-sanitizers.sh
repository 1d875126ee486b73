#!/usr/bin/env bash
# The unit and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), and the
# concurrency test under ThreadSanitizer (build-tsan/). Any report fails the stage.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=2
python="$(command -v python3)"
common=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
        -DPython3_EXECUTABLE="$python" -DERRDECODE_BENCH=OFF -DERRDECODE_FUZZ=OFF -DERRDECODE_PYTHON=OFF
        -DERRDECODE_INSTALL=OFF)  # the install test builds an outside project without sanitizers

asan="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B build-asan "${common[@]}" -DERRDECODE_TESTS=ON -DERRDECODE_CLI=ON \
      -DCMAKE_CXX_FLAGS="$asan" -DCMAKE_EXE_LINKER_FLAGS="$asan" >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

tsan="-fsanitize=thread -fno-omit-frame-pointer"
cmake -S . -B build-tsan "${common[@]}" -DERRDECODE_TESTS=ON -DERRDECODE_CLI=OFF \
      -DCMAKE_CXX_FLAGS="$tsan" -DCMAKE_EXE_LINKER_FLAGS="$tsan" >/dev/null
cmake --build build-tsan -j"$jobs" --target test_concurrency
# Clang 14's ThreadSanitizer cannot map its shadow memory under the high mmap randomisation of newer
# kernels; setarch -R runs the test without address-space randomisation.
run=(build-tsan/tests/test_concurrency)
if command -v setarch >/dev/null && setarch "$(uname -m)" -R true 2>/dev/null; then
  run=(setarch "$(uname -m)" -R "${run[@]}")
fi
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 "${run[@]}"
