"""Dense alignment of an image target: a found picture's homography aligned on every pixel (ECC)
rather than on its features, for a picture small on screen, where a few features give a shaky
pose (image_target.py uses it for finds under DENSE_BELOW_PX and for outline finds)."""

from __future__ import annotations

import cv2
import numpy as np

from ..markers.image_compile import CompiledTarget
from .image_homography import homography_is_sane

DENSE_MAX_PX = 320  # the dense alignment compares the picture at most this wide (its on-screen width when smaller)
# ... and is used for a picture narrower than this on screen: nearer, the features' homography refined
# on ~200 corners (`_refine`) is as good or better (0.07 vs 0.1-0.2 degrees at 0.6 m in tests/tracking).
# Was 300: on the benchmark's 25 finds 300-420 px wide the inside-only alignment gave a median of
# 0.045 degrees against the features' 0.21 (max 0.35 vs 1.69)
DENSE_BELOW_PX = 420
DENSE_MAX_SHIFT = 0.25  # of the picture's on-screen width: a corner moved further than this = the alignment slid off
DENSE_MIN_ECC = 0.7  # the alignment's correlation (band-passed) must reach this
DENSE_EDGE_SIGMAS = 2.5  # the alignment leaves out a band this many high-pass widths wide along the outline
DENSE_MIN_ECC_INSIDE = 0.8  # ... and must then reach this correlation, else the whole picture is aligned


def grid(t: CompiledTarget, n: int = 7) -> np.ndarray:
    """n x n points evenly over the reference (its pixels): what a densely aligned picture's pose
    is solved on, and what an outline find is followed by when it has too few corners."""
    w, h = t.ref_size
    xs, ys = np.meshgrid(np.linspace(0, w, n), np.linspace(0, h, n))
    return np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32)


def dense_homography(t: CompiledTarget, H: np.ndarray, grey: np.ndarray, edge_sigmas: float = DENSE_EDGE_SIGMAS,
                     below_px: float | None = None) -> np.ndarray | None:
    """H (reference -> frame) aligned on every pixel of the picture (ECC, 8 parameters), or None
    when it does not take (correlation under DENSE_MIN_ECC_INSIDE on the picture's inside, then
    under DENSE_MIN_ECC on the whole picture; a corner moved more than DENSE_MAX_SHIFT,
    an insane outline) or the picture is below_px (default DENSE_BELOW_PX) wide or more on screen. The reference is
    compared at about its on-screen size (at most DENSE_MAX_PX wide), both sides high-passed so
    gallery light and glare do not pull; the frame only around the picture."""
    if t.reference is None:
        return None
    w, h = t.ref_size
    c = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), H)[0]
    on_screen = float(max(np.linalg.norm(c[1] - c[0]), np.linalg.norm(c[2] - c[3])))
    if on_screen >= (DENSE_BELOW_PX if below_px is None else below_px):
        return None
    tw = int(min(DENSE_MAX_PX, w, max(48, on_screen)))
    s = tw / w
    tpl = cv2.resize(t.reference, (tw, max(8, round(h * s))), interpolation=cv2.INTER_AREA).astype(np.float32)
    x0, y0 = (max(0, int(v) - 8) for v in np.floor(c.min(0)))
    x1, y1 = (int(v) + 8 for v in np.ceil(c.max(0)))
    crop = grey[y0 : min(grey.shape[0], y1), x0 : min(grey.shape[1], x1)].astype(np.float32)
    if crop.shape[0] < 16 or crop.shape[1] < 16:
        return None
    sigma = max(2.0, tw / 24)
    shift = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1.0]])
    W0 = np.linalg.inv(shift) @ H @ np.diag([1 / s, 1 / s, 1.0])
    tpl -= cv2.GaussianBlur(tpl, (0, 0), sigma)
    crop -= cv2.GaussianBlur(crop, (0, 0), sigma * on_screen / tw)
    # First only the picture's inside, edge_sigmas high-pass widths in from its outline, is compared:
    # along the outline the frame's high-pass mixes in the wall (its brightness is not the
    # reference's mirrored border), a band that pulled the outline's sides unevenly (a hatched
    # etching's correlation stayed under DENSE_MIN_ECC; head-on far views were 1-2.7 degrees off).
    # On a small picture the band leaves little inside and the alignment can slide: under
    # DENSE_MIN_ECC_INSIDE the whole picture is aligned instead.
    for edge in (edge_sigmas, 0.0) if edge_sigmas > 0 else (0.0,):
        Hn = _ecc(t, H, W0, shift, tpl, crop, s, sigma * edge, DENSE_MIN_ECC_INSIDE if edge > 0 else DENSE_MIN_ECC, grey.shape[1::-1])
        if Hn is not None:
            return Hn
    return None


def _ecc(t: CompiledTarget, H: np.ndarray, W0: np.ndarray, shift: np.ndarray, tpl: np.ndarray, crop: np.ndarray, s: float, edge_px: float,
         min_rho: float, frame_size: tuple[int, int]) -> np.ndarray | None:
    """One ECC alignment of dense_homography: tpl (the high-passed reference at scale s) onto crop
    (the high-passed frame around the picture, at `shift`) from W0; a band edge_px (template pixels)
    wide along the outline left out; None unless it reaches min_rho and stays sane."""
    w, h = t.ref_size
    c = cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), H)[0]
    on_screen = float(max(np.linalg.norm(c[1] - c[0]), np.linalg.norm(c[2] - c[3])))
    mask = None
    if edge_px > 0:
        b = edge_px / s  # in reference pixels
        inner = np.array([[[b, b], [w - b, b], [w - b, h - b], [b, h - b]]], np.float32)
        mask = np.zeros(crop.shape, np.uint8)
        cv2.fillConvexPoly(mask, np.int32(np.round(cv2.perspectiveTransform(inner, np.linalg.inv(shift) @ H)[0])), 255)
    try:
        rho, W = cv2.findTransformECC(tpl, crop, (W0 / W0[2, 2]).astype(np.float32), cv2.MOTION_HOMOGRAPHY,
                                      (cv2.TERM_CRITERIA_COUNT | cv2.TERM_CRITERIA_EPS, 50, 1e-5), mask, 3)
    except cv2.error:  # did not converge
        return None
    Hn = shift @ W.astype(np.float64) @ np.diag([s, s, 1.0])
    Hn /= Hn[2, 2]
    moved = np.linalg.norm(cv2.perspectiveTransform(t.corners_ref().reshape(1, 4, 2), Hn)[0] - c, axis=1).max()
    if rho < min_rho or moved > max(2.0, DENSE_MAX_SHIFT * on_screen) or not homography_is_sane(Hn, t.ref_size, frame_size):
        return None
    return Hn
