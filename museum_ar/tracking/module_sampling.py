"""Sampling a found square's QR modules through its homography: the module centres, the rings along
the frame's and the quiet zone's middles, and how well they look like our frame (the ring score).

The geometry every identification model shares (identity.py, uneven_light.py, motion_blur.py);
numbers only, no decision about which code it is.
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from ..markers.layout import MarkerLayout
from ..markers.tracking_params import IDENTITY

MIN_RING = IDENTITY["min_ring"]  # frame dark / quiet zone light along at least this fraction of their middles


def sample_grid(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float]:
    """(N x N grey levels at the symbol's module centres, threshold between the frame's dark and
    the quiet zone's light level). corners: TL TR BR BL of the tracked square as seen."""
    grid, threshold, _ = sample_grid_and_rings(grey, corners, layout)
    return grid, threshold


def sample_grid_and_rings(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, stride: int = 1) -> tuple[np.ndarray, float, float]:
    """sample_grid plus how well the square looks like our frame: the fraction (worst of the two)
    of samples along the middle of the frame that are dark and along the quiet zone that are
    light. A dark rectangle, a picture frame or a window scores low."""
    return _sample(grey, corners, layout, stride)[:3]


def _sample(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, stride: int = 1) -> tuple[np.ndarray, float, float, np.ndarray | None]:
    """sample_grid_and_rings, and the quiet zone's samples (None without a frame)."""
    units, n = layout.units, layout.symbol_modules
    H = square_to_quad(units, corners)
    # Every `stride`-th module centre (a quick look) or all, then the frame and quiet-zone rings.
    pts = _sample_points(n, layout.symbol_offset, stride, units, layout.frame_modules, layout.quiet_modules)
    n = -(-n // stride)
    img = cv2.perspectiveTransform(pts, H)  # (P, 1, 2) float32: a two-channel map for remap
    vals = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).ravel().astype(np.float32)
    grid = vals[: n * n].reshape(n, n)
    if not layout.frame_modules:
        return grid, float(np.mean(grid)), 1.0, None
    half = (len(vals) - n * n) // 2
    frame, quiet = vals[n * n : n * n + half], vals[n * n + half :]
    mid = np.partition(vals[n * n :].reshape(2, half), half // 2, axis=1)[:, half // 2]  # both rings' medians (_middle) at once
    dark, light = float(mid[0]), float(mid[1])
    threshold = (dark + light) / 2
    if light - dark < 10:
        return grid, float(threshold), 0.0, quiet
    ring = min(np.count_nonzero(frame < threshold), np.count_nonzero(quiet > threshold)) / half
    return grid, float(threshold), ring, quiet


def square_to_quad(units: int, corners: np.ndarray) -> np.ndarray:
    """The homography from the square [0, units]² (module units) to the quad `corners` (TL TR BR
    BL), in closed form (Heckbert's square-to-quad mapping): what cv2.getPerspectiveTransform
    gives (to ~1e-7 relative; its corners go in as float32, as here), at a fifth of its cost —
    it runs for every candidate's look and every read."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = np.asarray(corners, np.float32).tolist()
    dx1, dx2, dx3 = x1 - x2, x3 - x2, x0 - x1 + x2 - x3
    dy1, dy2, dy3 = y1 - y2, y3 - y2, y0 - y1 + y2 - y3
    den = dx1 * dy2 - dx2 * dy1
    if den == 0.0:  # degenerate (three corners on a line): as OpenCV, no mapping to speak of
        return cv2.getPerspectiveTransform(_unit_square(units), np.asarray(corners, np.float32))
    g = (dx3 * dy2 - dx2 * dy3) / den
    h = (dx1 * dy3 - dx3 * dy1) / den
    s = 1.0 / units
    return np.array([[(x1 - x0 + g * x1) * s, (x3 - x0 + h * x3) * s, x0], [(y1 - y0 + g * y1) * s, (y3 - y0 + h * y3) * s, y0], [g * s, h * s, 1.0]])


@lru_cache(maxsize=64)
def _unit_square(units: int) -> np.ndarray:
    """Corners of the tracked square in module units: module (r, c) has its centre at (c + 0.5, r + 0.5)."""
    return np.array([[0, 0], [units, 0], [units, units], [0, units]], np.float32)


@lru_cache(maxsize=64)
def _sample_points(n: int, offset: int, stride: int, units: int, frame: int, quiet: int) -> np.ndarray:
    return np.concatenate([_module_centres(n, offset, stride), _rings(units, frame, quiet).reshape(-1, 1, 2)])


def _middle(values: np.ndarray) -> float:
    """A median without np.median's overhead (called for every candidate)."""
    k = len(values) // 2
    return float(np.partition(values, k)[k])


@lru_cache(maxsize=64)
def _module_centres(n: int, offset: int, stride: int = 1) -> np.ndarray:
    c = np.arange(0, n, stride) + offset + 0.5
    gx, gy = np.meshgrid(c, c)
    return np.stack([gx, gy], -1).reshape(-1, 1, 2).astype(np.float32)


@lru_cache(maxsize=64)
def _rings(units: int, frame: int, quiet: int) -> np.ndarray:
    """Points along the middle of the dark frame, then along the middle of the quiet zone."""
    out = []
    for inset in (frame / 2, frame + quiet / 2):
        s = np.linspace(inset, units - inset, 24)
        lo, hi = np.full_like(s, inset), np.full_like(s, units - inset)
        out.append(np.concatenate([np.stack([s, lo], 1), np.stack([s, hi], 1), np.stack([lo, s], 1), np.stack([hi, s], 1)]))
    return np.concatenate(out).astype(np.float32) if frame else np.zeros((0, 2), np.float32)


@lru_cache(maxsize=64)
def _all_centres(units: int) -> np.ndarray:
    """Module centres of the whole square and one ring of modules outside it, row by row."""
    c = np.arange(-1, units + 1) + 0.5
    gx, gy = np.meshgrid(c, c)
    return np.stack([gx, gy], -1).reshape(-1, 1, 2).astype(np.float32)
