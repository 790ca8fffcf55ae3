"""The viewer's threads under a still camera: tracked frames per second, time to the first anchor
the page thread's long tasks (> 50 ms, PerformanceObserver) and its busy time per tracked frame
(DevTools' TaskDuration, throttled time included) at 1x and 4x CPU throttling
(Chrome DevTools' Emulation.setCPUThrottlingRate: a rough mid-range tablet). The tracker runs in a
Web Worker (viewer/src/tracker_worker.js); `runtime` says where it ran; `worker_ms_median` /
`worker_ms_p90` are the worker's own time per tracked frame (as it reports it with each result).

    python3 benchmarks/viewer_runtime.py                       # one run per rate, one JSON object
    python3 benchmarks/viewer_runtime.py --runs 5 --baseline main --rates 4

With --baseline REF a second bundle is exported from the same exhibit with the viewer build
committed at git REF (museum_ar/export/viewer_dist at that commit; the Python export is this
tree's), and the runs alternate baseline, this tree, baseline, ... (a fresh browser profile each),
so both see the same load on a shared machine; the JSON gives every run and the medians.

`content_drawn_ms` is when the content was first drawn on its marker: the animation frame after the
first one that had a marker anchored with the exhibit's content built (so the frame that drew it,
shaders compiled, has finished); read from outside the viewer, the same for any build.

Needs Chromium (/usr/bin/chromium) and playwright, like tests/viewer. Figures under load are rough;
compare only figures of one run of this script."""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("tests/viewer", "tests/export", "tests", ".")]

from playwright.sync_api import sync_playwright
from exhibit_factory import make_exhibit, PUBLISH_URL, MARKER_MM
from museum_ar.export import export_bundle, writer
from museum_ar.export.serve import BundleServer
from museum_ar.markers import payload_for
from test_tracker_accuracy import Camera, look_at_pose, render_frame
from y4m_camera import write_y4m
from viewer_browser import launch

ROOT = Path(__file__).resolve().parents[1]
DIST = "museum_ar/export/viewer_dist"


def dist_at(ref: str) -> dict[str, bytes]:
    """The viewer build committed at git ref (name -> bytes)."""
    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{ref}:{DIST}"], check=True, capture_output=True, text=True).stdout.split()
    return {n: subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:{DIST}/{n}"], check=True, capture_output=True).stdout for n in names if not n.startswith(".")}


# When the content was first drawn on its marker: the animation frame after the first one in which
# a marker's anchor was visible with the exhibit's content built (the frame that drew it, shaders
# compiled and textures uploaded, has then finished). Read from outside, so any viewer build can be
# measured the same way.
DRAWN = """window.__drawn = null; (() => { let seen = false; const tick = () => {
  if (seen) { window.__drawn = performance.now(); return; }
  const s = window.museumAR && window.museumAR.scene, tl = window.museumAR && window.museumAR.timeline;
  if (s && s.anchors && tl && tl.content !== undefined) for (const e of s.anchors.values()) if (e.anchor.visible && e.items.length) seen = true;
  requestAnimationFrame(tick); }; requestAnimationFrame(tick); })();"""


WORKER_MS = """window.__workerMs = []; (() => { let last = window.museumAR.processed; setInterval(() => {
  const m = window.museumAR; if (m.processed !== last && m.tracker && typeof m.tracker.workerMs === "number") { last = m.processed; window.__workerMs.push(m.tracker.workerMs); } }, 5); })();"""


def run_once(p, server_url: str, profile: Path, y4m: Path, rate: int, seconds: float) -> dict:
    ctx, _ = launch(p, profile, y4m, (960, 720))
    try:
        page = ctx.pages[0] if ctx.pages else ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
        page.add_init_script("window.__long=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.__long.push(e.duration)}).observe({type:'longtask',buffered:true});")
        page.add_init_script(DRAWN)
        page.goto(server_url)
        page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=60000)
        page.wait_for_function("window.museumAR.firstAnchorMs !== null && window.museumAR.firstAnchorMs !== undefined", timeout=60000)
        first = page.evaluate("window.museumAR.firstAnchorMs")
        page.wait_for_function("window.__drawn !== null", timeout=60000)
        drawn = page.evaluate("window.__drawn")
        start_longs = page.evaluate("window.__long")
        cdp.send("Performance.enable")

        def busy() -> float:  # seconds the page's main thread has spent in tasks so far
            return {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}["TaskDuration"]

        p0 = page.evaluate("window.museumAR.processed")
        b0 = busy()
        page.evaluate("window.__long=[]")
        # the worker's time of each tracked frame (it reports it with every result)
        page.evaluate(WORKER_MS)
        page.wait_for_timeout(int(seconds * 1000))
        worker_ms = page.evaluate("window.__workerMs")
        p1 = page.evaluate("window.museumAR.processed")
        b1 = busy()
        longs = page.evaluate("window.__long")
        timeline = page.evaluate("window.museumAR.timeline")
        return {
            "runtime": page.evaluate("window.museumAR.tracker.runtime"),
            "tracked_fps": round((p1 - p0) / seconds, 1),
            "first_anchor_ms": round(first),
            "content_drawn_ms": round(drawn),
            "long_tasks_over_50ms": len(longs),
            "longest_task_ms": round(max(longs) if longs else 0),
            "longest_start_up_task_ms": round(max(start_longs) if start_longs else 0),
            "main_thread_busy_ms_per_tracked_frame": round((b1 - b0) * 1000 / max(1, p1 - p0), 1),
            "worker_ms_last": round(page.evaluate("window.museumAR.tracker.workerMs"), 1),
            "worker_ms_median": round(statistics.median(worker_ms), 2) if worker_ms else None,
            "worker_ms_p90": round(sorted(worker_ms)[int(0.9 * (len(worker_ms) - 1))], 2) if worker_ms else None,
            "start_up_ms": timeline,
        }
    finally:
        ctx.close()


def medians(runs: list[dict]) -> dict:
    keys = ["tracked_fps", "first_anchor_ms", "content_drawn_ms", "long_tasks_over_50ms", "longest_task_ms", "longest_start_up_task_ms", "main_thread_busy_ms_per_tracked_frame", "worker_ms_last", "worker_ms_median", "worker_ms_p90"]
    out = {k: statistics.median(r[k] for r in runs if r.get(k) is not None) if any(r.get(k) is not None for r in runs) else None for k in keys}
    out["first_anchor_ms_min_max"] = [min(r["first_anchor_ms"] for r in runs), max(r["first_anchor_ms"] for r in runs)]
    out["tracked_fps_min_max"] = [min(r["tracked_fps"] for r in runs), max(r["tracked_fps"] for r in runs)]
    steps = sorted({s for r in runs for s in r["start_up_ms"]}, key=lambda s: statistics.median(r["start_up_ms"].get(s, 0) for r in runs))
    out["start_up_ms"] = {s: statistics.median(r["start_up_ms"][s] for r in runs if s in r["start_up_ms"]) for s in steps}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rates", type=int, nargs="+", default=[1, 4], help="CPU throttling rates (default 1 4)")
    ap.add_argument("--runs", type=int, default=1, help="runs per rate (and per viewer with --baseline)")
    ap.add_argument("--baseline", metavar="REF", help="also run the viewer build committed at this git ref, alternating")
    ap.add_argument("--seconds", type=float, default=5.0, help="how long tracked frames and long tasks are counted after the first anchor")
    args = ap.parse_args()

    root = Path(tempfile.mkdtemp())
    exhibit = make_exhibit(root / "P", with_image=False)
    bundles = {"this": export_bundle(exhibit, root / "b", usdz=False)}
    if args.baseline:
        base_files = dist_at(args.baseline)
        own = writer.viewer_dist_files
        writer.viewer_dist_files = lambda: dict(base_files)
        try:
            bundles = {"baseline": export_bundle(exhibit, root / "base", usdz=False), **bundles}
        finally:
            writer.viewer_dist_files = own
    cam = Camera()
    pose = look_at_pose(0.5, 60, yaw_deg=15)
    frames = [render_frame(payload_for(PUBLISH_URL, "trommel"), MARKER_MM / 1000, pose, cam, seed=i) for i in range(30)]
    y4m = write_y4m(root / "c.y4m", frames, fps=30)  # a tablet camera delivers 30 frames/s
    runs: dict[str, dict[str, list[dict]]] = {name: {f"{r}x": [] for r in args.rates} for name in bundles}
    with sync_playwright() as p:
        servers = {name: BundleServer(b, port=0, quiet=True) for name, b in bundles.items()}
        for s in servers.values():
            s.__enter__()
        try:
            n = 0
            for _ in range(args.runs):
                for rate in args.rates:
                    for name, server in servers.items():
                        n += 1
                        r = run_once(p, server.url, root / f"prof{n}", y4m, rate, args.seconds)
                        runs[name][f"{rate}x"].append(r)
                        print(f"{name} {rate}x: first anchor {r['first_anchor_ms']} ms, {r['tracked_fps']} tracked/s, longest task {r['longest_task_ms']} ms", file=sys.stderr)
        finally:
            for s in servers.values():
                s.__exit__(None, None, None)
    if args.runs == 1 and not args.baseline:
        print(json.dumps({rate: rs[0] for rate, rs in runs["this"].items()}))
        return
    out = {name: {rate: {"median": medians(rs), "runs": rs} for rate, rs in by_rate.items()} for name, by_rate in runs.items()}
    if args.baseline:
        out["baseline_ref"] = args.baseline
    print(json.dumps(out))


if __name__ == "__main__":
    main()
