#!/usr/bin/env bash
# Installs what the tests need, then runs the whole suite (headless: Qt offscreen, GL and the GUI
# under Xvfb started by pytest-xvfb, the tablet viewer in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
python3 -m pytest "$@"
