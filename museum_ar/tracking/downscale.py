"""Area downscaling (cv2.INTER_AREA) of a greyscale frame, bit for bit, fast for 4:3 and 8:k.

OpenCV's INTER_AREA has a fast path for whole-number factors only (720p -> 360 rows: 0.05 ms);
any other factor goes through its generic per-pixel table loop — a 640x480 frame to 480x360
(factor 4/3) took 0.55-0.85 ms, more than the adaptive threshold of the smaller image, which is
why a 480p frame was searched no faster than a 720p one (issue 14).

When the factor is q/p with q a power of two (4/3, 8/3, 8/5, ...), every group of q source
pixels makes p destination pixels with weights that are multiples of 1/q, so INTER_AREA's
result is the exact weighted mean rounded half to even (its float sums of these terms are
exact). Here the same mean is summed in whole numbers (uint16), one axis
after the other, and rounded by cv2.convertScaleAbs, also half to even: ~0.3 ms for 640x480. Anything else goes to cv2.resize as before.

(The tracker's first search now uses whole factors only (`search_scales.first_search_scale`: 640x480 is
halved); these factors serve the looks made when a marker is missing.)
"""

from __future__ import annotations

import threading
from fractions import Fraction
from functools import lru_cache

import cv2
import numpy as np

_MAX_GROUP = 8  # source pixels per group handled here (weights in 1/8: exact in float32)


def area_downscale(grey: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """cv2.resize(grey, size, interpolation=cv2.INTER_AREA) for a 2-D uint8 image, the same
    values, faster when both axes shrink by one factor q/p with q a power of two <= 8."""
    h, w = grey.shape[:2]
    dw, dh = size
    f = Fraction(w, dw)
    if grey.ndim != 2 or grey.dtype != np.uint8 or f != Fraction(h, dh) or f.denominator == 1 or f < 1:
        return cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    q, p = f.numerator, f.denominator
    if q > _MAX_GROUP or q & (q - 1) or w % q or h % q:
        return cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    terms = _terms(q, p)
    rows = _combine(grey, terms, "rows")  # (h p/q, w): groups of q rows -> p
    across = cv2.transpose(rows, dst=_buffer("across", (w, dh)))
    both = _combine(across, terms, "both")  # (w p/q, h p/q): the columns, as rows of the transpose
    return cv2.convertScaleAbs(cv2.transpose(both, dst=_buffer("back", (dh, dw))), alpha=1.0 / (q * q))


def _combine(x: np.ndarray, terms: tuple, name: str) -> np.ndarray:
    """Each group of q rows of `x` -> p rows, the weighted sums of `terms`, as uint16 (exact:
    at most q * q * 255). Whole rows at a time (numpy on contiguous rows: ~0.02 ms a term for
    640x480); the columns go through cv2.transpose. (Not a numpy matrix product: on a loaded
    machine it ran 1.5x slower than cv2.resize — OpenBLAS's worker threads waiting for a core;
    nor numpy on every q-th column, nor cv2.addWeighted: both slower than cv2.resize.)"""
    h, w = x.shape
    q, p = terms[-1][-1][0] + 1, len(terms)  # (the last destination pixel ends on the group's last source pixel)
    groups = x.reshape(h // q, q, w)
    out = _buffer(name, (h // q, p, w))
    scratch = _buffer(name + " scratch", (h // q, w))
    for i, row in enumerate(terms):
        dst = out[:, i]
        (j, wt), rest = row[0], row[1:]
        np.multiply(groups[:, j], wt, out=dst, dtype=np.uint16)
        for j, wt in rest:
            dst += groups[:, j] if wt == 1 else np.multiply(groups[:, j], wt, out=scratch, dtype=np.uint16)
    return out.reshape(h // q * p, w)


_local = threading.local()


def _buffer(name: str, shape: tuple[int, ...]) -> np.ndarray:
    """A uint16 work array kept between calls (one set per thread): fresh arrays of this size
    come from the OS page by page, and those page faults cost more than the sums (~0.5 ms a
    frame of 640x480 — as much again as the whole downscale)."""
    cache = _local.__dict__.setdefault("buffers", {})
    buf = cache.get(name)
    if buf is None or buf.shape != shape:
        buf = cache[name] = np.empty(shape, np.uint16)
    return buf


@lru_cache(maxsize=8)
def _terms(q: int, p: int) -> tuple:
    """Per destination pixel, its (source pixel, whole weight) pairs."""
    w = _weights(q, p)
    return tuple(tuple((j, int(w[i, j])) for j in range(q) if w[i, j]) for i in range(p))


@lru_cache(maxsize=8)
def _weights(q: int, p: int) -> np.ndarray:
    """Destination pixel i covers source [i q/p, (i + 1) q/p); its overlap with source pixel j,
    over the cell's width q/p, times q: whole numbers (the overlaps are multiples of 1/p)."""
    out = np.zeros((p, q), np.float32)
    for i in range(p):
        lo, hi = Fraction(i * q, p), Fraction((i + 1) * q, p)
        for j in range(q):
            overlap = min(hi, Fraction(j + 1)) - max(lo, Fraction(j))
            if overlap > 0:
                out[i, j] = float(overlap * p)  # overlap / (q / p) * q
    return out
