#!/usr/bin/env bash
# Installs everything museum-ar and its tests need on a fresh Debian/Ubuntu machine (as root, or
# with sudo): system packages for the headless test machinery (a virtual screen, software OpenGL,
# PDF rasterising, headless Chromium, node), a project-local virtual environment `.venv` with the
# Python package and its test extras at the locked versions, and the npm packages of the viewer and
# of the glTF tools. Safe to run again: steps that are already done are skipped.
#
# Never installs Python packages into the system interpreter (PEP 668 forbids it on Debian 12 and
# Ubuntu 23.04+; we never pass --break-system-packages). Everything Python lives in .venv; the
# other scripts run `.venv/bin/...`. The app itself needs none of the apt packages: its wheels
# (PySide6, OpenCV, PyOpenGL, imageio-ffmpeg) carry their native parts (docs/install.md).
#
# Environment:
#   MUSEUM_AR_PYTHON   the interpreter that creates .venv (default: Debian's /usr/bin/python3 when
#                      it is >= 3.11, so a pyenv/conda shim first on PATH does not decide; else the
#                      first python3 on PATH)
#   MUSEUM_AR_VENV     where the environment goes (default: .venv in the checkout)
#   MUSEUM_AR_EXTRAS   pip extras to install (default: test; packaging/build.sh adds "package")
#   MUSEUM_AR_NO_APT=1 skip the apt step (a machine without root; install the list by hand)
set -euo pipefail
cd "$(dirname "$0")/.."

# ---- the lists: the one place to add to --------------------------------------------------------
APT_PACKAGES=(
  python3 python3-venv python3-pip        # the system Python and what makes .venv (PEP 668: no system pip)
  xvfb xauth x11-utils                    # a virtual screen for the GUI and GL tests
  libgl1 libegl1 libegl-mesa0 libgles2 libosmesa6 mesa-utils   # software OpenGL (llvmpipe, OSMesa, EGL)
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libdbus-1-3 libfontconfig1
  fonts-dejavu-core                       # a font with umlauts for labels and printed sheets
  poppler-utils                           # pdftoppm: tests render printed sheets back to pixels
  librsvg2-bin                            # rsvg-convert: tests render SVG marker artwork back to pixels
  chromium                                # the tablet viewer's end-to-end tests (headless)
  nodejs npm                              # builds the tablet viewer; the glTF tools
  colord-data icc-profiles-free           # real ICC profiles (Display P3, Adobe RGB, grey) for the media colour tests
  binutils                                # objdump: PyInstaller reads the frozen app's libraries (packaging/)
)
# Folders with a package-lock.json whose npm packages the tests and builds use.
NPM_DIRS=(
  viewer                                  # the tablet viewer's build (esbuild) and its tests
  tools/node                              # Khronos glTF validator (content tests), gltf-transform (benchmark)
)
# -----------------------------------------------------------------------------------------------

VENV="${MUSEUM_AR_VENV:-.venv}"
EXTRAS="${MUSEUM_AR_EXTRAS:-test}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
say() { echo "install: $*"; }

install_apt() {  # the packages to have as arguments
  command -v dpkg-query >/dev/null || { say "no dpkg here: install the equivalents of APT_PACKAGES by hand"; return; }
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # nodejs/npm may already come from elsewhere (e.g. a NodeSource install): skip them then.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=($(printf '%s\n' "${missing[@]+"${missing[@]}"}" | grep -vxE 'nodejs|npm' || true))
  fi
  [ ${#missing[@]} -eq 0 ] && return
  say "apt packages: ${missing[*]}"
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null; then
    say "not root and no sudo: as root, run  apt-get install ${missing[*]}  (or set MUSEUM_AR_NO_APT=1)" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

pick_python() {
  if [ -n "${MUSEUM_AR_PYTHON:-}" ]; then echo "$MUSEUM_AR_PYTHON"; return; fi
  local cand
  for cand in /usr/bin/python3 "$(command -v python3 || true)"; do
    [ -n "$cand" ] && [ -x "$cand" ] && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
      && { echo "$cand"; return; }
  done
  echo "install: no Python 3.11 or newer found (set MUSEUM_AR_PYTHON)" >&2
  exit 1
}

make_venv() {
  local py
  py="$(pick_python)"
  if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "$VENV is broken or too old: making it anew"
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "virtual environment $VENV from $py ($("$py" --version 2>&1))"
    if ! "$py" -m venv "$VENV"; then
      # Debian/Ubuntu ship venv's ensurepip separately (python3-venv / python3.X-venv).
      rm -rf "$VENV"
      install_apt python3-venv "python$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
      "$py" -m venv "$VENV"
    fi
  fi
}

install_python_packages() {
  # Skip pip when this checkout, the dependency list, the lock and the extras are unchanged since
  # the last successful install into this environment (demo.sh then test.sh install once).
  local stamp="$VENV/.museum-ar-installed" want
  want="$(pwd) $EXTRAS $(cat pyproject.toml requirements.lock 2>/dev/null | cksum)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && "$VENV/bin/python" -c 'import museum_ar' 2>/dev/null; then
    say "Python packages up to date in $VENV"
    return
  fi
  say "Python packages into $VENV (pip install -e .[$EXTRAS] with requirements.lock as constraints)"
  # The lock pins every package (ours and theirs) to the versions CI tested; pyproject.toml keeps
  # the ranges. Warnings about index folders a machine's pip.conf names but lacks are noise.
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c requirements.lock -e ".[$EXTRAS]" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
  echo "$want" > "$stamp"
}

install_npm() {
  local d
  for d in "${NPM_DIRS[@]}"; do
    if [ -f "$d/package-lock.json" ]; then
      # npm ci wipes node_modules; skip it when the lock is what was installed last time.
      if [ -f "$d/node_modules/.package-lock.json" ] && [ "$d/node_modules/.package-lock.json" -nt "$d/package-lock.json" ]; then
        continue
      fi
      say "npm packages in $d"
      (cd "$d" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done
}

[ -z "${MUSEUM_AR_NO_APT:-}" ] && install_apt "${APT_PACKAGES[@]}"
make_venv
install_python_packages
install_npm
