"""Two trees' trackers on the same condition frames, in one process (issue 14 speed work).

    python benchmarks/tracking_compare.py BASE_TREE NEW_TREE [--only COND,...] [--frames 200]
        [--seed 1] [--time] [--repeats 3] [--empty 200] [--cache DIR]

BASE_TREE / NEW_TREE: checkouts holding a `museum_ar` (e.g. `git worktree add --detach
/tmp/base main`). The frames are benchmarks/tracking.py's condition frames (ours only: the
printed card of one of ids a-e and another exhibit's card, clutter, blur, noise), rendered
once by this tree's code and kept as greyscale .npz in --cache. Per condition: found, wrong
ids, the frames found by one tree only, and the largest difference of corners, raw poses and
identity distances between the trees. --time: both trackers on each frame in turn (the load of
a shared machine hits both alike), CPU time of this thread, best of --repeats per frame; the
medians and the median of the per-frame ratio new / base.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).resolve().parent
# Bumped whenever the frames of a condition change, so a cache of older frames is not reused:
# 2 = every card faces the camera (the tilt set had 19 of 200 cards seen from behind).
SET_VERSION = 2


def _frames(name: str, n: int, seed: int, cache: Path) -> dict:
    path = cache / f"frames_{name}_{n}_{seed}_v{SET_VERSION}.npz"
    if not path.exists():
        sys.path.insert(0, str(HERE.parent))
        sys.path.insert(0, str(HERE))
        bench = importlib.import_module("tracking")
        from museum_ar.tracking import CameraIntrinsics, SyntheticCamera
        from museum_ar.tracking.synthetic import printed_card

        grass, natur = bench._exhibit(bench.URL, "Grass"), bench._exhibit(bench.OTHER_URL, "Natur")
        ours = {m.id: printed_card(grass, m) for m in grass.markers}
        other = {m.id: printed_card(natur, m) for m in natur.markers}
        ci = list(bench.CONDITIONS).index(name)
        opts = bench.CONDITIONS[name][2]
        opts = dict(opts)
        w, h = opts.pop("size", (bench.W, bench.H))
        intr = CameraIntrinsics.default_for(w, h)
        targets, others, poses = bench.condition_poses(name, n, seed, intr, w, h)  # run_conditions' poses
        common = dict(noise=(1.5, 4.0), blur=(0.4, 1.2), clutter=True, seed=seed * 100 + ci, **opts)
        imgs = []
        for i in range(n):
            t, o = bench.EX_IDS[int(targets[i])], bench.EX_IDS[int(others[i])]
            specs = [bench._spec(bench.payload_for(bench.URL, t)), bench._spec(bench.payload_for(bench.OTHER_URL, o))]
            cam = SyntheticCamera(specs, intr, [list(poses[i])], cards=[ours[t], other[o]], **(common | {"seed": common["seed"] * 1000 + i}))
            imgs.append(cv2.cvtColor(cam.read().image, cv2.COLOR_BGR2GRAY))
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, imgs=np.stack(imgs), targets=targets, w=w, h=h)
        for k in [k for k in sys.modules if k == "museum_ar" or k.startswith("museum_ar.")]:
            del sys.modules[k]
        sys.path.remove(str(HERE.parent))
        sys.path.remove(str(HERE))
    return dict(np.load(path))


def _empty_frames(n: int, seed: int, cache: Path) -> np.ndarray:
    """benchmarks/tracking.py's empty frames (clutter, dark rectangles, no marker), greyscale."""
    path = cache / f"frames_empty_{n}_{seed}_v{SET_VERSION}.npz"
    if not path.exists():
        sys.path.insert(0, str(HERE.parent))
        try:
            from museum_ar.tracking import CameraIntrinsics, SyntheticCamera

            intr = CameraIntrinsics.default_for(1280, 720)
            imgs = [cv2.cvtColor(SyntheticCamera([], intr, [[]], clutter=True, noise=(1.5, 4), blur=(0.4, 1.2), seed=seed * 7 + i).read().image, cv2.COLOR_BGR2GRAY) for i in range(n)]
        finally:
            for k in [k for k in sys.modules if k == "museum_ar" or k.startswith("museum_ar.")]:
                del sys.modules[k]
            sys.path.remove(str(HERE.parent))
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, imgs=np.stack(imgs))
    return np.load(path)["imgs"]


def _time_empty(makers: list, imgs: np.ndarray) -> None:
    """Both trees' trackers on the empty frames as a video (30 fps, never reset: the
    full-resolution looks run at their pace in a stream with nothing tracked), one frame each in
    turn, the order alternating; one timed run per frame (a second would advance the stream).
    Then as single pictures (reset before every frame: every look runs)."""
    for video in (True, False):
        trackers = [m(imgs.shape[2], imgs.shape[1]) for m in makers]
        ms: list[list[float]] = [[], []]
        false = [0, 0]
        for i, grey in enumerate(imgs):
            image = cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
            for j in (0, 1) if i % 2 == 0 else (1, 0):
                if not video:
                    trackers[j].reset()
                t = time.thread_time()
                false[j] += len(trackers[j].process(image, i / 30))
                ms[j].append((time.thread_time() - t) * 1000)
        b, n = (np.array(x) for x in ms)
        mode = "video" if video else "single pictures"
        print(f"empty frames ({mode}): false positives {false[0]} -> {false[1]}; median ms {np.median(b):.2f} -> {np.median(n):.2f}, mean {b.mean():.2f} -> {n.mean():.2f} (per-frame ratio median {np.median(n / b):.3f})", flush=True)


def _tracker_maker(tree: str):
    """This tree's Tracker factory (its own museum_ar modules, kept apart from the other tree's)."""
    for k in [k for k in sys.modules if k == "museum_ar" or k.startswith("museum_ar.")]:
        del sys.modules[k]
    sys.path.insert(0, tree)
    try:
        tracking = importlib.import_module("museum_ar.tracking")
        spec = importlib.import_module("museum_ar.markers.spec")
        payload = importlib.import_module("museum_ar.markers.payload")
    finally:
        sys.path.remove(tree)
    assert str(Path(tracking.__file__).resolve()).startswith(str(Path(tree).resolve())), tracking.__file__
    specs = [spec.MarkerSpec.for_payload(payload.payload_for("https://ar.example.org/grass/", i), 100.0, i) for i in "abcde"]
    return lambda w, h: tracking.Tracker(tracking.CameraIntrinsics.default_for(w, h), specs, smoothing=False)


def _largest(a: list, b: list) -> float:
    diffs = [float(np.abs(np.asarray(x) - np.asarray(y)).max()) for x, y in zip(a, b) if x is not None and y is not None]
    return max(diffs, default=0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--only", default="clutter_0.3-1.5m_0-60deg")
    ap.add_argument("--frames", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--time", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--empty", type=int, default=0, help="also time both trees on this many empty frames")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/museum_ar_tracking_frames"))
    a = ap.parse_args()
    cv2.setNumThreads(1)
    names = [x for x in a.only.split(",") if x]
    sets = {name: _frames(name, a.frames, a.seed, a.cache) for name in names}
    empty = _empty_frames(a.empty, a.seed, a.cache) if a.empty else None
    makers = [_tracker_maker(a.base), _tracker_maker(a.new)]
    if empty is not None:
        _time_empty(makers, empty)
    for name, d in sets.items():
        trackers = [m(int(d["w"]), int(d["h"])) for m in makers]
        runs = [{"found": [], "wrong": 0, "ms": [], "corners": [], "pose": [], "distance": []} for _ in trackers]
        for grey, target in zip(d["imgs"], d["targets"]):
            image = cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
            want = "abcde"[int(target)]
            best, out = [float("inf")] * 2, [[], []]
            for _ in range(a.repeats if a.time else 1):
                for j, tr in enumerate(trackers):
                    tr.reset()
                    t = time.thread_time()
                    out[j] = tr.process(image, 0.0)
                    best[j] = min(best[j], (time.thread_time() - t) * 1000)
            for j, dets in enumerate(out):
                good = [x for x in dets if x.marker_id == want]
                r = runs[j]
                r["found"].append(bool(good))
                r["wrong"] += len(dets) - len(good)
                r["ms"].append(best[j])
                r["corners"].append(good[0].corners if good else None)
                r["pose"].append(good[0].raw_pose if good else None)
                r["distance"].append(good[0].distance if good and good[0].distance == good[0].distance else None)
        b, n = runs
        line = f"{name}: found {sum(b['found'])} -> {sum(n['found'])} of {len(b['found'])}, wrong ids {b['wrong']} -> {n['wrong']}"
        line += f"; found by one only {[i for i, (x, y) in enumerate(zip(b['found'], n['found'])) if x != y]}"
        line += f"; largest difference: corners {_largest(b['corners'], n['corners']):.2g} px, poses {_largest(b['pose'], n['pose']):.2g}, distances {_largest(b['distance'], n['distance']):.2g}"
        if a.time:
            ratio = np.median(np.array(n["ms"]) / np.array(b["ms"]))
            line += f"; median ms {np.median(b['ms']):.2f} -> {np.median(n['ms']):.2f} (per-frame ratio {ratio:.3f})"
        print(line, flush=True)


if __name__ == "__main__":
    main()
