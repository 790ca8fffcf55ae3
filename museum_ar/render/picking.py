"""Picking on the CPU, no GL needed: rays through a pixel of the last drawn frame against the
items' triangles, and against the gizmo's handles as the frame drew them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geometry import gizmo_segments, pixel_ray, project_points, ray_aabb, ray_triangles, segment_pixel_distance


@dataclass
class PickHit:
    item_id: str
    distance: float  # along the ray, world units
    point: np.ndarray  # world coordinates of the hit


def pick(last: dict, x: float, y: float) -> PickHit | None:
    """The nearest item under pixel (x = column, y = row from the top) of the frame `last`
    describes (`Renderer.last_draw`)."""
    if not last:
        return None
    w, h = last["viewport"]
    origin, direction = pixel_ray(x, y, last["proj"] @ last["view"], w, h)
    best = None
    for item_id, matrix, bounds, tris in last["items"]:
        inv = np.linalg.inv(matrix)
        o = inv[:3, :3] @ origin + inv[:3, 3]
        d = inv[:3, :3] @ direction  # not normalised: t stays in world units
        if ray_aabb(o, d, bounds[0], bounds[1]) is None:
            continue
        t = ray_triangles(o, d, tris)
        if t is not None and (best is None or t < best.distance):
            best = PickHit(item_id, t, origin + direction * t)
    return best


def pick_gizmo(last: dict, x: float, y: float, tolerance_px: float = 8.0) -> str | None:
    """Which gizmo handle ("x", "y", "z") of the frame `last` describes is within tolerance of
    the pixel."""
    helpers = last.get("helpers")
    if not helpers or not helpers.gizmo:
        return None
    w, h = last["viewport"]
    mvp = last["proj"] @ last["view"] @ helpers.gizmo_matrix
    best, best_d = None, tolerance_px
    for name, segs in gizmo_segments(helpers.gizmo, helpers.gizmo_size).items():
        s2d = project_points(segs.reshape(-1, 3), mvp, w, h).reshape(-1, 2, 2)
        d = segment_pixel_distance(np.array([x, y], dtype=float), s2d)
        if d <= best_d:
            best, best_d = name, d
    return best
