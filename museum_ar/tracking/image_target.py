"""Flat artworks as markers: detection by features, geometric verification, pose, frame-to-frame tracking.

A target is compiled once from the artwork's picture (`compile_target`): keypoints and descriptors
on a small pyramid of the image scaled to TARGET_PX wide. A frame is searched (`ImageTargetTracker`)
by matching descriptors against every target at once, then each candidate must survive a homography
RANSAC with enough inliers AND a large enough inlier share AND a sane shape (convex, not folded,
not absurdly stretched) — that is what keeps one etching of a series from being taken for its
neighbour. Once found, a target is followed by pyramidal Lucas-Kanade flow on its inlier points
(a few ms instead of a full search) and re-verified by a homography each frame; when too few
points survive, it falls back to detection.

Pose: the target's four physical corners mapped through the homography, then solvePnP (IPPE) and a
Levenberg-Marquardt refinement on all inliers — OpenCV camera coordinates, the marker frame of
DESIGN.md (metres, +Y out of the surface, +X right, +Z toward the image's bottom, origin at the
image centre), exactly as QR poses.

Detector: ORB, chosen by measurement against SIFT (benchmarks/image_targets.py: detection rate,
wrong targets, ms per frame, bytes per target). AKAZE and BRISK are not in OpenCV 5's main package
(opencv-contrib), so they were not measured.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..core.errors import TrackingError
from .intrinsics import CameraIntrinsics

from ..core.errors import MarkerError
from ..markers import image_compile as _ic
from ..markers.image_compile import CompiledTarget, crop_image  # noqa: F401 (the compiler lives in markers: export ships its output)

TARGET_PX = _ic.TARGET_PX
PYRAMID_SCALES = _ic.PYRAMID_SCALES
FRAME_FEATURES = 2000
RATIO = 0.8  # Lowe's ratio test
MIN_INLIERS = 8  # few, when the appearance check (band-passed NCC) confirms the whole picture
MIN_INLIER_SHARE = 0.25  # of the ratio-test matches of that target
TRACK_MIN_POINTS = 24
RANSAC_PX = 4.0


@dataclass(frozen=True)
class SearchOptions:
    """How a frame is searched. The defaults are the measured best; `SearchOptions.before()` is the
    previous wave's search, kept so the benchmark can run both on the same frames."""

    # Lowe's ratio test against the nearest descriptor of a *different place* in the picture: the
    # target's pyramid holds each feature up to four times (once per level), so the plain second
    # neighbour was often the same feature at another level and the test threw the match away.
    # 0 = the plain ratio test (second neighbour wherever it is).
    ratio_other_place_px: float = 3.0
    neighbours: int = 4  # k of the k-NN search when ratio_other_place_px > 0
    both_pose_solutions: bool = True  # both IPPE solutions refined on all inliers, the better fit kept
    # Following: under this many followed points, fresh ones are pulled in by the template refinement
    # (was 2 x TRACK_MIN_POINTS: a hatched etching thinned to ~50 points whose flow slid along the
    # strokes, 3.8 degrees off, before it was refreshed)
    refine_below: int = 3 * TRACK_MIN_POINTS
    search_when_lost: bool = True  # a target the flow loses is searched for in the same frame
    # When the template refinement does not take (hatching), the flow follows the frame's own corners
    # inside the found outline, placed on the picture through the verified homography, instead of
    # the ORB inliers (many from coarse pyramid levels or tilted views: blobs, imprecise in the
    # reference, and the flow kept a third of them).
    follow_frame_corners: bool = True

    @classmethod
    def before(cls) -> SearchOptions:
        return cls(ratio_other_place_px=0.0, both_pose_solutions=False, refine_below=2 * TRACK_MIN_POINTS, search_when_lost=False,
                   follow_frame_corners=False)


def make_detector(kind: str = "orb", n: int = _ic.FEATURES_PER_LEVEL, fast_threshold: int = 12):
    try:
        return _ic.make_detector(kind, n, fast_threshold)
    except MarkerError as e:
        raise TrackingError(str(e)) from None


def _norm(kind: str) -> int:
    return cv2.NORM_L2 if kind.lower() == "sift" else cv2.NORM_HAMMING


_grey = _ic.grey_of


def compile_target(target_id: str, image: np.ndarray, width_mm: float, crop=None, detector: str = "orb", tilt_views: bool = True) -> CompiledTarget:
    """Describe one artwork (markers.image_compile); a TrackingError when it cannot be tracked."""
    try:
        return _ic.compile_target(target_id, image, width_mm, crop, detector, tilt_views)
    except MarkerError as e:
        raise TrackingError(str(e)) from None


@dataclass
class ImageDetection:
    target_id: str
    pose: np.ndarray  # 4x4 marker -> camera
    corners: np.ndarray  # (4, 2) image corners TL TR BR BL
    inliers: int
    reproj_px: float
    tracked: bool  # True: followed by optical flow; False: found by a full search


@dataclass
class _Track:
    H: np.ndarray  # reference -> frame
    ref_pts: np.ndarray  # (N, 2)
    img_pts: np.ndarray  # (N, 2)
    pose: np.ndarray | None = None
    followed: bool = False  # by optical flow since it was found (else found by the full search this frame)


def homography_is_sane(H: np.ndarray, ref_size: tuple[int, int], frame_size: tuple[int, int]) -> bool:
    """A real view of a flat picture: a convex quad, not mirrored, not absurdly small or stretched."""
    if H is None or not np.all(np.isfinite(H)):
        return False
    w, h = ref_size
    c = cv2.perspectiveTransform(np.array([[[0, 0], [w, 0], [w, h], [0, h]]], np.float32), H)[0]
    if not cv2.isContourConvex(c.astype(np.float32)):
        return False
    area = cv2.contourArea(c)  # signed? contourArea is unsigned; check orientation separately
    e1, e2 = c[1] - c[0], c[3] - c[0]
    cross = e1[0] * e2[1] - e1[1] * e2[0]
    if cross <= 0 or area < 400:  # mirrored, or under 20x20 px
        return False
    sides = [np.linalg.norm(c[(i + 1) % 4] - c[i]) for i in range(4)]
    if max(sides) > 8 * min(sides) * max(w, h) / min(w, h):
        return False
    fw, fh = frame_size
    return bool(area < 40 * fw * fh)


def pose_from_points(target: CompiledTarget, ref_pts: np.ndarray, img_pts: np.ndarray, H: np.ndarray, intr: CameraIntrinsics,
                     both_solutions: bool = True) -> tuple[np.ndarray, float] | None:
    """Marker -> camera from the homography's corners (IPPE), refined on all inliers (LM)."""
    K, dist = intr.matrix(), intr.dist_coeffs()
    corners_img = cv2.perspectiveTransform(target.corners_ref().reshape(1, 4, 2), H).reshape(4, 1, 2).astype(np.float64)
    obj_c = target.ref_to_marker(target.corners_ref().astype(np.float64))
    # the marker plane is y = 0; IPPE wants z = 0: (x, y, z) -> (x, -z, y) as in pose.MARKER_TO_IPPE
    to_plane = lambda p: np.stack([p[:, 0], -p[:, 2], p[:, 1]], axis=1)  # noqa: E731
    obj = to_plane(target.ref_to_marker(ref_pts.astype(np.float64)))
    img = img_pts.astype(np.float64).reshape(-1, 1, 2)
    if both_solutions:
        # IPPE's two solutions (a steep view's mirror tilt, ~2x the tilt away) each refined on all
        # inliers; the one that fits them better wins (the corners alone picked the wrong one
        # now and then at 50 degrees: rotation errors of ~100 degrees on the right target)
        n, rvs, tvs, _ = cv2.solvePnPGeneric(to_plane(obj_c), corners_img, K, dist, flags=cv2.SOLVEPNP_IPPE)
        if not n:
            return None
        best = None
        for rv0, tv0 in zip(rvs, tvs):
            rv1, tv1 = cv2.solvePnPRefineLM(obj, img, K, dist, rv0.copy(), tv0.copy())
            proj, _ = cv2.projectPoints(obj, rv1, tv1, K, dist)
            e = float(np.sqrt(np.mean(np.sum((proj.reshape(-1, 2) - img.reshape(-1, 2)) ** 2, axis=1))))
            if tv1.ravel()[2] > 0 and (best is None or e < best[0]):
                best = (e, rv1, tv1)
        if best is None:
            return None
        err, rv, tv = best
    else:
        ok, rv, tv = cv2.solvePnP(to_plane(obj_c), corners_img, K, dist, flags=cv2.SOLVEPNP_IPPE)
        if not ok:
            return None
        rv, tv = cv2.solvePnPRefineLM(obj, img, K, dist, rv, tv)
        proj, _ = cv2.projectPoints(obj, rv, tv, K, dist)
        err = float(np.sqrt(np.mean(np.sum((proj.reshape(-1, 2) - img.reshape(-1, 2)) ** 2, axis=1))))
    T = np.eye(4)
    T[:3, :3] = cv2.Rodrigues(rv)[0]
    T[:3, 3] = tv.ravel()
    conv = np.array([[1.0, 0, 0, 0], [0, 0, -1, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
    T = T @ conv
    if T[2, 3] <= 0:
        return None
    return T, err


MIN_APPEARANCE = 0.4
_CHECK_PX = _ic.CHECK_PX  # the appearance check compares the picture at this width
_BAND = (1.5, 8.0)  # band-pass (difference of Gaussians, px at _CHECK_PX) of the appearance check


def _band(x: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(x, (0, 0), _BAND[0]) - cv2.GaussianBlur(x, (0, 0), _BAND[1])


def appearance_score(t: CompiledTarget, H: np.ndarray, grey: np.ndarray) -> float:
    """Normalised cross-correlation between the reference and the frame pulled back onto it,
    both small and band-passed: the fine band drops noise, aliasing of hatching and motion
    blur; the coarse band drops what gallery light does (a spotlight's fall-off, glare on the
    glass), which a plain NCC took for a different picture (measured on the benchmark's views:
    the right target scores >= 0.74, a neighbour of the same series <= 0.06)."""
    if t.reference is None:
        return 1.0
    w, h = t.ref_size
    s = _CHECK_PX / w
    S = np.diag([s, s, 1.0])
    sw, sh = _CHECK_PX, max(8, round(h * s))
    Hb = S @ np.linalg.inv(H)
    back = cv2.warpPerspective(grey.astype(np.float32), Hb, (sw, sh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    inside = cv2.warpPerspective(np.ones(grey.shape[:2], np.uint8), Hb, (sw, sh), flags=cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    valid = inside > 0
    if valid.mean() < 0.5:  # mostly outside the frame: cannot judge, take the features' word
        return MIN_APPEARANCE
    ref = cv2.resize(t.reference, (sw, sh), interpolation=cv2.INTER_AREA).astype(np.float32)
    a = _band(back)[valid]
    b = _band(ref)[valid]
    a = a - a.mean()
    b = b - b.mean()
    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / den) if den > 0 else 0.0


def _overlap(a, b) -> float:
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    return inter / max(1, min(a[2] * a[3], b[2] * b[3]))


class ImageTargetTracker:
    """Finds and follows several image targets in a frame sequence."""

    def __init__(self, targets: list[CompiledTarget], intr: CameraIntrinsics, detector: str = "orb", max_frame_width: int = 1280,
                 options: SearchOptions | None = None):
        if not targets:
            raise TrackingError("no image targets to track")
        self.targets = {t.target_id: t for t in targets}
        self.intr = intr
        self.detector_kind = detector
        self.options = options or SearchOptions()
        self.det = make_detector(detector, FRAME_FEATURES)
        self.matcher = cv2.BFMatcher(_norm(detector))
        self.max_frame_width = max_frame_width
        # one descriptor table for all targets: each frame matches once, not once per target
        self._desc = np.concatenate([t.descriptors for t in targets])
        self._owner = np.concatenate([np.full(len(t.descriptors), i) for i, t in enumerate(targets)])
        self._start = np.cumsum([0] + [len(t.descriptors) for t in targets])
        self._order = [t.target_id for t in targets]
        self._matchers = []
        for t in targets:
            m = cv2.BFMatcher(_norm(detector))
            m.add([t.descriptors])
            m.train()
            self._matchers.append(m)
        self.tracks: dict[str, _Track] = {}
        self._prev: np.ndarray | None = None
        self.search_every = 5  # search for the not-yet-found targets every n-th frame while tracking

        self._frame_no = 0

    def reset(self) -> None:
        self.tracks.clear()
        self._prev = None

    def process(self, frame: np.ndarray) -> list[ImageDetection]:
        grey = _grey(frame)
        out: list[ImageDetection] = []
        lost: list[str] = []
        if self._prev is not None and self.tracks:
            lost = self._follow(grey)
        missing = [tid for tid in self._order if tid not in self.tracks]
        # a target lost by the flow this frame is searched for at once (it is most likely still in
        # view); the never-found ones every search_every-th frame
        if missing and (not self.tracks or (lost and self.options.search_when_lost) or self._frame_no % self.search_every == 0):
            self._detect(grey, set(missing))
        for tid, tr in self.tracks.items():
            t = self.targets[tid]
            res = pose_from_points(t, tr.ref_pts, tr.img_pts, tr.H, self.intr, self.options.both_pose_solutions)
            if res is None:
                continue
            tr.pose = res[0]
            corners = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), tr.H).reshape(4, 2)
            out.append(ImageDetection(tid, res[0], corners, len(tr.ref_pts), res[1], tr.followed))
        self.tracks = {d.target_id: self.tracks[d.target_id] for d in out}
        self._prev = grey
        self._frame_no += 1
        return out

    # ---- full search
    def _detect(self, grey: np.ndarray, wanted: set[str]) -> None:
        scale = min(1.0, self.max_frame_width / grey.shape[1])
        small = grey if scale == 1.0 else cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        mask = None
        if self.tracks:  # don't spend features on what is already followed
            mask = np.full(small.shape, 255, np.uint8)
            for tr in self.tracks.values():
                cv2.fillConvexPoly(mask, np.int32(cv2.convexHull(tr.img_pts * scale)), 0)
        kps, d = self.det.detectAndCompute(small, mask)
        if d is None or len(kps) < MIN_INLIERS:
            return
        fpts = np.array([k.pt for k in kps], np.float32) / scale
        # Ratio test within each target (text panels share glyphs with posters; a ratio test
        # across all targets would throw those features away). Look-alikes are told apart
        # afterwards by the geometric and appearance checks.
        per_target: dict[int, list[tuple[int, int]]] = {}
        for ti, tid in enumerate(self._order):
            if tid not in wanted:
                continue
            per_target[ti] = self._ratio_matches(ti, d)
        found: list[tuple[float, str, _Track]] = []
        for ti, ms in per_target.items():
            tid = self._order[ti]
            if tid not in wanted or len(ms) < MIN_INLIERS:
                continue
            t = self.targets[tid]
            q = np.array([a for a, _ in ms])
            r = np.array([b for _, b in ms]) - self._start[ti]
            src, dst = t.points[r], fpts[q]
            H, inl = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, RANSAC_PX, maxIters=2000, confidence=0.999)
            if H is None:
                continue
            inl = inl.ravel().astype(bool)
            n_in = int(inl.sum())
            if n_in < MIN_INLIERS or n_in < MIN_INLIER_SHARE * len(ms):
                continue
            if not homography_is_sane(H, t.ref_size, (grey.shape[1], grey.shape[0])):
                continue
            tr = _Track(H, src[inl], dst[inl], followed=False)
            first = appearance_score(t, H, grey)
            self._refine(t, tr, grey)
            score = appearance_score(t, tr.H, grey)
            if score < MIN_APPEARANCE or score < first - 0.3:
                # the refinement slid off (seen with a picture larger than the frame): keep the features' fit
                tr.H, tr.ref_pts, tr.img_pts, score = H, src[inl], dst[inl], first
            if self.options.follow_frame_corners and tr.H is H:  # not refined: follow corners, not ORB's blobs
                self._frame_corners(t, tr, grey)
            if score < MIN_APPEARANCE:
                continue
            found.append((score, tid, tr))
        # Two look-alikes (a series, crops of one plate) may both fit the same place; the whole
        # picture decides: keep the one whose reference looks most like what is there.
        found.sort(key=lambda f: -f[0])
        for _score, tid, tr in found:
            box = cv2.boundingRect(tr.img_pts.astype(np.float32))
            if any(_overlap(box, cv2.boundingRect(o.img_pts.astype(np.float32))) > 0.5 for o in self.tracks.values()):
                continue
            self.tracks[tid] = tr

    def _ratio_matches(self, ti: int, d: np.ndarray) -> list[tuple[int, int]]:
        """(frame feature, global target feature) pairs passing the ratio test within target ti."""
        start = int(self._start[ti])
        r = self.options.ratio_other_place_px
        if r <= 0:
            pairs = self._matchers[ti].knnMatch(d, k=2)
            return [(p[0].queryIdx, p[0].trainIdx + start) for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
        pts = self.targets[self._order[ti]].points
        out = []
        for p in self._matchers[ti].knnMatch(d, k=self.options.neighbours):
            if not p:
                continue
            best = p[0]
            b = pts[best.trainIdx]
            # the nearest rival at another place; none among the k: all k are this place -> unique
            rival = next((m for m in p[1:] if abs(pts[m.trainIdx][0] - b[0]) + abs(pts[m.trainIdx][1] - b[1]) > r), None)
            if rival is None or best.distance < RATIO * rival.distance:
                out.append((best.queryIdx, best.trainIdx + start))
        return out

    def _frame_corners(self, t: CompiledTarget, tr: _Track, grey: np.ndarray) -> None:
        w, h = t.ref_size
        inner = np.array([[[8, 8], [w - 8, 8], [w - 8, h - 8], [8, h - 8]]], np.float32)
        mask = np.zeros(grey.shape[:2], np.uint8)
        cv2.fillConvexPoly(mask, np.int32(cv2.perspectiveTransform(inner, tr.H)[0]), 255)
        pts = cv2.goodFeaturesToTrack(grey, 200, 0.01, 8, mask=mask)
        if pts is None or len(pts) < 2 * TRACK_MIN_POINTS:
            return
        img = pts.reshape(-1, 2).astype(np.float32)
        tr.ref_pts = cv2.perspectiveTransform(img.reshape(1, -1, 2), np.linalg.inv(tr.H)).reshape(-1, 2)
        tr.img_pts = img

    def _refine(self, t: CompiledTarget, tr: _Track, grey: np.ndarray) -> None:
        """Densify: warp the reference's own good corners into the frame and let LK pull them onto
        the image (template refinement) — more, better spread points for a steadier pose."""
        if t.reference is None:
            return
        cand = cv2.goodFeaturesToTrack(t.reference, 200, 0.01, 8)
        if cand is None:
            return
        cand = cand.reshape(-1, 2)
        # not at the picture's own edge: there the warped template meets black, the frame the wall
        w, h = t.ref_size
        inner = (cand[:, 0] > 10) & (cand[:, 1] > 10) & (cand[:, 0] < w - 10) & (cand[:, 1] < h - 10)
        cand = cand[inner]
        guess = cv2.perspectiveTransform(cand.reshape(1, -1, 2), tr.H).reshape(-1, 2)
        ok = (guess[:, 0] >= 0) & (guess[:, 1] >= 0) & (guess[:, 0] < grey.shape[1] - 1) & (guess[:, 1] < grey.shape[0] - 1)
        if ok.sum() < TRACK_MIN_POINTS:
            return
        cand, guess = cand[ok], guess[ok]
        # warp the reference into the frame and track reference-warp -> frame (template alignment)
        warped = cv2.warpPerspective(t.reference, tr.H, (grey.shape[1], grey.shape[0]))
        nxt, st, _ = cv2.calcOpticalFlowPyrLK(warped, grey, guess.reshape(-1, 1, 2).astype(np.float32), None, winSize=(15, 15), maxLevel=2)
        st = st.ravel().astype(bool)
        if st.sum() < TRACK_MIN_POINTS:
            return
        src, dst = cand[st], nxt.reshape(-1, 2)[st]
        H, inl = cv2.findHomography(src, dst, cv2.RANSAC, 2.0)
        if H is None or inl.sum() < TRACK_MIN_POINTS or not homography_is_sane(H, t.ref_size, (grey.shape[1], grey.shape[0])):
            return
        inl = inl.ravel().astype(bool)
        tr.H, tr.ref_pts, tr.img_pts = H, src[inl], dst[inl]

    # ---- frame-to-frame
    def _follow(self, grey: np.ndarray) -> list[str]:
        lost = []
        for tid, tr in self.tracks.items():
            p0 = tr.img_pts.reshape(-1, 1, 2).astype(np.float32)
            p1, st, _ = cv2.calcOpticalFlowPyrLK(self._prev, grey, p0, None, winSize=(21, 21), maxLevel=3)
            p0b, st2, _ = cv2.calcOpticalFlowPyrLK(grey, self._prev, p1, None, winSize=(21, 21), maxLevel=3)
            fb = np.linalg.norm(p0b.reshape(-1, 2) - p0.reshape(-1, 2), axis=1)
            good = st.ravel().astype(bool) & st2.ravel().astype(bool) & (fb < 1.0)
            if good.sum() < TRACK_MIN_POINTS:
                lost.append(tid)
                continue
            src, dst = tr.ref_pts[good], p1.reshape(-1, 2)[good]
            H, inl = cv2.findHomography(src, dst, cv2.RANSAC, 2.0)
            if H is None or inl.sum() < TRACK_MIN_POINTS or not homography_is_sane(H, self.targets[tid].ref_size, (grey.shape[1], grey.shape[0])):
                lost.append(tid)
                continue
            inl = inl.ravel().astype(bool)
            tr.H, tr.ref_pts, tr.img_pts = H, src[inl], dst[inl]
            tr.followed = True
            if len(tr.ref_pts) < self.options.refine_below:  # thinning out: pull fresh points in
                self._refine(self.targets[tid], tr, grey)
        for tid in lost:
            del self.tracks[tid]
        return lost
