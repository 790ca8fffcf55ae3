"""The convex hull of points in a plane, in numpy (issue #15).

`mesh_level` needs the footprint of a scan's base: a 2-D hull of at most a few thousand face
centres. scipy.spatial's ConvexHull did it, but importing scipy.spatial adds ~38 MB to the
process (measured: resident set after `import numpy, PIL` 28 MB, after `import scipy.spatial`
66 MB), loaded in the middle of an import, beside the mesh and a texture job: more than the
mesh of a 2 M-triangle scan's positions. Andrew's monotone chain after discarding the points
inside the quadrilateral of the four extreme points (Akl-Toussaint), so the Python loop sees few.
"""

from __future__ import annotations

import numpy as np


def _cross(o: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    return float((a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]))


def _strictly_inside_quad(p: np.ndarray) -> np.ndarray:
    """Points strictly inside the quadrilateral of the leftmost, lowest, rightmost and highest
    points (counter-clockwise): they cannot be hull vertices."""
    quad = p[[int(np.argmin(p[:, 0])), int(np.argmin(p[:, 1])), int(np.argmax(p[:, 0])), int(np.argmax(p[:, 1]))]]
    inside = np.ones(len(p), dtype=bool)
    for k in range(4):
        a, b = quad[k], quad[(k + 1) % 4]
        inside &= (b[0] - a[0]) * (p[:, 1] - a[1]) - (b[1] - a[1]) * (p[:, 0] - a[0]) > 0
    return inside


def hull(points: np.ndarray) -> np.ndarray:
    """The hull's vertices, counter-clockwise, no three in a line; fewer than 3 rows when the
    points have no area (all on one line or one point)."""
    p = np.asarray(points, dtype=np.float64)
    if len(p) > 8:
        p = p[~_strictly_inside_quad(p)]
    p = np.unique(p, axis=0)  # sorted by x, then y
    if len(p) < 3:
        return p
    lower: list[np.ndarray] = []
    for q in p:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    upper: list[np.ndarray] = []
    for q in p[::-1]:
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return np.array(lower[:-1] + upper[:-1])


def inside_distance(points: np.ndarray, c: np.ndarray) -> float | None:
    """How far `c` lies inside the hull of `points` (negative: outside, by the distance to the
    line of the nearest edge it is beyond, as qhull's facet equations give); None when the
    points have no area."""
    h = hull(points)
    if len(h) < 3:
        return None
    edge = np.roll(h, -1, axis=0) - h
    length = np.linalg.norm(edge, axis=1)
    # counter-clockwise: the inward normal of each edge is the edge turned left
    inward = np.column_stack([-edge[:, 1], edge[:, 0]]) / length[:, None]
    return float(np.min(np.einsum("ij,ij->i", inward, np.asarray(c, dtype=np.float64) - h)))
