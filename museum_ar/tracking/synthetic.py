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
from functools import lru_cache

import cv2
import numpy as np

from ..markers.layout import MarkerLayout, layout_for, marker_corners_marker_frame, render_marker
from .frames import Frame, FrameSource, MarkerTruth
from .intrinsics import CameraIntrinsics
from .poses import facing_pose

SUPERSAMPLE = 3
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


class SyntheticCamera(FrameSource):
    """Renders `markers` (a list of (payload, size_mm)) at `poses`.

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
        markers: Sequence[tuple[str, float]],
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
        layout_overrides: dict | None = None,
        name: str = "synthetic",
        live: bool = False,
    ):
        self.markers = [(str(p), float(s)) for p, s in markers]
        self.intrinsics = intrinsics or CameraIntrinsics.default_for(1280, 720)
        if poses is None:
            poses = [[facing_pose(0.5, 20, 30) for _ in self.markers]]
        self.poses = poses
        self.frames = frames if frames is not None else (None if callable(poses) else len(poses))
        self.fps = fps
        self.noise, self.blur, self.lighting, self.occlusion = noise, blur, lighting, occlusion
        self.rng = np.random.default_rng(seed)
        self.layouts = [layout_for(p, **(layout_overrides or {})) for p, _ in self.markers]
        self.name = name
        self.index = 0
        # live: a stand-in webcam (GUI preview) that must keep up with 30 fps. Noise then comes from
        # a bank drawn once, read at a random offset per frame (~1 ms instead of ~25 ms); test and
        # benchmark sets keep fresh noise per frame, so their frames stay exactly reproducible.
        self._noise_bank: np.ndarray | None = None
        self.live = live
        self.background = _background(self.intrinsics.width, self.intrinsics.height, self.rng)

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
        intr = self.intrinsics
        img = self.background.copy()
        truth = []
        # Far markers first, so nearer ones cover them.
        order = sorted((k for k, p in enumerate(poses) if p is not None), key=lambda k: -poses[k][2, 3])
        for k in order:
            payload, size_mm = self.markers[k]
            corners = self._draw(img, payload, size_mm / 1000, self.layouts[k], np.asarray(poses[k], float))
            if corners is not None:
                truth.append(MarkerTruth(payload, size_mm, np.asarray(poses[k], float), corners))
                if self.occlusion and self.rng.random() < self.occlusion:
                    self._occlude(img, corners)
        img = self._degrade(img)
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), truth

    def _draw(self, img: np.ndarray, payload: str, edge_m: float, layout: MarkerLayout, T: np.ndarray):
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
        pp = (H_plane @ np.column_stack([paper, np.ones(4)]).T).T
        pp = pp[:, :2] / pp[:, 2:]
        x0, y0 = np.floor(pp.min(axis=0)).astype(int) - 2
        x1, y1 = np.ceil(pp.max(axis=0)).astype(int) + 2
        x0, y0 = max(x0, 0), max(y0, 0)
        x1, y1 = min(x1, intr.width), min(y1, intr.height)
        if x1 <= x0 or y1 <= y0:
            return None
        s = SUPERSAMPLE
        # Artwork resolution just above the supersampled footprint (no aliasing, no waste).
        side_px = np.max(np.linalg.norm(np.roll(corners, -1, 0) - corners, axis=1))
        ppm = int(min(40, max(3, math.ceil(s * side_px / layout.units * 1.2))))
        margin_px = int(round(m * ppm))
        art = self.artwork(payload, ppm, layout, margin_px)
        # Artwork pixel (u, v) -> plane (x, z): the tracked square's outer edge is at u = margin_px - 0.5.
        k = edge_m / (layout.units * ppm)
        u0 = margin_px - 0.5
        A_plane = np.array([[k, 0, -u0 * k - edge_m / 2], [0, k, -u0 * k - edge_m / 2], [0, 0, 1]])
        # Full-res image -> supersampled ROI pixel: j = s*(X - x0 + 0.5) - 0.5.
        A_roi = np.array([[s, 0, s * (0.5 - x0) - 0.5], [0, s, s * (0.5 - y0) - 0.5], [0, 0, 1]])
        H = A_roi @ H_plane @ A_plane
        roi = img[y0:y1, x0:x1]
        big = cv2.resize(roi, None, fx=s, fy=s, interpolation=cv2.INTER_NEAREST)
        cv2.warpPerspective(art.astype(np.float32), H, (big.shape[1], big.shape[0]), dst=big, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
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
        if noise > 0 and self.live:
            if self._noise_bank is None or self._noise_bank.shape[0] < 2 * h or self._noise_bank.shape[1] < 2 * w:
                self._noise_bank = self.rng.standard_normal((2 * h, 2 * w), dtype=np.float32)
            y0, x0 = int(self.rng.integers(0, h)), int(self.rng.integers(0, w))
            img = cv2.scaleAdd(self._noise_bank[y0 : y0 + h, x0 : x0 + w], noise, img.astype(np.float32, copy=False))
        elif noise > 0:
            img = img + self.rng.normal(0, noise, img.shape).astype(np.float32)
        return np.clip(img + 0.5, 0, 255).astype(np.uint8)


def demo_camera(markers: Sequence[tuple[str, float]], intrinsics: CameraIntrinsics | None = None, *, fps: float = 30.0, frames: int | None = None, seed: int = 0) -> SyntheticCamera:
    """A stand-in webcam for curators without one (and the GUI preview): the exhibit's markers
    (up to six, in two rows, like cards on a table) seen by a hand-held camera swaying slowly
    around them at about 0.6 m. Endless unless `frames` is given."""
    shown = list(markers)[:6]
    cols = min(3, len(shown)) or 1
    gap = 1.6 * max((s for _, s in shown), default=100.0) / 1000

    def at(i: int) -> list:
        t = i / fps
        tilt = 25 + 12 * math.sin(0.4 * t)
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
