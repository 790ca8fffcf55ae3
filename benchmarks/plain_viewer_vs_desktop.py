"""The plain wash (issue #19: compiled without features, found by its outline) through both
trackers on the same frames: the desktop's (ImageTargetTracker) and the viewer's
(viewer/src/image_targets in node, with the manifest's tracking parameters). Random views of the
wash (0.6-1.5 m, tilt up to 40 degrees, glare 0.15, 1 px motion blur, as docs/image_targets.md's
40 views), and random views of the four other pictures of its aspect with every target wanted
(any wash there is wrong). Each single frame starts a fresh tracker. Also the viewer's ms per search
frame with and without tracking.plain (the outline search's cost; the two take turns frame by frame
in one node process) and per followed frame of the wash.

    PYTHONPATH=$PWD python3 benchmarks/plain_viewer_vs_desktop.py [--views 40] [--others 10]   # one JSON object
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

import cv2
import numpy as np

from museum_ar.markers.image_compile import compile_target, target_bytes
from museum_ar.markers.tracking_params import as_manifest
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.image_target import ImageTargetTracker
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

SRC = Path(__file__).resolve().parents[1] / "viewer" / "src" / "image_targets"
A3_M = 0.42
NAMES = ("wash", "panel-1", "etching-0", "series-0", "painting-2")
SCRIPT = """
import { readFileSync } from "node:fs";
import { createImageTracker, parseTarget } from "SRC/index.js";
const dir = process.argv[2], K = JSON.parse(readFileSync(dir + "/K.json")), tracking = JSON.parse(readFileSync(dir + "/tracking.json"));
const names = JSON.parse(readFileSync(dir + "/names.json")), n = Number(process.argv[3]), clip = Number(process.argv[4]);
const buf = (p) => { const b = readFileSync(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.length); };
const targets = names.map((k) => parseTarget(buf(dir + "/" + k + ".mait")));
const frame = (f) => ({ data: new Uint8Array(readFileSync(dir + "/" + f)), width: 1280, height: 720 });
const time = (tr, f) => { const t0 = performance.now(), hits = tr.process(f, K); return [performance.now() - t0, hits]; };
const single = [], msPlain = [], msOff = [];
for (let i = 0; i < n; i++) {
  const f = frame("s" + i + ".grey"), a = createImageTracker(targets, tracking), b = createImageTracker(targets, null);
  // the two take turns, which goes first alternating (the machine's load falls on both alike)
  let ta, hits, tb;
  if (i % 2) { [tb] = time(b, f); [ta, hits] = time(a, f); } else { [ta, hits] = time(a, f); [tb] = time(b, f); }
  msPlain.push(ta); msOff.push(tb);
  single.push(hits.map((h) => ({ id: h.id, pose: h.pose })));
}
const tr = createImageTracker(targets.filter((t) => t.id === "wash" || t.id === "painting-2"), tracking), followed = [], states = [];
for (let i = 0; i < clip; i++) { const [ms, hits] = time(tr, frame("c" + i + ".grey")); states.push(hits.map((h) => h.id + ":" + h.state).join(",")); if (hits.length && hits[0].state === "tracked") followed.push(ms); }
console.log(JSON.stringify({ single, msPlain, msOff, followed, states }));
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--views", type=int, default=40)
    ap.add_argument("--others", type=int, default=10, help="random views of each other picture of the wash's aspect")
    a = ap.parse_args()
    intr = CameraIntrinsics.default_for(1280, 720)
    c = sa.collection()
    targets = {k: compile_target(k, c[k], A3_M * 1000, plain_ok=True) for k in NAMES}
    scenes = []  # (shown, distance, truth pose, frame)
    for shown, count, base in [("wash", a.views, 1000)] + [(k, a.others, 2000 + 100 * i) for i, k in enumerate(NAMES[1:])]:
        for s in range(base, base + count):
            rng = np.random.default_rng(s)
            d, tilt, axis = rng.uniform(0.6, 1.5), rng.uniform(0, 40), rng.uniform(0, 360)
            pose = facing_pose(d, tilt, axis, roll_deg=rng.uniform(-5, 5))
            f = degrade(render_artwork(wall(1280, 720, rng), c[shown], A3_M, pose, intr), rng, lighting=0.3, noise=2.0, glare=0.15, motion_px=1.0)
            scenes.append((shown, d, pose, cv2.cvtColor(f, cv2.COLOR_BGR2GRAY)))
    p0, p1 = facing_pose(1.23, 18, 144, roll_deg=4), facing_pose(1.22, 18.6, 143.4, roll_deg=4.3, offset_m=(0.006, 0.003))
    clip = []
    for k in range(20):  # the desktop test's slow move, on to 20 frames
        rng = np.random.default_rng(1013)
        f = degrade(render_artwork(wall(1280, 720, rng), c["wash"], A3_M, interpolate(p0, p1, k / 19), intr), rng, lighting=0.3, noise=2.0, glare=0.15, motion_px=1.0)
        clip.append(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY))
    with tempfile.TemporaryDirectory(prefix="plain-vs-") as tmp:
        d = Path(tmp)
        for k, t in targets.items():
            (d / f"{k}.mait").write_bytes(target_bytes(t))
        (d / "names.json").write_text(json.dumps(list(NAMES)))
        (d / "tracking.json").write_text(json.dumps(as_manifest()))
        (d / "K.json").write_text(json.dumps({"fx": intr.fx, "fy": intr.fy, "cx": intr.cx, "cy": intr.cy}))
        for i, (*_x, g) in enumerate(scenes):
            g.tofile(str(d / f"s{i}.grey"))
        for i, g in enumerate(clip):
            g.tofile(str(d / f"c{i}.grey"))
        (d / "run.mjs").write_text(SCRIPT.replace("SRC/", SRC.as_posix() + "/"))
        js = json.loads(subprocess.run(["node", str(d / "run.mjs"), str(d), str(len(scenes)), str(len(clip))], capture_output=True, text=True, check=True).stdout)
    desk = ImageTargetTracker(list(targets.values()), intr)
    wash = {"desktop": 0, "viewer": 0, "both": 0, "viewer_rotation_error_deg": [], "viewer_vs_desktop_deg": []}
    wrong = {"desktop": 0, "viewer": 0}
    for (shown, _d, truth, g), hits in zip(scenes, js["single"]):
        desk.reset()
        dd = {x.target_id: x for x in desk.process(g)}
        vv = {h["id"]: np.asarray(h["pose"], float).reshape(4, 4) for h in hits}
        if shown == "wash":
            wash["desktop"] += "wash" in dd
            wash["viewer"] += "wash" in vv
            wash["both"] += "wash" in dd and "wash" in vv
            if "wash" in vv:
                wash["viewer_rotation_error_deg"].append(round(rotation_error_deg(vv["wash"], truth), 2))
            if "wash" in vv and "wash" in dd:
                wash["viewer_vs_desktop_deg"].append(round(rotation_error_deg(vv["wash"], dd["wash"].pose), 3))
        else:
            wrong["desktop"] += "wash" in dd
            wrong["viewer"] += "wash" in vv
    dclip = ImageTargetTracker([targets["wash"], targets["painting-2"]], intr)
    desktop_states = [",".join(f"{x.target_id}:{'tracked' if x.tracked else 'decoded'}" for x in dclip.process(g)) for g in clip]
    print(json.dumps({
        "wash_views": a.views, "wash_found": wash, "other_picture_views": len(scenes) - a.views, "wash_reported_on_other_pictures": wrong,
        "viewer_search_ms_median": {"with_tracking_plain": round(float(np.median(js["msPlain"])), 1), "without": round(float(np.median(js["msOff"])), 1)},
        "viewer_followed_ms_median": round(float(np.median(js["followed"])), 1) if js["followed"] else None,
        "clip": {"viewer": js["states"], "desktop": desktop_states},
    }, indent=1))


if __name__ == "__main__":
    main()
