"""Tracking benchmark: ours vs OpenCV's QR detector, zxing-cpp and OpenCV ArUco, same frames.

    taskset -c 0 python benchmarks/tracking.py [--frames 200] [--seed 1]

Prints one JSON object. The synthetic set (issue 5): 1280x720, a 10 cm marker at 0.3-1.5 m,
tilted 0-60 degrees about a random in-image axis, rolled at random, anywhere in view, Gaussian
blur sigma 0.4-1.2 px and noise 1.5-4 grey levels per frame. Each frame is rendered three times
from the same pose and the same random stream: our framed QR marker, a plain QR code of the
same printed size (the symbol's edge is 10 cm, quiet zone 4 modules) and an ArUco 4x4 marker of
the same printed size. Every frame is independent (the tracker is reset: single-frame figures).
A still sequence (0.5 m, facing, 150 frames) gives jitter; a moving one (0.25 m/s sideways,
30 deg/s turn, 30 fps) gives lag. Timing: CPU time of one thread (cv2.setNumThreads(1)), best of 2 runs per
frame (OpenCV's QR detector: 1), so other load on a shared machine counts less; run under
taskset -c 0.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from museum_ar.markers.layout import MarkerLayout  # noqa: E402
from museum_ar.markers.payload import payload_for  # noqa: E402
from museum_ar.tracking import CameraIntrinsics, SyntheticCamera, Tracker, facing_pose, rotation_error_deg  # noqa: E402
from museum_ar.tracking.pose import square_poses  # noqa: E402
from museum_ar.tracking.poses import interpolate, pose, rot, FACING  # noqa: E402

URL = "https://ar.example.org/grass/"
IDS = ["trommel", "zeichnung", "manuskript", "lesung", "atelier"]
FOREIGN = ["https://ar.example.org/natur/#schaedel", "https://ar.example.org/grass/#trommex", "https://ar.example.org/grass/#trommel2", "https://other.example.com/x/#trommel", "https://ar.example.org/grass/#a"]
SIZE_MM = 100.0
W, H = 1280, 720


def random_poses(n: int, seed: int, intr: CameraIntrinsics) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        d = rng.uniform(0.3, 1.5)
        half = (SIZE_MM / 1000) * 0.75 * (1 + 8 / 37)  # half diagonal of the paper, roughly
        mx = min(intr.fx * half / d + 12, W / 2 - 1)
        my = min(intr.fy * half / d + 12, H / 2 - 1)
        u, v = rng.uniform(mx, W - mx), rng.uniform(my, H - my)
        off = ((u - intr.cx) / intr.fx * d, (v - intr.cy) / intr.fy * d)
        out.append(facing_pose(d, rng.uniform(0, 60), rng.uniform(0, 360), rng.uniform(0, 360), off))
    return out


class ArucoCamera(SyntheticCamera):
    """The synthetic camera showing an ArUco 4x4 marker (id 0) instead of our QR marker."""

    DICT = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.layouts = [MarkerLayout(6, 0, 0)]  # 4x4 bits + 1-bit border = 6 cells, no frame

    def artwork(self, payload, ppm, layout, margin_px):
        img = cv2.aruco.generateImageMarker(self.DICT, 0, 6 * ppm, borderBits=1)
        return np.pad(img, margin_px, constant_values=255)


class PlainQrCamera(SyntheticCamera):
    """A plain QR code: the white margin is its quiet zone of 4 modules (what QR readers need)."""

    def artwork(self, payload, ppm, layout, margin_px):
        return super().artwork(payload, ppm, layout, max(margin_px, 4 * ppm))


def pose_errors(T: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    d = np.linalg.norm(truth[:3, 3])
    return float(np.linalg.norm(T[:3, 3] - truth[:3, 3]) / d * 100), rotation_error_deg(T, truth)


def square_pose(corners, intr, edge_m=SIZE_MM / 1000):
    sols = square_poses(np.asarray(corners, float), edge_m, intr)
    return sols[0][0] if sols else None


class Stats:
    def __init__(self):
        self.ms, self.found, self.wrong, self.terr, self.rerr, self.far_found, self.far_n = [], 0, 0, [], [], 0, 0

    def summary(self, n: int) -> dict:
        ms = np.array(self.ms)
        out = {
            "detection_rate": round(self.found / n, 4),
            "wrong_ids": self.wrong,
            "median_ms": round(float(np.median(ms)), 2),
            "p95_ms": round(float(np.percentile(ms, 95)), 2),
            "detection_rate_beyond_1_1m": round(self.far_found / max(self.far_n, 1), 4),
        }
        if self.terr:
            out["median_translation_error_pct"] = round(float(np.median(self.terr)), 3)
            out["median_rotation_error_deg"] = round(float(np.median(self.rerr)), 3)
            out["p95_rotation_error_deg"] = round(float(np.percentile(self.rerr, 95)), 3)
        return out


REPEATS = 2  # per frame and method; the fastest run counts (timeit's rule: the rest is other load)


def timed(fn, *a, repeats: int = REPEATS, before=None):
    """Result and CPU milliseconds of this thread, best of `repeats` (the machine is shared:
    wall time would count other people's work; cv2 runs single-threaded, so CPU time is
    one-core time). `before` runs ahead of every repeat, untimed (e.g. tracker.reset)."""
    best, r = float("inf"), None
    for _ in range(repeats):
        if before:
            before()
        t = time.thread_time()
        r = fn(*a)
        best = min(best, (time.thread_time() - t) * 1000)
    return r, best


def run_range(n: int, seed: int, intr: CameraIntrinsics) -> dict:
    poses = random_poses(n, seed, intr)
    payload = payload_for(URL, IDS[0])
    common = dict(intrinsics=intr, poses=[[p] for p in poses], noise=(1.5, 4.0), blur=(0.4, 1.2), seed=seed)
    cams = {
        "framed": SyntheticCamera([(payload, SIZE_MM)], **common),
        "plain": PlainQrCamera([(payload, SIZE_MM)], layout_overrides={"frame_modules": 0}, **common),
        "aruco": ArucoCamera([("aruco", SIZE_MM)], **common),
    }
    exhibit = [(i, payload_for(URL, i), SIZE_MM) for i in IDS]
    ours = Tracker(intr, exhibit, smoothing=False)
    ours_open = Tracker(intr, None, default_size_mm=SIZE_MM, smoothing=False, plain_qr=False)
    qr = cv2.QRCodeDetector()
    aruco = cv2.aruco.ArucoDetector(ArucoCamera.DICT, _aruco_params())
    stats = {k: Stats() for k in ("ours", "ours_open_mode", "opencv_qr", "zxing_cpp", "opencv_aruco_4x4")}

    def record(s: Stats, i: int, ok: bool, wrong: bool, T, truth, ms: float):
        s.ms.append(ms)
        s.found += ok
        s.wrong += wrong
        far = truth[2, 3] > 1.1
        s.far_n += far
        s.far_found += ok and far
        if ok and T is not None:
            te, re = pose_errors(T, truth)
            s.terr.append(te)
            s.rerr.append(re)

    for i in range(n):
        truth = poses[i]
        f = cams["framed"].read()
        grey = cv2.cvtColor(f.image, cv2.COLOR_BGR2GRAY)
        for name, tracker in (("ours", ours), ("ours_open_mode", ours_open)):
            dets, ms = timed(tracker.process, f.image, f.timestamp_s, before=tracker.reset)
            good = [d for d in dets if d.payload == payload]
            wrong = any(d.payload != payload for d in dets)
            record(stats[name], i, bool(good), wrong, good[0].pose if good else None, truth, ms)

        f = cams["plain"].read()
        grey = cv2.cvtColor(f.image, cv2.COLOR_BGR2GRAY)
        res, ms = timed(lambda g: zxingcpp.read_barcodes(g, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=False, try_invert=False), grey)
        ok = [r for r in res if r.text == payload]
        T = None
        if ok:
            p = ok[0].position
            c = np.array([[p.top_left.x, p.top_left.y], [p.top_right.x, p.top_right.y], [p.bottom_right.x, p.bottom_right.y], [p.bottom_left.x, p.bottom_left.y]], float) - 0.5
            T = square_pose(c, intr)
        record(stats["zxing_cpp"], i, bool(ok), any(r.text != payload for r in res if r.valid), T, truth, ms)
        (text, pts, _), ms = timed(qr.detectAndDecode, f.image, repeats=1)  # slow; far from the goal anyway
        ok = text == payload
        T = square_pose(pts.reshape(4, 2), intr) if ok and pts is not None else None
        record(stats["opencv_qr"], i, ok, bool(text) and not ok, T, truth, ms)

        f = cams["aruco"].read()
        (corners, ids, _), ms = timed(aruco.detectMarkers, f.image)
        ok = ids is not None and 0 in ids.ravel()
        T = square_pose(corners[list(ids.ravel()).index(0)].reshape(4, 2), intr) if ok else None
        record(stats["opencv_aruco_4x4"], i, ok, ids is not None and any(v != 0 for v in ids.ravel()), T, truth, ms)
    return {k: s.summary(n) for k, s in stats.items()}


def _aruco_params():
    p = cv2.aruco.DetectorParameters()
    p.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    return p


def run_foreign(seed: int, intr: CameraIntrinsics, n: int = 40) -> dict:
    """Other codes — other exhibits, near-identical URLs — framed like ours: none may be taken for ours."""
    exhibit = [(i, payload_for(URL, i), SIZE_MM) for i in IDS]
    poses = random_poses(n, seed + 7, intr)
    wrong = seen = 0
    tracker = Tracker(intr, exhibit, smoothing=False)
    for k, foreign in enumerate(FOREIGN):
        cam = SyntheticCamera([(foreign, SIZE_MM)], intr, [[p] for p in poses[k::len(FOREIGN)]], noise=(1.5, 4.0), blur=(0.4, 1.2), seed=seed + k)
        for f in cam:
            tracker.reset()
            wrong += len(tracker.process(f.image, f.timestamp_s))
            seen += 1
    return {"frames": seen, "foreign_codes": len(FOREIGN), "wrong_ids": wrong}


def _still_or_moving(intr, seed, poses_fn, n, trackers):
    """Runs the trackers over one synthetic sequence; also times, per frame, a tracker that
    searches only near last frame's markers between full scans (the default) against one that
    scans every whole frame."""
    payload = payload_for(URL, IDS[0])
    cam = SyntheticCamera([(payload, SIZE_MM)], intr, poses_fn, frames=n, noise=2.5, blur=0.7, seed=seed)
    out = {k: [] for k in trackers}
    truths = []
    exhibit = [(i, payload_for(URL, i), SIZE_MM) for i in IDS]
    windowed, full = Tracker(intr, exhibit), Tracker(intr, exhibit, full_scan_every=1)
    ms = {"windowed": [], "full_scan": []}
    for f in cam:
        truths.append(f.truth[0].pose)
        for name, (tracker, field) in trackers.items():
            d = [d for d in tracker.process(f.image, f.timestamp_s) if d.payload == payload]
            out[name].append(getattr(d[0], field) if d else None)
        for name, tracker in (("windowed", windowed), ("full_scan", full)):
            _, t = timed(tracker.process, f.image, f.timestamp_s, repeats=1)
            ms[name].append(t)
    out["_ms"] = {k: round(float(np.median(v)), 2) for k, v in ms.items()}
    return out, truths


def jitter(series) -> dict:
    Ts = [T for T in series if T is not None]
    t = np.array([T[:3, 3] for T in Ts])
    mean_t = t.mean(axis=0)
    U, _, Vt = np.linalg.svd(sum(T[:3, :3] for T in Ts))
    R_mean = U @ Vt
    ang = np.array([rotation_error_deg(T, R_mean) for T in Ts])
    return {"translation_mm": round(float(np.sqrt(np.mean(np.sum((t - mean_t) ** 2, axis=1))) * 1000), 3), "rotation_deg": round(float(np.sqrt(np.mean(ang**2))), 3), "frames": len(Ts)}


def run_still(intr, seed) -> dict:
    exhibit = [(i, payload_for(URL, i), SIZE_MM) for i in IDS]
    tr = Tracker(intr, exhibit)
    still = facing_pose(0.5, 0.0)
    out, _ = _still_or_moving(intr, seed, lambda i: [still], 150, {"raw": (tr, "raw_pose"), "filtered": (tr, "pose")})
    ms = out.pop("_ms")
    # Skip the first second: the filter starts from the first (noisy) sample.
    return {k: jitter(v[30:]) for k, v in out.items()} | {"median_ms_per_frame": ms}


def run_moving(intr, seed) -> dict:
    exhibit = [(i, payload_for(URL, i), SIZE_MM) for i in IDS]
    tr = Tracker(intr, exhibit)
    speed, turn, fps = 0.25, 30.0, 30.0
    start = facing_pose(0.5, 15, 90, 0, (-0.15, 0))

    def at(i):
        t = i / fps
        T = start.copy()
        T[0, 3] += speed * t
        T[:3, :3] = rot("y", turn * t) @ T[:3, :3]
        return [T]

    n = 36
    out, truths = _still_or_moving(intr, seed, at, n, {"raw": (tr, "raw_pose"), "filtered": (tr, "pose")})
    res = {"median_ms_per_frame": out.pop("_ms")}
    for k, series in out.items():
        lags, terr, rerr = [], [], []
        for i, (T, G) in enumerate(zip(series, truths)):
            if T is None or i < 10:
                continue  # after the filter has seen the motion for a third of a second
            diff = G[:3, 3] - T[:3, 3]
            lags.append(diff[0] / speed * 1000)
            terr.append(np.linalg.norm(diff) * 1000)
            rerr.append(rotation_error_deg(T, G))
        res[k] = {"lag_ms": round(float(np.mean(lags)), 1), "mean_translation_error_mm": round(float(np.mean(terr)), 2), "mean_rotation_error_deg": round(float(np.mean(rerr)), 2)}
    res["motion"] = {"speed_m_s": speed, "turn_deg_s": turn, "fps": fps}
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    cv2.setNumThreads(1)
    intr = CameraIntrinsics.default_for(W, H)
    t0 = time.perf_counter()
    result = {
        "set": {"frames": a.frames, "resolution": [W, H], "marker_mm": SIZE_MM, "distance_m": [0.3, 1.5], "tilt_deg": [0, 60], "blur_sigma_px": [0.4, 1.2], "noise_std": [1.5, 4.0], "seed": a.seed, "fx_px": round(intr.fx, 1)},
        "range": run_range(a.frames, a.seed, intr),
        "foreign_codes": run_foreign(a.seed, intr),
        "still_0_5m_facing_jitter": run_still(intr, a.seed),
        "moving": run_moving(intr, a.seed),
    }
    result["timing"] = "CPU ms of one thread, best of 2 runs per frame (opencv_qr: 1 run)"
    result["benchmark_seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
