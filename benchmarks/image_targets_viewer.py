"""The viewer's image-target module (viewer/src/image_targets) in headless Chromium: detection on
single views, wrong targets, rotation error, ms per 1280x720 frame while tracking a hand-held clip,
at no throttle and at 4x CPU throttle (DevTools Emulation.setCPUThrottlingRate), and the bytes of
the shipped target files. The desktop tracker runs the same frames in the same run (baseline).
Prints one JSON object.

    PYTHONPATH=$PWD python3 benchmarks/image_targets_viewer.py [--views 2] [--real DIR] [--peer mindar] [--baseline TREE]

--baseline TREE: another checkout's viewer module (TREE/viewer/src/image_targets, e.g. from
`git archive main | tar -x -C TREE`) on the same frames in the same page, the two trackers taking
turns frame by frame (so the machine's load falls on both alike); printed as "viewer_baseline".
Both read the target files compiled by this checkout.

--peer mindar: MindAR (npm mind-ar, benchmarks/mindar_peer.py) on the same single views, after the
viewer and the desktop (detection only needs no turns; its ms per tick are in image_targets.py's run,
where it takes turns with ours on each frame).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from museum_ar.markers.image_compile import compile_target, target_bytes
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.image_target import ImageTargetTracker
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, render_artwork, wall

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "viewer"))
from image_targets import real_artworks, views
from viewer_browser import CHROMIUM, chromium_args, plain_server

PAGE = ('<!doctype html><meta charset="utf-8"><script type="module">import * as it from "./image_targets/index.js"; window.mods = {it};'
        ' try { window.mods.base = await import("./base_targets/index.js"); } catch (e) {} window.ready = true;</script>')
# every module in `mods` on each frame in turn: [module][frame] -> {ms, dets}
RUN = """async ([targets, frames, K, reset, mods]) => {
    const trs = [];
    for (const m of mods) {
        const ts = [];
        for (const t of targets) ts.push(window.mods[m].parseTarget(await (await fetch(t)).arrayBuffer()));
        trs.push(window.mods[m].createImageTracker(ts));
    }
    const out = mods.map(() => []);
    for (const f of frames) {
        const data = new Uint8Array(await (await fetch(f)).arrayBuffer());
        trs.forEach((tr, i) => {
            if (reset) tr.reset();
            const t0 = performance.now();
            const dets = tr.process({ data, width: 1280, height: 720 }, K);
            out[i].push({ ms: performance.now() - t0, dets: dets.map((d) => ({ id: d.id, pose: d.pose, state: d.state })) });
        });
    }
    return out;
}"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--views", type=int, default=2)
    ap.add_argument("--real", type=Path, default=None)
    ap.add_argument("--peer", choices=["mindar"], default=None)
    ap.add_argument("--baseline", type=Path, default=None, help="a checkout whose viewer/src/image_targets runs in turns with ours")
    a = ap.parse_args()
    intr = CameraIntrinsics.default_for(1280, 720)
    K = {"fx": intr.fx, "fy": intr.fy, "cx": intr.cx, "cy": intr.cy}
    arts = {k: v for k, v in (sa.collection() | real_artworks(a.real)).items() if k not in ("wash",)}
    site = Path(tempfile.mkdtemp(prefix="it-viewer-"))
    try:
        shutil.copytree(HERE.parent / "viewer" / "src" / "image_targets", site / "image_targets")
        shutil.copy(HERE.parent / "viewer" / "src" / "linalg.js", site / "linalg.js")  # shared with the card tracker
        (site / "index.html").write_text(PAGE, encoding="utf-8")
        mods = ["it"]
        if a.baseline is not None:
            shutil.copytree(a.baseline / "viewer" / "src" / "image_targets", site / "base_targets")
            mods.append("base")
        sizes, compiled = {}, []
        for k, v in arts.items():
            t = compile_target(k, v, 297)
            data = target_bytes(t)
            (site / f"{k}.mait").write_bytes(data)
            sizes[k] = len(data)
            compiled.append(t)
        rng = np.random.default_rng(5)
        scenes = []
        for k, v in arts.items():
            for d, tilt, axis, _w in views(a.views, rng):
                pose = facing_pose(d, tilt, axis, roll_deg=rng.uniform(-10, 10))
                f = degrade(render_artwork(wall(1280, 720, rng), v, 0.297, pose, intr), rng, lighting=0.3, glare=rng.uniform(0, 0.35), motion_px=rng.uniform(0, 4))
                name = f"v{len(scenes)}.grey"
                (site / name).write_bytes(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY).tobytes())
                scenes.append((k, d, pose, name, f))
        clip_art = arts["painting-1"]
        p0, p1 = facing_pose(0.8, 10, 30), facing_pose(0.75, 20, 40, offset_m=(0.05, 0.02))
        bg = wall(1280, 720, rng)
        clip = []
        for i in range(20):
            f = degrade(render_artwork(bg, clip_art, 0.297, interpolate(p0, p1, i / 19), intr), rng, lighting=0.05, noise=1.5, motion_px=1.5)
            (site / f"c{i}.grey").write_bytes(cv2.cvtColor(f, cv2.COLOR_BGR2GRAY).tobytes())
            clip.append(f)
        targets = [f"{k}.mait" for k in arts]
        from playwright.sync_api import sync_playwright

        result = {"artworks": len(arts), "frames": len(scenes), "target_bytes_max": max(sizes.values()), "target_bytes_mean": int(np.mean(list(sizes.values())))}
        with plain_server(site) as srv, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=chromium_args(None))
            page = browser.new_page()
            page.goto(srv.url + "index.html")
            page.wait_for_function("window.ready === true")
            res = page.evaluate(RUN, [targets, [s[3] for s in scenes], K, True, mods])
            cdp = page.context.new_cdp_session(page)
            clips = {}
            for rate in (1, 4):
                cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
                clips[rate] = page.evaluate(RUN, [["painting-1.mait"], [f"c{i}.grey" for i in range(20)], K, False, mods])
            for mi, m in enumerate(mods):
                near, far, allh, wrong, rot, search_ms = [0, 0], [0, 0], 0, 0, [], []
                for (k, d, pose, _n, _f), r in zip(scenes, res[mi]):
                    ok = [x for x in r["dets"] if x["id"] == k]
                    wrong += len(r["dets"]) - len(ok)
                    allh += bool(ok)
                    search_ms.append(r["ms"])
                    c = near if d <= 1.5 else far
                    c[1] += 1
                    c[0] += bool(ok)
                    if ok:
                        rot.append(rotation_error_deg(np.array(ok[0]["pose"]).reshape(4, 4), pose))
                v = {
                    "detection_rate_le_1_5m": round(near[0] / max(1, near[1]), 3), "detection_rate_1_5_to_2_5m": round(far[0] / max(1, far[1]), 3),
                    "detection_rate_all": round(allh / len(scenes), 3), "wrong_targets": wrong,
                    "rotation_error_deg_median": round(float(np.median(rot)), 2) if rot else None, "search_ms_median_all_targets": round(float(np.median(search_ms)), 1),
                }
                for rate, runs in clips.items():
                    r = runs[mi]
                    tracked = [x["ms"] for x in r if x["dets"] and x["dets"][0]["state"] == "tracked"]
                    v[f"tracking_ms_median_720p_throttle_{rate}x"] = round(float(np.median(tracked)), 1) if tracked else None
                    v[f"tracked_fps_throttle_{rate}x"] = round(1000 / float(np.median(tracked)), 1) if tracked else None
                    v[f"clip_frames_found_throttle_{rate}x"] = sum(bool(x["dets"]) for x in r)
                result["viewer" if m == "it" else "viewer_baseline"] = v
                result["per_frame" if m == "it" else "per_frame_baseline"] = [
                    f"{k} {d:.2f} m: {'found' if any(x['id'] == k for x in r['dets']) else 'missed'}" for (k, d, *_x), r in zip(scenes, res[mi])]
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
            browser.close()
        # the desktop tracker on the same frames (baseline, same run)
        tr = ImageTargetTracker(compiled, intr)
        near, far, wrong, ms, rot = [0, 0], [0, 0], 0, [], []
        for k, d, pose, _n, f in scenes:
            tr.reset()
            t0 = time.perf_counter()
            dets = tr.process(f)
            ms.append((time.perf_counter() - t0) * 1000)
            wrong += sum(x.target_id != k for x in dets)
            ok = [x for x in dets if x.target_id == k]
            c = near if d <= 1.5 else far
            c[1] += 1
            c[0] += bool(ok)
            if ok:
                rot.append(rotation_error_deg(ok[0].pose, pose))
        result["desktop_same_frames"] = {"detection_rate_le_1_5m": round(near[0] / max(1, near[1]), 3), "detection_rate_1_5_to_2_5m": round(far[0] / max(1, far[1]), 3),
                                         "wrong_targets": wrong, "rotation_error_deg_median": round(float(np.median(rot)), 2) if rot else None,
                                         "search_ms_median_all_targets": round(float(np.median(ms)), 1)}
        result["peer_mindar"] = _mindar(arts, scenes, intr) if a.peer == "mindar" else "not run: --peer mindar"
        print(json.dumps(result, indent=1))
    finally:
        shutil.rmtree(site, ignore_errors=True)


def _mindar(arts, scenes, intr) -> dict:
    """MindAR on the same single views: found within its 9-tick search cycle (see mindar_peer)."""
    from mindar_peer import MindAR

    with MindAR(intr) as m:
        ok = m.compile(arts)
        m.load([k for k, v in ok.items() if v])
        near, allh, wrong, rot, ms = [0, 0], 0, 0, [], []
        for k, d, pose, _n, f in scenes:
            ticks = m.frame(f, 0.297)
            ms += [t["ms"] for t in ticks]
            kept = [t for t in ticks if t["target"] and t["tracked"]]
            hit = [t for t in kept if t["target"] == k]
            wrong += len(kept) - len(hit)
            allh += bool(hit)
            if d <= 1.5:
                near[1] += 1
                near[0] += bool(hit)
            if hit:
                rot.append(rotation_error_deg(hit[0]["pose"], pose))
        return {"detection_rate_le_1_5m": round(near[0] / max(1, near[1]), 3), "detection_rate_all": round(allh / len(scenes), 3), "wrong_targets": wrong,
                "rotation_error_deg_median": round(float(np.median(rot)), 2) if rot else None, "tick_ms_median": round(float(np.median(ms)), 1),
                "backend": "tfjs webgl on " + m.info.get("renderer", "?"), "page_errors": m.errors}


if __name__ == "__main__":
    main()
