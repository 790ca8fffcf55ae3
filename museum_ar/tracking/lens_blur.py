"""The lens-blur model: far away a module is 1-2 pixels, so each known code is predicted blurred by
a Gaussian per axis of the foreshortened square and correlated with the samples (docs/tracking.md)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial

import numpy as np

from ..markers.layout import MarkerLayout
from ..markers.tracking_params import IDENTITY
from .code_templates import Candidate, _fast_templates

# Blur of the lens and sensor assumed when predicting how a code looks (pixels); the best of
# these is taken for every code, so none is favoured.
PSF_SIGMAS_PX = tuple(IDENTITY["psf_sigmas_px"])
BLUR_PSF_FACTORS = tuple(IDENTITY["blur_psf_factors"])


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
    # `separation`), made when asked for: most squares need none of them. like: another read
    # (code key, turn) whose best blur to predict with instead (a rival is told apart from the
    # best read under the same blur: under blurs of their own, the two predictions differ all
    # over the code, not only where the codes do).
    slot = {c.key: i for i, c in enumerate(group)}

    def masked(r: int, i: int, like: tuple[int, int] | None = None) -> np.ndarray:
        h = which[r, i] if like is None or like[0] not in slot else which[like[1], slot[like[0]]]
        out = np.zeros(n * n)
        out[index[r]] = _blurred_full(tuple(group), *keys[h])[gather_all[r, i, index[r]]]
        return out

    preds: dict[tuple[int, int], Callable[[], np.ndarray]] = {(c.key, r): partial(masked, r, i) for r in range(4) for i, c in enumerate(group)}
    return [(float(best[r, i]), c.key, r) for r in range(4) for i, c in enumerate(group)], preds


@lru_cache(maxsize=8)
def _blurred_full(group: tuple[Candidate, ...], sigma_y: float, sigma_x: float) -> np.ndarray:
    """Every code of the group blurred by (sigma_y, sigma_x) (module units, quantised) as seen in
    each turn: By @ turn(T) @ Bx^T is the turn of By @ T @ Bx^T for the even turns and of
    Bx @ T @ By^T for the odd ones (Gaussian blur matrices are symmetric and unchanged by
    reversing both indices), so the K codes are blurred twice (not 4K times) and
    _soft_layout's `gather` picks each turn's modules from there. Row i*K + c of a product
    holds row i of code c. Kept for the last few blurs (read-only): `separation` asks for the
    best read's and its close rivals' predictions, under the same blur (~0.05 ms each made; a
    sibling card of another exhibit has 3-4 rivals within the margin)."""
    n = group[0].layout.symbol_modules
    dark = _soft_layout(group)[0]
    by, bx = _blur_matrix_q(n, sigma_y), _blur_matrix_q(n, sigma_x)
    out = np.concatenate([((by @ dark).reshape(-1, n) @ bx.T).ravel(), ((bx @ dark).reshape(-1, n) @ by.T).ravel()])
    out.flags.writeable = False
    return out


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
