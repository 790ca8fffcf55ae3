"""What another exhibit's card costs the trackers (issue #13): benchmarks/viewer_vs_desktop.py's
"other exhibit's card" frames (its exhibit, our bundle of one marker, the other card alone on a
cluttered table; plain, blurred 3-11 px, 13-25 px, shadowed), through this tree's viewer and a
baseline's, and through this tree's desktop tracker and the baseline's.

    python benchmarks/viewer_other_card.py [--frames 60] [--baseline main] [--only heavily]
        [--no-desktop]

Viewer: both trackers in one node process (benchmarks/viewer_sets.mjs), the order alternating per
frame, CPU ms per frame; as single pictures (a fresh tracker each frame: every look runs) and as a
30 fps stream (the fallback looks at their pace). Desktop: both trees' Tracker in this process
(the baseline's package imported under another name), alternating per frame, thread CPU ms,
single pictures. Prints per condition and tracker: anchors (any id found: all wrong), median and
mean ms, and the median per-frame ratio new / baseline.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import viewer_vs_desktop as V

from museum_ar.core import Exhibit
from museum_ar.export.manifest import build_manifest
from museum_ar.markers import MarkerSpec, tracking_params
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera
from museum_ar.tracking.synthetic import printed_card

OTHERS = {  # (viewer_vs_desktop.py's, in its order)
    "other exhibit's card": {}, "other exhibit's card, blurred": {"motion_blur": (3, 11)},
    "other exhibit's card, heavily blurred": {"motion_blur": (13, 25)}, "other exhibit's card, shadowed": {"shadow": 1.0}}


def frames(n: int) -> dict[str, np.ndarray]:
    """viewer_vs_desktop.py's other-exhibit frames (3n per condition), grey: the same poses and
    seeds (its random poses are drawn for every condition before them)."""
    ex = V.exhibit()
    cards = {m.id: printed_card(ex, m) for m in ex.markers}
    spec = MarkerSpec.of(ex.marker(V.OTHER), ex)
    intr = CameraIntrinsics.default_for(V.W, V.H, V.HFOV)
    rng = np.random.default_rng(7)
    for dist, tilt, _ in V.CONDITIONS.values():
        V.poses_in_view(n, dist, tilt, intr, rng)
    out = {}
    for name, trouble in OTHERS.items():
        poses = V.poses_in_view(3 * n, (0.3, 1.5), (0, 45), intr, rng)
        cam = SyntheticCamera([spec], intr, poses=[[p] for p in poses], noise=(1.5, 4.0), blur=(0.4, 1.0), clutter=True, cards=[cards[V.OTHER]], seed=zlib.crc32(name.encode()) % 1000, **trouble)
        out[name] = np.stack([cv2.cvtColor(cam.read().image, cv2.COLOR_BGR2GRAY) for _ in poses])
    return out


def baseline_tree(commit: str, tmp: Path) -> Path:
    """The baseline's tree (a directory as it is, or `git archive` of a commit)."""
    if Path(commit, "viewer/src/tracker.js").exists():
        return Path(commit)
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "viewer/src", "museum_ar"], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(tmp / "base")  # our own git archive
    return tmp / "base"


def viewers(trackers: list[Path], imgs: np.ndarray, markers: list[dict], tmp: Path, continuous: bool) -> list[dict]:
    raw = tmp / "frames.raw"
    raw.write_bytes(np.ascontiguousarray(imgs).tobytes())
    n, h, w = imgs.shape
    job = tmp / "job.json"
    job.write_text(json.dumps({"trackers": [str(t) for t in trackers], "markers": markers, "hfov_deg": V.HFOV, "tracking": tracking_params.as_manifest(),
                               "frames": str(raw), "n": n, "width": w, "height": h, "continuous": continuous}))
    return json.loads(subprocess.run(["node", str(HERE / "viewer_sets.mjs"), str(job)], capture_output=True, text=True, check=True).stdout)["runs"]


def desktops(base: Path, imgs: np.ndarray, tmp: Path) -> list[tuple[list[bool], list[float]]]:
    """[(anchored per frame, ms per frame)] for the baseline's desktop tracker and this tree's."""
    pkg = tmp / "pkg"
    if not pkg.exists():
        shutil.copytree(base / "museum_ar", pkg / "museum_ar_base")  # (relative imports only: it runs under another name)
        sys.path.insert(0, str(pkg))
    trees = [importlib.import_module("museum_ar_base"), importlib.import_module("museum_ar")]
    cv2.setNumThreads(1)
    trackers = []
    for t in trees:
        ex = V.exhibit()
        spec = importlib.import_module(t.__name__ + ".markers").MarkerSpec.of(ex.marker(V.OWN), ex)
        tracking = importlib.import_module(t.__name__ + ".tracking")
        trackers.append(tracking.Tracker(tracking.CameraIntrinsics.default_for(V.W, V.H, V.HFOV), [spec], smoothing=False))
    out: list[tuple[list[bool], list[float]]] = [([], []) for _ in trackers]
    for i, grey in enumerate(imgs):
        bgr = cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
        for j in ([0, 1] if i % 2 == 0 else [1, 0]):
            trackers[j].reset()
            t = time.thread_time()
            dets = trackers[j].process(bgr, 0.0)
            out[j][1].append((time.thread_time() - t) * 1000)
            out[j][0].append(bool(dets))
    return out


def line(name: str, who: tuple[str, str], anchored: list[list[bool]], ms: list[list[float]]) -> str:
    parts = [f"{name}:"]
    for w, a, m in zip(who, anchored, ms):
        parts.append(f"{w} anchors {sum(a)} median {np.median(m):.1f} mean {np.mean(m):.1f} ms;")
    parts.append(f"per-frame ratio {np.median(np.array(ms[1]) / np.maximum(np.array(ms[0]), 1e-3)):.3f}")
    return " ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=60, help="as viewer_vs_desktop.py's: 3x this many frames per condition")
    ap.add_argument("--baseline", default="main", help="a commit, or a tree's directory")
    ap.add_argument("--only", default="heavily", help="comma-separated substrings of the condition names ('' for all)")
    ap.add_argument("--no-desktop", action="store_true")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="viewer_other_card-"))
    base = baseline_tree(a.baseline, tmp)
    ex = V.exhibit()
    markers = build_manifest(Exhibit(title=ex.title, publish_url=V.URL, markers=[ex.marker(V.OWN)]), {})["markers"]  # the one-marker bundle
    trackers = [base / "viewer/src/tracker.js", ROOT / "viewer/src/tracker.js"]  # (this tree's: keep it unchanged while this runs)
    for name, imgs in frames(a.frames).items():
        if a.only and not any(w.strip() in name for w in a.only.split(",")):
            continue
        for continuous in (False, True):
            runs = viewers(trackers, imgs, markers, tmp, continuous)
            mode = "stream" if continuous else "single pictures"
            print(line(f"{name}, viewer, {mode}", (f"viewer@{a.baseline}", "viewer"), [[bool(r) for r in run["results"]] for run in runs], [run["ms"] for run in runs]), flush=True)
        if not a.no_desktop:
            res = desktops(base, imgs, tmp)
            print(line(f"{name}, desktop, single pictures", (f"desktop@{a.baseline}", "desktop"), [r[0] for r in res], [r[1] for r in res]), flush=True)


if __name__ == "__main__":
    main()
