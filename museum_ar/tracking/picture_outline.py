"""A picture found by its outline: the convex quads that a frame's straight edges close, and which
of them can be a given rectangle seen through the camera.

The image-target search finds a picture by its features; some pictures have none that can anchor a
homography (a repetitive pattern: every feature matches every other; a faint etching: FAST finds
~20 corners on it), yet their edge against the wall is plain to see. The outline is built from line
segments (OpenCV's LSD: it follows one gradient direction, so rows of dots and hatching give no
long segments, where Hough lines on Canny edges were swamped by them), merged into lines; four
lines whose sides between their crossings are mostly covered by segments make a quad. Closed
contours were tried first: glare opens an outline and a frame hung next to the picture touches it,
and the contour then is no quad (half the benchmark's views). `rectangle_fit` says how far a quad
is from the image of a rectangle under the known camera (K): a quad maps onto any rectangle by
*some* homography, but onto one aspect only by the image of a rotation, which rules out most wrong
(target, quad, turn) triples before the appearance check judges the rest.
"""

from __future__ import annotations

import cv2
import numpy as np

MIN_SIDE_PX = 40  # shorter sides than this are not searched: too few pixels for the appearance check
MAX_LINES = 24  # the best supported lines of a frame are combined into quads
MAX_QUADS = 12  # at most this many quads, the best supported first
MIN_COVER = 0.6  # share of each side that is edge (_EdgeProfiles)
EDGE_GRAD = 2.5  # grey levels per px (half resolution) across a side: an edge
ASPECT_LOG = 0.12  # a quad's rectangle within ~13 % of a wanted aspect
MAX_SKEW = 0.15  # |cos| of the angle between a quad's sides in 3D (a true picture's outline: <= 0.08 on the benchmark)
_MERGE_DEG, _MERGE_PX = 2.0, 2.0  # segments this close in angle and offset are one line (half resolution)

_lsd = None


def _segments(small: np.ndarray) -> np.ndarray:
    global _lsd
    if _lsd is None:
        _lsd = cv2.createLineSegmentDetector()
    segs = _lsd.detect(small)[0]
    return np.zeros((0, 4), np.float64) if segs is None else segs.reshape(-1, 4).astype(np.float64)


def _lines(segs: np.ndarray, min_len: float) -> list[tuple[np.ndarray, np.ndarray, list[tuple[float, float]]]]:
    """Segments merged into lines: (a point on it, its unit direction, the covered intervals along it).
    Longest segments first; each joins the first line it lies on (within _MERGE_DEG and _MERGE_PX at
    both ends) or starts one. The test against all lines so far is one array operation per segment:
    a frame's ~700 segments made ~700 lines, and the pairwise loop took 340-400 ms of a search."""
    order = np.argsort(-np.linalg.norm(segs[:, 2:] - segs[:, :2], axis=1))
    cap = len(segs)
    P, U = np.empty((cap, 2)), np.empty((cap, 2))  # each line's first point and direction
    covered: list[list[tuple[float, float]]] = []
    total: list[float] = []
    cos_merge = np.cos(np.radians(_MERGE_DEG))
    for x1, y1, x2, y2 in segs[order]:
        a, b = np.array([x1, y1]), np.array([x2, y2])
        length = float(np.linalg.norm(b - a))
        if length < 4:
            break
        d = (b - a) / length
        k = len(covered)
        if k:
            p, u = P[:k], U[:k]
            n0, n1 = -u[:, 1], u[:, 0]
            ap, bp = a - p, b - p
            on = (np.abs(u @ d) > cos_merge) & (np.abs(n0 * ap[:, 0] + n1 * ap[:, 1]) < _MERGE_PX) & (np.abs(n0 * bp[:, 0] + n1 * bp[:, 1]) < _MERGE_PX)
            hit = np.flatnonzero(on)
            if len(hit):
                j = int(hit[0])
                lo, hi = sorted((float(U[j] @ ap[j]), float(U[j] @ bp[j])))
                covered[j].append((lo, hi))
                total[j] += length
                continue
        P[k], U[k] = a, d
        covered.append([(0.0, length)])
        total.append(length)
    keep = sorted((i for i in range(len(covered)) if total[i] >= min_len), key=lambda i: -total[i])[:MAX_LINES]
    return [(P[i].copy(), U[i].copy(), covered[i]) for i in keep]


class _EdgeProfiles:
    """Along each line, where the frame has an edge across it: a gradient of at least EDGE_GRAD
    grey levels per px, mostly across the line (within ~45 degrees), on the line or 1 px beside it.
    LSD proposes the lines, this decides how much of a side is edge: LSD breaks a blurred outline
    into pieces and leaves out stretches (the pattern's bottom at 1 m: one 51-px piece of 137)."""

    def __init__(self, small: np.ndarray, lines: list):
        blur = cv2.GaussianBlur(small, (0, 0), 1.0).astype(np.float32)
        gx = cv2.Sobel(blur, cv2.CV_32F, 1, 0, ksize=3) / 8
        gy = cv2.Sobel(blur, cv2.CV_32F, 0, 1, ksize=3) / 8
        h, w = small.shape
        self.reach = float(w + h)
        t = np.arange(-self.reach, self.reach, 1.0)
        # all lines at once, (line, t) arrays: one loop per line took most of an outline search
        p = np.array([ln[0] for ln in lines], np.float64).reshape(-1, 1, 2)
        u = np.array([ln[1] for ln in lines], np.float64).reshape(-1, 1, 2)
        n = np.concatenate([-u[:, :, 1:], u[:, :, :1]], axis=2)
        on = np.zeros((len(lines), len(t)), bool)
        for off in (-1.0, 0.0, 1.0):
            xy = np.round(p + t[None, :, None] * u + off * n).astype(int)
            ok = (xy[:, :, 0] >= 0) & (xy[:, :, 1] >= 0) & (xy[:, :, 0] < w) & (xy[:, :, 1] < h)
            x, y = np.where(ok, xy[:, :, 0], 0), np.where(ok, xy[:, :, 1], 0)
            gxs, gys = gx[y, x], gy[y, x]
            across = np.abs(gxs * n[:, :, 0] + gys * n[:, :, 1])
            along = np.abs(gxs * u[:, :, 0] + gys * u[:, :, 1])
            on |= ok & (across >= EDGE_GRAD) & (across >= along)
        # per line: how many of its samples up to t are edge (row i is line i)
        self.cum = np.concatenate([np.zeros((len(lines), 1), np.int64), np.cumsum(on, axis=1)], axis=1)

    def cover(self, i: int, t0: np.ndarray, t1: np.ndarray) -> np.ndarray:
        """The share of line i that is edge between t0 and t1, for arrays of such stretches at
        once (a frame's sides were ~2000 calls of one stretch each, a fifth of an outline search)."""
        cum = self.cum[i]
        a, b = (np.clip(np.rint(v + self.reach), 0, len(cum) - 1).astype(np.int64) for v in (np.minimum(t0, t1), np.maximum(t0, t1)))
        return (cum[b] - cum[a]) / np.maximum(1, b - a)


def picture_quads(grey: np.ndarray, K: np.ndarray | None = None, aspects: list[float] | None = None, min_side: float = MIN_SIDE_PX,
                  max_quads: int = MAX_QUADS) -> list[np.ndarray]:
    """Convex quads (4, 2), frame pixels, clockwise on screen from the corner nearest the top left,
    whose four sides are mostly covered by line segments (MIN_COVER), best covered first; with the
    camera matrix K, only those that can be the image of a rectangle (MAX_SKEW), and with `aspects`
    (width / height) only a rectangle of one of them, either way round (within ASPECT_LOG); of
    nearly the same quads (a frame's inner and outer edge) the best covered. Found at
    half resolution: a picture's fine detail gives no segments there, its outline does."""
    small = cv2.resize(grey, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    lines = _lines(_segments(small), min_side / 4)
    edge = _EdgeProfiles(small, lines)
    n = len(lines)
    # where each pair of lines crosses: t along line i (None: under ~10 degrees apart)
    t = np.full((n, n), np.nan)
    if n > 1:  # every pair i < j at once (each pair's own 2x2 determinant and solve, as one by one)
        ii, jj = np.triu_indices(n, 1)
        P = np.array([ln[0] for ln in lines], np.float64)
        U = np.array([ln[1] for ln in lines], np.float64)
        A = np.stack([U[ii], -U[jj]], axis=1).transpose(0, 2, 1)  # columns u_i, -u_j
        apart = np.abs(np.linalg.det(A)) >= 0.17
        if apart.any():
            tt = np.linalg.solve(A[apart], (P[jj] - P[ii])[apart][:, :, None])[:, :, 0]
            t[ii[apart], jj[apart]], t[jj[apart], ii[apart]] = tt[:, 0], tt[:, 1]
    h, w = small.shape
    side_min = min_side / 2
    # sides: line i between its crossings with j and k, long enough and covered
    sides: dict[int, set[tuple[int, int]]] = {i: set() for i in range(n)}
    support_of: dict[tuple[int, int, int], float] = {}  # (j, i, k): covered length of line i between j and k
    for i in range(n):
        cross = np.flatnonzero(~np.isnan(t[i]))
        # every pair (j, k) of its crossings, j before k, in the order the sets below are filled
        pa, pb = np.triu_indices(len(cross), 1)
        js, ks = cross[pa], cross[pb]
        span = np.abs(t[i, js] - t[i, ks])
        cover = edge.cover(i, t[i, js], t[i, ks])
        ok = (span >= side_min) & (cover >= MIN_COVER)
        for j, k, support in zip(js[ok].tolist(), ks[ok].tolist(), (cover[ok] * span[ok]).tolist()):
            sides[i].add((j, k))
            sides[i].add((k, j))
            support_of[j, i, k] = support_of[k, i, j] = support
    found: dict[tuple[int, ...], tuple[float, np.ndarray]] = {}
    K_inv = None if K is None else np.linalg.inv(K)
    after: dict[tuple[int, int], list[int]] = {}  # (line, previous line) -> the lines a covered side of it can lead to
    for i in range(n):
        for j, k in sides[i]:
            after.setdefault((i, j), []).append(k)
    # cycles i -> j -> k -> l -> i, each a covered side between its neighbours; each cycle once
    # (from its lowest line, in the direction of its lower neighbour)
    cycles, corners = [], []
    for i in range(n):
        for j, l_ in sides[i]:
            if j < i or l_ < i or j > l_:
                continue
            for k in after.get((j, i), []):
                if k <= i or k == l_ or (j, l_) not in sides[k] or (k, i) not in sides[l_]:
                    continue
                cyc = (i, j, k, l_)
                q = np.array([lines[a][0] + t[a, b] * lines[a][1] for a, b in zip(cyc, cyc[1:] + cyc[:1])], np.float32)
                if not cv2.isContourConvex(q) or q[:, 0].min() < -w or q[:, 1].min() < -h or q[:, 0].max() > 2 * w or q[:, 1].max() > 2 * h:
                    continue
                cycles.append(cyc)
                corners.append(q * 2.0)
    quads = _clockwise_all(np.array(corners, np.float32).reshape(-1, 4, 2))
    ok = np.ones(len(quads), bool)
    if K_inv is not None and len(quads):  # the image of a rectangle, of a wanted aspect: all quads at once
        aspect, skew = _rectangle_aspects(quads, K_inv)
        ok = skew <= MAX_SKEW
        if aspects:
            off = np.min(np.abs(np.log(aspect[:, None] / np.asarray(aspects)[None, :])), axis=1)
            off_turned = np.min(np.abs(np.log(aspect[:, None] * np.asarray(aspects)[None, :])), axis=1)
            ok &= (off <= ASPECT_LOG) | (off_turned <= ASPECT_LOG)
    for cyc, q, good in zip(cycles, quads, ok):
        key = tuple(sorted(cyc))
        if good and key not in found:
            # (the same sum edge.cover gave when the sides were found: worked out once there)
            found[key] = (sum(support_of[b, a, c] for b, a, c in zip(cyc[-1:] + cyc[:-1], cyc, cyc[1:] + cyc[:1])), q)
    kept: list[np.ndarray] = []
    for _, q in sorted(found.values(), key=lambda f: -f[0]):
        if all(np.abs(q - k).max() > 12 for k in kept):
            kept.append(q)
    return kept[:max_quads]


def _clockwise_all(qs: np.ndarray) -> np.ndarray:
    """_clockwise of each quad of an (N, 4, 2) array."""
    c = qs.mean(axis=1, keepdims=True)
    order = np.argsort(np.arctan2(qs[:, :, 1] - c[:, :, 1], qs[:, :, 0] - c[:, :, 0]), axis=1)
    qs = np.take_along_axis(qs, order[:, :, None], axis=1)
    first = np.argmin(qs.sum(axis=2), axis=1)
    return np.take_along_axis(qs, ((np.arange(4)[None, :] + first[:, None]) % 4)[:, :, None], axis=1)


def _rectangle_aspects(quads: np.ndarray, K_inv: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """rectangle_aspect of each quad of an (N, 4, 2) array (clockwise): (aspects, skews)."""
    M = np.einsum("ij,njk->nik", K_inv, np.array([cv2.getPerspectiveTransform(_UNIT_SQUARE, q) for q in quads.astype(np.float32)]))
    h1, h2 = M[:, :, 0], M[:, :, 1]
    n1, n2 = np.linalg.norm(h1, axis=1), np.linalg.norm(h2, axis=1)
    bad = (n1 <= 0) | (n2 <= 0)
    n1, n2 = np.where(bad, 1.0, n1), np.where(bad, 1.0, n2)
    return np.where(bad, 1.0, n1 / n2), np.where(bad, 1.0, np.abs(np.einsum("ni,ni->n", h1, h2)) / (n1 * n2))


def _clockwise(q: np.ndarray) -> np.ndarray:
    c = q.mean(axis=0)
    q = q[np.argsort(np.arctan2(q[:, 1] - c[1], q[:, 0] - c[0]))]  # y down: increasing angle is clockwise on screen
    return np.roll(q, -int(np.argmin(q.sum(axis=1))), axis=0)


_UNIT_SQUARE = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)


def rectangle_aspect(q: np.ndarray, K: np.ndarray, K_inv: np.ndarray | None = None) -> tuple[float, float]:
    """The width/height of the rectangle whose image the quad (clockwise, in frame pixels) would be,
    and how far it is from one (|cos| of the angle between its sides in 3D; 0 = a rectangle).
    K_inv: K's inverse, when the caller asks for many quads."""
    H = cv2.getPerspectiveTransform(_UNIT_SQUARE, q.astype(np.float32))
    M = (np.linalg.inv(K) if K_inv is None else K_inv) @ H
    h1, h2 = M[:, 0], M[:, 1]
    n1, n2 = float(np.linalg.norm(h1)), float(np.linalg.norm(h2))
    if n1 <= 0 or n2 <= 0:
        return 1.0, 1.0
    return n1 / n2, abs(float(h1 @ h2)) / (n1 * n2)


def rotations(q: np.ndarray) -> list[np.ndarray]:
    """The quad's four corner orders (the picture turned by 0, 90, 180, 270 degrees on screen)."""
    return [np.roll(q, -k, axis=0) for k in range(4)]


def rectangle_fit(H: np.ndarray, K: np.ndarray) -> float:
    """How far H (reference pixels -> frame pixels) is from the image of a rectangle under a
    rotation: the first two columns of K^-1 H must be orthogonal and of equal length. 0 = exactly;
    the larger of |log(length ratio)| and |cos(angle)|."""
    M = np.linalg.inv(K) @ H
    h1, h2 = M[:, 0], M[:, 1]
    n1, n2 = float(np.linalg.norm(h1)), float(np.linalg.norm(h2))
    if n1 <= 0 or n2 <= 0:
        return float("inf")
    return max(abs(float(np.log(n1 / n2))), abs(float(h1 @ h2) / (n1 * n2)))
