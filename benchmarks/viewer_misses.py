"""Why the tablet viewer misses a set's frames that the desktop finds, stage by stage (issue #13).

    python benchmarks/viewer_misses.py [--only distance_1.5-3m,tilt_70-80deg] [--frames 200]
        [--seed 1] [--cache DIR]

The frames are viewer_sets.py's (benchmarks/tracking.py's conditions, cached). Each tracker starts
fresh on each frame. For every frame the desktop finds and this tree's viewer does not,
viewer_misses.mjs prints, against the desktop's corners of our card: the nearest quad (largest
corner error, px, and its rank) of each of the viewer's looks (the search's scale, the
full-resolution look, the faint look); the viewer's refinement of the nearest one (error, px);
identify at those refined corners (the accepted id and score, or none; and with the score and
margin gates off: the best read); and the viewer's whole read (refine, identify, pose: tracker.js
read) from the nearest quad and from the desktop's corners. A read that is right with the gates
off and refused with them points at the decision (margin, separation); a quad far off at every
look, at the search.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from tracking_compare import _frames
from viewer_sets import HFOV, IDS, manifest_markers, specs

from museum_ar.markers import tracking_params


def desktop_reads(imgs: np.ndarray) -> list[list[dict]]:
    """Per frame the desktop's {id, corners} (fresh on each frame)."""
    import cv2

    from museum_ar.tracking import CameraIntrinsics, Tracker

    cv2.setNumThreads(1)
    _, h, w = imgs.shape
    tr = Tracker(CameraIntrinsics.default_for(w, h), specs(), smoothing=False)
    out = []
    for grey in imgs:
        tr.reset()
        out.append([{"id": d.marker_id, "corners": np.asarray(d.corners, float).tolist()} for d in tr.process(cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR), 0.0)])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="distance_1.5-3m,tilt_70-80deg")
    ap.add_argument("--frames", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/museum_ar_tracking_frames"))
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="viewer_misses-"))
    for name in [x for x in a.only.split(",") if x]:
        d = _frames(name, a.frames, a.seed, a.cache)
        imgs = d["imgs"]
        n, h, w = imgs.shape
        raw = tmp / "frames.raw"
        raw.write_bytes(np.ascontiguousarray(imgs).tobytes())
        job = tmp / "job.json"
        job.write_text(json.dumps({"tracker": str(HERE.parent / "viewer/src/tracker.js"), "markers": manifest_markers(specs()), "hfov_deg": HFOV, "tracking": tracking_params.as_manifest(),
                                   "frames": str(raw), "n": n, "width": w, "height": h, "want": [IDS[int(t)] for t in d["targets"]], "desktop": desktop_reads(imgs)}))
        print(f"{name}:", flush=True)
        subprocess.run(["node", str(HERE / "viewer_misses.mjs"), str(job)], check=True)


if __name__ == "__main__":
    main()
