#!/usr/bin/env bash
# Builds a Release tree with the benchmarks in build-bench/, installs it into build-bench/prefix, runs
# every benchmark and prints one table with ratios against the hand-written peers.
#
#   bench/run_all.sh            results also in build-bench/results/
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-bench/results
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE="$(command -v python3)" \
      -DERRDECODE_BENCH=ON -DERRDECODE_TESTS=OFF -DERRDECODE_CLI=ON -DERRDECODE_INSTALL=ON >/dev/null
cmake --build build-bench -j2
cmake --install build-bench --prefix build-bench/prefix >/dev/null
mkdir -p "$out"

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" | tee "$out/machine.txt"
build-bench/bench/errdecode_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_min_time=0.2 --benchmark_out="$out/bench.json" --benchmark_out_format=json >/dev/null
lib=$(find build-bench/prefix -name liberrdecode.a | head -n 1)
python3 bench/cli_cost.py build-bench/prefix/bin/errdecode "$lib" 200 > "$out/cli.json"
python="python3"
[ -x .venv/bin/python ] && python=.venv/bin/python  # where `pip install .` puts the package
"$python" bench/python_overhead.py tables/symbols/symbols.tsv > "$out/python.txt"
python3 bench/report.py "$out/bench.json" "$out/cli.json" "$out/python.txt" | tee "$out/report.txt"
