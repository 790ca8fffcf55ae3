"""Finding dark square frames in a greyscale image, with sub-pixel corners.

Candidates come from a downscaled image (ArUco-style: adaptive threshold, contours, polygon
approximation); their corners are then refined at full resolution by fitting a straight line to
sub-pixel edge points along each side of the frame's outer edge and intersecting neighbours
(AprilTag-style). Edge fitting is what keeps the corners steady: it averages dozens of edge
samples per side, and a symmetric blur does not move an edge's steepest point.
"""

from __future__ import annotations

import cv2
import numpy as np

MIN_SIDE_PX = 14  # smallest candidate side (full-resolution pixels) worth looking at


def to_grey(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


def find_candidates(grey: np.ndarray, scale: int = 2, block: int = 11, c: float = 10.0, inner_ratio: float | None = None, max_candidates: int = 64, skip=None) -> list[np.ndarray]:
    """Convex dark-bordered quads, as 4x2 float32 full-resolution corners of their OUTER edge,
    clockwise in the image (y down), largest first. `scale` is the downscale factor for the search.

    Two kinds of contour give candidates: the outer boundary of a dark region (the frame's outer
    edge), and — when `inner_ratio` (the frame's inner side over its outer side) is given — a
    hole in one (the frame's inner edge), grown by that ratio to an estimate of the outer edge.
    The inner edge is the reliable one when the white margin outside the frame is thin in the
    image (far, tilted, on a dark wall) and the frame merges with the background there.

    `skip(rough_corners) -> bool` is asked, largest first, before the (costlier) corner fit:
    the tracker skips what lies inside a marker it has already read (finder patterns, modules).
    Called lazily: the result is a generator when `skip` is given.
    """
    small = cv2.resize(grey, (grey.shape[1] // scale, grey.shape[0] // scale), interpolation=cv2.INTER_AREA) if scale > 1 else grey
    binary = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, c)
    contours, hierarchy = cv2.findContours(binary, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    if hierarchy is None:
        return []
    min_side = MIN_SIDE_PX / scale
    min_perimeter = 4 * min_side
    h, w = small.shape
    rough = []
    for cnt, hier in zip(contours, hierarchy[0]):
        hole = hier[3] != -1
        if len(cnt) < min_perimeter or (hole and inner_ratio is None):  # points are 1-1.4 px apart: cheap size test first
            continue
        perimeter = cv2.arcLength(cnt, True)
        if perimeter < min_perimeter:
            continue
        quad = cv2.approxPolyDP(cnt, 0.04 * perimeter, True)
        if len(quad) != 4 or not cv2.isContourConvex(quad):
            continue
        q = quad.reshape(4, 2).astype(np.float32)
        sides = np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1)
        if sides.min() < min_side or sides.min() < 0.12 * sides.max():
            continue
        if q[:, 0].min() < 1 or q[:, 1].min() < 1 or q[:, 0].max() > w - 2 or q[:, 1].max() > h - 2:
            continue  # touching the image border: corners would be guesses
        rough.append((float(cv2.contourArea(q)), q, cnt, hole))
    rough.sort(key=lambda r: -r[0])
    gen = _fitted(rough[:max_candidates], scale, inner_ratio, skip)
    return gen if skip is not None else list(gen)


def _fitted(rough, scale: int, inner_ratio: float | None, skip):
    for _, q, cnt, hole in rough:
        if skip is not None and skip(q * scale + (scale - 1) / 2):
            continue
        q = _fit_contour_sides(cnt.reshape(-1, 2).astype(np.float32), q)
        if q is None:
            continue
        # Clockwise order in the image (cross product > 0 with y down).
        d1, d2 = q[1] - q[0], q[2] - q[1]
        if d1[0] * d2[1] - d1[1] * d2[0] < 0:
            q = q[::-1].copy()
        if hole:
            q = _grow(q, inner_ratio)
        yield q * scale + (scale - 1) / 2


def _grow(inner: np.ndarray, ratio: float) -> np.ndarray:
    """The outer square of a frame whose inner square (seen as `inner`) is `ratio` of its side,
    through the perspective of the inner square."""
    lo, hi = (1 - ratio) / 2, (1 + ratio) / 2
    src = np.array([[lo, lo], [hi, lo], [hi, hi], [lo, hi]], np.float32)
    H = cv2.getPerspectiveTransform(src, inner.astype(np.float32))
    unit = np.array([[[0, 0]], [[1, 0]], [[1, 1]], [[0, 1]]], np.float32)
    return cv2.perspectiveTransform(unit, H).reshape(4, 2)


def _fit_contour_sides(pts: np.ndarray, q: np.ndarray) -> np.ndarray | None:
    """Better coarse corners: a line through each side's contour points (not just the polygon
    approximation's vertices, which sit on pixel corners and can be 2-3 pixels off). All four
    sides at once: total least squares from weighted moments."""
    a = q.astype(np.float64)
    d = np.roll(a, -1, axis=0) - a
    length = np.hypot(d[:, 0], d[:, 1])
    t = d / length[:, None]
    nrm = np.stack([-t[:, 1], t[:, 0]], axis=1)
    rel = pts[None, :, :] - a[:, None, :]  # (4, M, 2)
    along = np.einsum("kmi,ki->km", rel, t)
    across = np.abs(np.einsum("kmi,ki->km", rel, nrm))
    w = ((across < 2.5) & (along > 0.15 * length[:, None]) & (along < 0.85 * length[:, None])).astype(np.float64)
    sw = w.sum(axis=1)
    if sw.min() < 3:
        return None
    mean = (w @ pts) / sw[:, None]  # (4, 2)
    x = pts[None, :, 0] - mean[:, 0:1]
    y = pts[None, :, 1] - mean[:, 1:2]
    sxx, syy, sxy = (w * x * x).sum(1), (w * y * y).sum(1), (w * x * y).sum(1)
    angle = 0.5 * np.arctan2(2 * sxy, sxx - syy)
    direction = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    out = np.empty((4, 2), np.float32)
    for k in range(4):
        p = _intersect((mean[k - 1], direction[k - 1]), (mean[k], direction[k]))
        if p is None or np.abs(p - a[k]).max() > 4:
            return None
        out[k] = p
    return out


def refine_corners(grey: np.ndarray, quad: np.ndarray, inner_frac: float = 0.08, iterations: int = 3) -> np.ndarray | None:
    """Sub-pixel corners of the dark quad's outer edge, or None when its sides are not straight
    dark-inside, light-outside edges (not a frame). `inner_frac`: how far inside the outer edge
    the edge profiles may reach, as a fraction of the side — the frame plus half the quiet zone,
    so that no QR module's edge is mistaken for the frame's (far away the frame is only 2-3
    pixels thick, and the coarse corners can be a pixel off)."""
    q = quad.astype(np.float64)
    shortest = float(np.min(np.linalg.norm(q - np.roll(q, -1, 0), axis=1)))
    for it in range(iterations):
        lines = _fit_edges(grey, q, inner_frac)
        new = None if lines is None else _corners_of(lines)
        if new is None:
            if it == 0:
                return None
            break  # keep the last good estimate (a later, tighter look can lose a noisy side)
        moved = float(np.max(np.abs(new - q)))
        # Coarse corners can be ~5 px off (a frame found by its inner edge at half resolution);
        # refined ones move little. Beyond that, the edges led somewhere else: not our quad.
        if moved > (max(4.0, 0.1 * shortest) if it == 0 else max(1.5, 0.02 * shortest)):
            return None
        q = new
        if moved < 0.05:
            break
    return q.astype(np.float32)


def _fit_edges(grey: np.ndarray, q: np.ndarray, inner_frac: float):
    """For each side k (corner k -> k+1), a line (point, unit direction) through its sub-pixel
    edge points, or None when a side has too little dark-to-light contrast."""
    a, b = q, np.roll(q, -1, axis=0)
    d = b - a
    length = np.hypot(d[:, 0], d[:, 1])
    if length.min() < 4:
        return None
    t = d / length[:, None]
    n = np.stack([t[:, 1], -t[:, 0]], axis=1)  # outward for a clockwise quad (image y down)
    samples = int(np.clip(length.min() / 2, 8, 48))
    frac = np.linspace(0.12, 0.88, samples)
    # Profile from inside the frame (within the quiet zone; the shortest side bounds the
    # foreshortened thickness) to the white paper outside.
    inner = float(np.clip(inner_frac * length.min(), 1.5, 6.0))
    # Outside is the white card margin, then whatever the card lies on: a light-to-dark step
    # outward there has the wrong sign and is ignored, so the profile can reach well out.
    outer = float(np.clip(length.min() / 12, 3.0, 6.0))
    offs = np.arange(-inner, outer + 1e-6, 0.5)
    base = a[:, None, :] + (frac[None, :, None] * length[:, None, None]) * t[:, None, :]  # (4, S, 2)
    pts = base[:, :, None, :] + offs[None, None, :, None] * n[:, None, None, :]  # (4, S, O, 2)
    flat = pts.reshape(-1, len(offs), 2).astype(np.float32)
    prof = cv2.remap(grey, flat[..., 0], flat[..., 1], cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).astype(np.float32)
    contrast = prof[:, offs >= 0].max(axis=1) - prof[:, offs <= 0].min(axis=1)
    good = contrast > 10
    per_side = good.reshape(4, samples).sum(axis=1)
    if per_side.min() < max(4, samples // 3):
        return None
    g = np.clip(np.diff(prof, axis=1), 0, None)  # outward: dark -> light is positive
    # Edge position = centroid of the gradient around its peak. (Not the peak itself: an edge
    # between pixel centres makes a two-pixel ramp whose steepest half is biased by up to 0.5 px;
    # the centroid is the 50 % crossing, unbiased for any symmetric blur.)
    peak = np.argmax(g, axis=1)
    k = np.arange(g.shape[1])[None, :]
    w = np.where(np.abs(k - peak[:, None]) <= 4, g - 0.2 * g.max(axis=1, keepdims=True), 0.0)
    w = np.clip(w, 0, None)
    centre = (w * k).sum(axis=1) / np.maximum(w.sum(axis=1), 1e-6)
    pos = offs[0] + 0.5 * (centre + 0.5)  # gradient sample k lies between offs[k] and offs[k+1]
    edge = (base + pos.reshape(4, samples, 1) * n[:, None, :]).reshape(-1, 2)
    lines = []
    for k in range(4):
        sel = slice(k * samples, (k + 1) * samples)
        e = edge[sel][good[sel]].astype(np.float32)
        # Robust (Huber) fit: an occluder or a smudge on one stretch of edge does not drag the line.
        vx, vy, x0, y0 = cv2.fitLine(e, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        residual = np.abs((e[:, 0] - x0) * vy - (e[:, 1] - y0) * vx)
        if np.partition(residual, len(residual) // 2)[len(residual) // 2] > 0.5:  # median
            return None  # not one straight edge (a corner of something else, a merged blob)
        lines.append((np.array([x0, y0], float), np.array([vx, vy], float)))
    return lines


def _corners_of(lines) -> np.ndarray | None:
    out = np.empty((4, 2))
    for k in range(4):
        p = _intersect(lines[(k - 1) % 4], lines[k])
        if p is None:
            return None
        out[k] = p
    return out


def _intersect(l1, l2):
    (p1, d1), (p2, d2) = l1, l2
    den = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(den) < 1e-6:
        return None
    w = p2 - p1
    s = (w[0] * d2[1] - w[1] * d2[0]) / den
    return p1 + s * d1
