"""Geometry the renderer draws besides meshes, and the maths of picking. numpy only, no GL.

Quads (images, video, labels) stand upright in the item's own frame: in the X-Y plane, facing +Z,
bottom edge centred on the origin, so an item placed at the marker's centre stands on it.
"""

from __future__ import annotations

import math

import numpy as np

from .mesh_data import VERTEX_FLOATS

AXIS_COLOURS = {"x": (0.93, 0.26, 0.26, 1.0), "y": (0.35, 0.85, 0.3, 1.0), "z": (0.3, 0.5, 1.0, 1.0)}
AXES = {"x": np.array([1.0, 0, 0]), "y": np.array([0, 1.0, 0]), "z": np.array([0, 0, 1.0])}


def quad_vertices(width: float, height: float) -> tuple[np.ndarray, np.ndarray]:
    """(4, 12) interleaved vertices and (6,) indices of an upright quad; uv v = 0 at the top."""
    w = width / 2
    corners = [(-w, 0, 0, 0, 1), (w, 0, 0, 1, 1), (w, height, 0, 1, 0), (-w, height, 0, 0, 0)]
    v = np.zeros((4, VERTEX_FLOATS), dtype=np.float32)
    for i, (x, y, z, s, t) in enumerate(corners):
        v[i] = (x, y, z, 0, 0, 1, s, t, 1, 1, 1, 1)
    return v, np.array([0, 1, 2, 0, 2, 3], dtype=np.uint32)


def quad_size(aspect_w_over_h: float) -> tuple[float, float]:
    """Images and video are 1 unit wide (the item's scale sizes them), height by aspect."""
    return 1.0, 1.0 / max(aspect_w_over_h, 1e-6)


# -- line sets: (N, 2, 3) segments + (N, 4) colours -----------------------------------------------


def marker_outline(edge_m: float, colour=(0.15, 0.85, 0.95, 1.0)) -> tuple[np.ndarray, np.ndarray]:
    """The tracked square's outline on the paper (Y = 0), plus a tick showing the top edge."""
    h = edge_m / 2
    c = np.array([[-h, 0, -h], [h, 0, -h], [h, 0, h], [-h, 0, h]])
    segs = [np.stack([c[i], c[(i + 1) % 4]]) for i in range(4)]
    segs.append(np.array([[0, 0, -h], [0, 0, -h - edge_m * 0.12]]))  # "up" as you read the code
    return np.array(segs), np.tile(colour, (len(segs), 1))


def ground_grid(size_m: float = 0.5, step_m: float = 0.05, colour=(0.75, 0.75, 0.78, 0.55)) -> tuple[np.ndarray, np.ndarray]:
    """Lines on the marker plane (Y = 0) every step_m, size_m wide, centred on the marker."""
    n = int(round(size_m / step_m))
    ticks = (np.arange(n + 1) - n / 2) * step_m
    h = size_m / 2
    segs = [[[t, 0, -h], [t, 0, h]] for t in ticks] + [[[-h, 0, t], [h, 0, t]] for t in ticks]
    return np.array(segs, dtype=np.float64), np.tile(colour, (len(segs), 1))


def gizmo_segments(mode: str, size: float) -> dict[str, np.ndarray]:
    """Per handle ("x", "y", "z"), the (N, 2, 3) segments of a gizmo in the gizmo's own frame:
    translate = arrows, rotate = rings around each axis, scale = lines with box ends."""
    out = {}
    for name, axis in AXES.items():
        if mode == "rotate":
            u, v = np.roll(axis, 1), np.roll(axis, 2)
            angles = np.linspace(0, 2 * math.pi, 49)
            pts = size * (np.cos(angles)[:, None] * u + np.sin(angles)[:, None] * v)
            out[name] = np.stack([pts[:-1], pts[1:]], axis=1)
            continue
        tip = axis * size
        segs = [np.stack([np.zeros(3), tip])]
        u, v = np.roll(axis, 1), np.roll(axis, 2)
        head = size * 0.12
        if mode == "translate":  # a four-line arrow head
            for d in (u, -u, v, -v):
                segs.append(np.stack([tip, tip - axis * head * 1.6 + d * head * 0.6]))
        elif mode == "scale":  # a small square at the end
            sq = [tip + (a * u + b * v) * head * 0.6 for a, b in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
            segs += [np.stack([sq[i], sq[(i + 1) % 4]]) for i in range(4)]
        else:
            raise ValueError(f"unknown gizmo mode {mode!r} (translate, rotate, scale)")
        out[name] = np.array(segs)
    return out


# -- projection and picking -----------------------------------------------------------------------


def project_points(points: np.ndarray, mvp: np.ndarray, width: int, height: int) -> np.ndarray:
    """(N, 3) points -> (N, 2) pixel coordinates, OpenCV convention (x right, y down, pixel
    centres at integers), through a GL model-view-projection matrix and a width x height viewport."""
    p = np.hstack([np.asarray(points, dtype=np.float64), np.ones((len(points), 1))]) @ np.asarray(mvp).T
    ndc = p[:, :3] / p[:, 3:4]
    x = (ndc[:, 0] + 1) / 2 * width - 0.5
    y = (1 - ndc[:, 1]) / 2 * height - 0.5
    return np.stack([x, y], axis=1)


def pixel_ray(x: float, y: float, view_proj: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    """World-space ray (origin, unit direction) through pixel (x, y), OpenCV pixel convention."""
    nx = (x + 0.5) / width * 2 - 1
    ny = 1 - (y + 0.5) / height * 2
    inv = np.linalg.inv(view_proj)
    near = inv @ np.array([nx, ny, -1.0, 1.0])
    far = inv @ np.array([nx, ny, 1.0, 1.0])
    a, b = near[:3] / near[3], far[:3] / far[3]
    d = b - a
    return a, d / np.linalg.norm(d)


def ray_aabb(origin: np.ndarray, direction: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> float | None:
    """Distance along the ray to an axis-aligned box, or None."""
    with np.errstate(divide="ignore", invalid="ignore"):
        inv = 1.0 / direction
        t1, t2 = (lo - origin) * inv, (hi - origin) * inv
    tmin = np.nanmax(np.minimum(t1, t2))
    tmax = np.nanmin(np.maximum(t1, t2))
    if tmax < max(tmin, 0.0):
        return None
    return float(max(tmin, 0.0))


def ray_triangles(origin: np.ndarray, direction: np.ndarray, tris: np.ndarray) -> float | None:
    """Nearest hit distance of a ray with (T, 3, 3) triangles (Moller-Trumbore, both sides), or None."""
    if len(tris) == 0:
        return None
    v0, e1, e2 = tris[:, 0], tris[:, 1] - tris[:, 0], tris[:, 2] - tris[:, 0]
    p = np.cross(direction, e2)
    det = np.einsum("ij,ij->i", e1, p)
    ok = np.abs(det) > 1e-14
    inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
    s = origin - v0
    u = np.einsum("ij,ij->i", s, p) * inv
    q = np.cross(s, e1)
    v = (q @ direction) * inv
    t = np.einsum("ij,ij->i", e2, q) * inv
    hit = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (t > 0)
    return float(t[hit].min()) if hit.any() else None


def segment_pixel_distance(px: np.ndarray, segs2d: np.ndarray) -> float:
    """Smallest distance in pixels from point px to (N, 2, 2) screen segments."""
    a, b = segs2d[:, 0], segs2d[:, 1]
    ab = b - a
    t = np.clip(np.einsum("ij,ij->i", px - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-12), 0, 1)
    closest = a + ab * t[:, None]
    return float(np.min(np.linalg.norm(px - closest, axis=1)))
