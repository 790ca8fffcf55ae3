"""Flat artworks as markers: detection by features, geometric verification, pose, frame-to-frame tracking.

A target is compiled once from the artwork's picture (`compile_target`): keypoints and descriptors
on a small pyramid of the image scaled to TARGET_PX wide. A frame is searched (`ImageTargetTracker`)
by matching descriptors against each target (with more than PRESELECT_KEEP targets, only the
PRESELECT_KEEP that a sample of every target's descriptors ranks first), then each candidate must survive a homography
RANSAC with enough inliers AND a large enough inlier share AND a sane shape (convex, not folded,
not absurdly stretched) — that is what keeps one etching of a series from being taken for its
neighbour. Once found, a target is followed by pyramidal Lucas-Kanade flow on its inlier points
(a few ms instead of a full search) and re-verified by a homography each frame; when too few
points survive, it falls back to detection.

Pose: the target's four physical corners mapped through the homography, then solvePnP (IPPE) and a
Levenberg-Marquardt refinement on all inliers (a found picture under DENSE_BELOW_PX on screen: on a
grid through its homography aligned on every pixel, `dense_homography`) — OpenCV camera coordinates, the marker frame of
DESIGN.md (metres, +Y out of the surface, +X right, +Z toward the image's bottom, origin at the
image centre), exactly as QR poses.

One module per part: this one searches (features, and `picture_outline` for a picture only its
outline shows) and turns homographies into poses; `image_follow` follows a found target from
frame to frame, `image_dense` aligns a small picture on every pixel, `image_homography` says
whether a homography can be a real view (all three parts check it).

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
from . import image_dense as _dense  # as a module: tests set DENSE_BELOW_PX on it
from . import picture_outline as _outline
from .image_follow import TRACK_MIN_POINTS, Track, follow, frame_corners, refine
from .image_appearance import MIN_APPEARANCE, _Appearance, appearance_score
from .image_homography import homography_is_sane
from .image_pose import pose_from_points
from . import plain_picture as _plain

from ..core.errors import MarkerError
from ..markers import image_compile as _ic
from ..markers.image_compile import CompiledTarget, crop_image  # noqa: F401 (the compiler lives in markers: export ships its output)
from ..markers.tracking_params import IMAGE_SEARCH

TARGET_PX = _ic.TARGET_PX
PYRAMID_SCALES = _ic.PYRAMID_SCALES
FRAME_FEATURES = 2000
# the search's acceptance values: markers/tracking_params.IMAGE_SEARCH (shared with the viewer)
RATIO = float(IMAGE_SEARCH["ratio"])  # Lowe's ratio test
MIN_INLIERS = int(IMAGE_SEARCH["min_inliers"])  # few, when the appearance check (band-passed NCC) confirms the whole picture
MIN_INLIER_SHARE = float(IMAGE_SEARCH["min_inlier_share"])  # of the ratio-test matches of that target
RANSAC_PX = float(IMAGE_SEARCH["ransac_px"])
RANSAC_MAX_ITERS = int(IMAGE_SEARCH["ransac_max_iters"])
RANSAC_CONFIDENCE = float(IMAGE_SEARCH["ransac_confidence"])
# With many targets, a frame is first matched against a sample of every target's descriptors (every
# PRESELECT_STRIDE-th, one table for all) and only the PRESELECT_KEEP targets with the most votes
# (sample matches passing the ratio test across all targets) get the full per-target matching
PRESELECT_KEEP = 4
PRESELECT_STRIDE = 4
# While no picture is followed, the full search (features of the whole frame matched against every
# target) runs on every IDLE_SEARCH_EVERY-th frame, and the outline search (pictures the features
# miss, several times the cost) on every OUTLINE_EVERY-th search; both at once after a reset and
# when a followed picture is lost. The QR cards tracked in the same frames (the preview) keep their
# rate while no artwork is in view; a picture coming into view is found a frame later at most, one
# only its outline shows a few searches later.
IDLE_SEARCH_EVERY = 2
OUTLINE_EVERY = 5


@dataclass(frozen=True)
class SearchOptions:
    """How a frame is searched. The defaults are the measured best; `SearchOptions.before()` is the
    previous wave's search, kept so the benchmark can run both on the same frames."""

    # Lowe's ratio test against the nearest descriptor of a *different place* in the picture: the
    # target's pyramid holds each feature up to four times (once per level), so the plain second
    # neighbour was often the same feature at another level and the test threw the match away.
    # 0 = the plain ratio test (second neighbour wherever it is).
    ratio_other_place_px: float = float(IMAGE_SEARCH["ratio_other_place_px"])
    neighbours: int = int(IMAGE_SEARCH["neighbours"])  # k of the k-NN search when ratio_other_place_px > 0
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
    # with more wanted targets than this, only this many (the pre-selection's best) are matched in
    # full; 0 = every target matched in full (the search before the pre-selection)
    preselect_keep: int = PRESELECT_KEEP
    # A found target's homography aligned on the whole picture (ECC, `dense_homography`) and its
    # pose taken from that homography: the feature inliers of a far picture (8-80, blobs from coarse
    # pyramid levels) left single views up to 70 degrees off (IPPE's mirror solution)
    dense_pose: bool = True
    # ... comparing only the picture's inside, this many high-pass widths in from the outline
    # (DENSE_EDGE_SIGMAS; 0 = the whole picture, the previous alignment)
    dense_edge_sigmas: float = 2.5
    # A wanted target the features did not find is looked for by the picture's outline (straight
    # edges closing a quad that can be a rectangle of its aspect), judged by the appearance check
    # alone (`_outline_search`): a repetitive pattern and a faint etching have no features that
    # anchor a homography, but a plain outline
    outline_search: bool = True
    # A target compiled without features (a plain wash, compile_target's plain_ok) is found and
    # followed by its outline when the inside is as plain as it (plain_picture); off: never found
    plain_targets: bool = True

    @classmethod
    def before(cls) -> SearchOptions:
        return cls(ratio_other_place_px=0.0, both_pose_solutions=False, refine_below=2 * TRACK_MIN_POINTS, search_when_lost=False,
                   follow_frame_corners=False, preselect_keep=0, dense_pose=False, dense_edge_sigmas=0.0, outline_search=False,
                   plain_targets=False)


def make_detector(kind: str = "orb", n: int = _ic.FEATURES_PER_LEVEL, fast_threshold: int = 12):
    try:
        return _ic.make_detector(kind, n, fast_threshold)
    except MarkerError as e:
        raise TrackingError(str(e)) from None


def _norm(kind: str) -> int:
    return cv2.NORM_L2 if kind.lower() == "sift" else cv2.NORM_HAMMING


_grey = _ic.grey_of


def compile_target(target_id: str, image: np.ndarray, width_mm: float, crop=None, detector: str = "orb", tilt_views: bool = True,
                   plain_ok: bool = False) -> CompiledTarget:
    """Describe one artwork (markers.image_compile); a TrackingError when it cannot be tracked.
    plain_ok: a picture without features is compiled from its appearance and aspect only, found
    and followed by its outline (plain_picture)."""
    try:
        return _ic.compile_target(target_id, image, width_mm, crop, detector, tilt_views, plain_ok)
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


OUTLINE_MIN_START = 0.3  # a quad's best (target, turn) must look at least this alike before it is aligned
OUTLINE_MIN_APPEARANCE = 0.6  # ... and this alike after (a found target's own features need 0.4)
OUTLINE_INSET = 0.15  # ... and so must its inside, this share of the width and height in from each side
OUTLINE_LEAD = 0.25  # ... ahead of every other target on that quad (a series' neighbour: <= 0.06 at the truth)
OUTLINE_MAX_ASPECT_LOG = _outline.ASPECT_LOG  # the quad's rectangle must have the target's width/height within ~13 %


def _on_screen(t: CompiledTarget, H: np.ndarray) -> float:
    c = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), H)[0]
    return float(max(np.linalg.norm(c[1] - c[0]), np.linalg.norm(c[2] - c[3])))


def _uprightness(t: CompiledTarget, H: np.ndarray) -> float:
    """How nearly the picture's top edge runs left to right on screen (1 = level): pictures hang
    upright and a tablet is held so, which picks the turn of a picture that looks the same turned."""
    c = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), H)[0]
    d = c[1] - c[0]
    return float(d[0] / max(1e-9, np.linalg.norm(d)))


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
        self.max_frame_width = max_frame_width
        self._start = np.cumsum([0] + [len(t.descriptors) for t in targets])
        self._order = [t.target_id for t in targets]
        self._dist_type = cv2.CV_32F if _norm(detector) == cv2.NORM_L2 else cv2.CV_32S
        # The pre-selection's table: every PRESELECT_STRIDE-th descriptor of every target (its
        # pyramid levels and tilted views alike), searched once per frame to rank the targets
        sub = [t.descriptors[::PRESELECT_STRIDE] for t in targets]
        self._sub_desc = np.concatenate(sub)
        self._sub_owner = np.concatenate([np.full(len(x), i) for i, x in enumerate(sub)])
        # targets compiled without features whose reference is plain: found and followed by outline
        self._plain_ids = {t.target_id for t in targets if t.plain and t.reference is not None and _plain.reference_is_plain(t.reference)}
        self.tracks: dict[str, Track] = {}
        self._prev: np.ndarray | None = None
        self.search_every = 5  # search for the not-yet-found targets every n-th frame while tracking
        self.idle_search_every = IDLE_SEARCH_EVERY  # ... and while nothing is followed (the app's preview: more)
        self._frame_no = 0
        self._searches = 0

    def reset(self) -> None:
        self.tracks.clear()
        self._prev = None
        self._frame_no = self._searches = 0

    def process(self, frame: np.ndarray) -> list[ImageDetection]:
        grey = _grey(frame)
        out: list[ImageDetection] = []
        lost: list[str] = []
        if self._prev is not None and self.tracks:
            # plain pictures have no points for the flow: followed by their outline (_follow_plain)
            featured = {tid: tr for tid, tr in self.tracks.items() if tid not in self._plain_ids}
            lost = follow(self._prev, grey, featured, self.targets, self.options.refine_below)
            lost += [tid for tid in self._plain_ids if tid in self.tracks and not self._follow_plain(tid, self.tracks[tid], grey)]
            for tid in lost:
                self.tracks.pop(tid, None)
        missing = [tid for tid in self._order if tid not in self.tracks]
        # a target lost by the flow this frame is searched for at once (it is most likely still in
        # view); the never-found ones every search_every-th frame, or every IDLE_SEARCH_EVERY-th
        # while nothing is followed (the first frame after a reset always)
        lost_now = bool(lost) and self.options.search_when_lost
        due = self._frame_no % (self.search_every if self.tracks else self.idle_search_every) == 0
        if missing and (lost_now or due):
            self._detect(grey, set(missing), outline=lost_now or self._searches % OUTLINE_EVERY == 0)
            self._searches += 1
        for tid, tr in self.tracks.items():
            t = self.targets[tid]
            if tr.dense:  # points spread evenly over the picture, exactly on the aligned homography
                g = _dense.grid(t)
                res = pose_from_points(t, g, cv2.perspectiveTransform(g.reshape(1, -1, 2), tr.H).reshape(-1, 2), tr.H, self.intr,
                                       self.options.both_pose_solutions)
            else:
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
    def _detect(self, grey: np.ndarray, wanted: set[str], outline: bool = True) -> None:
        scale = min(1.0, self.max_frame_width / grey.shape[1])
        small = grey if scale == 1.0 else cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        mask = None
        if self.tracks:  # don't spend features on what is already followed
            mask = np.full(small.shape, 255, np.uint8)
            for tr in self.tracks.values():
                cv2.fillConvexPoly(mask, np.int32(cv2.convexHull(tr.img_pts * scale)), 0)
        kps, d = self.det.detectAndCompute(small, mask)
        found = [] if d is None or len(kps) < MIN_INLIERS else self._feature_finds(grey, kps, d, scale, wanted)
        if self.options.outline_search and outline:
            rest = wanted - {tid for _, tid, _ in found}
            if rest:
                found += self._outline_search(grey, rest, [tr for _, _, tr in found])
        # Two look-alikes (a series, crops of one plate) may both fit the same place; the whole
        # picture decides: keep the one whose reference looks most like what is there.
        found.sort(key=lambda f: -f[0])
        for _score, tid, tr in found:
            box = cv2.boundingRect(tr.img_pts.astype(np.float32))
            if any(_overlap(box, cv2.boundingRect(o.img_pts.astype(np.float32))) > 0.5 for o in self.tracks.values()):
                continue
            self.tracks[tid] = tr

    def _feature_finds(self, grey: np.ndarray, kps, d: np.ndarray, scale: float, wanted: set[str]) -> list[tuple[float, str, Track]]:
        """The wanted targets the frame's features find: (appearance score, target, track)."""
        fpts = np.asarray(cv2.KeyPoint.convert(kps), np.float32).reshape(-1, 2) / scale  # (float32, as k.pt one by one: ~2000 Python calls)
        # Ratio test within each target (text panels share glyphs with posters; a ratio test
        # across all targets would throw those features away). Look-alikes are told apart
        # afterwards by the geometric and appearance checks.
        per_target = {ti: self._ratio_matches(ti, d) for ti in self._preselect(d, wanted)}
        found: list[tuple[float, str, Track]] = []
        for ti, ms in per_target.items():
            tid = self._order[ti]
            if tid not in wanted or len(ms) < MIN_INLIERS:
                continue
            t = self.targets[tid]
            q = np.array([a for a, _ in ms])
            r = np.array([b for _, b in ms]) - self._start[ti]
            src, dst = t.points[r], fpts[q]
            H, inl = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, RANSAC_PX, maxIters=RANSAC_MAX_ITERS, confidence=RANSAC_CONFIDENCE)
            if H is None:
                continue
            inl = inl.ravel().astype(bool)
            n_in = int(inl.sum())
            if n_in < MIN_INLIERS or n_in < MIN_INLIER_SHARE * len(ms):
                continue
            if not homography_is_sane(H, t.ref_size, (grey.shape[1], grey.shape[0])):
                continue
            tr = Track(H, src[inl], dst[inl], followed=False)
            first = appearance_score(t, H, grey)
            refine(t, tr, grey)
            score = appearance_score(t, tr.H, grey)
            if score < MIN_APPEARANCE or score < first - 0.3:
                # the refinement slid off (seen with a picture larger than the frame): keep the features' fit
                tr.H, tr.ref_pts, tr.img_pts, score = H, src[inl], dst[inl], first
            if self.options.follow_frame_corners and tr.H is H:  # not refined: follow corners, not ORB's blobs
                frame_corners(t, tr, grey)
            if score < MIN_APPEARANCE:
                continue
            if self.options.dense_pose:
                Hd = _dense.dense_homography(t, tr.H, grey, self.options.dense_edge_sigmas)
                if Hd is not None:
                    tr.H, tr.dense = Hd, True
            found.append((score, tid, tr))
        return found

    def _outline_search(self, grey: np.ndarray, wanted: set[str], found: list[Track]) -> list[tuple[float, str, Track]]:
        """Wanted targets found by their outline (picture_outline): each quad of the frame that can be
        the image of a rectangle, not on a picture found already, is tried as every wanted target of
        its aspect in its two turns of that aspect; the best is aligned (dense_homography, else the
        template refinement) and kept when it then looks like the reference (OUTLINE_MIN_APPEARANCE)
        by a clear lead over every other target (OUTLINE_LEAD): never a look-alike of a series."""
        K = self.intr.matrix()
        fsize = (grey.shape[1], grey.shape[0])
        taken = [cv2.boundingRect(tr.img_pts.astype(np.float32)) for tr in list(found) + list(self.tracks.values())]
        out: list[tuple[float, str, Track]] = []
        look = _Appearance(grey)
        aspects = sorted({self.targets[tid].ref_size[0] / self.targets[tid].ref_size[1] for tid in wanted})
        for q in _outline.picture_quads(grey, K, aspects):
            box = cv2.boundingRect(q)
            if any(_overlap(box, b) > 0.5 for b in taken):
                continue
            aspect, _skew = _outline.rectangle_aspect(q, K)
            turns = _outline.rotations(q)
            homs: dict[tuple, np.ndarray | None] = {}  # one homography per (reference size, turn): targets of one size share it
            cands: list[tuple[float, str, np.ndarray]] = []
            for tid in wanted:
                t = self.targets[tid]
                if t.plain:  # nothing to correlate: plain pictures are judged below
                    continue
                r = t.ref_size[0] / t.ref_size[1]
                for turn in range(4):
                    if abs(np.log(aspect * (r if turn % 2 else 1 / r))) > OUTLINE_MAX_ASPECT_LOG:
                        continue
                    key = (t.ref_size, turn)
                    if key not in homs:
                        H = cv2.getPerspectiveTransform(t.corners_ref(), turns[turn])
                        homs[key] = H if homography_is_sane(H, t.ref_size, fsize) else None
                    H = homs[key]
                    if H is not None:
                        cands.append((look.score(t, H), tid, H))
            cands.sort(key=lambda c: -c[0])
            if not cands or cands[0][0] < OUTLINE_MIN_APPEARANCE:
                # no featured target looks like its inside as a found one does: a plain one may be
                # there (a plain inside correlates with a featured reference by chance, 0.2-0.3 seen)
                plain = self._plain_find(grey, q, wanted)
                if plain is not None:
                    out.append(plain)
                    taken.append(box)
                    wanted = wanted - {plain[1]}
                    continue
            if not cands or cands[0][0] < OUTLINE_MIN_START:
                continue
            # the outline's corners are ~1-2 px off: a fine or periodic picture (the pattern) scores
            # low until aligned, and its turn by 180 degrees may score higher; so every turn of the
            # leading target near the top is aligned and scored again
            best_tid = cands[0][1]
            tried = []
            for _score0, tid, H in cands:
                if tid != best_tid:  # every turn: the upright one of the pattern started at 0.55, its 180-degree turn at 0.91
                    continue
                t = self.targets[tid]
                tr = Track(H, np.zeros((0, 2), np.float32), np.zeros((0, 2), np.float32), followed=False)
                # aligned at any size: an outline's start is too rough for the template refinement on
                # a faint etching 450 px wide (its appearance stayed 0.56)
                Hd = _dense.dense_homography(t, H, grey, self.options.dense_edge_sigmas, below_px=np.inf)
                if Hd is not None:
                    tr.H, tr.dense = Hd, _on_screen(t, Hd) < _dense.DENSE_BELOW_PX  # nearer, the pose from followed points (as found by features)
                else:
                    refine(t, tr, grey)
                tried.append((look.score(t, tr.H), _uprightness(t, tr.H), tr))
            if not tried:
                continue
            top = max(s for s, _, _ in tried)
            score, _, tr = max((c for c in tried if c[0] >= top - 0.1), key=lambda c: c[1])  # a tie (a symmetric picture): the upright turn
            rival = max((c[0] for c in cands if c[1] != best_tid), default=-1.0)
            if score < OUTLINE_MIN_APPEARANCE or rival > score - OUTLINE_LEAD:
                continue
            # the inside alone must look alike too: an empty frame on the wall (a dark outline
            # round plain wall) scored 0.63 as the Hibiscus, its border band carrying the correlation
            if look.score(self.targets[best_tid], tr.H, OUTLINE_INSET) < OUTLINE_MIN_APPEARANCE:
                continue
            t = self.targets[best_tid]
            if len(tr.ref_pts) < TRACK_MIN_POINTS:  # not refined: follow the frame's corners, else a grid through H
                frame_corners(t, tr, grey)
            if len(tr.ref_pts) < TRACK_MIN_POINTS:
                g = _dense.grid(t)
                tr.ref_pts, tr.img_pts = g, cv2.perspectiveTransform(g.reshape(1, -1, 2), tr.H).reshape(-1, 2)
            out.append((score, best_tid, tr))
            taken.append(box)
            wanted = wanted - {best_tid}
        return out

    def _plain_find(self, grey: np.ndarray, q: np.ndarray, wanted: set[str]) -> tuple[float, str, Track] | None:
        """The wanted plain target (plain_picture) this outline quad is: the only plain target of its
        aspect (two of one aspect: the outline cannot tell them apart, so neither), its inside as
        plain as the reference, posed by the quad's upright turn; score 0 (the last to claim a place)."""
        if not self.options.plain_targets:
            return None
        K = self.intr.matrix()
        fits = []
        for tid in self._plain_ids:
            t = self.targets[tid]
            corners = _plain.upright_turn(q, K, t.ref_size[0] / t.ref_size[1], OUTLINE_MAX_ASPECT_LOG)
            if corners is not None:
                fits.append((tid, corners))
        if len(fits) != 1 or fits[0][0] not in wanted:
            return None
        tid, corners = fits[0]
        at = _plain.placed(self.targets[tid], corners, grey)
        if at is None:
            return None
        return 0.0, tid, Track(*at, followed=False, dense=True)

    def _follow_plain(self, tid: str, tr: Track, grey: np.ndarray) -> bool:
        """A plain picture followed by its outline (plain_picture.follow); False: lost."""
        at = _plain.follow(self.targets[tid], tr.H, grey, self.intr.matrix(), OUTLINE_MAX_ASPECT_LOG)
        if at is None:
            return False
        tr.H, tr.ref_pts, tr.img_pts = at
        tr.followed, tr.dense = True, True
        return True

    def _preselect(self, d: np.ndarray, wanted: set[str]) -> list[int]:
        """The wanted targets' indices; with more than PRESELECT_KEEP of them, the PRESELECT_KEEP
        whose sampled descriptors are the nearest (by the ratio test) to the most frame features."""
        idx = [ti for ti, tid in enumerate(self._order) if tid in wanted]
        keep = self.options.preselect_keep
        if keep <= 0 or len(idx) <= keep or not len(self._sub_desc):
            return idx
        dist, nn = cv2.batchDistance(d, self._sub_desc, self._dist_type, normType=_norm(self.detector_kind), K=2)
        distinct = dist[:, 0] < RATIO * dist[:, 1]
        votes = np.bincount(self._sub_owner[nn[distinct, 0]], minlength=len(self._order))
        return sorted(sorted(idx, key=lambda ti: -votes[ti])[:keep])

    def _ratio_matches(self, ti: int, d: np.ndarray) -> list[tuple[int, int]]:
        """(frame feature, global target feature) pairs passing the ratio test within target ti."""
        start = int(self._start[ti])
        t = self.targets[self._order[ti]]
        r = self.options.ratio_other_place_px
        k = min(2 if r <= 0 else self.options.neighbours, len(t.descriptors))
        if k < 2:
            return []
        dist, nn = cv2.batchDistance(d, t.descriptors, self._dist_type, normType=_norm(self.detector_kind), K=k)
        dist = dist.astype(np.float64)
        if r <= 0:
            keep = dist[:, 0] < RATIO * dist[:, 1]
        else:
            # the nearest rival at another place; none among the k: all k are this place -> unique
            pts = t.points
            b = pts[nn[:, 0]]
            other = np.abs(pts[nn[:, 1:]] - b[:, None, :]).sum(axis=2) > r  # (n, k - 1)
            first = np.where(other.any(axis=1), other.argmax(axis=1) + 1, 0)
            rival = np.where(first > 0, dist[np.arange(len(dist)), first], np.inf)
            keep = dist[:, 0] < RATIO * rival
        q = np.flatnonzero(keep)
        return list(zip(q.tolist(), (nn[q, 0] + start).tolist()))
