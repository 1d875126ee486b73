#!/usr/bin/env bash
# The Python package: `pip install .` (a real, non-editable install, as users do) into .venv, then the
# pytest suite in tests/python against the installed package.
#
# The build reuses build/python between runs and needs no download: scikit-build-core and pybind11 are
# already in .venv (scripts/setup.sh), hence --no-build-isolation.
set -euo pipefail
cd "$(dirname "$0")/../.."
python=.venv/bin/python
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"

"$python" -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps \
  -C build-dir=build/python .

# Run from a directory with nothing importable in it, so the tests see the installed package only.
status=0
(cd build && ../"$python" -m pytest -q -p no:cacheprovider ../tests/python) || status=$?
if [ "$status" -eq 5 ]; then
  echo "20-python: pytest collected no tests in tests/python" >&2
  exit 1
fi
exit "$status"
