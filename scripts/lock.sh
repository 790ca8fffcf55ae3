#!/usr/bin/env bash
# Remakes requirements.lock after a dependency was added or a range changed in pyproject.toml:
# installs .[test,package] into a scratch venv from the system Python, keeping every version the
# current lock already pins (it is passed as constraints; drop a line from it to let that package
# move), and writes the full `pip freeze` back. Then run scripts/test.sh: the lock is what CI tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${MUSEUM_AR_PYTHON:-/usr/bin/python3}"
[ -x "$PY" ] || PY="$(command -v python3)"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
"$PY" -m venv "$SCRATCH/venv"
# Pins of packages that pyproject no longer names would make pip refuse nothing, but would stay
# in the lock forever: constrain with the old lock, then keep only what the new install holds.
"$SCRATCH/venv/bin/python" -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[test,package]" \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
{
  sed -n '/^#/p' requirements.lock
  "$SCRATCH/venv/bin/python" -m pip freeze --exclude-editable | sort -f
} > "$SCRATCH/lock"
mv "$SCRATCH/lock" requirements.lock
echo "lock: requirements.lock has $(grep -c '==' requirements.lock) packages; git diff requirements.lock shows what moved"
