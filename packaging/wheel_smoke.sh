#!/usr/bin/env bash
# "pip install museum-ar" as a user without this checkout gets it: builds the wheel, installs it
# (no test extras, no editable install) into a fresh venv from the system Python with the lock as
# constraints, and runs packaging/smoke.sh against that venv's `museum-ar`. An editable install
# (what scripts/install.sh makes) reads package data from the checkout, so a file missing from the
# wheel's package data shows up only here.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${MUSEUM_AR_VENV:-.venv}"
PY="${MUSEUM_AR_PYTHON:-/usr/bin/python3}"
[ -x "$PY" ] || PY="$(command -v python3)"
rm -rf build/wheel build/wheel-venv
"$VENV/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps -w build/wheel . \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
wheel="$(ls build/wheel/museum_ar-*.whl)"
echo "wheel: $wheel $(( $(stat -c %s "$wheel") / 1000 )) kB"
"$PY" -m venv build/wheel-venv
build/wheel-venv/bin/python -m pip install -q --disable-pip-version-check -c requirements.lock "$wheel" \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
SMOKE_APP=build/wheel-venv/bin/museum-ar bash packaging/smoke.sh
