"""The viewer's threads under a still camera: tracked frames per second, time to the first anchor
and the page thread's long tasks (> 50 ms, PerformanceObserver) at 1x and 4x CPU throttling
(Chrome DevTools' Emulation.setCPUThrottlingRate: a rough mid-range tablet). The tracker runs in a
Web Worker (viewer/src/tracker_worker.js); `runtime` says where it ran.

    python3 benchmarks/viewer_runtime.py      # prints one JSON object

Needs Chromium (/usr/bin/chromium) and playwright, like tests/viewer. Figures under load are rough;
compare 1x and 4x of one run."""

import json
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("tests/viewer", "tests/export", "tests", ".")]

from playwright.sync_api import sync_playwright
from exhibit_factory import make_exhibit, PUBLISH_URL, MARKER_MM
from museum_ar.export import export_bundle
from museum_ar.export.serve import BundleServer
from museum_ar.markers import payload_for
from test_tracker_accuracy import Camera, look_at_pose, render_frame
from y4m_camera import write_y4m
from viewer_browser import launch
ROOT = Path(__file__).resolve().parents[1]
root = Path(tempfile.mkdtemp())
bundle = export_bundle(make_exhibit(root / "P", with_image=False), root / "b", usdz=False)
cam = Camera()
pose = look_at_pose(0.5, 60, yaw_deg=15)
frames = [render_frame(payload_for(PUBLISH_URL, "trommel"), MARKER_MM / 1000, pose, cam, seed=i) for i in range(30)]
y4m = write_y4m(root / "c.y4m", frames, fps=30)  # a tablet camera delivers 30 frames/s
out = {}
with sync_playwright() as p, BundleServer(bundle, port=0, quiet=True) as server:
    for rate in (1, 4):
        ctx, _ = launch(p, root / f"prof{rate}", y4m, (960, 720))
        page = ctx.pages[0] if ctx.pages else ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
        page.add_init_script("window.__long=[];new PerformanceObserver(l=>{for(const e of l.getEntries())window.__long.push(e.duration)}).observe({type:'longtask',buffered:true});")
        page.goto(server.url)
        page.wait_for_function("window.museumAR && window.museumAR.ready", timeout=60000)
        page.wait_for_function("window.museumAR.firstAnchorMs !== null && window.museumAR.firstAnchorMs !== undefined", timeout=60000)
        first = page.evaluate("window.museumAR.firstAnchorMs")
        p0 = page.evaluate("window.museumAR.processed")
        page.evaluate("window.__long=[]")
        page.wait_for_timeout(5000)
        p1 = page.evaluate("window.museumAR.processed")
        longs = page.evaluate("window.__long")
        out[f"{rate}x"] = {"runtime": page.evaluate("window.museumAR.tracker.runtime"), "tracked_fps": (p1 - p0) / 5, "first_anchor_ms": round(first), "long_tasks_over_50ms_in_5s": len(longs), "longest_task_ms": round(max(longs) if longs else 0), "worker_ms_last": round(page.evaluate("window.museumAR.tracker.workerMs"), 1), "start_up_ms": page.evaluate("window.museumAR.timeline")}
        ctx.close()
print(json.dumps(out))
