"""Image targets: detection, wrong targets, pose accuracy, jitter, speed, bytes; detectors compared.

24 procedural artworks (tracking.synthetic_artworks: etchings incl. low-contrast ones, paintings,
posters, text panels, a look-alike series, a plain wash, a repetitive pattern) printed at A4 or A3,
rendered at 0.4-2.5 m, 0-50 degrees tilt, gallery lighting, glare, hand-held motion blur. Every
detector (ORB, AKAZE, SIFT, BRISK; --detectors) runs the same frames in the same run, so machine
load is fair to all. The rating's Spearman correlation with measured detection is reported.
Prints one JSON object.

    PYTHONPATH=$PWD python3 benchmarks/image_targets.py [--detectors orb,sift] [--views 6] [--real DIR]

--real DIR adds the public-domain artworks that benchmarks/fetch_artworks.py copies there (an
etching by Piranesi, engravings, paintings by Bruegel, van Gogh, Signac, photographs, a botanical
plate); without it only the procedural ones run (and the JSON says so). Per clip class (distance,
tilt, glare, motion blur, procedural/real) the detection rate is reported. The plain wash is
compiled without features (compile_target's plain_ok) and found by its outline; `--variants
"main:plain_targets=0,now"` compares the search without that.

--peer mindar runs MindAR (npm mind-ar 1.2.5, tfjs WebGL on SwiftShader in headless Chromium;
benchmarks/mindar_peer.py, installed by benchmarks/peers/install.sh when missing) on the same
frames, taking turns with ours on each frame, and reports it beside ours per clip class.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from pathlib import Path

import cv2

import numpy as np

from museum_ar.markers.image_rating import rate_image
from museum_ar.tracking import CameraIntrinsics
from museum_ar.tracking import synthetic_artworks as sa
from museum_ar.tracking.image_target import ImageTargetTracker, SearchOptions, compile_target
from museum_ar.tracking.poses import facing_pose, interpolate, rotation_error_deg
from museum_ar.tracking.synthetic_images import degrade, project_marker_points, render_artwork, wall
from museum_ar.core.errors import TrackingError

sys.path.insert(0, str(Path(__file__).parent))  # fetch_artworks (the list of public-domain artworks)


def spearman(a, b) -> float:
    ra = np.argsort(np.argsort(a)).astype(float)
    rb = np.argsort(np.argsort(b)).astype(float)
    return float(np.corrcoef(ra, rb)[0, 1])


def views(n: int, rng) -> list[tuple[float, float, float, float]]:
    """(distance m, tilt deg, tilt axis deg, width m): half at <= 1.5 m, sizes A4 (0.297) or A3 (0.42)."""
    out = []
    for i in range(n):
        d = rng.uniform(0.4, 1.5) if i % 2 == 0 else rng.uniform(1.5, 2.5)
        out.append((d, rng.uniform(0, 50), rng.uniform(0, 180), 0.297 if i % 3 else 0.42))
    return out


def real_artworks(folder: Path | None) -> dict[str, np.ndarray]:
    """The fetched public-domain artworks, at most 900 px wide (as a curator's scan would be rated)."""
    if folder is None:
        return {}
    from fetch_artworks import ARTWORKS

    out = {}
    for name, *_ in ARTWORKS:
        img = cv2.imread(str(folder / name))
        if img is None:
            raise SystemExit(f"{folder / name} is missing: run benchmarks/fetch_artworks.py first")
        if img.shape[1] > 900:
            img = cv2.resize(img, (900, round(img.shape[0] * 900 / img.shape[1])), interpolation=cv2.INTER_AREA)
        out["real-" + name.split(".")[0]] = img
    return out


def classes(name: str, d: float, tilt: float, glare: float, motion: float) -> list[str]:
    out = ["near <= 1.5 m" if d <= 1.5 else "far 1.5-2.5 m", "tilt < 25 deg" if tilt < 25 else "tilt 25-50 deg"]
    out.append("glare" if glare > 0.15 else "no glare")
    out.append("motion blur > 2 px" if motion > 2 else "motion blur <= 2 px")
    out.append("real artworks" if name.startswith("real-") else "procedural artworks")
    if not name.startswith("real-"):
        out.append("kind: " + name.split("-")[0])  # etching, painting, poster, panel, series, wash, pattern
    return out


def make_scenes(n_views: int, seed: int = 1, real: Path | None = None):
    """The benchmark's artworks and frames: (art name, width m, distance, pose, frame, classes, tilt)."""
    intr = CameraIntrinsics.default_for(1280, 720)
    arts = sa.collection() | real_artworks(real)
    rng = np.random.default_rng(seed)
    scenes = []
    for name, img in arts.items():
        for d, tilt, axis, w in views(n_views, rng):
            pose = facing_pose(d, tilt, axis, roll_deg=rng.uniform(-10, 10))
            glare, motion = rng.uniform(0, 0.35), rng.uniform(0, 4)
            f = render_artwork(wall(1280, 720, rng), img, w, pose, intr)
            f = degrade(f, rng, lighting=0.3, glare=glare, motion_px=motion, noise=2.0)
            scenes.append((name, w, d, pose, f, classes(name, d, tilt, glare, motion), tilt))
    return intr, arts, scenes


def true_homography(t, pose, intr) -> np.ndarray:
    """Reference pixels -> frame pixels at the ground-truth pose."""
    hw, hh = t.width_m / 2, t.height_m / 2
    corners_m = np.array([[-hw, 0, -hh], [hw, 0, -hh], [hw, 0, hh], [-hw, 0, hh]])
    dst = project_marker_points(corners_m, pose, intr).astype(np.float32)
    return cv2.getPerspectiveTransform(t.corners_ref(), dst)


def diagnose_miss(tr: ImageTargetTracker, t, frame: np.ndarray, pose: np.ndarray) -> dict:
    """Why the search missed target t in this frame: the first stage of it that fails, with the
    true homography as the judge (frame features on the picture, correct matches with and without
    the ratio test, RANSAC inliers and share, the outline's shape, the appearance check)."""
    from museum_ar.tracking import image_target as it

    grey = it._grey(frame)
    Ht = true_homography(t, pose, tr.intr)
    if t.plain:  # no features: found by its outline alone (tracking/plain_picture.py)
        from museum_ar.tracking import plain_picture

        return {"cause": "plain picture: no outline quad taken", "texture_at_truth": round(plain_picture.texture(grey, Ht, t.ref_size), 2)}
    quad = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), Ht).reshape(4, 2)
    width_px = float(max(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3])))
    kps, d = tr.det.detectAndCompute(grey, None)
    out: dict = {"width_px": round(width_px), "in_frame": round(_share_in_frame(quad, grey.shape), 2),
                 "appearance_at_truth": round(it.appearance_score(t, Ht, grey), 2)}
    if d is None:
        return out | {"cause": "few frame keypoints on the picture", "keypoints_on_picture": 0}
    fpts = np.array([k.pt for k in kps], np.float32)
    inside = np.array([cv2.pointPolygonTest(quad.astype(np.float32), (float(x), float(y)), False) >= 0 for x, y in fpts])
    out["keypoints_on_picture"] = int(inside.sum())
    m = cv2.BFMatcher(cv2.NORM_HAMMING)
    pairs = m.knnMatch(d, t.descriptors, k=2)
    good = lambda p: np.linalg.norm(cv2.perspectiveTransform(t.points[p.trainIdx].reshape(1, 1, 2), Ht).ravel() - fpts[p.queryIdx]) < 6  # noqa: E731
    nn_correct = sum(1 for p in pairs if p and good(p[0]))
    ti = tr._order.index(t.target_id)
    passed = {q for q, _ in tr._ratio_matches(ti, d)}  # the tracker's own ratio test
    ratio = [p for p in pairs if p and p[0].queryIdx in passed]
    ratio_correct = sum(1 for p in ratio if good(p[0]))
    # the target holds a place up to ~9 times (pyramid levels, tilted views): correct matches to one
    # place are one anchor, and a homography needs 4 (a close-up poster had 10 correct at 3 places)
    places = _places([t.points[p[0].trainIdx] for p in ratio if good(p[0])])
    out |= {"nn_correct": nn_correct, "ratio_matches": len(ratio), "ratio_correct": ratio_correct, "ratio_correct_places": places}
    if out["keypoints_on_picture"] < 40 and nn_correct < it.MIN_INLIERS:
        return out | {"cause": "few frame keypoints on the picture"}
    if nn_correct < it.MIN_INLIERS:
        return out | {"cause": "keypoints there but few correct matches (scale/blur/contrast)"}
    if ratio_correct < it.MIN_INLIERS:
        return out | {"cause": "ratio test drops the correct matches"}
    if len(ratio) < it.MIN_INLIERS:
        return out | {"cause": "too few ratio matches"}
    if places < 4:
        return out | {"cause": "correct matches at fewer than 4 places of the picture"}
    src = t.points[[p[0].trainIdx for p in ratio]]
    dst = fpts[[p[0].queryIdx for p in ratio]]
    H, inl = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, it.RANSAC_PX, maxIters=2000, confidence=0.999)
    n_in = 0 if H is None else int(inl.sum())
    out |= {"inliers": n_in, "inlier_share": round(n_in / len(ratio), 2)}
    if n_in < it.MIN_INLIERS:
        return out | {"cause": "RANSAC: too few inliers"}
    if n_in < it.MIN_INLIER_SHARE * len(ratio):
        return out | {"cause": "RANSAC: inlier share too low"}
    if not it.homography_is_sane(H, t.ref_size, (grey.shape[1], grey.shape[0])):
        return out | {"cause": "outline not sane"}
    a = it.appearance_score(t, H, grey)
    out["appearance"] = round(a, 2)
    if a < it.MIN_APPEARANCE:
        return out | {"cause": "appearance check refused"}
    return out | {"cause": "other (refinement, a look-alike's claim, pose)"}


def _share_in_frame(quad: np.ndarray, shape) -> float:
    """The share of the picture's area (its quad on screen) that lies inside the frame."""
    h, w = shape[:2]
    inside, _ = cv2.intersectConvexConvex(quad.astype(np.float32), np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32))
    return float(inside) / max(1e-9, cv2.contourArea(quad.astype(np.float32)))


def _places(points: list, px: float = 3.0) -> int:
    """How many distinct places of the reference the points are at (as the search's ratio test
    counts another place: more than px apart, city-block)."""
    kept: list[np.ndarray] = []
    for p in points:
        if all(np.abs(p - q).sum() > px for q in kept):
            kept.append(np.asarray(p))
    return len(kept)


class _Stats:
    """One variant's counts over the benchmark's frames."""

    def __init__(self, arts):
        self.hits = {k: [0, 0] for k in arts}
        self.near, self.near_rated = [0, 0], [0, 0]
        self.by_class: dict[str, list[int]] = {}
        self.wrong = 0
        self.rot: list[float] = []
        self.ms: list[float] = []
        self.misses: list[dict] = []

    def add(self, name, d, cls, ok, wrong, rated_ok) -> None:
        self.wrong += wrong
        self.hits[name][1] += 1
        self.hits[name][0] += bool(ok)
        if d <= 1.5:
            self.near[1] += 1
            self.near[0] += bool(ok)
            if rated_ok:
                self.near_rated[1] += 1
                self.near_rated[0] += bool(ok)
        for c in cls:
            self.by_class.setdefault(c, [0, 0])
            self.by_class[c][0] += bool(ok)
            self.by_class[c][1] += 1

    def summary(self, frames: int) -> dict:
        rot = self.rot
        return {
            "detection_rate_le_1_5m": round(self.near[0] / max(1, self.near[1]), 3),
            "detected_le_1_5m": f"{self.near[0]}/{self.near[1]}",
            "detection_rate_le_1_5m_rated_fair_or_good": round(self.near_rated[0] / max(1, self.near_rated[1]), 3),
            "detection_rate_all": round(sum(h[0] for h in self.hits.values()) / frames, 3),
            "detection_rate_by_class": {c: round(v[0] / v[1], 3) for c, v in sorted(self.by_class.items())},
            "wrong_targets": self.wrong,
            "rotation_error_deg_median": round(float(np.median(rot)), 3) if rot else None,
            "rotation_error_deg_p95": round(float(np.percentile(rot, 95)), 3) if rot else None,
            "rotation_error_deg_le_1_share": round(float(np.mean(np.array(rot) <= 1.0)), 3) if rot else None,
            "search_ms_median": round(float(np.median(self.ms)), 1),
        }


def _option_value(old, text: str):
    return text not in ("0", "false", "no") if isinstance(old, bool) else type(old)(text)


def parse_variants(spec: str) -> dict[str, tuple[SearchOptions, bool]]:
    """"before,now,x:ratio_other_place_px=5+tilt_views=0" -> named (SearchOptions, targets compiled with
    tilted training views?): x is now's search with those changes; before is the previous wave's."""
    out = {}
    for item in spec.split(","):
        name, _, changes = item.partition(":")
        o, tilt = (SearchOptions.before(), False) if name == "before" else (SearchOptions(), True)
        kw = dict(c.split("=") for c in changes.split("+")) if changes else {}
        if "tilt_views" in kw:
            tilt = kw.pop("tilt_views") not in ("0", "false", "no")
        if kw:
            o = dataclasses.replace(o, **{k: _option_value(getattr(o, k), v) for k, v in kw.items()})
        out[name] = (o, tilt)
    return out


def run(detectors: list[str], n_views: int, seed: int = 1, real: Path | None = None, near_only: bool = False, clip: bool = True, diagnose: bool = False,
        variants: dict[str, tuple[SearchOptions, bool]] | None = None, peer: str | None = None) -> dict:
    variants = variants or {"now": (SearchOptions(), True)}
    intr, arts, scenes = make_scenes(n_views, seed, real)
    load = [round(x, 1) for x in os.getloadavg()]
    if near_only:  # the same frames, the far ones left out (a quicker run of the headline figure)
        scenes = [s for s in scenes if s[2] <= 1.5]
    ratings = {k: rate_image(v).score for k, v in arts.items()}
    result: dict = {"artworks": len(arts), "real_artworks": sum(k.startswith("real-") for k in arts), "frames": len(scenes),
                    "note": "" if real else "procedural artworks only: pass --real DIR (benchmarks/fetch_artworks.py) for the public-domain ones",
                    "detectors": {}}
    mindar = None
    if peer == "mindar":
        from mindar_peer import MindAR

        mindar = MindAR(intr).__enter__()
        t0 = time.perf_counter()
        compiled_by_peer = mindar.compile(arts)
        peer_compile_s = round(time.perf_counter() - t0, 1)
        mindar.load([k for k, ok in compiled_by_peer.items() if ok])
        st_peer, st_peer1, peer_tick_ms, peer_wrong_dropped = _Stats(arts), _Stats(arts), [], 0
    elif peer:
        raise SystemExit(f"unknown peer {peer!r} (known: mindar)")
    for det in detectors:
        compiled: dict[bool, dict[float, list]] = {}
        bytes_per: dict[bool, dict[str, int]] = {}
        for tilt in sorted({tv for _, tv in variants.values()}):
            compiled[tilt], bytes_per[tilt] = {}, {}
            for w in (0.297, 0.42):
                ts = []
                for k, v in arts.items():
                    try:  # the plain wash without features (plain_ok): found by its outline unless plain_targets=0
                        ts.append(compile_target(k, v, w * 1000, detector=det, tilt_views=tilt, plain_ok=True))
                    except TrackingError:
                        pass  # untrackable: counted as never detected
                compiled[tilt][w] = ts
                bytes_per[tilt].update({t.target_id: t.nbytes() for t in ts})
        targets_by_id = {v: {w: {t.target_id: t for t in ts} for w, ts in compiled[tv].items()} for v, (_, tv) in variants.items()}
        trackers = {v: {w: ImageTargetTracker(ts, intr, detector=det, options=o) for w, ts in compiled[tv].items()} for v, (o, tv) in variants.items()}
        st = {v: _Stats(arts) for v in variants}
        for name, w, d, pose, f, cls, tilt in scenes:
            for v in variants:  # the variants take turns on each frame: machine load is fair to all
                tr = trackers[v][w]
                tr.reset()
                t0 = time.perf_counter()
                dets = tr.process(f)
                st[v].ms.append((time.perf_counter() - t0) * 1000)
                ok = [x for x in dets if x.target_id == name]
                st[v].add(name, d, cls, ok, len(dets) - len(ok), ratings[name] >= 40)  # >= 40: the rating lets a curator hang it
                if ok:
                    st[v].rot.append(rotation_error_deg(ok[0].pose, pose))
                elif diagnose and d <= 1.5:
                    st[v].misses.append({"art": name, "distance_m": round(d, 2), "tilt_deg": round(tilt, 1), "classes": cls}
                                        | (diagnose_miss(tr, targets_by_id[v][w][name], f, pose) if name in targets_by_id[v][w] else {"cause": "not compilable"}))
            if mindar is not None and det == detectors[0]:  # the peer on the same frame, in turn with ours
                ticks = mindar.frame(f, w)
                peer_tick_ms += [t["ms"] for t in ticks]
                st_peer.ms.append(sum(t["ms"] for t in ticks))
                kept = [t for t in ticks if t["target"] and t["tracked"]]  # MindAR stops at the first kept match
                peer_wrong_dropped += sum(1 for t in ticks if t["target"] not in (None, name) and not t["tracked"])
                ok = [t for t in kept if t["target"] == name]
                st_peer.add(name, d, cls, ok, len(kept) - len(ok), ratings[name] >= 40)
                if ok:
                    st_peer.rot.append(rotation_error_deg(ok[0]["pose"], pose))
                if (not ok and d <= 1.5) or len(kept) > len(ok):  # what MindAR missed near by, or took for another
                    st_peer.misses.append({"art": name, "distance_m": round(d, 2), "tilt_deg": round(tilt, 1), "ticks": len(ticks),
                                           "points_first_tick": ticks[0]["points"], "kept_wrong_target": [t["target"] for t in kept if t["target"] != name]})
                first = ticks[:1] if ticks[0]["target"] and ticks[0]["tracked"] else []
                ok1 = [t for t in first if t["target"] == name]
                st_peer1.add(name, d, cls, ok1, len(first) - len(ok1), ratings[name] >= 40)
                st_peer1.ms.append(ticks[0]["ms"])
        names = list(arts)
        for v, (o, tv) in variants.items():
            key = det if list(variants) == ["now"] else f"{det}/{v}"
            rates = [st[v].hits[k][0] / st[v].hits[k][1] for k in names]
            track_ms, jitter = _tracking_clip(arts["painting-1"], intr, det, o, tv) if clip else (None, None)
            r = result["detectors"][key] = st[v].summary(len(scenes)) | {
                "tracking_ms_median_720p": track_ms,
                "still_jitter_deg": jitter,
                "target_bytes_max": max(bytes_per[tv].values()),
                "target_bytes_mean": int(np.mean(list(bytes_per[tv].values()))),
                "rating_vs_detection_spearman": round(spearman([ratings[k] for k in names], rates), 3),
                "per_artwork_rate": {k: round(r, 2) for k, r in zip(names, rates)},
            }
            if diagnose:
                r["misses_le_1_5m"] = st[v].misses
                causes: dict[str, int] = {}
                for m in st[v].misses:
                    causes[m["cause"]] = causes.get(m["cause"], 0) + 1
                r["miss_causes_le_1_5m"] = causes
    if mindar is not None:
        try:
            result["peer_mindar"] = _peer_report(mindar, arts, intr, st_peer, st_peer1, peer_tick_ms, peer_wrong_dropped, len(scenes), clip,
                                                 compiled_by_peer, peer_compile_s)
        finally:
            mindar.__exit__(None, None, None)
        ours = result["detectors"][detectors[0] if list(variants) == ["now"] else f"{detectors[0]}/{'now' if 'now' in variants else next(iter(variants))}"]
        theirs = result["peer_mindar"]["within_9_ticks"]
        both = {"detection <= 1.5 m": (ours["detection_rate_le_1_5m"], theirs["detection_rate_le_1_5m"]),
                "detection, all": (ours["detection_rate_all"], theirs["detection_rate_all"])}
        both |= {c: (ours["detection_rate_by_class"][c], theirs["detection_rate_by_class"][c]) for c in ours["detection_rate_by_class"]}
        result["ours_vs_mindar_detection"] = {c: {"ours": a, "mindar": b} for c, (a, b) in both.items()}
        result["classes_where_mindar_detects_more"] = [c for c, (a, b) in both.items() if b > a]
    result["load_average_1_5_15_min"] = {"start": load, "end": [round(x, 1) for x in os.getloadavg()]}
    result["ratings"] = ratings
    return result


def _peer_report(mindar, arts, intr, st, st1, tick_ms, wrong_dropped, frames, clip, compiled, compile_s) -> dict:
    """MindAR's figures: within its 9-tick search cycle on each still frame, and at its first tick
    (the centre crop); ms per tick and per frame; the painting clip (ms per followed frame, jitter)."""
    s9 = st.summary(frames)
    s9["search_ms_median"] = round(float(np.median(st.ms)), 1)  # all ticks run on a frame (until found or 9)
    s1 = st1.summary(frames)
    out = {
        "what": "npm mind-ar " + __import__("mindar_peer").VERSION + ", its Controller loop per tick (detectMoving 256 px crop, "
                "worker match over all targets, tracker update on the same frame), headless Chromium",
        "backend": "tfjs webgl on " + mindar.info.get("renderer", "?"),
        "settings": "MindAR defaults (warmupTolerance 5, missTolerance 5, One Euro filterMinCF 0.001 / filterBeta 1000 not applied: "
                    "they delay or smooth showing only), maxTrack 1, all targets in one search (as ours), crop "
                    f"{mindar.info.get('cropSize')} px, the camera's true intrinsics (fx {intr.fx:.1f}) instead of its 45-degree vertical fov",
        "targets": mindar.info.get("targets"),
        "not_compiled": [k for k, ok in compiled.items() if not ok],
        "compile_s_this_run": compile_s,
        "compile_ms_per_artwork": mindar.compile_ms or "all from the cache",
        "target_bytes_max": max(p.stat().st_size for p in mindar.site.glob("*.mind")),
        "target_bytes_mean": int(np.mean([p.stat().st_size for p in mindar.site.glob("*.mind")])),
        "within_9_ticks": s9,
        "first_tick_centre_crop": {k: s1[k] for k in ("detection_rate_le_1_5m", "detected_le_1_5m", "detection_rate_all", "detection_rate_by_class",
                                                      "wrong_targets", "search_ms_median")},
        "tick_ms_median": round(float(np.median(tick_ms)), 1),
        "wrong_matches_dropped_by_its_tracker": wrong_dropped,
        "misses_le_1_5m_and_wrong": st.misses,
        "page_errors": mindar.errors,
    }
    if clip:
        moving, still = _clip_frames(arts["painting-1"], intr)
        mindar.load(["painting-1"])
        r = mindar.clip(moving, 0.297)
        tracked = [x["ms"] for x in r if x["state"] == "tracked" and x["found"]]
        rs = [x["pose"] for x in mindar.clip(still, 0.297) if x["pose"] is not None]
        out["clip"] = {
            "frames_found": sum(x["found"] for x in r), "frames": len(r),
            "tracking_ms_median_720p": round(float(np.median(tracked)), 1) if tracked else None,
            "still_jitter_deg_unfiltered": round(max(rotation_error_deg(R, rs[0]) for R in rs), 3) if rs else None,
        }
    return out


def _clip_frames(img, intr, frames: int = 30) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The painting clip: a hand-held 1 s move at 0.8 m, then a still camera (same frames every run)."""
    rng = np.random.default_rng(9)
    bg = wall(1280, 720, rng)
    p0, p1 = facing_pose(0.8, 10, 30), facing_pose(0.75, 20, 40, offset_m=(0.05, 0.02))
    moving = [degrade(render_artwork(bg, img, 0.297, interpolate(p0, p1, k / (frames - 1)), intr), rng, lighting=0.05, noise=1.5, motion_px=1.5)
              for k in range(frames)]
    still_img = render_artwork(bg, img, 0.297, p1, intr)
    return moving, [degrade(still_img, rng, lighting=0.0, noise=1.5) for _ in range(frames)]


def _tracking_clip(img, intr, det, options: SearchOptions | None = None, tilt_views: bool = True, frames: int = 30):
    """A hand-held 1 s clip at 0.8 m: ms per followed frame; then a still camera: pose jitter."""
    t = compile_target("p", img, 297, detector=det, tilt_views=tilt_views)
    tr = ImageTargetTracker([t], intr, detector=det, options=options)
    moving, still = _clip_frames(img, intr, frames)
    ms = []
    for f in moving:
        t0 = time.perf_counter()
        dets = tr.process(f)
        if dets and dets[0].tracked:
            ms.append((time.perf_counter() - t0) * 1000)
    Rs = []
    for f in still:
        dets = tr.process(f)
        if dets:
            Rs.append(dets[0].pose)
    jitter = max(rotation_error_deg(R, Rs[0]) for R in Rs) if Rs else None
    return (round(float(np.median(ms)), 2) if ms else None), (round(jitter, 3) if jitter is not None else None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--detectors", default="orb")
    ap.add_argument("--views", type=int, default=4)
    ap.add_argument("--real", type=Path, default=None, help="folder filled by benchmarks/fetch_artworks.py")
    ap.add_argument("--quick", action="store_true", help="only the frames at <= 1.5 m, no tracking clip")
    ap.add_argument("--diagnose", action="store_true", help="say why each frame at <= 1.5 m was missed")
    ap.add_argument("--variants", default="now", help="search options to compare on the same frames: before (the previous wave), now, "
                    "or NAME:field=value+field=value (now's options changed), separated by commas")
    ap.add_argument("--peer", choices=["mindar"], default=None, help="run a peer on the same frames: mindar (npm mind-ar in headless "
                    "Chromium; installed into benchmarks/peers by benchmarks/peers/install.sh when missing)")
    a = ap.parse_args()
    print(json.dumps(run(a.detectors.split(","), a.views, real=a.real, near_only=a.quick, clip=not a.quick, diagnose=a.diagnose,
                         variants=parse_variants(a.variants), peer=a.peer), indent=1))


if __name__ == "__main__":
    main()
