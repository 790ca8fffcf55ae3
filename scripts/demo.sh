#!/usr/bin/env bash
# The main job on a fresh machine: install, then open the Günter Grass-Haus sample exhibit in the
# authoring app. Without a display (a server, CI) it runs the headless equivalent instead:
# validate the samples, print their markers, track the synthetic camera, export a tablet bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
EXHIBIT="${1:-exhibits/grass-haus}"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${MUSEUM_AR_HEADLESS:-}" ]; then
  exec museum-ar open "$EXHIBIT"
fi

echo "No display: running the headless equivalent on $EXHIBIT (output in out/)"
mkdir -p out
museum-ar validate "$EXHIBIT"
museum-ar info "$EXHIBIT"
museum-ar markers "$EXHIBIT" --out out/markers.pdf
echo "markers sheet to print at 100 %: out/markers.pdf"
echo "tracking the exhibit's markers in the synthetic camera (first frames):"
museum-ar track demo --exhibit "$EXHIBIT" --json --max-frames 3
museum-ar export "$EXHIBIT" --out out/bundle.zip --force
museum-ar verify out/bundle.zip
echo "tablet bundle: out/bundle.zip — try it with: museum-ar serve out/bundle.zip"
