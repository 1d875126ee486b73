#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), then decodes the codes given, e.g.
#   scripts/decode.sh 0x8004011D
#   scripts/decode.sh --lang ja CAA50021 1001
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
exec build/examples/errdecode "$@"
