"""Finding dark square frames in a greyscale image, with sub-pixel corners.

Candidates come from a downscaled image (ArUco-style: adaptive threshold, contours, polygon
approximation); their corners are then refined at full resolution by fitting a straight line to
sub-pixel edge points along each side of the frame's outer edge and intersecting neighbours
(AprilTag-style). Edge fitting is what keeps the corners steady: it averages dozens of edge
samples per side, and a symmetric blur does not move an edge's steepest point.
"""

from __future__ import annotations

import math
from functools import lru_cache

import cv2
import numpy as np

from ..markers.tracking_params import EDGES, QUADS
from .cut_corner import cut_corner_quad
from .downscale import area_downscale

MIN_SIDE_PX = 14  # smallest candidate side (full-resolution pixels) worth looking at
MIN_SIDE_RATIO = QUADS["min_side_ratio"]  # shortest over longest side of a candidate (a card at 80 degrees: ~0.17)
THIN_MIN_FILL = QUADS["thin_min_fill"]  # area / perimeter^2 of a contour worth a finer polygon (a 1:16 rectangle: 0.013; a stroke: less)
THIN_MAX_FILL_ERROR = QUADS["thin_max_fill_error"]  # ... whose area is within this of the finer quad's
HULL_MAX_FILL_ERROR = QUADS["hull_max_fill_error"]  # ... for the convex hull of a contour on the full-resolution look
PLAIN_MAX_DARK = 0.15  # a quad's middle darker than this (or lighter than 1 - this) holds no code


def to_grey(image: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Greyscale of a BGR frame (a grey one as it is). `out`: an array of the right shape to
    write it into (the tracker's, reused frame after frame: a fresh 0.9 MB of a 720p frame comes
    from the OS page by page)."""
    if image.ndim == 2:
        return image
    if out is not None and out.shape == image.shape[:2]:
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY, dst=out)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


def find_candidates(grey: np.ndarray, scale: float = 2, block: int = 11, c: float = 10.0, inner_ratio: float | None = None, max_candidates: int = 64, skip=None, keep_plain=None, hulls: bool = False, plain_out: list | None = None) -> list[np.ndarray]:
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

    A quad whose middle is plain (nearly all dark or all light in the thresholded image: a dark
    blob, a hole in the background texture, an empty picture frame) holds no code and is dropped
    before its corners are fitted, unless `keep_plain(rough_corners)` says otherwise (the tracker:
    where a marker was tracked, a hand may cover the code). Measured on the benchmark set: squares
    that turn out to be close to a known code are 39-55 % dark there; ~80 % of the others are
    below 8 % or above 92 %.

    `hulls`: a dark region whose outline is not itself a quad may still have a quad as its convex
    hull — a marker seen almost edge-on, whose ~1 px frame breaks up and merges with the code's
    modules (benchmark frame 191: 1.1 m, 56 deg, 25 deg off-axis). Worth it on the tracker's
    last-resort full-resolution look only.

    `plain_out`: the quads dropped as plain or because no line fits their contour's sides are
    appended there (for `plain_candidates`: a card blurred by 13-25 px of motion has a plain
    middle too — its modules blur into one grey — and bowed sides).
    """
    if scale > 1:
        small = area_downscale(grey, (int(round(grey.shape[1] / scale)), int(round(grey.shape[0] / scale))))  # (cv2.INTER_AREA's values; 480p: 4/3)
        scale = grey.shape[0] / small.shape[0]  # the exact factor (full = small * scale + (scale - 1) / 2)
    else:
        small = grey
    binary = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, c)
    contours, hierarchy = cv2.findContours(binary, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    if hierarchy is None:
        return []
    min_side = MIN_SIDE_PX / scale
    min_perimeter = 4 * min_side
    h, w = small.shape
    rough = []
    # Size test first, for all contours at once (points are 1-1.4 px apart): most are specks.
    holes = hierarchy[0][:, 3] != -1
    big = np.fromiter(map(len, contours), np.int64, len(contours)) >= min_perimeter
    if inner_ratio is None:
        big &= ~holes
    hole_of = holes.tolist()  # (plain bools and ints below: numpy scalars cost ~10x more a use, ~100 contours a frame)
    for i in np.flatnonzero(big).tolist():
        cnt, hole = contours[i], hole_of[i]
        perimeter = cv2.arcLength(cnt, True)
        if perimeter < min_perimeter:
            continue
        quad = cv2.approxPolyDP(cnt, 0.04 * perimeter, True)
        if len(quad) < 4 and (area := cv2.contourArea(cnt)) >= THIN_MIN_FILL * perimeter * perimeter:
            quad = _finer_polygon(cnt, perimeter, area)
        polygons = [quad]
        if hulls and not hole and (len(quad) != 4 or not cv2.isContourConvex(quad)):
            hull = cv2.convexHull(cnt)
            hull_perimeter = cv2.arcLength(hull, True)
            quad = cv2.approxPolyDP(hull, 0.04 * hull_perimeter, True)
            if len(quad) < 4 and (hull_area := cv2.contourArea(hull)) >= THIN_MIN_FILL * hull_perimeter * hull_perimeter:
                # A card at 70-80 degrees whose thin frame broke up: its outline is a stroke
                # (modules attached), its hull a thin quad that 4 % folds into a line. The hull
                # also takes in what touches the frame, so it fills its quad less exactly.
                quad = _finer_polygon(hull, hull_perimeter, hull_area, HULL_MAX_FILL_ERROR)
            # A frame with a corner hidden (another card over it) is a ring cut open: its hull
            # is a pentagon, whose two sides next to the cut meet at the hidden corner (at 4 %
            # it folds into 4 or 5 corners: a cheap test first, most hulls of the clutter fail it).
            if len(quad) in (4, 5) and (cut := cut_corner_quad(hull, hull_perimeter, perimeter, binary)) is not None:
                polygons = [quad, cut]
            else:
                polygons = [quad]
        for quad in polygons:
            if len(quad) != 4 or not cv2.isContourConvex(quad):
                continue
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad.reshape(4, 2).tolist()  # plain ints: cheaper than numpy for 4 points
            sides = (math.hypot(x1 - x0, y1 - y0), math.hypot(x2 - x1, y2 - y1), math.hypot(x3 - x2, y3 - y2), math.hypot(x0 - x3, y0 - y3))
            if min(sides) < min_side or min(sides) < MIN_SIDE_RATIO * max(sides):
                continue
            if min(x0, x1, x2, x3) < 1 or min(y0, y1, y2, y3) < 1 or max(x0, x1, x2, x3) > w - 2 or max(y0, y1, y2, y3) > h - 2:
                continue  # touching the image border: corners would be guesses
            # Dark fraction of the middle of the quad (a box of 30 % of its extent around the centre).
            cx, cy = (x0 + x1 + x2 + x3) / 4, (y0 + y1 + y2 + y3) / 4
            hx = 0.15 * (max(x0, x1, x2, x3) - min(x0, x1, x2, x3))
            hy = 0.15 * (max(y0, y1, y2, y3) - min(y0, y1, y2, y3))
            bx0, by0, bx1, by1 = int(cx - hx), int(cy - hy), int(cx + hx) + 1, int(cy + hy) + 1
            # (counted in the box itself, not from an integral image of the whole binary: ~35 boxes
            # a frame, and the integral's fresh 0.9 MB cost ~0.05-0.25 ms a 720p frame; the same value)
            dark = 255 * np.count_nonzero(binary[by0:by1, bx0:bx1]) / (255.0 * (bx1 - bx0) * (by1 - by0))
            q = quad.reshape(4, 2).astype(np.float32)
            rough.append((float(cv2.contourArea(q)), q, cnt, hole, dark < PLAIN_MAX_DARK or dark > 1 - PLAIN_MAX_DARK))
    rough.sort(key=lambda r: -r[0])
    gen = _fitted(rough[:max_candidates], scale, inner_ratio, skip, keep_plain, plain_out)
    return gen if skip is not None else list(gen)


def plain_candidates(plain: list, accept, skip=None):
    """The quads find_candidates dropped (its `plain_out`) that `accept(rough_corners)`, fitted
    as find_candidates fits its own, largest first."""
    for _, q, cnt, hole, _, scale, inner_ratio in plain:
        rough = (_grow(q, inner_ratio) if hole and inner_ratio is not None else q) * scale + (scale - 1) / 2
        if (skip is None or not skip(rough)) and accept(rough):
            # (a blurred contour's sides bow: when no line fits them, the polygon's own corners
            # go to the refinement, which finds the blurred edges from there)
            yield from _fitted([(0.0, q, cnt, hole, False)], scale, inner_ratio, skip, None, rough_ok=True)


def _finer_polygon(cnt: np.ndarray, perimeter: float, area: float, max_fill_error: float = THIN_MAX_FILL_ERROR) -> np.ndarray:
    """A contour that the usual tolerance (4 % of the perimeter) folds into a triangle or a line:
    a square seen at 70-80 degrees is a long thin quad whose two obtuse corners lie closer than
    that to the line between its acute ones. Finer tolerances find its four corners (benchmark
    tilt set, 70-80 degrees: 129 -> 147 of 200 found); anything else still has to pass the quad
    tests."""
    for eps in QUADS["finer_tolerances"]:
        quad = cv2.approxPolyDP(cnt, eps * perimeter, True)
        if len(quad) >= 4:
            # A card's contour fills its four corners' quad (benchmark: 0.98-1.02 of its area);
            # strokes and blobs that fold into a triangle mostly do not (0.87-1.33).
            if len(quad) == 4 and abs(area / max(cv2.contourArea(quad), 1.0) - 1.0) > max_fill_error:
                return quad[:3]
            return quad
    return quad


def _fitted(rough, scale: float, inner_ratio: float | None, skip, keep_plain, plain_out: list | None = None, rough_ok: bool = False):
    for entry in rough:
        _, q, cnt, hole, plain = entry
        # (holes are kept only when inner_ratio is given: find_candidates drops them otherwise)
        if plain and (keep_plain is None or not keep_plain((_grow(q, inner_ratio) if hole and inner_ratio is not None else q) * scale + (scale - 1) / 2)):
            if plain_out is not None:
                plain_out.append((*entry, scale, inner_ratio))
            continue
        if skip is not None and skip(q * scale + (scale - 1) / 2):
            continue
        fitted = _fit_contour_sides(cnt.reshape(-1, 2), q)
        if fitted is None and not rough_ok:
            if plain_out is not None:
                plain_out.append((*entry, scale, inner_ratio))
            continue
        q = q if fitted is None else fitted
        # Clockwise order in the image (cross product > 0 with y down).
        (x0, y0), (x1, y1), (x2, y2), _ = q.tolist()
        if (x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1) < 0:
            q = q[::-1].copy()
        if hole and inner_ratio is not None:
            q = _grow(q, inner_ratio)
        yield q * scale + (scale - 1) / 2


def _grow(inner: np.ndarray, ratio: float) -> np.ndarray:
    """The outer square of a frame whose inner square (seen as `inner`) is `ratio` of its side,
    through the perspective of the inner square."""
    H = cv2.getPerspectiveTransform(_inner_square(ratio), inner.astype(np.float32))
    return cv2.perspectiveTransform(_UNIT, H).reshape(4, 2)


@lru_cache(maxsize=16)
def _inner_square(ratio: float) -> np.ndarray:
    lo, hi = (1 - ratio) / 2, (1 + ratio) / 2
    return np.array([[lo, lo], [hi, lo], [hi, hi], [lo, hi]], np.float32)


_UNIT = np.array([[[0, 0]], [[1, 0]], [[1, 1]], [[0, 1]]], np.float32)


def _fit_contour_sides(pts: np.ndarray, q: np.ndarray) -> np.ndarray | None:
    """Better coarse corners: a line through each side's contour points (not just the polygon
    approximation's vertices, which sit on pixel corners and can be 2-3 pixels off). All four
    sides at once: total least squares from weighted moments (projections and moments each one
    matrix product). This runs ~12 times a frame on ~100-point contours, so numpy's per-call
    overhead, not arithmetic, is its cost: the four sides' frames and the lines' intersections are
    plain float arithmetic (the same values as the numpy version, bit for bit on the benchmark's
    1,252 clutter contours; ~0.08 -> ~0.055 ms a call)."""
    c = q.tolist()
    frame = np.empty((8, 2))  # along each side, then across it (its left normal)
    off = np.empty(8)
    lo, hi = np.empty((4, 1)), np.empty((4, 1))
    for k in range(4):
        ax, ay = c[k]
        bx, by = c[(k + 1) & 3]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        tx, ty = dx / length, dy / length
        frame[k] = tx, ty
        frame[4 + k] = -ty, tx
        off[k], off[4 + k] = tx * ax + ty * ay, tx * ay - ty * ax
        lo[k, 0], hi[k, 0] = 0.15 * length, 0.85 * length
    p = pts.astype(np.float64)
    proj = frame @ p.T
    proj -= off[:, None]  # (8, M): each point along and across each side, from its first corner
    along = proj[:4]
    # (integer contour points often lie exactly on these bounds: kept as they are, not folded
    # into one |along - middle| test, whose rounding differs there)
    w = (np.abs(proj[4:]) < 2.5) & (along > lo) & (along < hi)
    sw = w.sum(axis=1)
    if sw.min() < 3:
        return None
    terms = np.empty((len(p), 5))
    terms[:, :2] = p
    np.multiply(p, p, out=terms[:, 2:4])
    np.multiply(p[:, 0], p[:, 1], out=terms[:, 4])
    lines = []
    for mx, my, mxx, myy, mxy in (w.astype(np.float64) @ terms / sw[:, None]).tolist():  # means of x, y, xx, yy, xy
        angle = 0.5 * math.atan2(2 * (mxy - mx * my), (mxx - mx * mx) - (myy - my * my))
        lines.append((mx, my, math.cos(angle), math.sin(angle)))
    out = []
    for k in range(4):  # corner k = line k-1 meets line k (as _intersect_neighbours)
        px, py, ux, uy = lines[k - 1]
        qx, qy, vx, vy = lines[k]
        den = ux * vy - uy * vx
        if abs(den) < 1e-6:
            return None
        s = ((qx - px) * vy - (qy - py) * vx) / den
        x, y = px + s * ux, py + s * uy
        if abs(x - c[k][0]) > 4 or abs(y - c[k][1]) > 4:
            return None
        out.append((x, y))
    return np.array(out, np.float32)


_NEXT = np.array([1, 2, 3, 0])
_PREV = np.array([3, 0, 1, 2])
_PERP = np.array([-1.0, 1.0])  # (ty, tx) * (-1, 1) = (-ty, tx): the side's left normal


def _intersect_neighbours(point: np.ndarray, direction: np.ndarray) -> np.ndarray | None:
    """Corner k = intersection of line k-1 and line k (lines as (4, 2) points and directions)."""
    p0, d0 = point[_PREV], direction[_PREV]
    den = d0[:, 0] * direction[:, 1] - d0[:, 1] * direction[:, 0]
    if np.abs(den).min() < 1e-6:
        return None
    w = point - p0
    s = (w[:, 0] * direction[:, 1] - w[:, 1] * direction[:, 0]) / den
    return p0 + s[:, None] * d0


class _RefineCorners:
    """refine_corners(...) below; an object so that what the last call measured has a type."""

    def __init__(self) -> None:
        self.last_spread = 0.0
        self.last_sides = np.zeros(4)  # per side (TL-TR, TR-BR, BR-BL, BL-TL as given) edge spread, px

    def __call__(self, grey: np.ndarray, quad: np.ndarray, inner_frac: float = 0.08, iterations: int = 3, spread: float = 0.0) -> np.ndarray | None:
        """Sub-pixel corners of the dark quad's outer edge, or None when its sides are not straight
        dark-inside, light-outside edges (not a frame). `inner_frac`: how far inside the outer edge
        the edge profiles may reach, as a fraction of the side — the frame plus half the quiet zone,
        so that no QR module's edge is mistaken for the frame's (far away the frame is only 2-3
        pixels thick, and the coarse corners can be a pixel off).

        Blur (motion, defocus) widens the frame's edges beyond the sharp profile window: when the
        sharp look fails and the edges it saw are wide (`edge_spread`), the look is repeated with
        windows, line tolerance and corner allowance widened by the measured spread (`spread`, px:
        the gradient's standard deviation across the edge). Returns float32 corners; the spread that
        worked is left in `refine_corners.last_spread` (for identity's blur model)."""
        out = _refine(grey, quad, inner_frac, iterations, spread)
        if out is not None or spread:
            self.last_spread = spread
            self.last_sides = np.full(4, spread)
            return out
        edge_spread(grey, quad.astype(np.float64), inner_frac)
        # Motion blurs the sides across its direction only: the widest side sets the windows.
        measured = float(edge_spread.per_side.max())
        for trial in (measured * f for f in BLUR_RETRY_FACTORS):
            if trial < BLUR_MIN_SPREAD_PX:
                break
            out = _refine(grey, quad, inner_frac, iterations, min(trial, BLUR_MAX_SPREAD_PX))
            if out is not None:
                self.last_spread = min(trial, BLUR_MAX_SPREAD_PX)
                edge_spread(grey, out.astype(np.float64), inner_frac)  # per side, on the refined corners
                self.last_sides = edge_spread.per_side.copy()
                return out
        self.last_spread = 0.0
        self.last_sides = np.zeros(4)
        return None


refine_corners = _RefineCorners()
BLUR_MIN_SPREAD_PX = EDGES["blur_min_spread_px"]  # edges narrower than this are sharp: the sharp look failed for another reason
BLUR_MAX_SPREAD_PX = EDGES["blur_max_spread_px"]  # a box blur of ~28 px
BLUR_RETRY_FACTORS = tuple(EDGES["blur_retry_factors"])


def _refine(grey: np.ndarray, quad: np.ndarray, inner_frac: float, iterations: int, spread: float) -> np.ndarray | None:
    q = quad.astype(np.float64)
    d = q[_NEXT] - q
    length = np.hypot(d[:, 0], d[:, 1])
    shortest = float(length.min())
    # A side's line off by e moves a corner by e / sin(corner angle): at the acute corners of a
    # marker seen almost edge-on (a thin rhombus) by several times e. Allow for that.
    sines = np.abs(d[_PREV, 0] * d[:, 1] - d[_PREV, 1] * d[:, 0]) / (length[_PREV] * length)
    slack = 1.0 / max(float(sines.min()), 0.25)
    for it in range(iterations):
        lines = _fit_edges(grey, q, inner_frac, spread)
        new = None if lines is None else _intersect_neighbours(*lines)
        if new is None:
            if it == 0:
                return None
            break  # keep the last good estimate (a later, tighter look can lose a noisy side)
        moved = float(np.max(np.abs(new - q)))
        # Coarse corners can be ~5 px off (a frame found by its inner edge at half resolution);
        # refined ones move little. Beyond that, the edges led somewhere else: not our quad.
        if moved > slack * ((max(4.0, 0.1 * shortest) if it == 0 else max(1.5, 0.02 * shortest)) + 0.5 * spread):
            return None
        q = new
        if moved < 0.05:
            break
    return q.astype(np.float32)


class _EdgeSpread:
    """edge_spread(...) below; an object so that the per-side spreads of its last call have a type."""

    def __init__(self) -> None:
        self.per_side = np.zeros(4)

    def __call__(self, grey: np.ndarray, q: np.ndarray, inner_frac: float) -> float:
        """How wide the quad's edges are: the median over all four sides' profiles of the standard
        deviation of the dark->light gradient across the edge (px), on long profiles (up to 10 px
        each way, inward no farther than the frame). ~0.6-1 px for a sharp camera; a box blur of
        length L adds L / sqrt(12) along its direction."""
        d = q[_NEXT] - q
        length = np.hypot(d[:, 0], d[:, 1])
        shortest = float(length.min())
        if shortest < 8:
            self.per_side = np.zeros(4)  # not the previous quad's: callers read it after any call
            return 0.0
        t = d / length[:, None]
        n = t[:, ::-1] * _OUT
        inner = min(max(inner_frac * shortest, 1.5), 10.0)
        offs = np.arange(-inner, 10.0 + 1e-6, 0.5)
        frac = _fractions(12)
        base = q[:, None, :] + (frac[None, :, None] * length[:, None, None]) * t[:, None, :]
        # x and y maps apart (the same values as one interleaved (48, O, 2) map, cheaper to build)
        map_x = (base[:, :, 0, None] + offs[None, None, :] * n[:, 0, None, None]).astype(np.float32).reshape(-1, len(offs))
        map_y = (base[:, :, 1, None] + offs[None, None, :] * n[:, 1, None, None]).astype(np.float32).reshape(-1, len(offs))
        prof = cv2.remap(grey, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).astype(np.float32)
        prof = cv2.blur(prof, (3, 1))  # noise would fake width
        g = prof[:, 1:] - prof[:, :-1]
        np.maximum(g, 0, out=g)
        g -= 0.25 * g.max(axis=1, keepdims=True)
        np.maximum(g, 0, out=g)
        k = _sample_index(g.shape[1])
        mass = g.sum(axis=1) + 1e-6
        c = (g @ k[0]) / mass
        var = (g @ k[1]) / mass - c * c
        np.maximum(var, 0, out=var)
        sd = np.sqrt(var) * 0.5  # samples are 0.5 px apart
        # The 25 % floor trims the tails: ~1/1.4 of the true spread. Medians of 12 and of 48
        # as np.median takes them (the mean of the middle two), without its overhead: this runs
        # for every square that reaches known_verdict's sharp test.
        per = np.sort(sd.reshape(4, -1), axis=1)
        self.per_side = (per[:, 5] + per[:, 6]) / 2 * 1.4
        mid = np.partition(sd, (23, 24))
        return float((mid[23] + mid[24]) / 2 * 1.4)


edge_spread = _EdgeSpread()


@lru_cache(maxsize=64)
def _sample_index(count: int) -> np.ndarray:
    """(k, k²) for k = 0 .. count - 1, float32: the gradient's first and second moments."""
    k = np.arange(count, dtype=np.float32)
    return np.stack([k, k * k])


def _fit_edges(grey: np.ndarray, q: np.ndarray, inner_frac: float, spread: float = 0.0):
    """For each side k (corner k -> k+1), a line (point, unit direction) through its sub-pixel
    edge points, or None when a side has too little dark-to-light contrast."""
    a = q
    d = q[_NEXT] - a
    length = np.hypot(d[:, 0], d[:, 1])
    shortest = float(length.min())
    if shortest < 4:
        return None
    t = d / length[:, None]
    n = t[:, ::-1] * _OUT  # (ty, -tx): outward for a clockwise quad (image y down)
    samples = int(min(max(shortest / 2, 8), 48))
    frac = _fractions(samples)
    # Profile from inside the frame (within the quiet zone) to the white paper outside. The
    # frame's foreshortened thickness across side k is bounded by the shortest side and by the
    # quad's height over side k (the distance of the opposite corners from its line): a square
    # tilted steeply about its diagonal is a thin rhombus whose sides are all long, and a reach
    # based on the sides alone would run past the frame into the code's modules there.
    rel = q[_OPPOSITE] - a[:, None, :]  # (4, 2, 2): the two corners not on side k
    height = np.abs(rel[..., 0] * t[:, None, 1] - rel[..., 1] * t[:, None, 0]).min(axis=1)
    inner_k = np.clip(inner_frac * np.minimum(height, shortest), 1.5, max(6.0, 2 * spread))
    inner = float(inner_k.max())
    # Outside is the white card margin, then whatever the card lies on: a light-to-dark step
    # outward there has the wrong sign and is ignored, so the profile can reach well out.
    outer = max(min(max(shortest / 12, 3.0), 6.0), min(2.5 * spread, 16.0))
    offs = np.arange(-inner, outer + 1e-6, 0.5)
    base = a[:, None, :] + (frac[None, :, None] * length[:, None, None]) * t[:, None, :]  # (4, S, 2)
    # Sample points as two maps (x, y), offsets down and the 4S profiles across: (O, 4S). The
    # same float32 arithmetic as one interleaved (4S, O, 2) map, ~4x cheaper to build, and each
    # profile's max / min / diff / argmax run down a column, which numpy does several times
    # faster than along short rows (_fit_edges runs 2-3 times per refined square).
    b32, o32, n32 = base.astype(np.float32), offs.astype(np.float32), n.astype(np.float32)
    map_x = (b32[None, :, :, 0] + o32[:, None, None] * n32[None, :, 0, None]).reshape(len(offs), -1)
    map_y = (b32[None, :, :, 1] + o32[:, None, None] * n32[None, :, 1, None]).reshape(len(offs), -1)
    prof = cv2.remap(grey, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).astype(np.float32)
    # Beyond side k's own inner reach the profile is not looked at: light there (no dark
    # minimum; the step from there into the profile is light -> dark, inward: ignored).
    beyond = offs[:, None] < np.repeat(-inner_k - 1e-6, samples)[None, :]  # (O, 4S)
    if beyond.any():
        prof[beyond] = 255.0
    zero = int(np.searchsorted(offs, 0.0))  # offs[zero:] >= 0 (outside), offs[:zero + 1] <= 0 (inside)
    contrast = prof[zero:].max(axis=0) - prof[: zero + 1].min(axis=0)
    good = contrast > 10
    per_side = good.reshape(4, samples).sum(axis=1)
    if per_side.min() < max(4, samples // 3):
        return None
    g = prof[1:] - prof[:-1]  # outward: dark -> light is positive
    np.maximum(g, 0, out=g)
    # Edge position = centroid of the gradient around its peak. (Not the peak itself: an edge
    # between pixel centres makes a two-pixel ramp whose steepest half is biased by up to 0.5 px;
    # the centroid is the 50 % crossing, unbiased for any symmetric blur.)
    peak = np.argmax(g, axis=0)
    k = _sample_index(g.shape[0])[0]
    w = g - 0.2 * g[peak, np.arange(g.shape[1])][None, :]
    np.multiply(w, np.abs(k[:, None] - peak[None, :]) <= max(4, 5 * spread), out=w)  # only near the peak (samples are 0.5 px apart)
    np.maximum(w, 0, out=w)
    w = np.ascontiguousarray(w.T)  # (the sums as along rows before: the same float32 rounding)
    centre = (w @ k) / np.maximum(w.sum(axis=1), 1e-6)
    pos = offs[0] + 0.5 * (centre + 0.5)  # gradient sample k lies between offs[k] and offs[k+1]
    edge = (base + pos.reshape(4, samples, 1) * n[:, None, :]).reshape(-1, 2).astype(np.float32)
    lines = np.empty((4, 4))  # per side: vx, vy, x0, y0
    for side in range(4):
        sel = slice(side * samples, (side + 1) * samples)
        # Robust (Huber) fit: an occluder or a smudge on one stretch of edge does not drag the line.
        lines[side] = cv2.fitLine(edge[sel][good[sel]], cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    # Each side's median distance of its edge points from its line, all sides at once (the
    # points a side does not use sort last; float32 as cv2.fitLine's points).
    per_point = np.repeat(lines.astype(np.float32), samples, axis=0)
    residual = np.abs((edge[:, 0] - per_point[:, 2]) * per_point[:, 1] - (edge[:, 1] - per_point[:, 3]) * per_point[:, 0])
    residual[~good] = np.inf
    residual = np.sort(residual.reshape(4, samples), axis=1)
    if residual[_SIDES, per_side // 2].max() > max(0.5, 0.3 * spread):
        return None  # not one straight edge (a corner of something else, a merged blob)
    return lines[:, 2:].copy(), lines[:, :2].copy()


_SIDES = np.arange(4)
_OUT = np.array([1.0, -1.0])
_OPPOSITE = np.array([[2, 3], [3, 0], [0, 1], [1, 2]])  # the corners not on side k (k -> k + 1)


@lru_cache(maxsize=64)
def _fractions(samples: int) -> np.ndarray:
    return np.linspace(0.12, 0.88, samples)
