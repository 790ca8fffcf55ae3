#!/usr/bin/env bash
# Installs everything museum-ar and its tests need on a fresh Debian machine (as root, or with sudo):
# system libraries for Qt / OpenGL / headless Chromium, the Python package with its test extras,
# and the tablet viewer's npm packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

APT_PACKAGES=(
  xvfb xauth x11-utils                    # a virtual screen for the GUI and GL tests
  libgl1 libegl1 libegl-mesa0 libgles2 libosmesa6 mesa-utils   # software OpenGL (llvmpipe, OSMesa, EGL)
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libdbus-1-3 libfontconfig1
  fonts-dejavu-core                       # a font with umlauts for labels and printed sheets
  poppler-utils                           # pdftoppm: tests render printed sheets back to pixels
  librsvg2-bin                            # rsvg-convert: tests render SVG marker artwork back to pixels
  chromium                                # the tablet viewer's end-to-end tests (headless)
  nodejs npm                              # builds the tablet viewer
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  # nodejs/npm may already come from elsewhere (e.g. a NodeSource install): skip them then.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=($(printf '%s\n' "${missing[@]}" | grep -vxE 'nodejs|npm' || true))
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

python3 -m pip install -q --disable-pip-version-check -e ".[test]"

if [ -f viewer/package-lock.json ]; then
  (cd viewer && npm ci --no-audit --no-fund --loglevel=error)
fi

# Node tools the Python side runs: Khronos glTF validator (content tests), gltf-transform (content benchmark).
if [ -f tools/node/package-lock.json ]; then
  (cd tools/node && npm ci --no-audit --no-fund --loglevel=error)
fi
