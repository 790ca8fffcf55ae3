"""Does the frame, pulled back through a homography, look like the artwork? The check every image
target's find and follow must pass (band-passed normalised cross-correlation at a small size)."""

from __future__ import annotations

import cv2
import numpy as np

from ..markers import image_compile as _ic
from ..markers.image_compile import CompiledTarget
from ..markers.tracking_params import IMAGE_SEARCH

MIN_APPEARANCE = float(IMAGE_SEARCH["min_appearance"])
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
    return _Appearance(grey).score(t, H)


class _Appearance:
    """appearance_score for many (target, homography) pairs on one frame: the frame converted once,
    each target's band-passed check picture made once, and a pull-back shared by the targets of one
    size (the outline search tries every wanted target on each quad)."""

    def __init__(self, grey: np.ndarray):
        self.grey = grey.astype(np.float32)
        self.ones = np.ones(grey.shape[:2], np.uint8)
        self._refs: dict[int, np.ndarray] = {}
        self._backs: dict[bytes, tuple[np.ndarray, np.ndarray] | None] = {}

    def score(self, t: CompiledTarget, H: np.ndarray, inset: float = 0.0) -> float:
        """inset > 0: only the picture's inside is compared, this share of its width and height
        left out along each side."""
        if t.reference is None:
            return 1.0
        w, h = t.ref_size
        s = _CHECK_PX / w
        sw, sh = _CHECK_PX, max(8, round(h * s))
        Hb = np.diag([s, s, 1.0]) @ np.linalg.inv(H)
        key = np.round(Hb / Hb[2, 2], 9).tobytes() + bytes([sh % 256, sh // 256])
        if key not in self._backs:
            back = cv2.warpPerspective(self.grey, Hb, (sw, sh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
            inside = cv2.warpPerspective(self.ones, Hb, (sw, sh), flags=cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
            valid = inside > 0
            # mostly outside the frame: cannot judge (None: take the features' word)
            self._backs[key] = None if valid.mean() < 0.5 else (_band(back), valid)
        pb = self._backs[key]
        if pb is None:
            return MIN_APPEARANCE
        if id(t) not in self._refs:
            self._refs[id(t)] = _band(cv2.resize(t.reference, (sw, sh), interpolation=cv2.INTER_AREA).astype(np.float32))
        band_back, valid = pb
        if inset > 0:
            m, n = max(1, round(inset * sw)), max(1, round(inset * sh))
            valid = valid.copy()
            valid[:n], valid[-n:], valid[:, :m], valid[:, -m:] = False, False, False, False
        a = band_back[valid]
        b = self._refs[id(t)][valid]
        a = a - a.mean()
        b = b - b.mean()
        den = float(np.sqrt((a * a).sum() * (b * b).sum()))
        return float((a * b).sum() / den) if den > 0 else 0.0
