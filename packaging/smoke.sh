#!/usr/bin/env bash
# Smoke test of an installed museum-ar as a curator's machine runs it — no Python on PATH that has
# the project, no PYTHONPATH, a scratch folder and HOME:
#   --version, doctor --json, validate, markers --out x.pdf, track demo, export --out b.zip,
#   verify b.zip, and the authoring app opening the sample under a virtual screen (Xvfb).
# The frozen app (packaging/build.sh):  bash packaging/smoke.sh [DIST_DIR]   (sample: the one it ships)
# Any other install (packaging/wheel_smoke.sh):  SMOKE_APP=/path/to/museum-ar bash packaging/smoke.sh
#   (sample: exhibits/grass-haus of this checkout; SMOKE_SAMPLE to choose another)
# Ends with "smoke: N passed, N failed"; exit status 1 when any check failed.
set -uo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${SMOKE_APP:-}" ]; then
  APP="$(cd "$(dirname "$SMOKE_APP")" && pwd)/$(basename "$SMOKE_APP")"
  SAMPLE="$(cd "${SMOKE_SAMPLE:-$HERE/exhibits/grass-haus}" && pwd)"
  FROZEN=False
  SHOT="$(dirname "$APP")/smoke-gui.png"
else
  DIST="$(cd "${1:-$HERE/dist/museum-ar}" && pwd)"
  APP="$DIST/museum-ar"
  SAMPLE="$DIST/_internal/exhibits/grass-haus"
  FROZEN=True
  SHOT="$(dirname "$DIST")/smoke-gui.png"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export PATH=/usr/bin:/bin
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"  # no settings of a previous run
mkdir -p "$HOME"

passed=0 failed=0
check() {  # check NAME COMMAND...: run, keep the output in NAME.log, count
  local name="$1"; shift
  local rc=0
  "$@" > "$name.log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); echo "smoke ok:     $name"
  else
    failed=$((failed + 1)); echo "smoke FAILED: $name (exit $rc)"; sed 's/^/    /' "$name.log" | tail -20
  fi
}

# A screenshot of the opened app for people to look at (with the build venv's Pillow, if there).
VENV="${MUSEUM_AR_VENV:-.venv}"
case "$VENV" in /*) ;; *) VENV="$HERE/$VENV" ;; esac
SHOT_PY="$VENV/bin/python"
rm -f "$SHOT"
want_version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$HERE/pyproject.toml")"
check version bash -c "[ \"\$('$APP' --version)\" = 'museum-ar $want_version' ]"
check doctor bash -c "'$APP' doctor --json > doctor.json; python3 - <<'PY'
import json
r = json.load(open('doctor.json'))
assert r['python']['frozen'] is $FROZEN, r['python']
assert all(r['packages'].values()), r['packages']
assert r['cameras'].get('stream'), r['cameras']
assert r['tools']['ffmpeg']['found'], r['tools']
assert any(v.get('ok') for v in r['opengl'].values()), r['opengl']
PY"
check validate "$APP" validate "$SAMPLE"
check markers bash -c "'$APP' markers '$SAMPLE' --out x.pdf && head -c 5 x.pdf | grep -q '%PDF-' && [ \$(stat -c %s x.pdf) -gt 10000 ]"
check track bash -c "'$APP' track demo --exhibit '$SAMPLE' --json --max-frames 3 > track.json && grep -q trommel track.json"
check export "$APP" export "$SAMPLE" --out b.zip
check verify "$APP" verify b.zip
# The GUI: open the sample under Xvfb, wait for the main window titled with the exhibit's title
# ("Die Blechtrommel — museum-ar"); with the build venv's Pillow also a screenshot
# (dist/smoke-gui.png) whose 3D view must be drawing (packaging/gui_shot.py); then close it.
check gui bash -c "xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
  \"$APP\" open \"$SAMPLE\" & pid=\$!
  for i in \$(seq 60); do
    if xwininfo -root -tree | grep -qE \"Blechtrommel|Tin Drum\"; then
      xwininfo -root -tree | grep -E \"Blechtrommel|Tin Drum\" | head -1
      rc=0; sleep 3; [ -x \"$SHOT_PY\" ] && { \"$SHOT_PY\" \"$HERE/packaging/gui_shot.py\" \"$SHOT\" || rc=1; }
      kill \$pid; wait \$pid; exit \$rc
    fi
    kill -0 \$pid 2>/dev/null || { echo \"the app ended early\"; exit 1; }
    sleep 0.5
  done
  echo \"no window with the exhibit title after 30 s\"; kill \$pid; exit 1'"
sed 's/^/    /' gui.log | head -3
[ -f "$SHOT" ] && echo "    screenshot: $SHOT"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
