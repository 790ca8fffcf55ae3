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
    """Segments merged into lines: (a point on it, its unit direction, the covered intervals along it)."""
    lines: list[list] = []
    order = np.argsort(-np.linalg.norm(segs[:, 2:] - segs[:, :2], axis=1))
    for x1, y1, x2, y2 in segs[order]:
        a, b = np.array([x1, y1]), np.array([x2, y2])
        length = float(np.linalg.norm(b - a))
        if length < 4:
            break
        d = (b - a) / length
        for ln in lines:
            p, u = ln[0], ln[1]
            n = np.array([-u[1], u[0]])
            if abs(float(u @ d)) > np.cos(np.radians(_MERGE_DEG)) and abs(float(n @ (a - p))) < _MERGE_PX and abs(float(n @ (b - p))) < _MERGE_PX:
                ln[2].append(tuple(sorted((float(u @ (a - p)), float(u @ (b - p))))))
                ln[3] += length
                break
        else:
            lines.append([a, d, [(0.0, length)], length])
    lines = [ln for ln in lines if ln[3] >= min_len]
    lines.sort(key=lambda ln: -ln[3])
    return [(ln[0], ln[1], ln[2]) for ln in lines[:MAX_LINES]]


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
        self.cum = []
        for p, u, _ in lines:
            n = np.array([-u[1], u[0]])
            on = np.zeros(len(t), bool)
            for off in (-1.0, 0.0, 1.0):
                xy = np.round(p + t[:, None] * u + off * n).astype(int)
                ok = (xy[:, 0] >= 0) & (xy[:, 1] >= 0) & (xy[:, 0] < w) & (xy[:, 1] < h)
                x, y = xy[ok, 0], xy[ok, 1]
                across = np.abs(gx[y, x] * n[0] + gy[y, x] * n[1])
                along = np.abs(gx[y, x] * u[0] + gy[y, x] * u[1])
                hit = np.zeros(len(t), bool)
                hit[ok] = (across >= EDGE_GRAD) & (across >= along)
                on |= hit
            self.cum.append(np.concatenate([[0], np.cumsum(on)]))

    def cover(self, i: int, t0: float, t1: float) -> float:
        a, b = (int(np.clip(round(v + self.reach), 0, len(self.cum[i]) - 1)) for v in sorted((t0, t1)))
        return float(self.cum[i][b] - self.cum[i][a]) / max(1, b - a)


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
    for i in range(n):
        for j in range(i + 1, n):
            (p, u, _), (q, v, _) = lines[i], lines[j]
            A = np.array([u, -v]).T
            if abs(np.linalg.det(A)) < 0.17:
                continue
            ti, tj = np.linalg.solve(A, q - p)
            t[i, j], t[j, i] = ti, tj
    h, w = small.shape
    side_min = min_side / 2
    # sides: line i between its crossings with j and k, long enough and covered
    sides: dict[int, set[tuple[int, int]]] = {i: set() for i in range(n)}
    for i in range(n):
        cross = [j for j in range(n) if not np.isnan(t[i, j])]
        for a_ in range(len(cross)):
            for b_ in range(a_ + 1, len(cross)):
                j, k = cross[a_], cross[b_]
                if abs(t[i, j] - t[i, k]) >= side_min and edge.cover(i, t[i, j], t[i, k]) >= MIN_COVER:
                    sides[i].add((j, k))
                    sides[i].add((k, j))
    found: dict[tuple[int, ...], tuple[float, np.ndarray]] = {}
    after: dict[tuple[int, int], list[int]] = {}  # (line, previous line) -> the lines a covered side of it can lead to
    for i in range(n):
        for j, k in sides[i]:
            after.setdefault((i, j), []).append(k)
    for i in range(n):  # cycles i -> j -> k -> l -> i, each a covered side between its neighbours
        for j, l_ in sides[i]:
            for k in after.get((j, i), []):
                if k in (i, l_) or (j, l_) not in sides[k] or (k, i) not in sides[l_]:
                    continue
                key = tuple(sorted((i, j, k, l_)))
                if key in found:
                    continue
                cyc = (i, j, k, l_)
                q = np.array([lines[a][0] + t[a, b] * lines[a][1] for a, b in zip(cyc, cyc[1:] + cyc[:1])], np.float32)
                if not cv2.isContourConvex(q) or q[:, 0].min() < -w or q[:, 1].min() < -h or q[:, 0].max() > 2 * w or q[:, 1].max() > 2 * h:
                    continue
                support = sum(edge.cover(a, t[a, b], t[a, c]) * abs(t[a, b] - t[a, c]) for b, a, c in zip(cyc[-1:] + cyc[:-1], cyc, cyc[1:] + cyc[:1]))
                q = _clockwise(q * 2.0)
                if K is not None:
                    aspect, skew = rectangle_aspect(q, K)
                    if skew > MAX_SKEW or (aspects and min(abs(np.log(aspect / a)) for a in aspects) > ASPECT_LOG
                                           and min(abs(np.log(aspect * a)) for a in aspects) > ASPECT_LOG):
                        continue
                found[key] = (support, q)
    kept: list[np.ndarray] = []
    for _, q in sorted(found.values(), key=lambda f: -f[0]):
        if all(np.abs(q - k).max() > 12 for k in kept):
            kept.append(q)
    return kept[:max_quads]


def _clockwise(q: np.ndarray) -> np.ndarray:
    c = q.mean(axis=0)
    q = q[np.argsort(np.arctan2(q[:, 1] - c[1], q[:, 0] - c[0]))]  # y down: increasing angle is clockwise on screen
    return np.roll(q, -int(np.argmin(q.sum(axis=1))), axis=0)


def rectangle_aspect(q: np.ndarray, K: np.ndarray) -> tuple[float, float]:
    """The width/height of the rectangle whose image the quad (clockwise, in frame pixels) would be,
    and how far it is from one (|cos| of the angle between its sides in 3D; 0 = a rectangle)."""
    H = cv2.getPerspectiveTransform(np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32), q.astype(np.float32))
    M = np.linalg.inv(K) @ H
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
