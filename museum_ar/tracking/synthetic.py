"""A synthetic camera: the real printed marker artwork rendered at known poses.

Tests, benchmarks, the GUI preview without a webcam and curators without one all use it. Each
frame is rendered from `markers.layout.render_marker` (the very artwork that gets printed) by a
perspective warp, supersampled 3x around the marker and area-averaged (so small, far markers look
like a real sensor sees them, not aliased), then degraded: lighting (gain and a gradient), optical
blur, sensor noise, and optional occluders. The ground truth comes with every frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import cv2
import numpy as np

from ..markers.layout import MarkerLayout, marker_corners_marker_frame, render_marker
from ..markers.spec import MarkerSpec
from .frames import Frame, FrameSource, MarkerTruth
from .intrinsics import CameraIntrinsics
from .poses import facing_pose
from .synthetic_live import LiveFrames

SUPERSAMPLE = 3
LIVE_SUPERSAMPLE = 2  # a live camera's (synthetic_live); what tests and benchmarks read keeps SUPERSAMPLE
# White card around the tracked square, as markers.artwork prints it: at least 3.5 mm and at
# least one module; beyond it, whatever the card lies on (the background).
CARD_MARGIN_MM = 3.5

PoseList = Sequence[np.ndarray]  # one 4x4 marker -> camera pose per marker (None = not in view)


@lru_cache(maxsize=32)
def _artwork(payload: str, px_per_module: int, layout: MarkerLayout, margin_px: int) -> np.ndarray:
    m = -(-margin_px // px_per_module)
    art = render_marker(payload, px_per_module=px_per_module, margin_modules=m, layout=layout)
    cut = m * px_per_module - margin_px
    return art[cut : art.shape[0] - cut, cut : art.shape[1] - cut] if cut else art


def _background(width: int, height: int, rng: np.random.Generator) -> np.ndarray:
    """Smooth greyish clutter: blotches plus a few dark rectangles (false candidates)."""
    small = rng.uniform(60, 200, size=(height // 40 + 2, width // 40 + 2)).astype(np.float32)
    bg = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    for _ in range(6):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(10, 120)), int(rng.integers(10, 120))
        cv2.rectangle(bg, (x, y), (x + w, y + h), float(rng.uniform(0, 80)), -1 if rng.random() < 0.5 else 3)
    return np.clip(bg, 0, 255)


@dataclass(eq=False)
class PrintedCard:
    """A whole printed sheet as `museum-ar markers --format png` writes it (label, margins, cut
    marks): grey pixels, and where the tracked square lies in them."""

    image: np.ndarray  # uint8 grey
    square_xy: tuple[float, float]  # top-left pixel of the square's outer edge
    square_px: float  # its side in pixels
    _cache: dict = field(default_factory=dict)

    def scaled(self, square_px: float):
        """(image, square_xy, square_px) area-downscaled so the square is about `square_px` wide."""
        f = min(1.0, max(square_px, 24.0) / self.square_px)
        key = round(f * self.square_px / 4)
        if f >= 1.0:
            return self.image, self.square_xy, self.square_px
        if key not in self._cache:
            if len(self._cache) > 64:
                self._cache.clear()
            f = key * 4 / self.square_px
            h, w = self.image.shape
            img = cv2.resize(self.image, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)
            fx, fy = img.shape[1] / w, img.shape[0] / h
            self._cache[key] = (img, ((self.square_xy[0] + 0.5) * fx - 0.5, (self.square_xy[1] + 0.5) * fy - 0.5), self.square_px * fx)
        return self._cache[key]


def printed_card(exhibit, marker, dpi: int = 300) -> PrintedCard:
    """The marker's card exactly as `museum-ar markers --format png` prints it."""
    from ..markers.artwork import build_card, card_with_cut_marks
    from ..markers.raster import drawing_to_png

    card = build_card(exhibit, marker)
    drawing, ox, oy = card_with_cut_marks(card)
    png = drawing_to_png(drawing, dpi)
    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    if img is None:
        raise ValueError("the printed card's PNG could not be decoded")
    s = dpi / 25.4
    return PrintedCard(img, (round((ox + card.square_x) * s), round((oy + card.square_y) * s)), round(card.edge_mm * s))


def _add_clutter(bg: np.ndarray, rng: np.random.Generator) -> None:
    """What a museum table or a visitor's surroundings add: lines, text-like strokes, grids,
    picture frames and dark squares with light insides (false candidates)."""
    h, w = bg.shape
    for _ in range(12):
        p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        cv2.line(bg, p0, p1, float(rng.uniform(0, 255)), int(rng.integers(1, 4)))
    for _ in range(6):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        ink = np.zeros((h, w), np.uint8)  # (putText draws on 8-bit images only)
        cv2.putText(ink, "".join(chr(int(c)) for c in rng.integers(65, 90, 8)), (x, y), cv2.FONT_HERSHEY_SIMPLEX, float(rng.uniform(0.5, 1.5)), 255, 2)
        bg[ink > 0] = float(rng.uniform(0, 60))
    for _ in range(3):  # a picture frame with some texture inside, and a checker patch
        x, y, s = int(rng.integers(0, w)), int(rng.integers(0, h)), int(rng.integers(30, 140))
        cv2.rectangle(bg, (x, y), (x + s, y + s), float(rng.uniform(0, 50)), max(2, s // 10))
        cell = max(3, s // 8)
        for i in range(3):
            for j in range(3):
                if (i + j) % 2:
                    cv2.rectangle(bg, (x + s // 3 + i * cell, y + s // 3 + j * cell), (x + s // 3 + (i + 1) * cell, y + s // 3 + (j + 1) * cell), 20.0, -1)


def _line_kernel(length: float, angle_deg: float) -> np.ndarray:
    """A camera moving during the exposure: a line of `length` pixels at `angle_deg`, area-sampled."""
    n = int(math.ceil(length)) + 3
    n += 1 - n % 2
    big = np.zeros((n * 8, n * 8), np.float32)
    c = (n * 8 - 1) / 2
    dx, dy = math.cos(math.radians(angle_deg)) * length * 4, math.sin(math.radians(angle_deg)) * length * 4
    cv2.line(big, (int(round((c - dx) * 16)), int(round((c - dy) * 16))), (int(round((c + dx) * 16)), int(round((c + dy) * 16))), 1.0, 8, cv2.LINE_AA, shift=4)
    k = cv2.resize(big, (n, n), interpolation=cv2.INTER_AREA)
    return k / k.sum()


def _disk_kernel(radius: float) -> np.ndarray:
    """An out-of-focus lens: a uniform disk of `radius` pixels, area-sampled."""
    n = 2 * int(math.ceil(radius)) + 3
    big = np.zeros((n * 8, n * 8), np.float32)
    c = (n * 8 - 1) / 2
    cv2.circle(big, (int(round(c * 16)), int(round(c * 16))), int(round(radius * 8 * 16)), 1.0, -1, cv2.LINE_AA, shift=4)
    k = cv2.resize(big, (n, n), interpolation=cv2.INTER_AREA)
    return k / k.sum()


class SyntheticCamera(FrameSource):
    """Renders `markers` (MarkerSpecs: the code, its layout and printed edge) at `poses`.

    poses: a sequence with one entry per frame, each a list of 4x4 marker -> camera poses (one per
    marker, None when that marker is out of view), or a callable(frame_index) -> such a list; a
    single 4x4 per frame is accepted when there is one marker. `frames` bounds a callable path.
    noise: sensor noise std (grey levels); blur: Gaussian blur sigma (pixels) — either may be a
    (low, high) range sampled per frame; lighting: 0..1
    strength of random gain/gradient changes; occlusion: probability per frame that a random
    blob covers part of each marker. Every random choice comes from `seed`.
    """

    def __init__(
        self,
        markers: Sequence[MarkerSpec],
        intrinsics: CameraIntrinsics | None = None,
        poses: Sequence | Callable[[int], PoseList] | None = None,
        *,
        frames: int | None = None,
        fps: float = 30.0,
        noise: float | tuple[float, float] = 2.0,
        blur: float | tuple[float, float] = 0.6,
        lighting: float = 0.0,
        occlusion: float = 0.0,
        seed: int = 0,
        motion_blur: float | tuple[float, float] = 0.0,
        motion_angle: float | None = None,
        defocus: float | tuple[float, float] = 0.0,
        shadow: float = 0.0,
        glare: float = 0.0,
        finger: float = 0.0,
        clutter: bool = False,
        cards: Sequence | None = None,
        layout_overrides: dict | None = None,
        name: str = "synthetic",
        live: bool = False,
    ):
        self.markers = [m.with_layout(**(layout_overrides or {})) for m in markers]
        self.intrinsics: CameraIntrinsics = intrinsics or CameraIntrinsics.default_for(1280, 720)
        if poses is None:
            poses = [[facing_pose(0.5, 20, 30) for _ in self.markers]]
        self.poses = poses
        self.frames = frames if frames is not None else (None if callable(poses) else len(poses))
        self.fps = fps
        self.noise, self.blur, self.lighting, self.occlusion = noise, blur, lighting, occlusion
        # A hand-held camera's troubles (each: probability per frame, or a size range in pixels).
        self.motion_blur, self.motion_angle, self.defocus = motion_blur, motion_angle, defocus
        self.shadow, self.glare, self.finger = shadow, glare, finger
        # cards: per marker a PrintedCard (the whole printed PNG) or None (the bare square with
        # CARD_MARGIN_MM of white, as before).
        self.cards = list(cards) if cards is not None else [None] * len(markers)
        self.last_degradation: dict = {}
        self.rng = np.random.default_rng(seed)
        self.name = name
        self.index = 0
        # live: a stand-in webcam (GUI preview) that must keep up with 30 fps. Noise then comes from
        # a bank drawn once, read at a random offset per frame (~1 ms instead of ~25 ms); test and
        # benchmark sets keep fresh noise per frame, so their frames stay exactly reproducible.
        self._noise_bank: np.ndarray | None = None
        self.live = live
        self.background = _background(self.intrinsics.width, self.intrinsics.height, self.rng)
        if clutter:
            _add_clutter(self.background, self.rng)
        # A live camera with only lighting, a fixed blur and fixed noise (the demo camera) makes its
        # frames in 8 bits from what it made once (synthetic_live: ~2 ms instead of 15-18 ms a frame)
        self._live = LiveFrames(self.background, self._pick(blur)) if live and self._plain() else None
        self._boxes: list[tuple[int, int, int, int]] | None = None  # where this frame's cards were drawn (live)
        # supersampling of the cards' warp: a live frame's 2x took 4/9 of the 3x warp's time
        self.supersample = LIVE_SUPERSAMPLE if self._live is not None else SUPERSAMPLE

    def _plain(self) -> bool:
        """Only lighting, a fixed blur and fixed noise: no per-frame ranges, no hand-held troubles."""
        fixed = not isinstance(self.blur, tuple) and not isinstance(self.noise, tuple)
        troubles = (self.occlusion, self.shadow, self.glare, self.finger, self.motion_blur, self.defocus)
        return fixed and not any(t != 0 for t in troubles)

    def _poses_at(self, i: int) -> list:
        entry = self.poses(i) if callable(self.poses) else self.poses[i]
        if isinstance(entry, np.ndarray) and entry.shape == (4, 4):
            entry = [entry]
        return list(entry)

    def read(self) -> Frame | None:
        if self.frames is not None and self.index >= self.frames:
            return None
        i = self.index
        self.index += 1
        image, truth = self.render(self._poses_at(i))
        return Frame(image, i, i / self.fps, f"{self.name}:{i:05d}", truth)

    def render(self, poses: PoseList) -> tuple[np.ndarray, list[MarkerTruth]]:
        if self._live is not None:
            return self._render_live(poses)
        img = self.background.copy()
        truth = self._draw_cards(img, poses, occlude=True)
        self.last_degradation = {}
        first = [t for t in truth if t.payload == self.markers[0].payload]
        if first:  # the hand-held troubles befall the first marker (the benchmark's target)
            c = first[0].corners
            if self.finger and self.rng.random() < self.finger:
                self._finger(img, c)
            if self.shadow and self.rng.random() < self.shadow:
                img = self._shadow(img, c)
            if self.glare and self.rng.random() < self.glare:
                img = self._glare(img, c)
        img = self._degrade(img)
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), truth

    def _draw_cards(self, img: np.ndarray, poses: PoseList, occlude: bool = False) -> list[MarkerTruth]:
        """Every posed card drawn into img, far ones first so nearer ones cover them; occlude: a
        hand over some (the `occlusion` trouble)."""
        truth = []
        order = sorted((k for k, p in enumerate(poses) if p is not None), key=lambda k: -poses[k][2, 3])
        for k in order:
            spec = self.markers[k]
            corners = self._draw(img, spec.payload, spec.edge_m, spec.layout, np.asarray(poses[k], float), self.cards[k])
            if corners is not None:
                truth.append(MarkerTruth(spec.payload, spec.size_mm, np.asarray(poses[k], float), corners))
                if occlude and self.occlusion and self.rng.random() < self.occlusion:
                    self._occlude(img, corners)
        return truth

    def _render_live(self, poses: PoseList) -> tuple[np.ndarray, list[MarkerTruth]]:
        """render() of a live camera without troubles (`_plain`): the cards drawn in uint8 on the
        unblurred background, then blurred only where they are (synthetic_live)."""
        assert self._live is not None
        img = self._live.canvas()
        self._boxes = []
        try:
            truth = self._draw_cards(img, poses)
            boxes = self._boxes
        finally:
            self._boxes = None
        self.last_degradation = {}
        img = self._live.degrade(img, boxes, self.rng, self.lighting, self._pick(self.noise))
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), truth

    def _draw(self, img: np.ndarray, payload: str, edge_m: float, layout: MarkerLayout, T: np.ndarray, card=None):
        intr = self.intrinsics
        K = intr.matrix()
        # Plane (x, z) of the marker frame -> image: K [r1 r3 t].
        H_plane = K @ np.column_stack([T[:3, 0], T[:3, 2], T[:3, 3]])
        obj = marker_corners_marker_frame(edge_m)
        cam = (T[:3, :3] @ obj.T).T + T[:3, 3]
        if np.any(cam[:, 2] <= 0.01):
            return None
        corners = (K @ cam.T).T
        corners = corners[:, :2] / corners[:, 2:]
        m = max(CARD_MARGIN_MM / 1000 / edge_m * layout.units, 1.0)  # card margin in modules
        paper = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]]) * (edge_m / 2) * (1 + 2 * m / layout.units)
        if card is not None:  # the whole printed sheet: square at (x0, y0)-(x0 + side) of its pixels
            ih, iw = card.image.shape
            k = edge_m / card.square_px
            paper = np.array([[0, 0], [iw, 0], [iw, ih], [0, ih]], float) - 0.5
            paper = (paper - card.square_xy - card.square_px / 2 + 0.5) * k
        pp = (H_plane @ np.column_stack([paper, np.ones(4)]).T).T
        pp = pp[:, :2] / pp[:, 2:]
        x0, y0 = np.floor(pp.min(axis=0)).astype(int) - 2
        x1, y1 = np.ceil(pp.max(axis=0)).astype(int) + 2
        x0, y0 = max(x0, 0), max(y0, 0)
        x1, y1 = min(x1, intr.width), min(y1, intr.height)
        if x1 <= x0 or y1 <= y0:
            return None
        s = self.supersample
        if card is not None:
            side_px = np.max(np.linalg.norm(np.roll(corners, -1, 0) - corners, axis=1))
            art, (sx, sy), sq = card.scaled(s * side_px * 1.2)  # no finer than the footprint: no aliasing
            k = edge_m / sq
            # Card pixel (u, v) -> plane: the square's outer edge is at u = sx - 0.5.
            A_plane = np.array([[k, 0, -(sx - 0.5) * k - edge_m / 2], [0, k, -(sy - 0.5) * k - edge_m / 2], [0, 0, 1]])
            return self._warp(img, art, A_plane, H_plane, (x0, y0, x1, y1), corners)
        # Artwork resolution just above the supersampled footprint (no aliasing, no waste).
        side_px = np.max(np.linalg.norm(np.roll(corners, -1, 0) - corners, axis=1))
        ppm = int(min(40, max(3, math.ceil(s * side_px / layout.units * 1.2))))
        margin_px = int(round(m * ppm))
        art = self.artwork(payload, ppm, layout, margin_px)
        # Artwork pixel (u, v) -> plane (x, z): the tracked square's outer edge is at u = margin_px - 0.5.
        k = edge_m / (layout.units * ppm)
        u0 = margin_px - 0.5
        A_plane = np.array([[k, 0, -u0 * k - edge_m / 2], [0, k, -u0 * k - edge_m / 2], [0, 0, 1]])
        return self._warp(img, art, A_plane, H_plane, (x0, y0, x1, y1), corners)

    def _warp(self, img, art, A_plane, H_plane, box, corners):
        x0, y0, x1, y1 = box
        s = self.supersample
        # Full-res image -> supersampled ROI pixel: j = s*(X - x0 + 0.5) - 0.5.
        A_roi = np.array([[s, 0, s * (0.5 - x0) - 0.5], [0, s, s * (0.5 - y0) - 0.5], [0, 0, 1]])
        H = A_roi @ H_plane @ A_plane
        roi = img[y0:y1, x0:x1]
        big = cv2.resize(roi, None, fx=s, fy=s, interpolation=cv2.INTER_NEAREST)
        if self._boxes is not None:  # a live frame: its blur is applied only in these boxes
            self._boxes.append(box)
        # (in the image's own type: float32, or uint8 for live frames)
        cv2.warpPerspective(art.astype(img.dtype, copy=False), H, (big.shape[1], big.shape[0]), dst=big, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
        img[y0:y1, x0:x1] = cv2.resize(big, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
        return corners

    def artwork(self, payload: str, px_per_module: int, layout: MarkerLayout, margin_px: int) -> np.ndarray:
        """The printed card: the tracked square of `layout.units` modules with a white margin of
        `margin_px`. Benchmarks override it to show other fiducials the same way."""
        return _artwork(payload, px_per_module, layout, margin_px)

    def _occlude(self, img: np.ndarray, corners: np.ndarray) -> None:
        """A grey blob (a visitor's finger, a reflection) over part of the marker."""
        c = corners.mean(axis=0)
        side = np.linalg.norm(corners[1] - corners[0])
        centre = c + self.rng.uniform(-0.35, 0.35, 2) * side
        axes = (int(side * self.rng.uniform(0.08, 0.2)), int(side * self.rng.uniform(0.15, 0.4)))
        cv2.ellipse(img, (int(centre[0]), int(centre[1])), axes, float(self.rng.uniform(0, 180)), 0, 360, float(self.rng.uniform(90, 200)), -1)

    def _finger(self, img: np.ndarray, corners: np.ndarray) -> None:
        """A visitor's finger: a rounded bar from outside the card over an edge (or a corner) of
        the square, reaching 10-30 % of the side into it."""
        side = float(np.mean(np.linalg.norm(np.roll(corners, -1, 0) - corners, axis=1)))
        centre = corners.mean(axis=0)
        if self.rng.random() < 0.5:
            k = int(self.rng.integers(0, 4))
            target = corners[k] + (corners[(k + 1) % 4] - corners[k]) * self.rng.uniform(0.25, 0.75)
            kind = "edge"
        else:
            target = corners[int(self.rng.integers(0, 4))]
            kind = "corner"
        out = target - centre
        out /= np.linalg.norm(out) + 1e-9
        tip = target - out * side * self.rng.uniform(0.1, 0.3)
        base = target + out * side * 2
        width = max(3, int(side * self.rng.uniform(0.12, 0.2)))
        cv2.line(img, tuple(int(v) for v in tip), tuple(int(v) for v in base), float(self.rng.uniform(110, 170)), width, cv2.LINE_AA)
        self.last_degradation["finger"] = kind

    def _shadow(self, img: np.ndarray, corners: np.ndarray) -> np.ndarray:
        """A soft-edged shadow (a visitor's arm, the tablet) across the square: one side of a line
        through it darkened to 30-55 %."""
        h, w = img.shape
        centre = corners.mean(axis=0) + self.rng.uniform(-0.25, 0.25, 2) * np.ptp(corners, axis=0)
        a = self.rng.uniform(0, 2 * math.pi)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        d = (xx - centre[0]) * math.cos(a) + (yy - centre[1]) * math.sin(a)
        soft = float(self.rng.uniform(1, 6))
        depth = float(self.rng.uniform(0.45, 0.7))
        factor = 1 - depth / (1 + np.exp(np.clip(-d / soft, -50, 50)))
        self.last_degradation["shadow"] = depth
        return img * factor

    def _glare(self, img: np.ndarray, corners: np.ndarray) -> np.ndarray:
        """A reflection of a lamp: a bright soft spot over part of the square."""
        h, w = img.shape
        side = float(np.mean(np.linalg.norm(np.roll(corners, -1, 0) - corners, axis=1)))
        centre = corners.mean(axis=0) + self.rng.uniform(-0.4, 0.4, 2) * side
        r = side * self.rng.uniform(0.08, 0.2)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        spot = np.exp(-((xx - centre[0]) ** 2 + (yy - centre[1]) ** 2) / (2 * r * r))
        self.last_degradation["glare"] = r
        return img + 200 * spot

    def _pick(self, value) -> float:
        """A fixed value, or a (low, high) range sampled anew for every frame."""
        return float(self.rng.uniform(*value)) if isinstance(value, tuple) else float(value)

    def _degrade(self, img: np.ndarray) -> np.ndarray:
        h, w = img.shape
        blur, noise = self._pick(self.blur), self._pick(self.noise)
        if self.lighting:
            gain = 1 - self.lighting * self.rng.uniform(0, 0.6)
            gx, gy = self.rng.uniform(-1, 1, 2) * self.lighting * 0.4
            ramp = 1 + gx * np.linspace(-1, 1, w, dtype=np.float32)[None, :] + gy * np.linspace(-1, 1, h, dtype=np.float32)[:, None]
            img = img * (gain * ramp)
        if blur > 0:
            img = cv2.GaussianBlur(img, (0, 0), blur)
        motion, defocus = self._pick(self.motion_blur), self._pick(self.defocus)
        if motion > 0:
            angle = self.motion_angle if self.motion_angle is not None else float(self.rng.uniform(0, 180))
            img = cv2.filter2D(img.astype(np.float32, copy=False), -1, _line_kernel(motion, angle), borderType=cv2.BORDER_REFLECT)
            self.last_degradation["motion"] = (motion, angle)
        if defocus > 0:
            img = cv2.filter2D(img.astype(np.float32, copy=False), -1, _disk_kernel(defocus), borderType=cv2.BORDER_REFLECT)
            self.last_degradation["defocus"] = defocus
        if noise > 0 and self.live:
            if self._noise_bank is None or self._noise_bank.shape[0] < 2 * h or self._noise_bank.shape[1] < 2 * w:
                self._noise_bank = self.rng.standard_normal((2 * h, 2 * w), dtype=np.float32)
            y0, x0 = int(self.rng.integers(0, h)), int(self.rng.integers(0, w))
            img = cv2.scaleAdd(self._noise_bank[y0 : y0 + h, x0 : x0 + w], noise, img.astype(np.float32, copy=False))
        elif noise > 0:
            img = img + self.rng.normal(0, noise, img.shape).astype(np.float32)
        return np.clip(img + 0.5, 0, 255).astype(np.uint8)


def demo_camera(markers: Sequence[MarkerSpec], intrinsics: CameraIntrinsics | None = None, *, fps: float = 30.0, frames: int | None = None, seed: int = 0) -> SyntheticCamera:
    """A stand-in webcam for curators without one (and the GUI preview): the exhibit's markers
    (up to six, in two rows, like cards on a table) seen by a hand-held camera swaying slowly
    around them at about 0.6 m. Endless unless `frames` is given."""
    shown = list(markers)[:6]
    cols = min(3, len(shown)) or 1
    gap = 1.6 * max((m.edge_m for m in shown), default=0.1)

    def at(i: int) -> list:
        t = i / fps
        # negative: the cards' top edges tip away from the camera, as for a visitor standing at the
        # cards' bottom edge (where the label is) and reading them. Positive put the camera beyond
        # the top edges: content that faces the reader was seen from behind (mirrored text)
        tilt = -(25 + 12 * math.sin(0.4 * t))
        turn = 20 * math.sin(0.23 * t)
        centre = facing_pose(0.55 + 0.1 * math.sin(0.3 * t), tilt, 0, turn, (0.03 * math.sin(0.5 * t), 0.02 * math.cos(0.35 * t)))
        out = []
        for k in range(len(shown)):
            row, col = divmod(k, cols)
            local = np.eye(4)
            local[0, 3] = (col - (cols - 1) / 2) * gap  # marker frame: +X right, +Z down the table
            local[2, 3] = (row - (len(shown) > cols) / 2) * gap
            out.append(centre @ local)
        return out + [None] * (len(markers) - len(shown))

    return SyntheticCamera(list(markers), intrinsics, at, frames=frames, fps=fps, noise=2.5, blur=0.7, lighting=0.2, seed=seed, name="demo camera", live=True)
