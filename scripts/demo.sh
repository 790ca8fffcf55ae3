#!/usr/bin/env bash
# The main job on a fresh machine: install (scripts/install.sh: apt, the project-local .venv, npm),
# then open the Günter Grass-Haus sample exhibit in the authoring app. Without a display (a server,
# CI) it runs the headless equivalent instead: validate the sample, print its markers, track the
# synthetic camera, export a tablet bundle and verify it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
EXHIBIT="${1:-exhibits/grass-haus}"
VENV="${MUSEUM_AR_VENV:-.venv}"
export PATH="$PWD/$VENV/bin:$PATH"   # `museum-ar` is the environment's, whatever else is on PATH

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${MUSEUM_AR_HEADLESS:-}" ]; then
  exec museum-ar open "$EXHIBIT"
fi

echo "No display: running the headless equivalent on $EXHIBIT (output in out/)"
mkdir -p out
museum-ar --version
museum-ar validate "$EXHIBIT"
museum-ar info "$EXHIBIT"
museum-ar markers "$EXHIBIT" --out out/markers.pdf
echo "markers sheet to print at 100 %: out/markers.pdf"
echo "tracking the exhibit's markers in the synthetic camera (first frames):"
museum-ar track demo --exhibit "$EXHIBIT" --json --max-frames 3
museum-ar export "$EXHIBIT" --out out/bundle.zip --force
museum-ar verify out/bundle.zip
echo "tablet bundle: out/bundle.zip — try it with: $VENV/bin/museum-ar serve out/bundle.zip"
echo "(museum-ar lives in $VENV: 'source $VENV/bin/activate' puts it on PATH; 'museum-ar doctor' checks the set-up)"
