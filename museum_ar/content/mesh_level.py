"""Level a scan whose base is tilted: photogrammetry (Meshroom, RealityCapture) writes its mesh in
an arbitrary camera frame, so after the up axis is chosen the object still leans a few degrees.

The base is the plane the object would stand on: the bottom faces whose normals agree (found by
narrowing a cone around their area-weighted mean normal) and that lie on the supporting plane in
that direction, i.e. nothing of the mesh is below it. Their plane is fitted to their positions
(a scan's normals are noisy, the mean of many points on a plane is not). A lean is corrected only
when the evidence is clear: the base is a fair share of the surface, flat, and leans by more than
what is invisible but no more than a wrong up axis would. A sphere-ish model (a helmet) has no
such base and is left alone; so is a lean under `MIN_TILT_DEG`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .hull2d import inside_distance

MIN_TILT_DEG = 1.0  # below this a lean is invisible on the tablet and within the fit's error
MAX_TILT_DEG = 20.0  # beyond this it is the up axis that is wrong, not the base
MIN_SHARE = 0.03  # the base is at least this share of the surface (as the up axis test asks)
MAX_RESIDUAL = 0.004  # RMS distance of the base faces from their plane, as a share of the size
_SUPPORT_BAND = 0.01  # base faces lie within this share of the size from the supporting plane
# faces looked at: every k-th beyond this many (a plane through thousands of base faces is as
# good as through all of them; the up axis search runs this six times on a dense scan)
SAMPLE_FACES = 50_000


@dataclass(frozen=True)
class Base:
    down: np.ndarray  # unit normal of the base plane, pointing out of the object (down)
    share: float  # of the surface area
    residual: float  # RMS distance from the plane / the mesh's size
    stability: float  # degrees it can be tipped before it falls over (negative: it would not stand)

    def tilt_deg(self, down: np.ndarray) -> float:
        """Angle between this base's normal and the `down` direction."""
        return float(np.degrees(np.arccos(np.clip(self.down @ down, -1.0, 1.0))))


def find_base(area: np.ndarray, normals: np.ndarray, centres: np.ndarray, down: np.ndarray,
              cone_deg: float = MAX_TILT_DEG) -> Base | None:
    """The flat base facing roughly `down` (within `cone_deg`), from per-face areas, unit normals
    and centres; None when no face faces that way."""
    if len(area) > SAMPLE_FACES:
        step = slice(None, None, -(-len(area) // SAMPLE_FACES))
        area, normals, centres = area[step], normals[step], centres[step]
    down = np.asarray(down, dtype=np.float64)
    total = float(area.sum())
    size = float(np.linalg.norm(centres.max(axis=0) - centres.min(axis=0))) if len(centres) else 0.0
    if total <= 0 or size <= 0:
        return None
    facing = normals @ down > np.cos(np.radians(cone_deg))
    if not facing.any():
        return None
    # the dominant direction among the downward faces: a cone narrowed around their mean normal
    m = _mean_direction(normals[facing], area[facing])
    for cone in (10.0, 5.0, 3.0):
        sel = facing & (normals @ m > np.cos(np.radians(cone)))
        if not sel.any():
            return None
        m = _mean_direction(normals[sel], area[sel])
    # on the supporting plane along m, then the plane through those faces, twice
    depth = centres @ m  # larger = further down
    sel = None
    for _ in range(3):
        bottom = depth.max()
        sel = (normals @ m > np.cos(np.radians(5.0))) & (bottom - depth < _SUPPORT_BAND * size)
        if sel.sum() < 3:
            return None
        m = _plane_normal(centres[sel], area[sel], m)
        depth = centres @ m
    assert sel is not None
    w = area[sel]
    offset = depth[sel] - np.average(depth[sel], weights=w)
    residual = float(np.sqrt(np.average(offset ** 2, weights=w))) / size
    centre = np.average(centres, axis=0, weights=area)  # of the surface: a scan is a shell
    return Base(down=m, share=float(w.sum()) / total, residual=residual,
                stability=_tipping_angle(centres[sel], centre, m, float(depth.max())))


def is_clear(base: Base | None) -> bool:
    """A base to stand on: a fair share of the surface, flat, the centre above its footprint."""
    return base is not None and base.share >= MIN_SHARE and base.residual <= MAX_RESIDUAL and base.stability > 0


def levelling(area: np.ndarray, normals: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, float]:
    """(rotation, lean in degrees) that stands a Y-up mesh level on its base, from its face
    statistics; the identity and 0 when there is no clear base or it already stands level."""
    down = np.array([0.0, -1.0, 0.0])
    base = find_base(area, normals, centres, down)
    if base is None or not is_clear(base):
        return np.eye(3), 0.0
    tilt = base.tilt_deg(down)
    if not (MIN_TILT_DEG <= tilt <= MAX_TILT_DEG):
        return np.eye(3), 0.0
    return rotation_between(base.down, down), tilt


def rotation_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The smallest rotation taking unit vector a to unit vector b (about their common
    perpendicular: a leaning scan is stood up without turning it about the vertical)."""
    axis = np.cross(a, b)
    s, c = float(np.linalg.norm(axis)), float(a @ b)
    if s < 1e-12:
        return np.eye(3)
    k = axis / s
    kx = np.array([[0.0, -k[2], k[1]], [k[2], 0.0, -k[0]], [-k[1], k[0], 0.0]])
    return np.eye(3) + s * kx + (1.0 - c) * (kx @ kx)


def _tipping_angle(base_points: np.ndarray, centre: np.ndarray, down: np.ndarray, bottom: float) -> float:
    """How far (degrees) an object standing on `base_points` can lean before its centre of mass
    passes the edge of its footprint: tells a plinth from a flat crown or a flat back."""
    u = np.cross(down, [1.0, 0.0, 0.0] if abs(down[0]) < 0.9 else [0.0, 1.0, 0.0])
    u /= np.linalg.norm(u)
    v = np.cross(down, u)
    flat = np.column_stack([base_points @ u, base_points @ v])
    c = np.array([centre @ u, centre @ v])
    inside = inside_distance(flat, c)  # (numpy: scipy.spatial's hull cost 38 MB of library, hull2d.py)
    if inside is None:
        return -90.0  # a footprint without area
    height = max(bottom - float(centre @ down), 1e-12)
    return float(np.degrees(np.arctan2(inside, height)))


def _mean_direction(normals: np.ndarray, weights: np.ndarray) -> np.ndarray:
    m = (normals * weights[:, None]).sum(axis=0)
    return m / np.linalg.norm(m)


def _plane_normal(points: np.ndarray, weights: np.ndarray, towards: np.ndarray) -> np.ndarray:
    """Normal of the weighted least-squares plane through `points`, on the side of `towards`."""
    centre = np.average(points, axis=0, weights=weights)
    d = (points - centre) * np.sqrt(weights / weights.sum())[:, None]
    n = np.linalg.svd(d, full_matrices=False)[2][-1]
    return n if n @ towards >= 0 else -n
