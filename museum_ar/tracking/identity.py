"""Which marker a found square is: read its QR modules through the square's homography.

The four refined frame corners give a homography precise to a fraction of a module, so the
module centres can be sampled directly — no QR finder-pattern search, which is what makes plain
QR readers fail far away and at steep angles. With the exhibit's markers known, the sampled grid
is compared (Hamming distance, all four rotations) with each marker's expected module matrix
(`markers.symbol.qr_modules`, the same matrix that was printed); an id is accepted only below a
distance threshold *and* with a clear margin to the runner-up, so a foreign or garbled code is
never taken for one of ours. Without known markers, the sampled grid is redrawn as a clean
symbol and decoded with zxing-cpp.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import zxingcpp

from ..markers.layout import MarkerLayout
from ..markers.symbol import qr_modules

# Measured on the synthetic benchmark set (docs/tracking.md): true matches sit below ~0.12 even
# at 1.5 m and 60 degrees; other codes of the same version sit at 0.30-0.40.
MAX_DISTANCE = 0.2
MIN_MARGIN = 0.1  # runner-up (another code, or this code turned) must be this much farther
QR_SIZES = tuple(17 + 4 * v for v in range(1, 8))  # versions 1-7 (our payloads are 1-5)


@dataclass(frozen=True)
class Candidate:
    """A marker the tracker may see: its expected module matrix and layout."""

    key: int  # index into the tracker's marker list
    modules: np.ndarray  # N x N bool, True = dark
    layout: MarkerLayout


@dataclass
class Identity:
    key: int | None  # which Candidate (None when decoded without known markers)
    payload: str | None
    rotation: int  # quarter turns: corners[rotation] is the code's top-left corner
    distance: float  # fraction of modules that disagree (0 when decoded by zxing)


def _unit_homography(corners: np.ndarray, units: int) -> np.ndarray:
    """Module coordinates (0..units across the tracked square) -> image pixels. Module (r, c)
    has its centre at (c + 0.5, r + 0.5)."""
    src = np.array([[0, 0], [units, 0], [units, units], [0, units]], np.float32)
    return cv2.getPerspectiveTransform(src, corners.astype(np.float32))


def sample_grid(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float]:
    """(N x N grey levels at the symbol's module centres, threshold between the frame's dark and
    the quiet zone's light level). corners: TL TR BR BL of the tracked square as seen."""
    units, n, o = layout.units, layout.symbol_modules, layout.symbol_offset
    H = _unit_homography(corners, units)
    c = np.arange(n) + o + 0.5
    gx, gy = np.meshgrid(c, c)
    pts = np.stack([gx, gy], -1).reshape(-1, 1, 2).astype(np.float32)
    ring = _rings(units, layout.frame_modules, layout.quiet_modules)
    img = cv2.perspectiveTransform(np.concatenate([pts, ring.reshape(-1, 1, 2)]), H).reshape(-1, 2)
    vals = cv2.remap(grey, img[:, 0:1].copy(), img[:, 1:2].copy(), cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).ravel().astype(np.float32)
    grid = vals[: n * n].reshape(n, n)
    if layout.frame_modules:
        half = (len(vals) - n * n) // 2
        dark, light = np.median(vals[n * n : n * n + half]), np.median(vals[n * n + half :])
        threshold = (dark + light) / 2
    else:
        threshold = float(np.mean(grid))
    return grid, float(threshold)


@lru_cache(maxsize=64)
def _rings(units: int, frame: int, quiet: int) -> np.ndarray:
    """Points along the middle of the dark frame, then along the middle of the quiet zone."""
    out = []
    for inset in (frame / 2, frame + quiet / 2):
        s = np.linspace(inset, units - inset, 24)
        lo, hi = np.full_like(s, inset), np.full_like(s, units - inset)
        out.append(np.concatenate([np.stack([s, lo], 1), np.stack([s, hi], 1), np.stack([lo, s], 1), np.stack([hi, s], 1)]))
    return np.concatenate(out).astype(np.float32) if frame else np.zeros((0, 2), np.float32)


def match_known(grey: np.ndarray, corners: np.ndarray, candidates: list[Candidate]) -> Identity | None:
    """The known marker this square shows, or None when none matches clearly."""
    scored = []  # (distance, key, rotation)
    by_layout: dict[MarkerLayout, list[Candidate]] = {}
    for c in candidates:
        by_layout.setdefault(c.layout, []).append(c)
    for layout, group in by_layout.items():
        grid, thr = sample_grid(grey, corners, layout)
        dark = grid < thr
        for r in range(4):
            # Reading the corners starting at index r turns the sampled grid by r quarter turns.
            seen = np.rot90(dark, r)
            for c in group:
                scored.append((float(np.mean(seen != c.modules)), c.key, r))
    if not scored:
        return None
    scored.sort()
    best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.5
    if best[0] <= MAX_DISTANCE and runner_up - best[0] >= MIN_MARGIN:
        return Identity(best[1], None, best[2], best[0])
    return None


# --- decoding codes we do not know ---------------------------------------------------------

@lru_cache(maxsize=16)
def _finder_template(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Expected modules (and mask) of the three finder patterns with separators."""
    fp = np.ones((7, 7), bool)
    fp[1:6, 1:6] = False
    fp[2:5, 2:5] = True
    tmpl = np.zeros((n, n), bool)
    mask = np.zeros((n, n), bool)
    for r, c in ((0, 0), (0, n - 7), (n - 7, 0)):
        tmpl[r : r + 7, c : c + 7] = fp
        mask[max(r - 1, 0) : r + 8, max(c - 1, 0) : c + 8] = True
    return tmpl, mask


def decode_unknown(grey: np.ndarray, corners: np.ndarray, quiet_modules: int, frame_modules: int) -> Identity | None:
    """Read a framed QR code of any version: find the module count and rotation at which the
    finder patterns appear, redraw the modules as a clean symbol and let zxing-cpp decode it."""
    best = None
    for n in QR_SIZES:
        layout = MarkerLayout(n, quiet_modules, frame_modules)
        grid, thr = sample_grid(grey, corners, layout)
        dark = grid < thr
        tmpl, mask = _finder_template(n)
        for r in range(4):
            seen = np.rot90(dark, r)
            score = float(np.mean(seen[mask] == tmpl[mask]))
            if best is None or score > best[0]:
                best = (score, n, r, seen)
    if best is None or best[0] < 0.85:
        return None
    _, n, r, seen = best
    payload = decode_modules(seen)
    if payload is None:
        return None
    return Identity(None, payload, r, 0.0)


def decode_modules(dark: np.ndarray, px: int = 4) -> str | None:
    img = np.where(np.pad(dark, 4, constant_values=False), 0, 255).astype(np.uint8)
    img = np.kron(img, np.ones((px, px), np.uint8))
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=False, try_invert=False, try_downscale=False)
    return found[0].text if found else None


def expected_modules(payload: str) -> np.ndarray:
    return qr_modules(payload)
