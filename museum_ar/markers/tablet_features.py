"""The tablet's image-target features ("mab1"): corners and binary descriptors simple enough to be
computed the same way in numpy (here, at export) and in plain JavaScript (the viewer,
viewer/src/image_targets/features.js), with no OpenCV on the tablet.

Why not ORB: OpenCV's ORB sampling pattern is its own table; the viewer would have to carry a copy.
This descriptor is defined here in a few lines both sides implement identically:
- blur: 5x5 box mean (edges mirrored, reflect-101), rounded;
- corners: Harris response (central differences on the blurred picture, 5x5 sums, k = 0.04); in
  each CELL x CELL cell the strongest pixel above HARRIS_MIN, the strongest MAX_POINTS overall;
- orientation: intensity centroid over a disc of radius 7 around the corner, in 32 bins;
- descriptor: 256 comparisons of blurred pixels at point pairs in a disc of radius 12, drawn by
  a fixed linear congruential generator (`pattern()`), rotated by the corner's bin, rounded half up.
The compiled target holds these for the picture at 480 px wide and a few smaller levels.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

RADIUS = 12  # of the comparison pairs
BINS = 32  # orientation bins
MARGIN = 16  # corners keep this far from the picture's edge (pattern + rotation)
CELL = 8
HARRIS_K = 0.04
HARRIS_MIN = 500.0  # on 0-255 greys, 5x5 sums: flat paper and wall stay below (measured on the benchmark artworks)
MAX_POINTS = 500
LEVELS = (1.0, 0.7, 0.5, 0.35, 0.25)


def pattern() -> np.ndarray:
    """(256, 4) int: x1, y1, x2, y2 in a disc of radius RADIUS (the same sequence as features.js)."""
    state = 0x4D41
    out: list[tuple[int, int, int, int]] = []

    def nxt() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % (2 * RADIUS + 1) - RADIUS

    while len(out) < 256:
        x1, y1, x2, y2 = nxt(), nxt(), nxt(), nxt()
        if x1 * x1 + y1 * y1 > RADIUS * RADIUS or x2 * x2 + y2 * y2 > RADIUS * RADIUS or (x1, y1) == (x2, y2):
            continue
        out.append((x1, y1, x2, y2))
    return np.array(out, np.int64)


def rotated_patterns() -> np.ndarray:
    """(BINS, 256, 4): the pattern turned by each orientation bin, rounded half up."""
    p = pattern().astype(np.float64)
    out = np.empty((BINS, 256, 4), np.int64)
    for k in range(BINS):
        a = 2 * math.pi * k / BINS
        c, s = math.cos(a), math.sin(a)
        for j in (0, 2):
            x, y = p[:, j], p[:, j + 1]
            out[k, :, j] = np.floor(x * c - y * s + 0.5)
            out[k, :, j + 1] = np.floor(x * s + y * c + 0.5)
    return out


_ROT = rotated_patterns()


def box_blur(grey: np.ndarray) -> np.ndarray:
    return cv2.blur(grey, (5, 5), borderType=cv2.BORDER_REFLECT_101)


def harris(blur: np.ndarray) -> np.ndarray:
    b = blur.astype(np.float64)
    ix = np.zeros_like(b)
    iy = np.zeros_like(b)
    ix[:, 1:-1] = (b[:, 2:] - b[:, :-2]) / 2
    iy[1:-1, :] = (b[2:, :] - b[:-2, :]) / 2
    box = lambda a: cv2.boxFilter(a, -1, (5, 5), normalize=False, borderType=cv2.BORDER_CONSTANT)  # noqa: E731
    sxx, syy, sxy = box(ix * ix), box(iy * iy), box(ix * iy)
    return sxx * syy - sxy * sxy - HARRIS_K * (sxx + syy) ** 2


def corners(blur: np.ndarray, max_points: int = MAX_POINTS) -> np.ndarray:
    """(N, 2) int x, y: the strongest Harris pixel of each cell, strongest first."""
    r = harris(blur)
    h, w = r.shape
    pts = []
    for y0 in range(MARGIN, h - MARGIN, CELL):
        for x0 in range(MARGIN, w - MARGIN, CELL):
            cell = r[y0 : min(y0 + CELL, h - MARGIN), x0 : min(x0 + CELL, w - MARGIN)]
            k = int(np.argmax(cell))  # first maximum in row-major order, as in JS
            v = cell.flat[k]
            if v > HARRIS_MIN:
                pts.append((v, x0 + k % cell.shape[1], y0 + k // cell.shape[1]))
    pts.sort(key=lambda p: -p[0])
    return np.array([(x, y) for _, x, y in pts[:max_points]], np.int64).reshape(-1, 2)


_DISC = [(dx, dy) for dy in range(-7, 8) for dx in range(-7, 8) if dx * dx + dy * dy <= 49]


def orientation_bins(blur: np.ndarray, pts: np.ndarray) -> np.ndarray:
    b = blur.astype(np.float64)
    out = np.empty(len(pts), np.int64)
    dx = np.array([d[0] for d in _DISC])
    dy = np.array([d[1] for d in _DISC])
    for i, (x, y) in enumerate(pts):
        v = b[y + dy, x + dx]
        a = math.atan2(float((v * dy).sum()), float((v * dx).sum()))
        out[i] = int(math.floor(a / (2 * math.pi) * BINS + 0.5)) % BINS
    return out


def describe(blur: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """(N, 32) uint8; bit j of the descriptor (byte j // 8, bit j % 8) = blur[p1] < blur[p2]."""
    bins = orientation_bins(blur, pts)
    rot = _ROT[bins]  # (N, 256, 4)
    x, y = pts[:, 0:1], pts[:, 1:2]
    a = blur[y + rot[:, :, 1], x + rot[:, :, 0]]
    b = blur[y + rot[:, :, 3], x + rot[:, :, 2]]
    bits = (a < b).astype(np.uint8)  # (N, 256)
    return np.packbits(bits, axis=1, bitorder="little")


def subpixel(r: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """Sub-pixel corner positions: a parabola through the Harris response and its neighbours
    (as features.js does for camera frames); descriptors stay at the whole pixel."""
    x, y = pts[:, 0], pts[:, 1]
    c = r[y, x]
    dx = r[y, x - 1] - 2 * c + r[y, x + 1]
    dy = r[y - 1, x] - 2 * c + r[y + 1, x]
    with np.errstate(divide="ignore", invalid="ignore"):
        ox = np.where(dx < 0, np.clip((r[y, x - 1] - r[y, x + 1]) / (2 * dx), -0.5, 0.5), 0.0)
        oy = np.where(dy < 0, np.clip((r[y - 1, x] - r[y + 1, x]) / (2 * dy), -0.5, 0.5), 0.0)
    return np.stack([x + ox, y + oy], axis=1)


def features(grey: np.ndarray, max_points: int = MAX_POINTS) -> tuple[np.ndarray, np.ndarray]:
    blur = box_blur(grey)
    pts = corners(blur, max_points)
    return pts, describe(blur, pts)


def compile_levels(ref: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Points (in reference pixels, float32) and descriptors of the reference and its smaller
    levels, level by level (LEVELS' order), and how many points each level has: the viewer matches
    a far (small) picture against the small levels only."""
    h, w = ref.shape
    pts, descs, counts = [], [], []
    for s in LEVELS:
        lvl = ref if s == 1.0 else cv2.resize(ref, (max(40, round(w * s)), max(40, round(h * s))), interpolation=cv2.INTER_AREA)
        blur = box_blur(lvl)
        p = corners(blur, MAX_POINTS if s == 1.0 else MAX_POINTS // 2)
        d = describe(blur, p)
        counts.append(len(p))
        if len(p):
            # pixel centres: level pixel x covers reference [x, x + 1) * k, its centre (x + 0.5) * k - 0.5
            k = np.array([w / lvl.shape[1], h / lvl.shape[0]], np.float64)
            pts.append(((subpixel(harris(blur), p) + 0.5) * k - 0.5).astype(np.float32))
            descs.append(d)
    if not pts:
        return np.zeros((0, 2), np.float32), np.zeros((0, 32), np.uint8), counts
    return np.concatenate(pts), np.concatenate(descs), counts
