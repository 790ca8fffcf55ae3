"""The known codes as the identification models compare them: per layout, every code in its four
turns, and where its data modules (those that differ between codes) lie. Cached per group of
candidates: the tracker keeps its list for life."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..markers.layout import MarkerLayout


@dataclass(frozen=True, eq=False)  # hashed by identity: the tracker keeps its list for life
class Candidate:
    """A marker the tracker may see: its expected module matrix and layout."""

    key: int  # index into the tracker's marker list
    modules: np.ndarray  # N x N bool, True = dark
    layout: MarkerLayout


@lru_cache(maxsize=32)
def _groups(candidates: tuple[Candidate, ...]) -> dict[MarkerLayout, list[Candidate]]:
    out: dict[MarkerLayout, list[Candidate]] = {}
    for c in candidates:
        out.setdefault(c.layout, []).append(c)
    return out


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
