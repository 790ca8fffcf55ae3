"""The tracker: camera frames in, identified markers with steady poses out."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

import numpy as np
import zxingcpp

from ..core.exhibit import edge_m_of
from ..markers.layout import MarkerLayout
from ..markers.payload import marker_id_from_payload
from ..markers.spec import MarkerSpec, specs_for
from ..markers.tracking_params import DEBLUR, SEARCH
from .image_markers import ImageMarkers, compile_exhibit_targets
from .deblur import deblurred_look, deblurred_patch
from .detection import DECODED, TRACKED, Detection, _inside, _inside_any, _same_quad, _Track
from .deblur_gate import GATE_MIN_SCORE, closest_code_score
from .identity import MIN_SCORE_NEW, MOTION_MIN_SPREAD_PX, QR_ONLY, QR_SIZES, Candidate, Identity, could_be_known, decode_unknown, known_verdict, looks_like_frame, match_known
from .intrinsics import CameraIntrinsics
from .pose import choose_pose, square_poses
from .search_scales import first_search_scale, search_scale
from .quads import BLUR_MIN_SPREAD_PX, edge_spread, find_candidates, plain_candidates, refine_corners, to_grey
from .smoothing import PoseFilter

FALLBACK_EVERY = SEARCH["fallback_every"]  # frames between full-resolution looks while nothing is tracked
FAINT_THRESHOLD = (SEARCH["faint_window_px"], SEARCH["faint_offset"])  # adaptive threshold (window px, offset) of the last look for a thin, steep frame
# The look for a heavily motion-blurred card (Tracker._blurred_look; the viewer's blurredLook): the
# search's downscale times this, the adaptive threshold's window (px of that image) and offset.
BLURRED_SEARCH = (SEARCH["blurred_scale_factor"], SEARCH["blurred_window_px"], SEARCH["blurred_offset"])
MAX_COAST_FRAMES = SEARCH["max_coast_frames"]  # frames in a row a blurred marker keeps its predicted corners


class Tracker:
    """Finds the markers in each frame.

    markers: the MarkerSpec of each marker to look for (markers.spec); only these are reported,
    and identity is checked module by module against their codes, poses use their edges. With no markers
    ("open mode") every framed QR code is decoded and reported, plus plain QR codes that zxing
    finds; poses then use `default_size_mm` (None: no pose). Framed codes are ours: a dark square
    frame around a quiet zone (markers.layout).
    """

    def __init__(
        self,
        intrinsics: CameraIntrinsics,
        markers: Iterable[MarkerSpec] | None = None,
        *,
        default_size_mm: float | None = None,
        smoothing: bool = True,
        keep_frames: int = 15,
        full_scan_every: int = SEARCH["full_scan_every"],
        layout_overrides: dict | None = None,
        plain_qr: bool = True,
        image_targets: list | None = None,
        image_search_every: int | None = None,
        deblur: bool = True,
    ):
        self.intrinsics = intrinsics
        # Artworks tracked by their own pictures (tracking.image_targets_wiring), next to the cards;
        # with artworks only, no QR search runs at all (it would report every code in view).
        # image_search_every: while no artwork is followed, search the frame for them on every n-th
        # frame (None: image_target.IDLE_SEARCH_EVERY). The app's preview searches less often.
        self.images = ImageMarkers(image_targets, intrinsics, smoothing, image_search_every) if image_targets else None
        self.codes = bool(markers) or not image_targets
        self.known = [spec.with_layout(**(layout_overrides or {})) for spec in (markers or [])]
        self.candidates = [Candidate(i, k.modules, k.layout) for i, k in enumerate(self.known)]
        probe = MarkerLayout(21, **(layout_overrides or {}))
        self.quiet_modules, self.frame_modules = probe.quiet_modules, probe.frame_modules
        # Thinnest frame, as a fraction of the side, among the codes we may meet.
        units = [k.layout.units for k in self.known] or [MarkerLayout(n, self.quiet_modules, self.frame_modules).units for n in QR_SIZES]
        # Inner over outer side of the frame, for the typical (smallest) layout we expect.
        typical = min(units) if self.known else MarkerLayout(29, self.quiet_modules, self.frame_modules).units
        self.inner_ratio = (typical - 2 * self.frame_modules) / typical if self.frame_modules else None
        self.inner_frac = (self.frame_modules + self.quiet_modules / 2) / max(units) if self.frame_modules else 0.05
        # Layouts the cheap frame test tries (open mode: a version-3 code stands for all).
        self.layouts = tuple(sorted({k.layout for k in self.known}, key=lambda layout: layout.units)) or (MarkerLayout(29, self.quiet_modules, self.frame_modules),)
        self.default_size_mm = default_size_mm
        self.default_edge_m = edge_m_of(default_size_mm) if default_size_mm else None  # open mode: codes without a spec
        self.smoothing = smoothing
        self.keep_frames = keep_frames  # how long a track survives undetected frames
        self.full_scan_every = full_scan_every  # frames between whole-image searches while tracking
        self._last_full_scan = -(10**9)
        self.plain_qr = plain_qr and not self.known
        self.tracks: dict[str, _Track] = {}
        self.frame_index = 0
        self._last_fallback: int | None = None
        self._grey: np.ndarray | None = None  # the last frame's greyscale, whose memory the next one reuses
        self._blur_line: tuple[float, float] | None = None  # this frame's motion blur (angle deg, length px) when the deblurred look measured one
        # The look through heavy motion blur (tracking.deblur; the viewer's deblur.js): off only to
        # measure what it adds (tests, benchmarks).
        self.deblur = deblur

    @classmethod
    def from_exhibit(cls, exhibit, intrinsics: CameraIntrinsics, root=None, **kw) -> Tracker:
        """Cards and artworks of the exhibit; `root` (the exhibit folder) is needed to read the
        artworks' pictures when it has image targets."""
        images = compile_exhibit_targets(exhibit, root)
        return cls(intrinsics, specs_for(exhibit), image_targets=images or None, **kw)

    def reset(self) -> None:
        self.tracks.clear()
        self._last_full_scan = -(10**9)
        self._last_fallback = None
        if self.images is not None:
            self.images.reset()

    def process(self, image: np.ndarray, timestamp_s: float) -> list[Detection]:
        if image.shape[:2] != (self.intrinsics.height, self.intrinsics.width):
            self.intrinsics = self.intrinsics.scaled_to(image.shape[1], image.shape[0])
        found = self._codes(image, timestamp_s) if self.codes else []
        if self.images is not None:
            found += [Detection(**d) for d in self.images.process(image, timestamp_s, self.intrinsics)]
        return found

    def _codes(self, image: np.ndarray, timestamp_s: float) -> list[Detection]:
        self.frame_index += 1
        found: dict[str, Detection] = {}
        leftovers: list[np.ndarray] = []
        recent = [tr for tr in self.tracks.values() if tr.last_frame == self.frame_index - 1]
        windowed = bool(recent) and self.frame_index - self._last_full_scan < self.full_scan_every
        on_crops = windowed and not self.plain_qr  # (open mode reads plain codes on the whole frame anyway)
        if on_crops and all([self._follow(image, tr, found, timestamp_s, crop=True) for tr in recent]):
            # Every marker followed in a small greyscale crop around it: the whole frame was
            # never converted (~0.6 ms of a 720p frame).
            return self._finish(None, found, leftovers, timestamp_s)
        if image.ndim == 2:
            grey = image
        else:  # (into last frame's array: nothing keeps a frame's greyscale beyond the frame)
            grey = self._grey = to_grey(image, self._grey)
        if windowed:
            # Between full scans, look only where last frame's markers were (a video at 30 fps
            # moves them a few pixels); a new marker shows up at the next full scan.
            for tr in recent:
                if tr.key in found or (not on_crops and self._follow(grey, tr, found, timestamp_s)):
                    continue  # (followed already, or tried on a crop above)
                self._scan(grey, self._roi_candidates(grey, tr, found), found, leftovers, timestamp_s)
            if all(tr.key in found for tr in recent):
                return self._finish(grey, found, leftovers, timestamp_s)
        self._last_full_scan = self.frame_index
        scale = search_scale(grey.shape[0])
        keep = self._near_track if self.tracks else None
        plain: list = []
        self._scan(grey, find_candidates(grey, scale=first_search_scale(grey.shape[0]), inner_ratio=self.inner_ratio, skip=_inside_any(found), keep_plain=keep, plain_out=plain), found, leftovers, timestamp_s)
        if scale > 1 and self._missing(found) and self._fallback_due():
            self._last_fallback = self.frame_index
            # Thin, steeply tilted frames can vanish at half resolution: look again at full
            # resolution when something we expect is missing (costs ~2x; only on such frames).
            self._scan(grey, find_candidates(grey, scale=1, inner_ratio=self.inner_ratio, skip=_inside_any(found), keep_plain=keep, hulls=True), found, leftovers, timestamp_s)
            if self.known and plain and self._missing(found):
                # Heavy motion blur (13-25 px) greys a card's whole middle and bows its outline:
                # its square was dropped as plain, or because no line fit its sides. Those with
                # blurred edges get a look (edge spread measured on the rough corners, ~0.1 ms a
                # square: on frames where something is missing, at the fallback's pace only).
                blurred = lambda q: self._widest_spread(grey, q) >= MOTION_MIN_SPREAD_PX  # noqa: E731
                self._scan(grey, plain_candidates(plain, blurred, _inside_any(found)), found, leftovers, timestamp_s, blurred=True)
            if self.known and self._missing(found):
                self._blurred_look(grey, scale, found, leftovers, timestamp_s)
            if self._missing(found):
                # A card at 70-80 degrees whose long frame sides are ~1 px wide: averaged into
                # the search's half-resolution image they are a faint grey line that the usual
                # threshold (11-px window, offset 10) drops, and at full resolution the 11-px
                # window hollows the frame's thick ends. A small window with a low offset keeps
                # the faint line (benchmark tilt set: 2 of the 16 frames with no candidate near
                # the card). Only here: a frame where something is still missing.
                block, c = FAINT_THRESHOLD
                self._scan(grey, find_candidates(grey, scale=scale, block=block, c=c, inner_ratio=self.inner_ratio, skip=_inside_any(found), keep_plain=keep), found, leftovers, timestamp_s)
        return self._finish(grey, found, leftovers, timestamp_s)

    def _blurred_look(self, grey: np.ndarray, scale: float, found: dict[str, Detection], leftovers: list[np.ndarray], t: float) -> None:
        """Heavy motion blur (13-25 px) smears the frame's sides across the blur into ramps
        wider than the search's threshold window (11 px at half resolution): its ring breaks up
        and no contour follows the card (benchmark 13-25 px set: 56 of the 80 frames missed had
        no candidate near the card, though the code reads at the true corners in most). At a
        quarter of the resolution (the blur shrinks with it) with a lower offset the ring holds
        (BLURRED_SEARCH; 41 of those 80 frames found, 43 at a third with a 15-px window for ~1.3 ms
        more a look). Runs on the full-resolution fallback's frames (something known missing; in
        a stream with nothing tracked every FALLBACK_EVERY-th frame): ~2.4 ms a look on an empty
        720p frame. Every square it gives is treated as blurred (no code need show inside; see
        _scan); identity then asks of it what it asks of any blurred square."""
        factor, block, c = BLURRED_SEARCH
        quads = find_candidates(grey, scale=scale * factor, block=block, c=c, inner_ratio=self.inner_ratio, skip=_inside_any(found))
        self._scan(grey, quads, found, leftovers, t, blurred=True)
        if self.deblur and self._missing(found):
            # Still missing: the frame's blur line measured and undone (tracking.deblur), and
            # the squares found there read on the blurred frame like any blurred square.
            inside = _inside_any(found)
            quads, self._blur_line = deblurred_look(grey, scale * DEBLUR["search_scale"], find_candidates, block=DEBLUR["window_px"], c=DEBLUR["offset"], inner_ratio=self.inner_ratio)
            self._scan(grey, (q for q in quads if not inside(q)), found, leftovers, t, blurred=True, placed=True)

    def _finish(self, grey, found: dict[str, Detection], leftovers: list[np.ndarray], timestamp_s: float) -> list[Detection]:
        self._carry_tracks(grey, found, leftovers, timestamp_s)
        if self.known:
            self._coast_missing(grey, found, timestamp_s)
        if self.plain_qr:
            self._plain_codes(grey, found, timestamp_s)
        self._expire()
        return list(found.values())

    def _fallback_due(self) -> bool:
        """The full-resolution look costs about as much again as the search. While a marker is
        being tracked (or right after reset: a single picture) it runs whenever one is missing;
        in a stream with nothing tracked (a camera pointed elsewhere) only every
        FALLBACK_EVERY-th frame, so an empty view is cheap and a thin, steep marker still shows
        up within a few frames."""
        if self.tracks or self._last_fallback is None:
            return True
        return self.frame_index - self._last_fallback >= FALLBACK_EVERY

    def _missing(self, found: dict[str, Detection]) -> bool:
        """Is a marker we know (or were tracking) absent from this frame? Open mode: none found."""
        if not self.known:
            return not found
        return not found or any(k not in found for k in self.tracks if self.frame_index - self.tracks[k].last_frame <= 1)

    def _follow(self, image: np.ndarray, track: _Track, found: dict[str, Detection], t: float, crop: bool = False) -> bool:
        """Refine the track's corners, moved by their last velocity, directly against this frame's
        edges and read the code there: no threshold or contours at all (a marker moves a few
        pixels between frames at 30 fps, well within the refinement's reach). False when the
        edges or the code are not found there (then the window around it is searched).
        crop: `image` is the camera frame; only a window around the marker is made greyscale
        (wide enough for every edge profile: the results are the same as on the whole frame)."""
        if track.key in found:
            return True
        predicted = (track.corners + track.velocity).astype(np.float64)
        offset = np.zeros(2)
        grey = image
        if crop:
            side = float(np.hypot(*(predicted[[1, 2, 3, 0]] - predicted).T).max())
            pad = 0.25 * side + 16  # the refinement's moves (<= 10 % of a side) plus its profiles (<= 6 px)
            h, w = image.shape[:2]
            x0, y0 = np.floor(predicted.min(axis=0) - pad).astype(int)
            x1, y1 = np.ceil(predicted.max(axis=0) + pad).astype(int)
            x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)
            if x1 - x0 < 16 or y1 - y0 < 16:
                return False
            grey = to_grey(image[y0:y1, x0:x1])
            offset = np.array([x0, y0], np.float64)
        corners = refine_corners(grey, predicted - offset, self.inner_frac, iterations=3)
        if corners is None:
            return False
        ident = self._identify(grey, corners)
        if ident is None:
            return False
        key = self._payload_of(ident)
        if key not in found:
            found[key] = self._detection(ident, key, np.roll(corners + offset.astype(np.float32), -ident.rotation, axis=0), t)
        return key == track.key

    def _coast(self, grey: np.ndarray, track: _Track, predicted: np.ndarray, offset: np.ndarray, found: dict[str, Detection], t: float) -> bool:
        """A quick turn blurs the frame's edges beyond refining (13-25 px): no contour, no line.
        A marker seen in the previous frame then keeps its id at its predicted corners
        (constant corner velocity, state "tracked") when the frame is measurably blurred there
        (edge spread >= EDGES.blur_min_spread_px, measured by the failed refinement) and still
        looks like our frame (dark frame ring, light quiet zone, a code inside), for at most
        SEARCH.max_coast_frames frames in a row. It can only continue the same marker: never a
        new id."""
        if track.blind >= MAX_COAST_FRAMES or track.last_frame != self.frame_index - 1:
            return False
        local = (predicted - offset).astype(np.float64)
        edge_spread(grey, local, self.inner_frac)
        if float(edge_spread.per_side.max()) < BLUR_MIN_SPREAD_PX:
            return False  # sharp edges that do not fit: the marker is not there any more
        if not looks_like_frame(grey, (predicted - offset).astype(np.float32), self.layouts)[1]:
            return False
        track.blind += 1
        k = next((j for j, m in enumerate(self.known) if m.payload == track.key), None)
        found[track.key] = self._detection(Identity(k, track.key, 0, float("nan")), track.key, predicted.astype(np.float32), t, state=TRACKED)
        return True

    def _roi_candidates(self, grey: np.ndarray, track: _Track, found: dict[str, Detection]):
        """Candidates in a window around where the track's marker should be now."""
        predicted = track.corners + track.velocity
        side = float(np.max(np.linalg.norm(predicted - np.roll(predicted, -1, 0), axis=1)))
        pad = 0.35 * side + 12
        h, w = grey.shape[:2]
        x0, y0 = (np.floor(predicted.min(axis=0) - pad)).astype(int)
        x1, y1 = (np.ceil(predicted.max(axis=0) + pad)).astype(int)
        x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)
        if x1 - x0 < 16 or y1 - y0 < 16:
            return
        scale = 2 if side > 160 else 1
        offset = np.array([x0, y0], np.float32)
        inside = _inside_any(found)
        keep = lambda q: self._near_track(q + offset)  # noqa: E731 (a covered code where a marker was tracked)
        for q in find_candidates(grey[y0:y1, x0:x1], scale=scale, inner_ratio=self.inner_ratio, skip=lambda q: inside(q + offset), keep_plain=keep):
            yield q + offset

    def _near_track(self, quad: np.ndarray) -> bool:
        return any(_same_quad(tr.corners, quad, loose=True) for tr in self.tracks.values())

    def _scan(self, grey, quads, found: dict[str, Detection], leftovers: list[np.ndarray], t: float, blurred: bool = False, placed: bool = False) -> None:
        """blurred: the squares' edges are blurred (plain_candidates): their modules may all
        read one grey, so no code need show inside the frame. placed: the squares' corners are
        already as good as edges give (the deblurred look: ~1-2 px off on a card smeared 13-25 px,
        where edge refinement on the blurred frame often moves them 3-6 px away): read as they
        are first, refined only when that gives no id (benchmark 13-25 px set: each way finds
        frames the other misses)."""
        tried: list[np.ndarray] = []  # this scan's unread squares (a frame's outer and inner edge give one twice)
        for quad in quads:
            if any(_same_quad(c, quad) for c in tried):
                continue  # tried already
            sampled: dict = {}  # (every module sampled once for both looks at these corners)
            framed, code_inside = looks_like_frame(grey, quad, self.layouts, sampled=sampled)
            near_track = self._near_track(quad)
            if not framed or (not code_inside and not near_track and not blurred):
                continue  # (a frame whose code is covered still counts where a marker was tracked)
            # Is a known code even close? On the coarse corners when they show the frame and
            # quiet zone clearly (most candidates), else after one refinement pass. A picture
            # frame or another code is not worth finer corners.
            verdict = known_verdict(grey, quad, self.candidates, partial(self._widest_spread, grey, quad), sampled) if self.known and not near_track else True
            if verdict is False:
                tried.append(quad)
                continue
            if placed and self._blur_line is not None and closest_code_score(grey, quad, self.candidates, self._blur_line) < GATE_MIN_SCORE:
                # No known code is close under the measured line (deblur_gate): another exhibit's
                # smeared card otherwise cost every read below (~10-40 ms a square) and never anchors.
                tried.append(quad)
                continue
            if placed and (ident := self._identify(grey, quad, placed=True) or self._identify_deblurred(grey, quad)) is not None:
                if (key := self._payload_of(ident)) not in found:
                    found[key] = self._detection(ident, key, np.roll(quad, -ident.rotation, axis=0), t)
                continue
            corners = refine_corners(grey, quad, self.inner_frac, iterations=1 if verdict is None else 3)
            if corners is None:
                continue
            if verdict is None:
                # (a card smeared 13-25 px thresholds too far from its code for could_be_known: on
                # the blurred looks, a square with edges that wide goes to identity's motion model)
                if self.known and not near_track and not could_be_known(grey, corners, self.candidates) and not (blurred and self._widest_spread(grey, corners) >= MOTION_MIN_SPREAD_PX):
                    tried.append(corners)
                    continue
                corners = refine_corners(grey, corners, self.inner_frac, iterations=2)
            if corners is None:
                continue
            ident = self._identify(grey, corners)
            if ident is None:
                tried.append(corners)
                if not any(_same_quad(c, corners) for c in leftovers):
                    leftovers.append(corners)
                continue
            ordered = np.roll(corners, -ident.rotation, axis=0)
            key = self._payload_of(ident)
            if key not in found:
                found[key] = self._detection(ident, key, ordered, t)

    # --- identity -------------------------------------------------------------------------

    def _identify(self, grey: np.ndarray, corners: np.ndarray, placed: bool = False) -> Identity | None:
        """placed: the corners did not come from refine_corners (its last measured spread is
        another square's): the edge spread is measured here."""
        if self.known:
            ident = match_known(grey, corners, self.candidates, lambda: self._spread(grey, corners, measure=placed))
            if ident is not None and 1.0 - ident.distance < MIN_SCORE_NEW and not self._continues(ident, corners):
                return None  # a soft read only continues a track where it was; a new one must be clear
            return ident
        return decode_unknown(grey, corners, self.quiet_modules, self.frame_modules)

    def _identify_deblurred(self, grey: np.ndarray, corners: np.ndarray) -> Identity | None:
        """The code read on the frame around the square with the blur line the deblurred look
        measured undone (deblur.deblurred_patch), by the usual reading: a card smeared 13-25 px
        whose code the motion model cannot tell from its siblings."""
        if self._blur_line is None:
            return None
        patch, local = deblurred_patch(grey, corners, *self._blur_line)
        return self._identify(patch, local, placed=True)

    def _continues(self, ident: Identity, corners: np.ndarray) -> bool:
        """Does this read continue its marker's track (seen within keep_frames, the square near
        the track's predicted corners in some turn)?"""
        if ident.key is None:  # match_known's reads are of known markers: never the case
            return False
        track = self.tracks.get(self.known[ident.key].payload)
        if track is None:
            return False
        predicted = track.corners + track.velocity * max(self.frame_index - track.last_frame, 1)
        return _same_quad(predicted, corners, loose=True)

    def _payload_of(self, ident: Identity) -> str:
        """The payload a read stands for: a known marker's, or the one decoded."""
        if ident.key is not None:
            return self.known[ident.key].payload
        if ident.payload is None:  # decode_unknown and the plain-code reader always set it
            raise ValueError("a read names neither a known marker nor a payload")
        return ident.payload

    def _widest_spread(self, grey: np.ndarray, quad: np.ndarray) -> float:
        """Edge spread (px) of the quad's widest side (motion blurs across its direction only)."""
        edge_spread(grey, quad.astype(np.float64), self.inner_frac)
        return float(edge_spread.per_side.max())

    def _spread(self, grey: np.ndarray, corners: np.ndarray, measure: bool = False) -> np.ndarray:
        """Per-side edge spread for identity's blur model: from the blurred refinement when it
        ran, else (or when `measure`) measured on the corners (defocus often refines at the sharp
        look)."""
        if refine_corners.last_spread and not measure:
            return refine_corners.last_sides
        edge_spread(grey, corners.astype(np.float64), self.inner_frac)
        return edge_spread.per_side.copy()

    def _detection(self, ident: Identity, key: str, corners: np.ndarray, t: float, state: str = DECODED) -> Detection:
        size: float | None
        edge_m: float | None
        if ident.key is not None:
            k = self.known[ident.key]
            marker_id, size, edge_m = k.id, k.size_mm, k.edge_m
        else:
            marker_id, size, edge_m = marker_id_from_payload(key), self.default_size_mm, self.default_edge_m
        det = Detection(marker_id, key, corners, None, size_mm=size, state=state, distance=ident.distance)
        self._pose(det, t, edge_m)
        return det

    # --- pose and continuity --------------------------------------------------------------

    def _pose(self, det: Detection, t: float, edge_m: float | None) -> None:
        track = self.tracks.get(det.payload)
        if track is None:
            track = self.tracks[det.payload] = _Track(det.payload, det.corners, None, PoseFilter(), self.frame_index)
        else:
            gap = self.frame_index - track.last_frame
            track.velocity = (det.corners - track.corners) / max(gap, 1)
            if gap > 1:
                track.filter.reset()  # lost for a while: do not smooth across the gap
        track.corners, track.last_frame = det.corners, self.frame_index
        if det.state == DECODED:
            track.blind = 0
        if not edge_m:
            return
        chosen = choose_pose(square_poses(det.corners, edge_m, self.intrinsics), track.raw_pose)
        if chosen is None:
            return
        det.raw_pose, det.reprojection_px = chosen
        track.raw_pose = det.raw_pose
        det.pose = track.filter(det.raw_pose, t) if self.smoothing else det.raw_pose

    def _carry_tracks(self, grey, found: dict[str, Detection], leftovers: list[np.ndarray], t: float) -> None:
        """A square whose code could not be read this frame (blur, glare, a finger on the code)
        keeps the identity of the track whose corners it continues."""
        for key, track in self.tracks.items():
            if key in found or not leftovers:
                continue
            gap = self.frame_index - track.last_frame
            predicted = track.corners + track.velocity * gap
            side = float(np.mean(np.linalg.norm(predicted - np.roll(predicted, -1, 0), axis=1)))
            best = None
            for i, c in enumerate(leftovers):
                for r in range(4):
                    rolled = np.roll(c, -r, axis=0)
                    err = float(np.mean(np.linalg.norm(rolled - predicted, axis=1)))
                    if best is None or err < best[0]:
                        best = (err, i, rolled)
            if best is None or best[0] > max(6.0, 0.2 * side):
                continue
            _, i, rolled = best
            leftovers.pop(i)
            k = next((j for j, m in enumerate(self.known) if m.payload == key), None)
            found[key] = self._detection(Identity(k, key, 0, float("nan")), key, rolled, t, state=TRACKED)

    def _coast_missing(self, grey, found: dict[str, Detection], t: float) -> None:
        """Markers seen in the previous frame and found nowhere in this one (no square, no
        refinement: heavy blur) may coast (see _coast)."""
        if grey is None:
            return
        for key, track in list(self.tracks.items()):
            if key not in found and track.last_frame == self.frame_index - 1:
                self._coast(grey, track, track.corners + track.velocity, np.zeros(2), found, t)

    def _expire(self) -> None:
        for key in [k for k, tr in self.tracks.items() if self.frame_index - tr.last_frame > self.keep_frames]:
            del self.tracks[key]

    # --- plain QR codes (open mode) -------------------------------------------------------

    def _plain_codes(self, grey: np.ndarray, found: dict[str, Detection], t: float) -> None:
        """QR codes printed without our frame: zxing-cpp finds and decodes them; their tracked
        square is the symbol itself."""
        for r in zxingcpp.read_barcodes(grey, formats=QR_ONLY, try_rotate=False, try_invert=False):
            if not r.valid or r.text in found:
                continue
            p = r.position
            # zxing's corners are the outer corners of the symbol, whole pixels, offset +0.5 px
            # from OpenCV's pixel-centre convention (DESIGN.md, measured).
            corners = np.array([[p.top_left.x, p.top_left.y], [p.top_right.x, p.top_right.y], [p.bottom_right.x, p.bottom_right.y], [p.bottom_left.x, p.bottom_left.y]], float) - 0.5
            if any(_inside(corners.mean(axis=0), d.corners) for d in found.values()):
                continue
            found[r.text] = self._detection(Identity(None, r.text, 0, 0.0), r.text, corners, t)
