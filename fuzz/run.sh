#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for SECONDS on its
# corpus, then fuzzes the knowledge-base checker (atheris when installed, random mutation otherwise).
#
#   fuzz/run.sh [SECONDS]        default 20 per target; e.g. fuzz/run.sh 600 for a longer run
#
# The committed seeds in fuzz/corpus/<target>/ stay small: new corpus entries go to build-fuzz/corpus/.
# A finding is saved as build-fuzz/findings/<target>-crash-*; reproduce with
# build-fuzz/fuzz/fuzz_<target> FILE, fix, and commit FILE into fuzz/corpus/<target>/ as a regression.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
targets=(decode cert search json scan)

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
      -DPython3_EXECUTABLE="$(command -v python3)" -DERRDECODE_FUZZ=ON -DERRDECODE_TESTS=OFF -DERRDECODE_CLI=OFF \
      -DERRDECODE_BENCH=OFF -DERRDECODE_INSTALL=OFF -DERRDECODE_PYTHON=OFF >/dev/null
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}"

mkdir -p build-fuzz/findings
summary=()
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  log="build-fuzz/fuzz_$t.log"
  echo "fuzz: $t for ${seconds}s"
  # The committed seeds first (regressions), then whatever earlier runs added.
  if ! ASAN_OPTIONS=detect_leaks=1 build-fuzz/fuzz/fuzz_$t "build-fuzz/corpus/$t" "fuzz/corpus/$t" \
       -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=4096 -print_final_stats=1 \
       -artifact_prefix="build-fuzz/findings/$t-" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: $t FOUND A PROBLEM (input saved in build-fuzz/findings/)" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  summary+=("$t: ${runs:-?} runs, no findings")
done

kb_log="build-fuzz/fuzz_kbgen.log"
if .venv/bin/python -c "import atheris" 2>/dev/null; then
  mkdir -p build-fuzz/corpus/kbgen
  echo "fuzz: kbgen (atheris) for ${seconds}s"
  if ! .venv/bin/python fuzz/fuzz_kbgen.py build-fuzz/corpus/kbgen fuzz/corpus/kbgen -max_total_time="$seconds" \
       -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix=build-fuzz/findings/kbgen- \
       >"$kb_log" 2>&1; then
    tail -n 40 "$kb_log"
    echo "fuzz: kbgen FOUND A PROBLEM (input saved in build-fuzz/findings/)" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$kb_log")
  summary+=("kbgen (atheris): ${runs:-?} runs, no findings")
else
  echo "fuzz: kbgen (random mutation, atheris not installed) for ${seconds}s"
  (cd build-fuzz/findings && python3 ../../fuzz/fuzz_kbgen.py --random "$seconds" ../../fuzz/corpus/kbgen) | tee "$kb_log"
  summary+=("kbgen (random): $(sed -n 's/^fuzz_kbgen: \([0-9]*\) runs.*/\1/p' "$kb_log") runs, no findings")
fi
printf 'fuzz: %s\n' "${summary[@]}"
