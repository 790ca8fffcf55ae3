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

CUT_TOLERANCE = 0.02  # of the hull's perimeter: the polygon that keeps a cut of ~1/4 of a side (4 % folds it away)
MAX_CUT_AREA = 0.2  # the hidden triangle may be at most this share of the completed square's area
MIN_KEPT = 0.25  # ... and each side next to the cut keeps at least this share of its length


def cut_corner_quads(hull: np.ndarray, perimeter: float) -> list[np.ndarray]:
    """The quads (4 x 1 x 2 int32, the hull's order) a pentagonal hull becomes with the corner
    across one of its sides restored, least restored area first; none when the hull is no
    square with one corner cut off. Which side is the cut the image says (the frame's sides
    are dark inside, the cut is not): the first is not always it — a cut across a quarter of
    the card adds more than completing across a short stretch of a true side (the sides next
    to it still meet beyond it), so each goes to the frame test and the read."""
    poly = cv2.approxPolyDP(hull, CUT_TOLERANCE * perimeter, True).reshape(-1, 2).astype(np.float64)
    if len(poly) != 5:
        return []
    out = []
    for k in range(5):  # the cut: poly[k] -> poly[k + 1]
        a0, a1, b1, b0 = poly[k - 1], poly[k], poly[(k + 1) % 5], poly[(k + 2) % 5]
        u, v = a1 - a0, b1 - b0  # the two sides next to the cut, both running towards it
        den = u[0] * v[1] - u[1] * v[0]
        if abs(den) < 1e-9:
            continue
        w = b0 - a0
        s = (w[0] * v[1] - w[1] * v[0]) / den  # corner = a0 + s u = b0 + t v
        t = (w[0] * u[1] - w[1] * u[0]) / den
        if s <= 1 or t <= 1 or 1 / s < MIN_KEPT or 1 / t < MIN_KEPT:
            continue  # the sides meet on this side of the cut, or far beyond it
        corner = a0 + s * u
        cut = abs((a1[0] - corner[0]) * (b1[1] - corner[1]) - (a1[1] - corner[1]) * (b1[0] - corner[0])) / 2
        quad = np.array([a0, corner, b0, poly[(k + 3) % 5]])
        area = abs(cv2.contourArea(quad.astype(np.float32)))
        if area > 0 and cut <= MAX_CUT_AREA * area:
            out.append((cut, np.round(quad).astype(np.int32).reshape(4, 1, 2)))
    out.sort(key=lambda c: c[0])
    return [q for _, q in out]
