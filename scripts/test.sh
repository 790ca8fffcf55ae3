#!/usr/bin/env bash
# Installs what the tests need (scripts/install.sh: apt, the project-local .venv, npm), then runs
# the whole suite in .venv (headless: Qt offscreen, GL and the GUI under Xvfb started by
# pytest-xvfb, the tablet viewer in headless Chromium). Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
VENV="${MUSEUM_AR_VENV:-.venv}"
# .venv/bin first on PATH: tests that start `museum-ar`, `lint-imports` or `python3` get the
# environment's, never a system or pyenv interpreter without the project.
export PATH="$PWD/$VENV/bin:$PATH"
export VIRTUAL_ENV="$PWD/$VENV"
exec "$VENV/bin/python" -m pytest "$@"
