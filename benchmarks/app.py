"""Authoring-app figures, printed as one JSON object:

  startup_s       `museum-ar open exhibits/<sample>` in a fresh process -> the window painted with
                  the exhibit loaded (tree filled, 3D view drawn once; meshes may still be loading
                  in the background, shown as "loading" labels); the slower of the two samples
  all_content_drawn_s_*  the same until every mesh and picture is loaded and drawn
  preview_fps     frames the AR preview shows per second with the synthetic camera
  preview_fps_with_video  the same while the grass-haus sample's video (looped) plays on its
                  marker; video_frames_per_s is how many clip frames reached the screen (clip: 15)
  longest_stall_ms  the GUI thread's longest stall (a 5 ms heartbeat's longest gap, StallMeter)
                  while opening a 10-item exhibit until everything is drawn, and while exporting it;
                  per step in longest_stall_ms_open / _export (aim: 100 ms)
  cold_*          --cold-cache: a new machine's first start (Mesa's shader cache empty, its own
                  directory per run): the start screen until the GL warm-up is over, then open the
                  10-item exhibit, select a model, raise the preview, start it, into its own window
                  and back, stop; per step the GUI thread's longest stall (median of --runs) and
                  the shader variants compiled then (new files in the cache: compiled on the GUI
                  thread after the warm-up, whatever the load); cold_warm_up_compiled_steps_runs:
                  per run, the warm-up's own steps that compiled on the GUI thread (the filler
                  thread's code was not found for them)
baselines in the same run:
  empty_qt_window_s   a fresh process showing an empty Qt window (the floor for startup_s)
  tracking_only_fps   synthetic camera + tracker without any GUI (the ceiling for preview_fps)
  longest_stall_ms_idle  the same heartbeat in the same window doing nothing for as long (the floor:
                      timer and scheduler jitter of this machine)

    python benchmarks/app.py [--seconds 6]      (starts its own Xvfb when DISPLAY is not set)
    python benchmarks/app.py --cold-cache --baseline-tree /tmp/base --runs 3
        the cold-start steps of this checkout and of an older one, alternated run by run
    python benchmarks/app.py --only-preview --baseline-tree /tmp/base --runs 3
        preview_fps and tracking_only_fps of this checkout and of an older one (`git archive main |
        tar -x -C /tmp/base`), alternated run by run: *_runs, *_baseline_runs and their medians
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Use the checkout this script is in, whatever copy of museum_ar happens to be installed.
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
from virtual_display import ensure_display
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))

CHILD_STARTUP = r"""
import sys, time
from pathlib import Path
from museum_ar.qt.app import create_window
app, w = create_window(None)
w.show()
w.open_exhibit(Path(sys.argv[1]))
view = w.viewport.view
done = []
def check():
    r = view.renderer
    if r is None or not w.tree.topLevelItemCount():
        return
    if not done:
        done.append(1)
        print("FIRST", flush=True)  # window painted, exhibit in the tree, 3D view drawn once
    if not getattr(r.cache, "pending", 0) and len(done) == 1:
        done.append(2)
        print("PAINTED", flush=True)  # every mesh and picture loaded and drawn
        app.quit()
view.frameSwapped.connect(check)
app.exec()
"""

CHILD_EMPTY = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
from PySide6.QtCore import QTimer
QTimer.singleShot(0, lambda: (print("PAINTED", flush=True), app.quit()))
app.exec()
"""

CHILD_PREVIEW = r"""
import sys, time
from pathlib import Path
from museum_ar.qt.app import create_window
from museum_ar.qt.capture import SourceSpec
app, w = create_window(None)
w.resize(1440, 900)
w.show()
w.open_exhibit(Path(sys.argv[1]))
w.preview_dock.show(); w.preview_dock.raise_()
w.preview.start(SourceSpec("synthetic"))
view = w.preview.view
t_end = time.time() + 60
while time.time() < t_end and view.frames_drawn < 5:
    app.processEvents(); time.sleep(0.002)
player = None
if len(sys.argv) > 3:  # play this video item (as a tap on it would)
    w.preview.media.toggle(sys.argv[3])
    player = w.preview.media.players[sys.argv[3]]
    while time.time() < t_end and player.frames_shown < 5:
        app.processEvents(); time.sleep(0.002)
n0, t0 = view.frames_drawn, time.perf_counter()
v0 = player.frames_shown if player else 0
seconds = float(sys.argv[2])
while time.perf_counter() - t0 < seconds:
    app.processEvents(); time.sleep(0.001)
dt = time.perf_counter() - t0
fps = (view.frames_drawn - n0) / dt
video_fps = (player.frames_shown - v0) / dt if player else 0.0
w.preview.stop()
w.doc.stack.set_clean()
print("FPS", fps, video_fps, flush=True)
"""

# The children's common start: a stall meter (as museum_ar.qt.stall_meter, inline so an older tree
# can be measured too), the main window shown, and `pump` to run its events for a while.
STALL_METER = r"""
import os, sys, time, json
from pathlib import Path
from museum_ar.qt.app import create_window
from PySide6.QtCore import QObject, Qt, QTimer
class StallMeter(QObject):
    def __init__(self):
        super().__init__()
        self.timer = QTimer(self); self.timer.setTimerType(Qt.TimerType.PreciseTimer); self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat); self.per_step = {}; self.step = ""
    def start(self):
        self.last = time.perf_counter(); self.timer.start(); return self
    def stop(self):
        self.timer.stop()
    def mark(self, step):
        self.beat(); self.step = step
    def beat(self):
        now = time.perf_counter(); gap = (now - self.last) * 1000 - 5; self.last = now
        self.per_step[self.step] = max(self.per_step.get(self.step, 0.0), gap)
app, w = create_window(None)
w.resize(1280, 800)
w.show()
def pump(seconds, until=None):
    t = time.perf_counter()
    while time.perf_counter() - t < seconds and not (until and until()):
        app.processEvents(); time.sleep(0.001)
"""

CHILD_STALL = STALL_METER + r"""
pump(3)  # the start screen settles; heavy imports warm up in the background
m = StallMeter().start()
m.mark("idle"); pump(2)
t0 = time.perf_counter()
m.mark("open"); w.open_exhibit(Path(sys.argv[1]))
view = w.viewport.view
pump(60, lambda: view.renderer is not None and not view.renderer.pending and time.perf_counter() - t0 > 1)
pump(0.5)
from museum_ar.qt.export_dialog import ExportDialog
dlg = ExportDialog(w.doc, w)
m.mark("export"); job = dlg.export(Path(sys.argv[2]))
pump(120, lambda: dlg.export_button.isEnabled())
m.mark("end"); pump(0.2)
m.stop()
w.doc.stack.set_clean()
print("STALL", json.dumps(m.per_step), flush=True)
"""


CHILD_COLD = STALL_METER + r"""
from museum_ar.qt.capture import SourceSpec
cache = os.environ["MESA_SHADER_CACHE_DIR"]
def cached():
    return sum(len(f) for _, _, f in os.walk(cache))
class ColdMeter(StallMeter):  # the count of compiled variants per step beside the stalls
    def start(self):
        self.n = cached(); self.compiled = {}; return super().start()
    def mark(self, step):
        self.beat()
        n = cached(); self.compiled[self.step] = n - self.n  # (the walk is counted in no step)
        self.n, self.step, self.last = n, step, time.perf_counter()
from museum_ar.qt import gl_warm_up
_step, warm_up_compiled = gl_warm_up.GLWarmUp._step, {}
def counted_step(self):  # the warm-up steps that compiled on the GUI thread (missed the filler's code)
    name = self._name(self._steps[0][1]) if self._steps else ""
    n = cached(); _step(self); k = cached() - n
    if k: warm_up_compiled[name] = warm_up_compiled.get(name, 0) + k
gl_warm_up.GLWarmUp._step = counted_step
m = ColdMeter().start()
m.mark("start"); pump(120, w.gl_warm_up_over); pump(0.5)
m.mark("open"); w.open_exhibit(Path(sys.argv[1]))
view = w.viewport.view
t0 = time.perf_counter()
pump(60, lambda: view.renderer is not None and not view.renderer.pending and time.perf_counter() - t0 > 1); pump(0.5)
m.mark("select"); w.tree.select("item", w.doc.exhibit.markers[0].items[0].id); pump(0.5)
m.mark("preview_raise"); w.preview_dock.show(); w.preview_dock.raise_(); pump(1.0)
m.mark("preview_start"); w.preview.start(SourceSpec("synthetic"))
pv = w.preview.view
pump(60, lambda: pv.frames_drawn > 5 and pv.renderer is not None and not pv.renderer.pending); pump(1.0)
m.mark("own_window"); w.preview.set_detached(True); pump(2.0)
m.mark("docked_again"); w.preview.set_detached(False); pump(1.0)
m.mark("stop"); w.preview.start_button.click(); pump(0.5)
m.mark("end")
w.doc.stack.set_clean()
print("COLD", json.dumps({"stall": m.per_step, "compiled": m.compiled, "warm_up_compiled": warm_up_compiled}), flush=True)
"""


def cold_start(exhibit: Path, work: Path, runs: int, base: Path | None) -> dict:
    """CHILD_COLD with an empty shader cache per run, this tree and `base` alternated (which goes
    first alternates too): per step the median longest stall and the median variants compiled."""
    import statistics

    per_tree: dict[str, list[dict]] = {"": [], "_baseline": []}
    for r in range(runs):
        trees = [None] if base is None else ([None, base] if r % 2 == 0 else [base, None])
        for tree in trees:
            copy = work / f"cold-{r}-{'base' if tree else 'ours'}"
            shutil.copytree(exhibit, copy)
            cache = Path(tempfile.mkdtemp(prefix="mesa-cache-", dir=work))
            os.environ["MESA_SHADER_CACHE_DIR"] = str(cache)
            try:
                _, line, _ = timed_child(CHILD_COLD, str(copy), marker="COLD", tree=tree)
            finally:
                del os.environ["MESA_SHADER_CACHE_DIR"]
            per_tree["_baseline" if tree else ""].append(json.loads(line.split(" ", 1)[1]))
    out: dict = {}
    for suffix, results in per_tree.items():
        for step in (results[0]["stall"] if results else {}):
            if step in ("", "end"):
                continue
            runs_ms = [round(x["stall"].get(step, 0.0)) for x in results]
            out[f"cold_stall_ms_{step}{suffix}"] = round(statistics.median(runs_ms), 1)
            out[f"cold_stall_ms_{step}{suffix}_runs"] = runs_ms
            out[f"cold_compiled_{step}{suffix}"] = statistics.median(x["compiled"].get(step, 0) for x in results)
        if results:  # per run, the warm-up steps that compiled on the GUI thread
            out[f"cold_warm_up_compiled_steps{suffix}_runs"] = [sorted(x.get("warm_up_compiled", {})) for x in results]
    return out


def ten_item_exhibit(src: Path, out: Path) -> Path:
    """A copy of `src` with its items repeated (new ids) until it holds ten: the exhibit the
    curator opens in the stall figure."""
    import copy

    from museum_ar.core.project import load_project, save_exhibit

    shutil.copytree(src, out)
    exhibit = load_project(out).exhibit
    originals = [(m, it) for m in exhibit.markers for it in m.items]
    n = 0
    while sum(len(m.items) for m in exhibit.markers) < 10:
        m, it = originals[n % len(originals)]
        twin = copy.deepcopy(it)
        twin.id = f"{it.id}-{n}"
        m.items.append(twin)
        n += 1
    save_exhibit(out, exhibit)
    return out


def timed_child(code: str, *args: str, marker: str = "PAINTED", tree: Path | None = None) -> tuple[float, str, dict]:
    """Run `code` in a fresh Python (with the museum_ar of `tree` when given); seconds until it
    prints `marker`, that line, and the time of every line printed before."""
    t0 = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(tree)) if tree is not None else None
    # cwd: `python -c` puts the working directory first on sys.path, where this checkout's museum_ar
    # (run from the repository) would shadow the older tree's
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=tree)
    seen: dict[str, float] = {}
    for line in proc.stdout:
        key = line.split()[0] if line.strip() else ""
        seen.setdefault(key, time.perf_counter() - t0)
        if key == marker:
            proc.wait(timeout=60)
            return seen[key], line.strip(), seen
    proc.wait(timeout=60)
    raise SystemExit(f"child exited without printing {marker}")


VIDEO_ITEM = "zeichnung-video"  # the grass-haus sample's clip (320x240, 15 fps, 3 s)


def loop_video(exhibit_dir: Path, item_id: str) -> None:
    """Loop the clip (in the benchmark's copy), so it plays for the whole measurement."""
    from dataclasses import replace

    from museum_ar.core.project import load_project, save_exhibit

    exhibit = load_project(exhibit_dir).exhibit
    item = exhibit.find_item(item_id)[1]
    item.playback = replace(item.playback, loop=True)
    save_exhibit(exhibit_dir, exhibit)


CHILD_TRACKING = r"""
import sys, time
from pathlib import Path
from museum_ar.core.project import load_project
from museum_ar.markers import specs_for
from museum_ar.tracking import Tracker, demo_camera
exhibit_dir = Path(sys.argv[1])
ex = load_project(exhibit_dir, check_assets=False).exhibit
cam = demo_camera(specs_for(ex))  # the synthetic camera shows the QR cards
try:  # the preview's tracker settings, when the tree has them (the ceiling of *its* frame rate)
    from museum_ar.qt.capture import PREVIEW_IMAGE_SEARCH_EVERY
    kw = {"image_search_every": PREVIEW_IMAGE_SEARCH_EVERY}
except ImportError:
    kw = {}
tracker = Tracker.from_exhibit(ex, cam.intrinsics, root=exhibit_dir, **kw)
n, t0 = 0, time.perf_counter()
while time.perf_counter() - t0 < float(sys.argv[2]):
    f = cam.read()
    tracker.process(f.image, f.timestamp_s)
    n += 1
print("FPS", n / (time.perf_counter() - t0), flush=True)
"""


def tracking_only_fps(exhibit_dir: Path, seconds: float, tree: Path | None = None) -> float:
    """Synthetic camera + tracker without any GUI, in a fresh process (with `tree`'s museum_ar)."""
    _, line, _ = timed_child(CHILD_TRACKING, str(exhibit_dir), str(seconds), marker="FPS", tree=tree)
    return float(line.split()[1])


def preview_fps(exhibit_dir: Path, seconds: float, tree: Path | None = None) -> float:
    _, line, _ = timed_child(CHILD_PREVIEW, str(exhibit_dir), str(seconds), marker="FPS", tree=tree)
    return float(line.split()[1])


def preview_against_baseline(exhibit_dir: Path, seconds: float, runs: int, base: Path) -> dict:
    """preview_fps and tracking_only_fps of this tree and of `base`, alternated run by run (which
    goes first alternates too), so both see the same load: the lists and their medians."""
    import statistics

    out: dict = {}
    for key, measure in (("preview_fps", preview_fps), ("tracking_only_fps", tracking_only_fps)):
        ours: list[float] = []
        theirs: list[float] = []
        for r in range(runs):
            for tree in (None, base) if r % 2 == 0 else (base, None):
                (ours if tree is None else theirs).append(round(measure(exhibit_dir, seconds, tree), 1))
        out[f"{key}_runs"], out[f"{key}_baseline_runs"] = ours, theirs
        out[f"{key}_median"], out[f"{key}_baseline_median"] = statistics.median(ours), statistics.median(theirs)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-tree", help="a checkout of an older museum-ar (e.g. `git worktree add /tmp/base <commit>`): its stalls measured beside ours")
    ap.add_argument("--only-stall", action="store_true", help="measure only longest_stall_ms")
    ap.add_argument("--only-preview", action="store_true", help="measure only preview_fps and tracking_only_fps (with --baseline-tree: both trees, --runs times each, alternated)")
    ap.add_argument("--cold-cache", action="store_true", help="measure only a first start with Mesa's shader cache empty (cold_*; with --baseline-tree: both trees, alternated)")
    a = ap.parse_args()
    xvfb = ensure_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    work = Path(tempfile.mkdtemp(prefix="museum-ar-bench-"))
    os.environ["MUSEUM_AR_SETTINGS"] = str(work / "settings.ini")
    try:
        samples = {}
        for name in ("natur-und-umwelt", "grass-haus"):
            if (REPO / "exhibits" / name / "exhibit.json").is_file():
                samples[name] = work / name
                shutil.copytree(REPO / "exhibits" / name, samples[name])
        result: dict = {"machine_cores": os.cpu_count(), "gl": "Xvfb + Mesa llvmpipe (software)"}
        if a.cold_cache:
            ten = ten_item_exhibit(REPO / "exhibits" / "grass-haus", work / "ten-items")
            result["load_before"] = os.getloadavg()[0]
            result.update(cold_start(ten, work, a.runs, Path(a.baseline_tree) if a.baseline_tree else None))
            result["load_after"] = os.getloadavg()[0]
            print(json.dumps(result, indent=1))
            return 0
        if not a.only_preview:
            result["empty_qt_window_s"] = round(min(timed_child(CHILD_EMPTY)[0] for _ in range(a.runs)), 3)
        if not a.only_stall:
            for name, path in samples.items() if not a.only_preview else ():
                runs = [timed_child(CHILD_STARTUP, str(path))[2] for _ in range(a.runs)]
                result[f"startup_s_{name}"] = round(min(r["FIRST"] for r in runs), 3)
                result[f"all_content_drawn_s_{name}"] = round(min(r["PAINTED"] for r in runs), 3)
            if not a.only_preview:
                result["startup_s"] = max(v for k, v in result.items() if k.startswith("startup_s_"))
            first = samples.get("grass-haus") or next(iter(samples.values()))
            result["preview_fps"] = round(preview_fps(first, a.seconds), 1)
            if "grass-haus" in samples and not a.only_preview:
                loop_video(samples["grass-haus"], VIDEO_ITEM)
                _, line, _ = timed_child(CHILD_PREVIEW, str(samples["grass-haus"]), str(a.seconds), VIDEO_ITEM, marker="FPS")
                result["preview_fps_with_video"] = round(float(line.split()[1]), 1)
                result["video_frames_per_s"] = round(float(line.split()[2]), 1)
            result["tracking_only_fps"] = round(tracking_only_fps(first, a.seconds), 1)
            if a.baseline_tree:  # the preview's figures with an older checkout, alternated
                result.update(preview_against_baseline(first, a.seconds, a.runs, Path(a.baseline_tree)))
        if "grass-haus" in samples and not a.only_preview:
            ten = ten_item_exhibit(REPO / "exhibits" / "grass-haus", work / "ten-items")
            _, line, _ = timed_child(CHILD_STALL, str(ten), str(work / "ten-items-bundle.zip"), marker="STALL")
            steps = json.loads(line.split(" ", 1)[1])
            result["longest_stall_ms"] = round(max(steps.get("open", 0), steps.get("export", 0)), 1)
            result["longest_stall_ms_open"] = round(steps.get("open", 0), 1)
            result["longest_stall_ms_export"] = round(steps.get("export", 0), 1)
            result["longest_stall_ms_idle"] = round(steps.get("idle", 0), 1)
            if a.baseline_tree:  # the same steps with an older checkout, in the same run
                _, line, _ = timed_child(CHILD_STALL, str(ten), str(work / "ten-items-bundle-base.zip"), marker="STALL", tree=Path(a.baseline_tree))
                steps = json.loads(line.split(" ", 1)[1])
                result["longest_stall_ms_open_baseline"] = round(steps.get("open", 0), 1)
                result["longest_stall_ms_export_baseline"] = round(steps.get("export", 0), 1)
        result["targets"] = {"startup_s": "< 2", "preview_fps": ">= 30", "longest_stall_ms": "< 100"}
        print(json.dumps(result, indent=1))
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
