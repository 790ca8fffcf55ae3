"""The uneven-light model: a square's modules divided by the light falling on them, for a card
with a shadow's edge across it (docs/tracking.md, 4b)."""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from ..markers.layout import MarkerLayout
from ..markers.tracking_params import LIGHTING
from .module_sampling import MIN_RING, _all_centres, _middle, _sample, square_to_quad


def sample_lit(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float, float]:
    """sample_grid_and_rings, corrected for uneven light when the quiet zone shows it: a shadow's
    edge across the card (a visitor's arm, the tablet) leaves one part at 30-55 % of the other's
    light, so one threshold between the frame's dark and the quiet zone's light reads the shadowed
    light modules dark and breaks the ring test (benchmark shadow set: 48 of 57 misses had no
    ring at the true corners). Evenly lit squares (the quiet zone's light varies by less than
    LIT_MAX_RATIO) are read as before, bit for bit."""
    grid, thr, ring, quiet = _sample(grey, corners, layout)
    if quiet is None or ring >= MIN_RING or not _uneven(quiet):
        return grid, thr, ring
    lit = _sample_normalised(grey, corners, layout)
    return lit if lit[2] > ring else (grid, thr, ring)


LIT_MAX_RATIO = LIGHTING["max_ratio"]  # quiet zone's light: 10th percentile below this times the 90th = unevenly lit


def _uneven(quiet: np.ndarray) -> bool:
    k = len(quiet)
    part = np.partition(quiet, (k // 10, k - 1 - k // 10))
    return bool(part[k // 10] < LIT_MAX_RATIO * part[k - 1 - k // 10])


def _sample_normalised(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float, float]:
    """Every module of the square (and a ring half a module out, on the card's white margin)
    divided by the light falling on it: the light is the grey levels' morphological closing over
    5 x 5 modules (the largest dark patch of a code is a finder's 3 x 3 centre, the frame is
    3 modules thick), which keeps a shadow's edge where it is — a local threshold of any window
    would smear it over the window's width."""
    units, n = layout.units, layout.symbol_modules
    H = square_to_quad(units, corners)
    m = units + 2
    img = cv2.perspectiveTransform(_all_centres(units), H)
    vals = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).reshape(m, m).astype(np.float32)
    light = cv2.morphologyEx(vals, cv2.MORPH_CLOSE, _CLOSE_KERNEL, borderType=cv2.BORDER_REPLICATE)
    norm = vals * (255.0 / np.maximum(light, 8.0))
    o = layout.symbol_offset + 1
    frame_idx, quiet_idx = _ring_modules(units, layout.frame_modules, layout.quiet_modules)
    flat = norm.ravel()
    thr, ring = _ring_score(flat[frame_idx], flat[quiet_idx], LIGHTING["min_contrast"])
    return np.ascontiguousarray(norm[o : o + n, o : o + n]), thr, ring


_CLOSE_KERNEL = np.ones((LIGHTING["close_modules"], LIGHTING["close_modules"]), np.uint8)


def _ring_score(frame: np.ndarray, quiet: np.ndarray, min_contrast: float) -> tuple[float, float]:
    """(threshold between the frame's dark and the quiet zone's light, ring score) as in _sample,
    for rings of any lengths."""
    dark, light = _middle(frame), _middle(quiet)
    threshold = (dark + light) / 2
    if light - dark < min_contrast:
        return float(threshold), 0.0
    return float(threshold), min(np.count_nonzero(frame < threshold) / len(frame), np.count_nonzero(quiet > threshold) / len(quiet))


@lru_cache(maxsize=64)
def _ring_modules(units: int, frame: int, quiet: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat indices (in _all_centres' grid) of the frame's middle ring of modules and of the
    quiet zone's rings."""
    m = units + 2

    def ring(k: int) -> np.ndarray:
        a = np.zeros((m, m), bool)
        a[k + 1, k + 1 : m - k - 1] = a[m - k - 2, k + 1 : m - k - 1] = True
        a[k + 1 : m - k - 1, k + 1] = a[k + 1 : m - k - 1, m - k - 2] = True
        return a

    quiet_mask = np.zeros((m, m), bool)
    for k in range(frame, frame + quiet):
        quiet_mask |= ring(k)
    return np.flatnonzero(ring(frame // 2)), np.flatnonzero(quiet_mask)
