#!/usr/bin/env bash
# Short, bounded fuzzing: every libFuzzer target and the knowledge-base checker for 20 s each on the
# committed corpus (which holds the reproducers of past findings). Longer runs: fuzz/run.sh 600.
set -euo pipefail
cd "$(dirname "$0")/../.."
fuzz/run.sh "${ERRDECODE_FUZZ_SECONDS:-20}"
