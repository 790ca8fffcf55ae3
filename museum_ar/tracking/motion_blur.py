"""The motion-blur model: a code smeared along one line by a quick turn of the tablet
(docs/tracking.md, 4c).

A quick turn of the tablet smears the card along one direction by 13-25 px: 4-8 modules of a
card 100-200 px wide. The Gaussian-per-axis prediction (lens_blur.py) then scores true codes 0.4-0.6
(benchmark: 13-25 px single frames); predicted with the blur's real shape — a line of some
length and direction — the true code scores ~0.96 at the true corners (rivals <= 0.81). The line
is found from the modules every code shares (frame, quiet zone, the card's margin, finder and
timing patterns): each hypothesis blurs that known pattern and the best fit wins; then every
known code is blurred by it and correlated over the data modules, as in lens_blur._soft_scores.
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

from ..markers.layout import MarkerLayout, framed_grid
from ..markers.tracking_params import MOTION
from .code_templates import Candidate, _fast_templates
from .module_sampling import _all_centres, square_to_quad

MOTION_MIN_SPREAD_PX = MOTION["min_spread_px"]  # widest side's edge spread (px) from which the line model is tried (the Gaussian one fails)
MOTION_MIN_FIT = MOTION["min_fit"]  # the known pattern, blurred, must correlate this well with the samples (our frame, blurred)
MOTION_ANGLES = tuple(MOTION["angles_deg"])  # degrees, in the image
MOTION_LENGTHS_PX = tuple(MOTION["lengths_px"])
_FINE_ANGLE, _FINE_LENGTH = MOTION["fine_angle_deg"], MOTION["fine_length_px"]
FIT_STEPS_PX = tuple(MOTION["fit_steps_px"])  # fit_corners: corner moves tried, coarse to fine
FIT_MAX_PASSES = MOTION["fit_max_passes"]  # ... passes over the 8 coordinates per step


def _motion_scores(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, group: list[Candidate]) -> tuple[list[tuple[float, int, int]], dict]:
    n = layout.symbol_modules
    fitted = _line_fit(grey, corners, layout, group)
    if fitted is None:
        return [], {}
    _, kernel, vals = fitted
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


def fit_corners(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, group: list[Candidate]) -> tuple[np.ndarray, float]:
    """Corners moved to where the known pattern (frame, quiet zone, margin), blurred by the line
    fitted at `corners`, best matches the samples: (corners, fit). Edge refinement on a card
    smeared 13-25 px leaves corners 1.5-4 px off (its sides are ramps several modules wide,
    their ends rounded): read there, the true code scores 0.76-0.96 and its siblings within
    0.25 of it cannot be told apart (benchmark 13-25 px set: 24 of 80 missed frames), while
    at the true corners it reads in most. Coordinate ascent on the fit, one corner coordinate
    at a time in steps of STEPS_PX (~200 looks at the ~1,700 shared module centres: ~10 ms, on
    heavily blurred squares only)."""
    fitted = _line_fit(grey, corners, layout, group)
    if fitted is None:
        return corners, -1.0
    _, kernel, _ = fitted
    known, shared = _known_pattern(tuple(group))
    p = cv2.filter2D(known, -1, kernel, borderType=cv2.BORDER_REPLICATE)[shared].astype(np.float64)
    p -= p.mean()
    p /= np.linalg.norm(p) + 1e-9
    pts = _all_centres(layout.units)[shared.ravel()]

    def score(c: np.ndarray) -> float:
        img = cv2.perspectiveTransform(pts, square_to_quad(layout.units, c))
        v = cv2.remap(grey, img, None, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE).ravel().astype(np.float64)
        v -= v.mean()
        return float(p @ v / (np.linalg.norm(v) + 1e-9))

    c = corners.astype(np.float64).copy()
    best = score(c)
    for step in FIT_STEPS_PX:
        for _ in range(FIT_MAX_PASSES):
            improved = False
            for k in range(4):
                for axis in range(2):
                    for sign in (1.0, -1.0):
                        trial = c.copy()
                        trial[k, axis] += sign * step
                        s = score(trial)
                        if s > best:
                            best, c, improved = s, trial, True
                            break
            if not improved:
                break
    return c.astype(np.float32), best


def _line_fit(grey: np.ndarray, corners: np.ndarray, layout: MarkerLayout, group: list[Candidate]) -> tuple[float, np.ndarray, np.ndarray] | None:
    """The blur line that best explains the pattern all the group's codes share at these corners:
    (fit, kernel, the sampled module values), or None below MOTION_MIN_FIT."""
    units = layout.units
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

    def fit(angle: float, length: float) -> float:
        p = cv2.filter2D(known, -1, _line_kernel(J, angle, length), borderType=cv2.BORDER_REPLICATE)[shared]
        p = p - p.mean()
        return float(p @ v_known / (np.linalg.norm(p) + 1e-9))

    _, a0, l0 = max((fit(a, ln), a, ln) for a in MOTION_ANGLES for ln in MOTION_LENGTHS_PX)
    score, a0, l0 = max((fit(a, ln), a, ln) for a in (a0 - _FINE_ANGLE, a0, a0 + _FINE_ANGLE) for ln in (l0 - _FINE_LENGTH, l0, l0 + _FINE_LENGTH))
    if score < MOTION_MIN_FIT:
        return None
    return score, _line_kernel(J, a0, l0), vals


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
