#!/usr/bin/env bash
# Builds the desktop app with PyInstaller into dist/museum-ar/ (one folder: the `museum-ar`
# executable and _internal/ with Python, Qt, OpenCV, ffmpeg and the sample exhibits), prints its
# build time and size, then smoke-tests it (packaging/smoke.sh). Linux; the same spec builds on
# Windows and macOS (docs/install.md). MUSEUM_AR_ARCHIVE=1 also packs dist/museum-ar-VERSION-linux-ARCH.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh            # .venv at the locked versions (quick when already done)
VENV="${MUSEUM_AR_VENV:-.venv}"
if ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
  # The `package` extra at the lock's version, beside the test set (install.sh keeps to [test]).
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c requirements.lock "pyinstaller" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
fi
t0=$SECONDS
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/museum-ar.spec
build_s=$((SECONDS - t0))
size_mb=$(( $(du -sb dist/museum-ar | cut -f1) / 1000000 ))
echo "package: dist/museum-ar built in ${build_s} s, ${size_mb} MB ($(find dist/museum-ar -type f | wc -l) files)"
if [ -n "${MUSEUM_AR_ARCHIVE:-}" ]; then
  version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)"
  archive="dist/museum-ar-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" museum-ar
  echo "package: $archive $(( $(stat -c %s "$archive") / 1000000 )) MB"
fi
bash packaging/smoke.sh dist/museum-ar
