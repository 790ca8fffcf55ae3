"""Which marker a found square is: read its QR modules through the square's homography.

The four refined frame corners give a homography precise to a fraction of a module, so the
module centres can be sampled directly — no QR finder-pattern search, which is what makes plain
QR readers fail far away and at steep angles. With the exhibit's markers known, the sampled grid
is compared (correlation over the data modules, all four rotations) with each marker's expected
module matrix (`markers.symbol.qr_modules`, the same matrix that was printed); an id is accepted
only above a score threshold *and* with a clear margin to the runner-up, so a foreign or garbled code is
never taken for one of ours. Without known markers, the sampled grid is redrawn as a clean
symbol and decoded with zxing-cpp.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

import cv2
import numpy as np
import zxingcpp

from ..markers.layout import MarkerLayout, framed_grid
from ..markers.tracking_params import IDENTITY, LIGHTING, MOTION

# Correlation of the sampled data modules with the predicted code, measured on 0.3-1.5 m,
# 0-60 degrees, blur and noise (docs/tracking.md): the true code scores >= 0.94; other codes
# score <= 0.57 — the worst being a payload one letter off ours (same mask, same data codewords
# but one; the error-correction codewords differ) or sharing our URL prefix.
MIN_SCORE = IDENTITY["min_score"]  # floor; the tracker asks MIN_SCORE_NEW of a new identification
MIN_SCORE_NEW = IDENTITY["min_score_new"]
MIN_MARGIN = IDENTITY["min_margin"]  # the runner-up (another code, or this code turned) must score this much lower
# Fast path: a code whose data modules all but a few threshold right, with every other code and
# turn far off (a payload one letter off ours still differs in ~20 % of the data modules).
FAST_MAX_DISTANCE = 0.03
FAST_MIN_RUNNER_UP = 0.12
SOFT_MAX_DISTANCE = 0.42  # thresholded distance beyond which the careful comparison is skipped (true codes: <= 0.36)
# known_verdict on a code seen large and sharp (desktop only; the viewer has no such gate):
SHARP_MIN_MODULE_SPREADS = 2.0  # modules (px, along the shortest side) this many times the edge spread (px, taken as >= 1)
SHARP_MIN_EACH_WAY = 0.04  # ... and every known code this wrong both ways: another code (true: <= 0.008, others >= 0.083)
MIN_RING = IDENTITY["min_ring"]  # frame dark / quiet zone light along at least this fraction of their middles
MIN_SEPARATION = IDENTITY["min_separation"]  # a rival within MIN_MARGIN must be told apart this clearly where the codes differ
QR_SIZES = tuple(17 + 4 * v for v in range(1, 8))  # versions 1-7 (our payloads are 1-5)


@dataclass(frozen=True, eq=False)  # hashed by identity: the tracker keeps its list for life
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
    distance: float  # 1 - correlation with the expected code (0 when decoded by zxing)


def sample_grid(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float]:
    """(N x N grey levels at the symbol's module centres, threshold between the frame's dark and
    the quiet zone's light level). corners: TL TR BR BL of the tracked square as seen."""
    grid, threshold, _ = sample_grid_and_rings(grey, corners, layout)
    return grid, threshold


def looks_like_frame(grey: np.ndarray, corners: np.ndarray, layouts: tuple[MarkerLayout, ...], min_ring: float = 0.5, sampled: dict | None = None) -> tuple[bool, bool]:
    """Cheap test on coarse corners, before refining them: (dark along the frame's middle and
    light along the quiet zone's; and a code inside — some modules dark, some light) for one of
    the layouts (loose: coarse corners are ~1 px off). A window or a dark rectangle fails the
    first, an empty picture frame (or our frame with a hand over the code) the second.

    `sampled`: a dict that gets every module's sample per layout looked at (known_verdict on the
    same corners then needs no sampling of its own); the test itself reads every third module
    of each row and column as without it (the same points: the same values)."""
    framed = False
    for lay in layouts:
        if sampled is None:
            grid, thr, ring = sample_grid_and_rings(grey, corners, lay, stride=3)
        else:
            full = sampled[lay] = _sample(grey, corners, lay)[:3]
            grid, thr, ring = full[0][::3, ::3], full[1], full[2]
        if ring >= min_ring:
            framed = True
            if 0.2 <= np.count_nonzero(grid < thr) / grid.size <= 0.8:  # (np.mean's overhead: it runs for every candidate)
                return True, True
    return framed, False


def sample_grid_and_rings(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, stride: int = 1) -> tuple[np.ndarray, float, float]:
    """sample_grid plus how well the square looks like our frame: the fraction (worst of the two)
    of samples along the middle of the frame that are dark and along the quiet zone that are
    light. A dark rectangle, a picture frame or a window scores low."""
    return _sample(grey, corners, layout, stride)[:3]


def _sample(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, stride: int = 1) -> tuple[np.ndarray, float, float, np.ndarray | None]:
    """sample_grid_and_rings, and the quiet zone's samples (None without a frame)."""
    units, n = layout.units, layout.symbol_modules
    H = square_to_quad(units, corners)
    # Every `stride`-th module centre (a quick look) or all, then the frame and quiet-zone rings.
    pts = _sample_points(n, layout.symbol_offset, stride, units, layout.frame_modules, layout.quiet_modules)
    n = -(-n // stride)
    img = cv2.perspectiveTransform(pts, H)  # (P, 1, 2) float32: a two-channel map for remap
    vals = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).ravel().astype(np.float32)
    grid = vals[: n * n].reshape(n, n)
    if not layout.frame_modules:
        return grid, float(np.mean(grid)), 1.0, None
    half = (len(vals) - n * n) // 2
    frame, quiet = vals[n * n : n * n + half], vals[n * n + half :]
    mid = np.partition(vals[n * n :].reshape(2, half), half // 2, axis=1)[:, half // 2]  # both rings' medians (_middle) at once
    dark, light = float(mid[0]), float(mid[1])
    threshold = (dark + light) / 2
    if light - dark < 10:
        return grid, float(threshold), 0.0, quiet
    ring = min(np.count_nonzero(frame < threshold), np.count_nonzero(quiet > threshold)) / half
    return grid, float(threshold), ring, quiet


def sample_lit(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float, float]:
    """sample_grid_and_rings, corrected for uneven light when the quiet zone shows it: a shadow's
    edge across the card (a visitor's arm, the tablet) leaves one part at 30-55 % of the other's
    light, so one threshold between the frame's dark and the quiet zone's light reads the shadowed
    light modules dark and breaks the ring test (benchmark shadow set: 48 of 57 misses had no
    ring at the true corners). Evenly lit squares (the quiet zone's light varies by less than
    LIT_MAX_RATIO) are read as before, bit for bit."""
    grid, thr, ring, quiet = _sample(grey, corners, layout)
    if quiet is None or ring >= MIN_RING or not _uneven(quiet):
        return grid, thr, ring
    lit = _sample_normalised(grey, corners, layout)
    return lit if lit[2] > ring else (grid, thr, ring)


LIT_MAX_RATIO = LIGHTING["max_ratio"]  # quiet zone's light: 10th percentile below this times the 90th = unevenly lit


def _uneven(quiet: np.ndarray) -> bool:
    k = len(quiet)
    part = np.partition(quiet, (k // 10, k - 1 - k // 10))
    return bool(part[k // 10] < LIT_MAX_RATIO * part[k - 1 - k // 10])


def _sample_normalised(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout) -> tuple[np.ndarray, float, float]:
    """Every module of the square (and a ring half a module out, on the card's white margin)
    divided by the light falling on it: the light is the grey levels' morphological closing over
    5 x 5 modules (the largest dark patch of a code is a finder's 3 x 3 centre, the frame is
    3 modules thick), which keeps a shadow's edge where it is — a local threshold of any window
    would smear it over the window's width."""
    units, n = layout.units, layout.symbol_modules
    H = square_to_quad(units, corners)
    m = units + 2
    img = cv2.perspectiveTransform(_all_centres(units), H)
    vals = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).reshape(m, m).astype(np.float32)
    light = cv2.morphologyEx(vals, cv2.MORPH_CLOSE, _CLOSE_KERNEL, borderType=cv2.BORDER_REPLICATE)
    norm = vals * (255.0 / np.maximum(light, 8.0))
    o = layout.symbol_offset + 1
    frame_idx, quiet_idx = _ring_modules(units, layout.frame_modules, layout.quiet_modules)
    flat = norm.ravel()
    thr, ring = _ring_score(flat[frame_idx], flat[quiet_idx], LIGHTING["min_contrast"])
    return np.ascontiguousarray(norm[o : o + n, o : o + n]), thr, ring


_CLOSE_KERNEL = np.ones((LIGHTING["close_modules"], LIGHTING["close_modules"]), np.uint8)


def _ring_score(frame: np.ndarray, quiet: np.ndarray, min_contrast: float) -> tuple[float, float]:
    """(threshold between the frame's dark and the quiet zone's light, ring score) as in _sample,
    for rings of any lengths."""
    dark, light = _middle(frame), _middle(quiet)
    threshold = (dark + light) / 2
    if light - dark < min_contrast:
        return float(threshold), 0.0
    return float(threshold), min(np.count_nonzero(frame < threshold) / len(frame), np.count_nonzero(quiet > threshold) / len(quiet))


@lru_cache(maxsize=64)
def _all_centres(units: int) -> np.ndarray:
    """Module centres of the whole square and one ring of modules outside it, row by row."""
    c = np.arange(-1, units + 1) + 0.5
    gx, gy = np.meshgrid(c, c)
    return np.stack([gx, gy], -1).reshape(-1, 1, 2).astype(np.float32)


@lru_cache(maxsize=64)
def _ring_modules(units: int, frame: int, quiet: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat indices (in _all_centres' grid) of the frame's middle ring of modules and of the
    quiet zone's rings."""
    m = units + 2

    def ring(k: int) -> np.ndarray:
        a = np.zeros((m, m), bool)
        a[k + 1, k + 1 : m - k - 1] = a[m - k - 2, k + 1 : m - k - 1] = True
        a[k + 1 : m - k - 1, k + 1] = a[k + 1 : m - k - 1, m - k - 2] = True
        return a

    quiet_mask = np.zeros((m, m), bool)
    for k in range(frame, frame + quiet):
        quiet_mask |= ring(k)
    return np.flatnonzero(ring(frame // 2)), np.flatnonzero(quiet_mask)


def square_to_quad(units: int, corners: np.ndarray) -> np.ndarray:
    """The homography from the square [0, units]² (module units) to the quad `corners` (TL TR BR
    BL), in closed form (Heckbert's square-to-quad mapping): what cv2.getPerspectiveTransform
    gives (to ~1e-7 relative; its corners go in as float32, as here), at a fifth of its cost —
    it runs for every candidate's look and every read."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = np.asarray(corners, np.float32).tolist()
    dx1, dx2, dx3 = x1 - x2, x3 - x2, x0 - x1 + x2 - x3
    dy1, dy2, dy3 = y1 - y2, y3 - y2, y0 - y1 + y2 - y3
    den = dx1 * dy2 - dx2 * dy1
    if den == 0.0:  # degenerate (three corners on a line): as OpenCV, no mapping to speak of
        return cv2.getPerspectiveTransform(_unit_square(units), np.asarray(corners, np.float32))
    g = (dx3 * dy2 - dx2 * dy3) / den
    h = (dx1 * dy3 - dx3 * dy1) / den
    s = 1.0 / units
    return np.array([[(x1 - x0 + g * x1) * s, (x3 - x0 + h * x3) * s, x0], [(y1 - y0 + g * y1) * s, (y3 - y0 + h * y3) * s, y0], [g * s, h * s, 1.0]])


@lru_cache(maxsize=64)
def _unit_square(units: int) -> np.ndarray:
    """Corners of the tracked square in module units: module (r, c) has its centre at (c + 0.5, r + 0.5)."""
    return np.array([[0, 0], [units, 0], [units, units], [0, units]], np.float32)


@lru_cache(maxsize=64)
def _sample_points(n: int, offset: int, stride: int, units: int, frame: int, quiet: int) -> np.ndarray:
    return np.concatenate([_module_centres(n, offset, stride), _rings(units, frame, quiet).reshape(-1, 1, 2)])


def _middle(values: np.ndarray) -> float:
    """A median without np.median's overhead (called for every candidate)."""
    k = len(values) // 2
    return float(np.partition(values, k)[k])


@lru_cache(maxsize=64)
def _module_centres(n: int, offset: int, stride: int = 1) -> np.ndarray:
    c = np.arange(0, n, stride) + offset + 0.5
    gx, gy = np.meshgrid(c, c)
    return np.stack([gx, gy], -1).reshape(-1, 1, 2).astype(np.float32)


@lru_cache(maxsize=64)
def _rings(units: int, frame: int, quiet: int) -> np.ndarray:
    """Points along the middle of the dark frame, then along the middle of the quiet zone."""
    out = []
    for inset in (frame / 2, frame + quiet / 2):
        s = np.linspace(inset, units - inset, 24)
        lo, hi = np.full_like(s, inset), np.full_like(s, units - inset)
        out.append(np.concatenate([np.stack([s, lo], 1), np.stack([s, hi], 1), np.stack([lo, s], 1), np.stack([hi, s], 1)]))
    return np.concatenate(out).astype(np.float32) if frame else np.zeros((0, 2), np.float32)


@lru_cache(maxsize=16)
def data_mask(n: int) -> np.ndarray:
    """Modules that carry data (differ between codes of this size): everything but the finder,
    timing and alignment patterns, which every code of a version shares. Found empirically from
    a few codes of this size, so it matches whatever the QR library draws."""
    import qrcode

    version = (n - 17) // 4
    mats = []
    for k in range(24):
        qr = qrcode.QRCode(version=version, error_correction=qrcode.constants.ERROR_CORRECT_L, border=0)
        qr.add_data(f"{k * 7919:x}")
        qr.make(fit=False)
        mats.append(np.array(qr.get_matrix(), dtype=bool))
    stack = np.array(mats)
    return np.any(stack, axis=0) & ~np.all(stack, axis=0)


def _quantised(sigma: float) -> float:
    """A blur (module units) to 0.05: blur operators and blurred codes are reused across frames."""
    return round(sigma * 20) / 20


@lru_cache(maxsize=2048)
def _blur_matrix_q(n: int, sigma: float) -> np.ndarray:
    """N x N Gaussian blur operator (rows sum to <= 1: what falls outside is the light quiet zone)."""
    if sigma < 0.05:
        return np.eye(n)
    i = np.arange(n)
    g = np.exp(-0.5 * ((i[:, None] - i[None, :]) / sigma) ** 2)
    return g / (sigma * np.sqrt(2 * np.pi))


QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)  # what zxing-cpp is asked to read

# Blur of the lens and sensor assumed when predicting how a code looks (pixels); the best of
# these is taken for every code, so none is favoured.
PSF_SIGMAS_PX = tuple(IDENTITY["psf_sigmas_px"])
BLUR_PSF_FACTORS = tuple(IDENTITY["blur_psf_factors"])


def match_known(grey: np.ndarray, corners: np.ndarray, candidates: list[Candidate], spread: np.ndarray | Callable[[], np.ndarray] | None = None) -> Identity | None:
    """The known marker this square shows, or None when none matches clearly.

    spread: the frame's measured edge spread per side (px; quads.refine_corners.last_sides) —
    blur the camera added, which the prediction of every code then includes; or a function that
    measures it, called only when needed.

    Accepted: the best code at >= MIN_SCORE, and every rival within MIN_MARGIN of it told apart
    where it matters — an exhibit's codes share their address and differ in few modules (ids
    a-e: the runner-up scores ~0.6 when blurred, only from the modules they share), so a close
    rival is compared on the modules where the two codes differ only: the samples there must
    correlate >= MIN_SEPARATION with (best - rival) predicted. The same code turned never counts
    as told apart (a square's turn is read from the same modules)."""
    scored, preds = [], _LazyPreds()
    for layout, group in _groups(tuple(candidates)).items():
        grid, thr, ring = sample_lit(grey, corners, layout)
        if ring < MIN_RING:
            continue
        fast, nearest = _fast_match(grid, thr, group)
        if fast is not None:
            return fast
        if nearest <= SOFT_MAX_DISTANCE:  # an empty frame, a picture frame: no code is even close
            if callable(spread):
                spread = spread()  # measured only when needed (the fast path above needs none)
            s, p = _soft_scores(grid, corners, layout, group, spread)
            scored += s
            preds.update({(key, r): partial(_with_grid, grid, pr, layout) for (key, r), pr in p.items()})
    found = _decide(scored, preds)
    if (found is not None and 1.0 - found.distance >= MIN_SCORE_NEW) or spread is None:
        return found
    if callable(spread):
        spread = spread()
    if float(np.max(spread)) < MOTION_MIN_SPREAD_PX:
        return found
    # Heavy blur: a Gaussian per axis no longer predicts the code well (see _motion_scores).
    scored, preds = [], _LazyPreds()
    for layout, group in _groups(tuple(candidates)).items():
        s, p = _motion_scores(grey, corners, layout, group)
        scored += s
        preds.update(p)
    moved = _decide(scored, preds)
    if found is None or moved is None:
        return found or moved
    if moved.key != found.key:
        return None  # the two models disagree: no id
    return moved if moved.distance < found.distance else found


class _LazyPreds(dict):
    """(code key, turn) -> (samples, prediction, layout) for `separation`; a value may be a
    function that makes it, called on first use: _decide looks at the predictions of the best
    read and its close rivals only (most squares have none), and making all 4 x K of them was
    ~0.15 of ~0.55 ms a careful comparison."""

    def __getitem__(self, key):
        value = super().__getitem__(key)
        if callable(value):
            value = value()
            self[key] = value
        return value


def _with_grid(grid: np.ndarray, pred: Callable[[], np.ndarray], layout: MarkerLayout) -> tuple:
    return grid, pred(), layout


def _decide(scored: list[tuple[float, int, int]], preds: dict) -> Identity | None:
    """The best read if it scores >= MIN_SCORE and every rival within MIN_MARGIN is told apart."""
    if not scored:
        return None
    scored.sort(reverse=True)
    top = scored[0]
    if top[0] < MIN_SCORE:
        return None
    for score, key, r in scored[1:]:
        if top[0] - score >= MIN_MARGIN:
            break
        if key == top[1] or separation(preds[(top[1], top[2])], preds[(key, r)]) < MIN_SEPARATION:
            return None
    return Identity(top[1], None, top[2], 1.0 - top[0])


# --- heavy motion blur ---------------------------------------------------------------------
# A quick turn of the tablet smears the card along one direction by 13-25 px: 4-8 modules of a
# card 100-200 px wide. The Gaussian-per-axis prediction above then scores true codes 0.4-0.6
# (benchmark: 13-25 px single frames); predicted with the blur's real shape — a line of some
# length and direction — the true code scores ~0.96 at the true corners (rivals <= 0.81). The line
# is found from the modules every code shares (frame, quiet zone, the card's margin, finder and
# timing patterns): each hypothesis blurs that known pattern and the best fit wins; then every
# known code is blurred by it and correlated over the data modules, as in _soft_scores.
MOTION_MIN_SPREAD_PX = MOTION["min_spread_px"]  # widest side's edge spread (px) from which the line model is tried (the Gaussian one fails)
MOTION_MIN_FIT = MOTION["min_fit"]  # the known pattern, blurred, must correlate this well with the samples (our frame, blurred)
MOTION_ANGLES = tuple(MOTION["angles_deg"])  # degrees, in the image
MOTION_LENGTHS_PX = tuple(MOTION["lengths_px"])
_FINE_ANGLE, _FINE_LENGTH = MOTION["fine_angle_deg"], MOTION["fine_length_px"]


def _motion_scores(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, group: list[Candidate]) -> tuple[list[tuple[float, int, int]], dict]:
    units, n = layout.units, layout.symbol_modules
    m = units + 2
    H = square_to_quad(units, corners)
    img = cv2.perspectiveTransform(_all_centres(units), H)
    vals = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).reshape(m, m).astype(np.float32)
    known, shared = _known_pattern(tuple(group))
    # Image -> module coordinates near the square's centre (the blur is a line there; a card
    # tilted <= 40 degrees changes its module size by a few % across).
    Hinv = np.linalg.inv(H)
    c = corners.astype(np.float64).mean(axis=0)
    probe = cv2.perspectiveTransform(np.array([[c, c + (1, 0), c + (0, 1)]], np.float64), Hinv)[0]
    J = np.stack([probe[1] - probe[0], probe[2] - probe[0]], axis=1)  # module offset per image px (columns: x, y)
    v_known = vals[shared]
    v_known = v_known - v_known.mean()
    v_known /= np.linalg.norm(v_known) + 1e-9

    def fit(angle: float, length: float) -> tuple[float, np.ndarray]:
        kernel = _line_kernel(J, angle, length)
        p = cv2.filter2D(known, -1, kernel, borderType=cv2.BORDER_REPLICATE)[shared]
        p = p - p.mean()
        return float(p @ v_known / (np.linalg.norm(p) + 1e-9)), kernel

    best = max((fit(a, ln)[0], a, ln) for a in MOTION_ANGLES for ln in MOTION_LENGTHS_PX)
    _, a0, l0 = best
    best = max((fit(a, ln)[0], a, ln) for a in (a0 - _FINE_ANGLE, a0, a0 + _FINE_ANGLE) for ln in (l0 - _FINE_LENGTH, l0, l0 + _FINE_LENGTH))
    score, a0, l0 = best
    if score < MOTION_MIN_FIT:
        return [], {}
    kernel = _line_kernel(J, a0, l0)
    index, _ = _fast_templates(tuple(group))  # (4, D): data modules per turn, flat in the symbol's grid
    codes = _framed_codes(tuple(group))  # (4, K, m, m)
    o = layout.symbol_offset + 1
    grid = np.ascontiguousarray(vals[o : o + n, o : o + n])
    flat = grid.ravel()
    out, preds = [], {}
    for r in range(4):
        v = flat[index[r]].astype(np.float64)
        v -= v.mean()
        v /= np.linalg.norm(v) + 1e-9
        for i, cand in enumerate(group):
            full = cv2.filter2D(codes[r, i], -1, kernel, borderType=cv2.BORDER_REPLICATE)[o : o + n, o : o + n].ravel()
            p = full[index[r]].astype(np.float64)
            p -= p.mean()
            out.append((float(p @ v / (np.linalg.norm(p) + 1e-9)), cand.key, r))
            masked = np.zeros(n * n)
            masked[index[r]] = full[index[r]] - 1.0  # dark < light, as _soft_scores' predictions
            preds[(cand.key, r)] = (grid, masked, layout)
    return out, preds


def _line_kernel(J: np.ndarray, angle: float, length: float) -> np.ndarray:
    """A blur line of `length` px at `angle` degrees in the image, as a kernel over whole
    modules: the module grid is piecewise constant, so sampling a module centre moved by d is
    reading module round(d) away — the line's samples, binned by whole-module shift."""
    t = np.deg2rad(angle)
    b = J @ np.array([np.cos(t), np.sin(t)]) * length  # the line in module units
    k = max(8, int(np.ceil(4 * np.hypot(*b))))
    s = (np.arange(k) + 0.5) / k - 0.5
    shift = np.floor(s[:, None] * b[None, :] + 0.5).astype(int)
    r = int(np.abs(shift).max())
    kernel = np.zeros((2 * r + 1, 2 * r + 1), np.float32)
    np.add.at(kernel, (shift[:, 1] + r, shift[:, 0] + r), 1.0 / k)
    return kernel


@lru_cache(maxsize=64)
def _known_pattern(group: tuple[Candidate, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The square plus one ring of card margin (units + 2 modules a side), light 1 / dark 0, with
    every data module at the group's mean; and where the modules every code shares are."""
    layout = group[0].layout
    units, n = layout.units, layout.symbol_modules
    m = units + 2
    codes = _framed_codes(group)[0]  # (K, m, m), as printed
    shared = np.ones((m, m), bool)
    o = layout.symbol_offset + 1
    shared[o : o + n, o : o + n] = False  # (the finder patterns are known too, but where depends on the turn)
    pattern = codes.mean(axis=0).astype(np.float32)
    pattern[~shared] = float(pattern[~shared].mean())
    return pattern, shared


@lru_cache(maxsize=64)
def _framed_codes(group: tuple[Candidate, ...]) -> np.ndarray:
    """Every code of the group, framed, with one ring of white margin, light 1 / dark 0, as seen in
    each turn r (4, K, units + 2, units + 2)."""
    layout = group[0].layout
    m = layout.units + 2
    out = np.ones((4, len(group), m, m), np.float32)
    for r in range(4):
        for i, c in enumerate(group):
            out[r, i, 1:-1, 1:-1] = np.where(framed_grid(np.rot90(c.modules, -r), layout), 0.0, 1.0)
    return out


def separation(best: tuple, rival: tuple) -> float:
    """Correlation of the samples with (best - rival) predicted, over the data modules where the
    two codes (as seen) differ: ~1 when the samples side with `best`, ~0 when they cannot tell,
    < 0 when they side with the rival. -1 when the codes differ in fewer than 8 modules."""
    grid, p1, layout = best
    _, p2, layout2 = rival
    if layout2 != layout:
        return 1.0  # codes of different sizes: the module grids themselves differ
    diff = p1 - p2
    sel = np.abs(diff) > 0.15 * np.abs(diff).max()
    if np.count_nonzero(sel) < 8:
        return -1.0
    v = grid.ravel()[sel].astype(float)
    d = diff[sel]
    v -= v.mean()
    d = d - d.mean()
    return float(v @ d / (np.linalg.norm(v) * np.linalg.norm(d) + 1e-9))


def could_be_known(grey: np.ndarray, corners: np.ndarray, candidates: list[Candidate]) -> bool:
    """Quick look with roughly refined corners: is any known code even close (thresholded
    distance within what true codes reach far away)? Picture frames and other codes are not."""
    for layout, group in _groups(tuple(candidates)).items():
        grid, thr, ring = sample_lit(grey, corners, layout)
        if ring >= MIN_RING and _fast_match(grid, thr, group)[1] <= SOFT_MAX_DISTANCE:
            return True
    return False


def known_verdict(grey: np.ndarray, corners: np.ndarray, candidates: list[Candidate], spread: Callable[[], float] | None = None, sampled: dict | None = None) -> bool | None:
    """The same look on coarse corners (straight from the contour), before any refinement:
    True when a known code is close, False when the frame and quiet zone are clearly seen
    (ring >= MIN_RING: the corners are good enough to sample modules) and still no code is
    close, None when the corners are too rough to say. Measured on the benchmark set: true
    markers with a clear ring are <= 0.33 from their code at coarse corners; picture frames
    and other codes >= 0.43 (random: ~0.5).

    Close is stricter for a code seen large and sharp — modules along the square's shortest
    side >= SHARP_MIN_MODULE_SPREADS times the edge spread (`spread()`: px, widest side, taken
    as >= 1, measured on the same coarse corners; asked only when it matters): there a known
    code's data modules threshold right but for what covers them, and a cover (glare, a
    shadow, a finger) turns modules one way only (dark read light, or light read dark). When
    the coarse corners hold the whole ring (every frame sample dark, every quiet-zone sample
    light: a finger over an edge can bend the contour, and modules sampled off by a fraction
    then read wrong both ways) and every known code in every turn is wrong both ways in
    >= SHARP_MIN_EACH_WAY of the data modules, the square shows another code — typically another exhibit's card of the same
    museum (same address and mask: ~0.19 from ours, ~0.09 each way), which otherwise cost a
    full refinement and the careful comparison on every frame to be turned down. Measured at
    coarse corners on the benchmark's clutter, 480p, motion-blur, defocus, glare, shadow and
    finger sets: true markers seen sharp with the whole ring <= 0.008 each way (glare: up to
    0.21 one way, 0 the other; a finger over an edge with 86 % of the ring: 0.19), other
    exhibits' cards >= 0.083. `sampled`: looks_like_frame's samples on the same corners."""
    verdict = None
    for layout, group in _groups(tuple(candidates)).items():
        grid, thr, ring = sampled[layout] if sampled is not None and layout in sampled else _sample(grey, corners, layout)[:3]
        if ring < MIN_RING:
            continue
        # (the costlier "another code" test — its edge spread ~0.2-0.4 ms — only for squares a
        # known code is close to: picture frames and most other squares are far from all)
        counts = _light_counts(grid, thr, group)
        if _fast_match(grid, thr, group, counts)[1] <= SOFT_MAX_DISTANCE and not (ring >= 1.0 and _both_ways(grid, thr, group, counts) >= SHARP_MIN_EACH_WAY and _sharp(corners, layout, spread)):
            return True
        verdict = False
    return verdict


def _light_counts(grid: np.ndarray, thr: float, group: list[Candidate]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per turn and code, over the data modules: (modules read light (4, 1), modules light in the
    code (4, K), modules both (4, K)), counted as one batched 0/1 matrix product (float32 holds
    these counts exactly; ~2x cheaper than counting the (4, K, D) comparisons)."""
    index, _ = _fast_templates(tuple(group))
    light01, light_sum = _fast_light01(tuple(group))
    seen = (grid.ravel()[index] > thr).astype(np.float32)  # (4 turns, D)
    both = np.matmul(light01, seen[:, :, None])[:, :, 0]
    return seen.sum(axis=1, keepdims=True), light_sum, both


def _both_ways(grid: np.ndarray, thr: float, group: list[Candidate], counts: tuple | None = None) -> float:
    """Over the group's codes and turns, the least of min(dark read light, light read dark) as
    fractions of the data modules (thresholded)."""
    seen, light, both = counts if counts is not None else _light_counts(grid, thr, group)
    dark_read_light = seen - both
    light_read_dark = light - both
    return float(np.minimum(dark_read_light, light_read_dark).min()) / _fast_templates(tuple(group))[0].shape[1]


def _sharp(corners: np.ndarray, layout: MarkerLayout, spread: Callable[[], float] | None) -> bool:
    """Modules wide against the edges' blur (see known_verdict)."""
    if spread is None:
        return False
    px = float(np.hypot(*(corners[[1, 2, 3, 0]] - corners).T).min()) / layout.units  # px per module, shortest side
    return px >= SHARP_MIN_MODULE_SPREADS and px >= SHARP_MIN_MODULE_SPREADS * spread()


def _fast_match(grid: np.ndarray, thr: float, group: list[Candidate], counts: tuple | None = None) -> tuple[Identity | None, float]:
    """For codes seen large and sharp: every data module but a few reads right by thresholding,
    and every other code and turn is far off. Also returns the nearest code's distance."""
    seen, light, both = counts if counts is not None else _light_counts(grid, thr, group)
    k = len(group)
    # (4 turns, K codes): fraction of data modules that threshold differently, all in one go.
    differ = (seen + light - 2 * both).astype(np.int64).ravel()
    dist = differ / _fast_templates(tuple(group))[0].shape[1]
    order = np.argsort(dist)
    if dist[order[0]] <= FAST_MAX_DISTANCE and dist[order[1]] >= FAST_MIN_RUNNER_UP:
        r, i = divmod(int(order[0]), k)
        return Identity(group[i].key, None, r, float(dist[order[0]])), float(dist[order[0]])
    return None, float(dist[order[0]])


def score_known(grey: np.ndarray, corners: np.ndarray, candidates: list[Candidate]) -> list[tuple[float, int, int]]:
    """(soft score, candidate key, rotation) for every known code in every rotation, best first
    (for measurements; match_known decides)."""
    scored = []
    for layout, group in _groups(tuple(candidates)).items():
        grid, _, ring = sample_lit(grey, corners, layout)
        if ring >= MIN_RING:
            scored += _soft_scores(grid, corners, layout, group)[0]
    scored.sort(reverse=True)
    return scored


def _soft_scores(grid: np.ndarray, corners: np.ndarray, layout: MarkerLayout, group: list[Candidate], spread: np.ndarray | None = None) -> tuple[list[tuple[float, int, int]], dict[tuple[int, int], Callable[[], np.ndarray]]]:
    """Far away a module is 1-2 pixels and blurred: thresholding modules one by one fails there.
    Instead each known code is predicted as the camera would see it (its modules blurred by a
    Gaussian of the lens's spread, in module units along each axis of the foreshortened square)
    and compared with the sampled grey levels by correlation over the data modules only (the
    finder and timing patterns are the same in every code and say nothing about identity)."""
    side = np.hypot(*(corners[[1, 2, 3, 0]] - corners).T)
    n = layout.symbol_modules
    gather_all = _soft_layout(tuple(group))[2]
    index, _ = _fast_templates(tuple(group))  # (4, D) flat data-module indices per turn
    px_x = (side[0] + side[2]) / 2 / layout.units  # module size along the seen grid's rows
    px_y = (side[1] + side[3]) / 2 / layout.units
    k = len(group)
    v = grid.ravel()[index].astype(float)  # (4, D): the samples, per turn's data modules
    v -= v.mean(axis=1, keepdims=True)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    keys, best, which = [], np.full((4, k), -1.0), np.zeros((4, k), np.intp)
    for h, (sx, sy) in enumerate(_psf_hypotheses(spread)):
        key = (_quantised(sy / px_y), _quantised(sx / px_x))
        pred, norm = _blurred_codes(tuple(group), *key)
        corr = np.einsum("rkd,rd->rk", pred, v) / norm
        better = corr > best
        which[better] = h
        np.maximum(best, corr, out=best)
        keys.append(key)

    # The best prediction of each code (full grid in its turn), on its data modules only (for
    # `separation`), made when asked for: most squares need none of them.
    def masked(r: int, i: int) -> np.ndarray:
        out = np.zeros(n * n)
        out[index[r]] = _blurred_full(tuple(group), *keys[which[r, i]])[gather_all[r, i, index[r]]]
        return out

    preds: dict[tuple[int, int], Callable[[], np.ndarray]] = {(c.key, r): partial(masked, r, i) for r in range(4) for i, c in enumerate(group)}
    return [(float(best[r, i]), c.key, r) for r in range(4) for i, c in enumerate(group)], preds


def _blurred_full(group: tuple[Candidate, ...], sigma_y: float, sigma_x: float) -> np.ndarray:
    """Every code of the group blurred by (sigma_y, sigma_x) (module units, quantised) as seen in
    each turn: By @ turn(T) @ Bx^T is the turn of By @ T @ Bx^T for the even turns and of
    Bx @ T @ By^T for the odd ones (Gaussian blur matrices are symmetric and unchanged by
    reversing both indices), so the K codes are blurred twice (not 4K times) and
    _soft_layout's `gather` picks each turn's modules from there. Row i*K + c of a product
    holds row i of code c."""
    n = group[0].layout.symbol_modules
    dark = _soft_layout(group)[0]
    by, bx = _blur_matrix_q(n, sigma_y), _blur_matrix_q(n, sigma_x)
    return np.concatenate([((by @ dark).reshape(-1, n) @ bx.T).ravel(), ((bx @ dark).reshape(-1, n) @ by.T).ravel()])


@lru_cache(maxsize=128)
def _blurred_codes(group: tuple[Candidate, ...], sigma_y: float, sigma_x: float) -> tuple[np.ndarray, np.ndarray]:
    """_blurred_full's data modules per turn and code (4, K, D), less their mean, and their
    norms (+ 1e-9) (4, K): what _soft_scores correlates the samples with. Kept for the blurs
    (quantised to 0.05 module) seen lately: the same card in a video asks for the same few,
    and on the benchmark's independent 480p frames ~60 % of the asks repeat one of the last
    128 (~64 KB each: ~8 MB at most). Read-only."""
    pred = _blurred_full(group, sigma_y, sigma_x).take(_soft_layout(group)[1])
    pred -= pred.mean(axis=2, keepdims=True)
    norm = np.linalg.norm(pred, axis=2) + 1e-9
    pred.flags.writeable = norm.flags.writeable = False
    return pred, norm


def _psf_hypotheses(spread: np.ndarray | None) -> list[tuple[float, float]]:
    """(sigma along the grid's x, along its y) in px: the lens's usual spread, and with a measured
    edge spread (blur) that spread per axis — the sides TL-TR and BR-BL are blurred across by the
    blur along y, the other two along x — and a little either side of it."""
    out = [(s, s) for s in PSF_SIGMAS_PX]
    if spread is not None and float(np.max(spread)) >= 1.2:
        sy, sx = (spread[0] + spread[2]) / 2, (spread[1] + spread[3]) / 2
        out += [(sx * f, sy * f) for f in BLUR_PSF_FACTORS]
    return out


@lru_cache(maxsize=32)
def _groups(candidates: tuple[Candidate, ...]) -> dict[MarkerLayout, list[Candidate]]:
    out: dict[MarkerLayout, list[Candidate]] = {}
    for c in candidates:
        out.setdefault(c.layout, []).append(c)
    return out


@lru_cache(maxsize=64)
def _templates(group: tuple[Candidate, ...]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Every code of the group turned as it would be seen with rotation r (r = 0..3, stacked
    r-major), and the data mask turned the same way."""
    n = group[0].layout.symbol_modules
    light = [np.where(c.modules, 0.0, 1.0) for c in group]
    templates = np.array([np.rot90(m, -r) for r in range(4) for m in light])
    masks = [np.rot90(data_mask(n), -r) for r in range(4)]
    return templates, masks


@lru_cache(maxsize=64)
def _soft_layout(group: tuple[Candidate, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For _soft_scores: the group's codes as printed, dark = -1, side by side (N, K*N); and
    where each seen code's data modules (4 turns, K, D) and all its modules (4, K, N*N) lie in
    the two blurred products of _soft_scores, flattened and concatenated (even turns read the
    first, odd turns the second; row i*K + c of each holds row i of code c)."""
    index, _ = _fast_templates(group)
    k, n = len(group), group[0].layout.symbol_modules
    dark = np.ascontiguousarray(np.stack([np.where(c.modules, -1.0, 0.0) for c in group]).transpose(1, 0, 2).reshape(n, k * n))
    grid = np.arange(n * n).reshape(n, n)
    src = np.array([np.rot90(grid, -r).ravel() for r in range(4)])  # (4, N*N): seen module -> printed module, per turn
    code = np.arange(k)[None, :, None]

    def at(p: np.ndarray) -> np.ndarray:  # (4, 1, P) seen modules -> (4, K, P) positions in the products
        q = np.take_along_axis(src[:, None, :], p, axis=2)
        return (np.arange(4)[:, None, None] % 2) * (n * n * k) + ((q // n) * k + code) * n + q % n

    return dark, at(index[:, None, :]), at(np.broadcast_to(np.arange(n * n), (4, 1, n * n)))


@lru_cache(maxsize=64)
def _fast_templates(group: tuple[Candidate, ...]) -> tuple[np.ndarray, np.ndarray]:
    """For _fast_match: per turn r, the flat grid indices of the data modules (4, D), and each
    code's expected light/dark there (4, K, D) — the same as _templates, gathered once."""
    templates, masks = _templates(group)
    k, n = len(group), group[0].layout.symbol_modules
    index = np.array([np.flatnonzero(m.ravel()) for m in masks])
    light = np.array([templates[r * k : (r + 1) * k].reshape(k, n * n)[:, index[r]] > 0.5 for r in range(4)])
    return index, light


@lru_cache(maxsize=64)
def _fast_light01(group: tuple[Candidate, ...]) -> tuple[np.ndarray, np.ndarray]:
    """_fast_templates' light modules as 0/1 float32 (4, K, D) and their count per turn and code (4, K)."""
    light = _fast_templates(group)[1].astype(np.float32)
    return light, light.sum(axis=2)


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
        grid, thr, ring = sample_grid_and_rings(grey, corners, layout)
        if ring < MIN_RING:
            continue
        dark = grid < thr
        tmpl, mask = _finder_template(n)
        for r in range(4):
            seen = np.rot90(dark, r)
            score = float(np.mean(seen[mask] == tmpl[mask]))
            if best is None or score > best[0]:
                best = (score, n, r, grid, thr)
    if best is None or best[0] < 0.85:
        return None
    _, n, r, grid, thr = best
    grid = np.rot90(grid, r)
    # Far away the modules blur into their neighbours: besides the frame-vs-quiet-zone threshold,
    # try thresholds against the local mean (lighting gradients) and a little either side;
    # QR's error correction and zxing's checks reject a wrong reading.
    local = cv2.blur(grid, (5, 5), borderType=cv2.BORDER_REFLECT)
    for dark in (grid < thr, grid < (local + thr) / 2, grid < thr * 0.93, grid < thr * 1.07):
        payload = decode_modules(dark)
        if payload is not None:
            return Identity(None, payload, r, 0.0)
    return None


def decode_modules(dark: np.ndarray, px: int = 4) -> str | None:
    img = np.where(np.pad(dark, 4, constant_values=False), 0, 255).astype(np.uint8)
    img = np.kron(img, np.ones((px, px), np.uint8))
    found = zxingcpp.read_barcodes(img, formats=QR_ONLY, try_rotate=False, try_invert=False, try_downscale=False)
    return found[0].text if found else None
