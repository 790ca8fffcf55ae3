"""Which marker a found square is: read its QR modules through the square's homography.

The four refined frame corners give a homography precise to a fraction of a module, so the
module centres can be sampled directly — no QR finder-pattern search, which is what makes plain
QR readers fail far away and at steep angles. With the exhibit's markers known, the sampled grid
is compared (correlation over the data modules, all four rotations) with each marker's expected
module matrix (`markers.symbol.qr_modules`, the same matrix that was printed); an id is accepted
only above a score threshold *and* with a clear margin to the runner-up, so a foreign or garbled code is
never taken for one of ours. Without known markers, the sampled grid is redrawn as a clean
symbol and decoded with zxing-cpp.

The decisions live here; the models they weigh have a module each: module_sampling.py (the
square's modules and rings), uneven_light.py (a shadow across the card), lens_blur.py (a far,
blurred code), motion_blur.py (a code smeared by a quick turn) and code_templates.py (the known
codes, turned, as those models compare them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

import cv2
import numpy as np
import zxingcpp

from ..markers.layout import MarkerLayout
from ..markers.tracking_params import IDENTITY
from .code_templates import Candidate, _fast_light01, _fast_templates, _groups
from .lens_blur import _soft_scores
from .module_sampling import MIN_RING, _sample, sample_grid_and_rings
from .module_sampling import sample_grid as sample_grid, square_to_quad as square_to_quad  # identity's API before the split
from .motion_blur import MOTION_MIN_SPREAD_PX, _motion_scores, fit_corners
from .uneven_light import sample_lit

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
MIN_SEPARATION = IDENTITY["min_separation"]  # a rival within MIN_MARGIN must be told apart this clearly where the codes differ
QR_SIZES = tuple(17 + 4 * v for v in range(1, 8))  # versions 1-7 (our payloads are 1-5)


@dataclass
class Identity:
    key: int | None  # which Candidate (None when decoded without known markers)
    payload: str | None
    rotation: int  # quarter turns: corners[rotation] is the code's top-left corner
    distance: float  # 1 - correlation with the expected code (0 when decoded by zxing)


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


QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)  # what zxing-cpp is asked to read

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
            preds.alike.update({(key, r): (grid, pr, layout) for (key, r), pr in p.items()})
    found = _decide(scored, preds)
    if (found is not None and 1.0 - found.distance >= MIN_SCORE_NEW) or spread is None:
        return found
    if callable(spread):
        spread = spread()
    if float(np.max(spread)) < MOTION_MIN_SPREAD_PX:
        return found
    # Heavy blur: a Gaussian per axis no longer predicts the code well (see _motion_scores), and
    # the refined corners are off by a few px: the code is read at corners fitted to the blurred
    # frame (fit_corners; the pattern every code shares, so no code is favoured).
    scored, preds = [], _LazyPreds()
    for layout, group in _groups(tuple(candidates)).items():
        s, p = _motion_scores(grey, fit_corners(grey, corners, layout, group)[0], layout, group)
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
    ~0.15 of ~0.55 ms a careful comparison.

    alike: the lens model's (samples, maker, layout), whose maker can also predict a code under
    another read's blur (lens_blur._soft_scores' `like`); the motion model's predictions share
    one blur line already."""

    def __init__(self) -> None:
        super().__init__()
        self.alike: dict = {}

    def __getitem__(self, key):
        value = super().__getitem__(key)
        if callable(value):
            value = value()
            self[key] = value
        return value

    def rival(self, key: tuple[int, int], best: tuple[int, int]) -> tuple:
        """The rival read `key`'s (samples, prediction, layout) for `separation`: under the
        `best` read's blur where each code has a blur of its own (the lens model)."""
        if key not in self.alike or best not in self.alike:
            return self[key]
        grid, make, layout = self.alike[key]
        return grid, make(like=best), layout


def _with_grid(grid: np.ndarray, pred: Callable[[], np.ndarray], layout: MarkerLayout) -> tuple:
    return grid, pred(), layout


def _decide(scored: list[tuple[float, int, int]], preds: _LazyPreds) -> Identity | None:
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
        if key == top[1] or separation(preds[(top[1], top[2])], preds.rival((key, r), (top[1], top[2]))) < MIN_SEPARATION:
            return None
    return Identity(top[1], None, top[2], 1.0 - top[0])


def separation(best: tuple, rival: tuple) -> float:
    """Correlation of the samples with (best - rival) predicted, over the data modules where the
    two codes (as seen) differ, with what the two predictions share there taken out first
    (a partial correlation): ~1 when the samples side with `best`, ~0 when they cannot tell,
    < 0 when they side with the rival. -1 when the codes differ in fewer than 8 modules.

    A module where two codes differ is seen through the blur with its neighbours, and most of
    those are modules every code shares: their light, the same under both predictions (it is in
    (best + rival) / 2), moves the samples there as much as the module itself does on a small,
    blurred code. Correlated with (best - rival) alone, that shared part only dilutes the answer
    (issue 14, 640x480 clutter: ids a and e, 117 modules apart, 39-55 px cards read 0.94-0.98
    with e 0.18 below: 0.46-0.49 plainly, 0.84-0.94 with the shared part out, and the same
    negated with the two codes swapped). Unblurred predictions share nothing there (0 and 1
    either way): the plain correlation."""
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
    shared = p1[sel] + p2[sel]
    v -= v.mean()
    d = d - d.mean()
    shared -= shared.mean()
    s2 = float(shared @ shared)
    if s2 > 1e-9 * len(shared):
        # (least-squares residuals of both on the shared part: what neither code explains alone)
        v -= (v @ shared / s2) * shared
        d = d - (d @ shared / s2) * shared
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
