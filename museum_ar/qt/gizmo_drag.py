"""Gizmo handles that follow the pointer: which handle is under the mouse, and what a drag does.

A drag is worked out in 3D, not as a pixel gain: the pointer's ray is intersected with the handle's
axis (move, scale: the closest point on the axis line) or with the plane of its ring (turn), at the
press and at every move. The grabbed point therefore stays under the cursor at any zoom and from
any side. Picking ignores the part of the arrows at the gizmo's centre (where all three meet) and an
arrow seen end-on, and prefers the ring that faces the camera when two are equally near, so one
drag is the same handle every time. No widgets here; numpy only.
"""

from __future__ import annotations

import math

import numpy as np

from ..core.transform import Transform, quat_from_axis_angle, quat_multiply, vec3
from ..render.geometry import gizmo_segments, pixel_ray, project_points, segment_pixel_distance
from .placement import SNAP_MOVE_M, SNAP_SCALE, SNAP_TURN_DEG, snap

AXES = {"x": np.array([1.0, 0, 0]), "y": np.array([0, 1.0, 0]), "z": np.array([0, 0, 1.0])}
CENTRE_SHARE = 0.25  # the inner quarter of each arrow is shared by all three: not a handle
END_ON_PX = 12.0  # an arrow shorter than this on screen points at the camera: not pickable
EDGE_ON = 0.2  # |cos| between a ring's axis and the view below this: seen edge-on, least preferred


def pick_handle(x: float, y: float, mode: str, gizmo: np.ndarray, size: float, view_proj: np.ndarray, width: int, height: int, tolerance_px: float = 8.0) -> str | None:
    """The handle ("x", "y", "z") under pixel (x, y), or None. `gizmo` is gizmo frame -> world."""
    mvp = view_proj @ gizmo
    origin_px = project_points(np.zeros((1, 3)), mvp, width, height)[0]
    eye_dir = _view_direction(x, y, view_proj, width, height)
    best, best_score = None, None
    for name, segs in gizmo_segments(mode, size).items():
        axis_world = gizmo[:3, :3] @ AXES[name]
        if mode != "rotate":
            tip_px = project_points((AXES[name] * size)[None], mvp, width, height)[0]
            if np.linalg.norm(tip_px - origin_px) < END_ON_PX:
                continue  # seen end-on: it would cover the centre and the other arrows
            # the shaft starts at the centre, which all three share: pick it only from a quarter out
            segs = segs.copy()
            r = CENTRE_SHARE * size
            near = np.linalg.norm(segs[:, 0], axis=1) < r
            far_ends = segs[near, 1]
            segs[near, 0] = far_ends / np.maximum(np.linalg.norm(far_ends, axis=1, keepdims=True), 1e-12) * r
        s2d = project_points(segs.reshape(-1, 3), mvp, width, height).reshape(-1, 2, 2)
        d = segment_pixel_distance(np.array([x, y], dtype=float), s2d)
        if d > tolerance_px:
            continue
        facing = abs(float(axis_world @ eye_dir)) / max(float(np.linalg.norm(axis_world)), 1e-9)
        # rings: one seen edge-on is a line through the others; prefer the one that faces us
        penalty = 3.0 if mode == "rotate" and facing < EDGE_ON else 0.0
        score = (round(d + penalty, 1), -facing if mode == "rotate" else 0.0, name)
        if best_score is None or score < best_score:
            best, best_score = name, score
    return best


def _view_direction(x, y, view_proj, width, height) -> np.ndarray:
    return pixel_ray(x, y, view_proj, width, height)[1]


def axis_parameter(ray_o: np.ndarray, ray_d: np.ndarray, origin: np.ndarray, axis: np.ndarray) -> float | None:
    """Where along the line origin + s * axis (unit axis) the ray passes closest; None when the
    ray runs (nearly) along the line."""
    w = origin - ray_o
    b = float(axis @ ray_d)
    denom = 1.0 - b * b
    if denom < 1e-6:
        return None
    d, e = float(axis @ w), float(ray_d @ w)
    return (b * e - d) / denom


def plane_angle(ray_o: np.ndarray, ray_d: np.ndarray, origin: np.ndarray, normal: np.ndarray) -> np.ndarray | None:
    """The point where the ray meets the plane through origin with this normal, relative to
    origin; None when the ray runs along the plane."""
    den = float(normal @ ray_d)
    if abs(den) < 1e-6:
        return None
    t = float(normal @ (origin - ray_o)) / den
    if t <= 0:
        return None
    return ray_o + t * ray_d - origin


class GizmoDrag:
    """One drag of one handle, from the press to the release."""

    def __init__(self, mode: str, handle: str, start: Transform, gizmo: np.ndarray, size: float, view_proj: np.ndarray, viewport: tuple[int, int], press_px: tuple[float, float]):
        self.mode, self.handle, self.start = mode, handle, start
        self.origin = gizmo[:3, 3].copy()
        self.axis = gizmo[:3, :3] @ AXES[handle]
        self.axis = self.axis / np.linalg.norm(self.axis)
        self.size = size
        self.view_proj, self.viewport = view_proj, viewport
        self.grab = self._measure(*press_px)
        if self.grab is None:  # pressed where the geometry is degenerate: measure along the handle
            self.grab = size if mode != "rotate" else np.cross(self.axis, [0.3, 0.5, 0.7])

    def _ray(self, x: float, y: float):
        return pixel_ray(x, y, self.view_proj, *self.viewport)

    def _measure(self, x: float, y: float):
        o, d = self._ray(x, y)
        if self.mode == "rotate":
            return plane_angle(o, d, self.origin, self.axis)
        return axis_parameter(o, d, self.origin, self.axis)

    def transform_at(self, x: float, y: float, snapping: bool = False) -> Transform:
        """The item's transform with the grabbed point under pixel (x, y)."""
        now = self._measure(x, y)
        if now is None:
            return self.start
        if self.mode == "translate":
            delta = float(now - self.grab)
            if snapping:
                delta = snap(delta, SNAP_MOVE_M)
            # the arrows follow the marker frame's axes: the item's parent frame up to the mount's
            # rotation, which keeps lengths (the axis in the item's parent frame is the unit axis)
            t = list(self.start.translation)
            t["xyz".index(self.handle)] += delta
            return self.start.with_translation(vec3(t))
        if self.mode == "rotate":
            v0, v1 = np.asarray(self.grab, dtype=float), np.asarray(now, dtype=float)
            degrees = math.degrees(math.atan2(float(self.axis @ np.cross(v0, v1)), float(v0 @ v1)))
            if snapping:
                degrees = snap(degrees, SNAP_TURN_DEG)
            return self.start.with_rotation(quat_multiply(self.start.rotation, quat_from_axis_angle(AXES[self.handle], degrees)))
        grab = float(self.grab)
        if abs(grab) < 0.2 * self.size:  # grabbed next to the centre: a ratio would jump
            grab = math.copysign(0.2 * self.size, grab or 1.0)
        factor = max(0.01, float(now) / grab)
        if snapping:
            factor = max(SNAP_SCALE, snap(factor, SNAP_SCALE))
        return self.start.with_scale(vec3(s * factor for s in self.start.scale))
