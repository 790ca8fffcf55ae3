"""The tablet viewer's tracker on benchmarks/tracking.py's condition frames (issue #13, #14): the
same frames `tracking_compare.py` caches (our printed card, one of ids a-e, beside another
exhibit's card; clutter, noise, blur), through this tree's viewer, a baseline commit's viewer and
the desktop's tracker.

    python benchmarks/viewer_sets.py [--only COND,...] [--frames 200] [--seed 1]
        [--baseline main] [--cache DIR] [--empty 200]

Each tracker starts fresh on each frame (single pictures: every look runs). Per condition: found
(of frames), wrong ids (a found id that is not the card shown: a sibling, or the other exhibit's
card), the frames one viewer finds and the other not, and the viewers' CPU ms per frame (both in
one node process, the order alternating per frame; medians and the median per-frame ratio).
--empty: the empty frames (clutter, dark rectangles) as a 30 fps stream through both viewers
(the fallback looks at their pace) and as single pictures; false anchors and ms.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from tracking_compare import _empty_frames, _frames

from museum_ar.markers import tracking_params
from museum_ar.markers.payload import payload_for
from museum_ar.markers.spec import MarkerSpec

URL = "https://ar.example.org/grass/"  # benchmarks/tracking.py's exhibit: ids a-e
IDS = "abcde"
HFOV = 65.0  # CameraIntrinsics.default_for's field of view, as the frames were rendered


def specs() -> list[MarkerSpec]:
    return [MarkerSpec.for_payload(payload_for(URL, i), 100.0, i) for i in IDS]


def manifest_markers(marker_specs: list[MarkerSpec]) -> list[dict]:
    """The manifest's marker entries the viewer's tracker reads (export/manifest.py)."""
    out = []
    for s in marker_specs:
        lay = s.layout
        layout = {"symbol_modules": lay.symbol_modules, "quiet_modules": lay.quiet_modules, "frame_modules": lay.frame_modules, "units": lay.units, "symbol_offset": lay.symbol_offset}
        out.append({"id": s.id, "edge_m": s.edge_m, "layout": layout, "modules": ["".join("1" if v else "0" for v in row) for row in s.modules]})
    return out


def viewer_src_at(commit: str, tmp: Path) -> Path:
    """tracker.js of the viewer as it was at `commit` (or in the tree at that path)."""
    if Path(commit, "viewer/src/tracker.js").exists():
        return Path(commit, "viewer/src/tracker.js")
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "viewer/src"], capture_output=True, check=True).stdout
    dest = tmp / f"viewer-{commit.replace('/', '_')}"
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(dest)  # our own git archive
    return dest / "viewer/src/tracker.js"


def run_viewers(trackers: list[Path], imgs: np.ndarray, tmp: Path, continuous: bool = False) -> list[dict]:
    raw = tmp / "frames.raw"
    raw.write_bytes(np.ascontiguousarray(imgs).tobytes())
    job = tmp / "job.json"
    n, h, w = imgs.shape
    job.write_text(json.dumps({"trackers": [str(t) for t in trackers], "markers": manifest_markers(specs()), "hfov_deg": HFOV, "tracking": tracking_params.as_manifest(),
                               "frames": str(raw), "n": n, "width": w, "height": h, "continuous": continuous}))
    out = subprocess.run(["node", str(HERE / "viewer_sets.mjs"), str(job)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["runs"]


def run_desktop(imgs: np.ndarray) -> tuple[list[list[str]], list[float]]:
    import cv2

    from museum_ar.tracking import CameraIntrinsics, Tracker

    cv2.setNumThreads(1)
    _, h, w = imgs.shape
    tr = Tracker(CameraIntrinsics.default_for(w, h), specs(), smoothing=False)
    ids, ms = [], []
    for grey in imgs:
        tr.reset()
        t = time.thread_time()
        dets = tr.process(cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR), 0.0)
        ms.append((time.thread_time() - t) * 1000)
        ids.append([d.marker_id for d in dets])
    return ids, ms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="motion_blur_13-25px,tilt_70-80deg,distance_1.5-3m,clutter_0.3-1.5m_0-60deg")
    ap.add_argument("--frames", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--baseline", default="main", help="the other viewer: this commit's viewer/src, or a tree's")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/museum_ar_tracking_frames"))
    ap.add_argument("--empty", type=int, default=0)
    ap.add_argument("--no-desktop", action="store_true")
    ap.add_argument("--first", type=int, help="only the first N frames of each set (a quick look)")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="viewer_sets-"))
    trackers = [viewer_src_at(a.baseline, tmp), ROOT / "viewer/src/tracker.js"]  # (this tree's: keep it unchanged while this runs)
    names = ("viewer@" + a.baseline, "viewer")
    for name in [x for x in a.only.split(",") if x]:
        d = dict(_frames(name, a.frames, a.seed, a.cache))
        d["imgs"], d["targets"] = d["imgs"][: a.first], d["targets"][: a.first]
        want = [IDS[int(t)] for t in d["targets"]]
        rows = {}
        for who, run in zip(names, run_viewers(trackers, d["imgs"], tmp)):
            rows[who] = ([[r["id"] for r in rs] for rs in run["results"]], run["ms"])
        if not a.no_desktop:
            rows["desktop"] = run_desktop(d["imgs"])
        line = [f"{name}:"]
        found = {}
        for who, (ids, ms) in rows.items():
            found[who] = [w in f for f, w in zip(ids, want)]
            wrong = sum(len([x for x in f if x != w]) for f, w in zip(ids, want))
            line.append(f"{who} {sum(found[who])}/{len(want)} wrong {wrong} median {np.median(ms):.2f} ms;")
        b, n = found[names[0]], found[names[1]]
        line.append(f"gained {[i for i in range(len(b)) if n[i] and not b[i]]} lost {[i for i in range(len(b)) if b[i] and not n[i]]};")
        if "desktop" in found:
            line.append(f"desktop only {[i for i, (x, y) in enumerate(zip(found['desktop'], n)) if x and not y]};")
        ratio = np.median(np.array(rows[names[1]][1]) / np.maximum(np.array(rows[names[0]][1]), 1e-3))
        line.append(f"viewer per-frame ms ratio new/base {ratio:.3f}")
        print(" ".join(line), flush=True)
    if a.empty:
        imgs = _empty_frames(a.empty, a.seed, a.cache)
        for continuous in (True, False):
            runs = run_viewers(trackers, imgs, tmp, continuous=continuous)
            mode = "video" if continuous else "single pictures"
            parts = [f"empty frames ({mode}):"]
            for who, run in zip(names, runs):
                ms = np.array(run["ms"])
                parts.append(f"{who} false {sum(bool(r) for r in run['results'])} median {np.median(ms):.2f} mean {ms.mean():.2f} ms;")
            ratio = np.median(np.array(runs[1]["ms"]) / np.maximum(np.array(runs[0]["ms"]), 1e-3))
            parts.append(f"per-frame ratio {ratio:.3f}")
            print(" ".join(parts), flush=True)


if __name__ == "__main__":
    main()
