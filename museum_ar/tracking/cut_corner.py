"""A frame with one corner hidden: the square completed from what is left of its outline.

On a cluttered table another card (or anything light) can lie over one corner of ours: the dark
frame is then a ring cut open at that corner, its outline is not a quad, and there is no inner
hole either (the quiet zone runs out through the gap). The convex hull of what is left is the
square with that corner cut off: a pentagon whose short side is the cut. The two sides next to
it, extended until they meet, give the hidden corner (issue 14, 720p clutter: 3 of the 8 frames
missed were such cards, their codes reading 0.997-1.0 at the true corners).
"""

from __future__ import annotations

import cv2
import numpy as np

from ..markers.tracking_params import QUADS

# (shared with the viewer's cut_corner.js through the manifest's tracking.quads)
CUT_TOLERANCE = QUADS["cut_tolerance"]  # of the hull's perimeter: the polygon that keeps a cut of ~1/4 of a side (4 % folds it away)
MAX_CUT_AREA = QUADS["cut_max_area"]  # the hidden triangle may be at most this share of the completed square's area
MIN_KEPT = QUADS["cut_min_kept"]  # ... and each side next to the cut keeps at least this share of its length
MAX_CUT_DARK = QUADS["cut_max_dark"]  # just inside the cut, at most this share of the points dark (inside a frame's side: nearly all; a short cut across the frame's corner: 3 of 7)
# A ring cut open is outlined along both its outer and its inner edge: its outline is ~1.6-1.9x
# its hull's perimeter (a quarter of the card hidden: 1.62); a solid blob's ~1. Most hulls of the
# clutter (~70 a 720p frame, ~9 of them pentagons) stop at this test.
MIN_OUTLINE_OVER_HULL = QUADS["cut_min_outline_over_hull"]
_ALONG = np.linspace(0.2, 0.8, 7)  # where along the cut that is looked at (its ends lie on the frame)


def cut_corner_quad(hull: np.ndarray, perimeter: float, outline: float, binary: np.ndarray) -> np.ndarray | None:
    """The quad (4 x 1 x 2 int32, the hull's order) a pentagonal hull becomes with the hidden
    corner restored, or None when the hull is no square with one corner cut off. `perimeter`:
    the hull's, `outline`: the contour's own; `binary`: the thresholded image the contour came
    from (dark = nonzero).

    Which side is the cut the image says: just inside a frame's side the frame is dark, just
    inside the cut it is not (what hides the corner is light, or the threshold would have
    joined it to the frame). Of the sides light inside whose neighbours meet beyond them, the
    one restoring the least area. (Least area alone picks wrongly where a quarter of the card is
    hidden: completing across a short stretch of a true side can add less; and a dark pentagon
    of the clutter, dark inside every side, gives no quad at all.)"""
    if outline < MIN_OUTLINE_OVER_HULL * perimeter:
        return None  # no ring
    poly = cv2.approxPolyDP(hull, CUT_TOLERANCE * perimeter, True).reshape(-1, 2).astype(np.float64)
    if len(poly) != 5:
        return None
    centre = poly.mean(axis=0)
    h, w = binary.shape
    best = None
    for k in range(5):  # the cut: poly[k] -> poly[k + 1]
        a0, a1, b1, b0 = poly[k - 1], poly[k], poly[(k + 1) % 5], poly[(k + 2) % 5]
        u, v = a1 - a0, b1 - b0  # the two sides next to the cut, both running towards it
        den = u[0] * v[1] - u[1] * v[0]
        if abs(den) < 1e-9:
            continue
        wv = b0 - a0
        s = (wv[0] * v[1] - wv[1] * v[0]) / den  # corner = a0 + s u = b0 + t v
        t = (wv[0] * u[1] - wv[1] * u[0]) / den
        if s <= 1 or t <= 1 or 1 / s < MIN_KEPT or 1 / t < MIN_KEPT:
            continue  # the sides meet on this side of the cut, or far beyond it
        corner = a0 + s * u
        cut = abs((a1[0] - corner[0]) * (b1[1] - corner[1]) - (a1[1] - corner[1]) * (b1[0] - corner[0])) / 2
        quad = np.array([a0, corner, b0, poly[(k + 3) % 5]])
        area = abs(cv2.contourArea(quad.astype(np.float32)))
        if area <= 0 or cut > MAX_CUT_AREA * area or (best is not None and cut >= best[0]):
            continue
        along = b1 - a1
        normal = np.array([-along[1], along[0]]) / max(float(np.hypot(*along)), 1e-9)
        if normal @ (centre - a1) < 0:
            normal = -normal  # towards the inside
        pts = np.rint(a1 + _ALONG[:, None] * along + 1.5 * normal).astype(np.intp)
        inside = (pts[:, 0] >= 0) & (pts[:, 0] < w) & (pts[:, 1] >= 0) & (pts[:, 1] < h)
        if not inside.all() or np.count_nonzero(binary[pts[:, 1], pts[:, 0]]) > MAX_CUT_DARK * len(pts):
            continue  # dark just inside: a side of the frame (or of a dark blob), not a cut
        best = (cut, quad)
    return None if best is None else np.round(best[1]).astype(np.int32).reshape(4, 1, 2)
