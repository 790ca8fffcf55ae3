"""Building marker -> camera poses (OpenCV camera, marker frame of DESIGN.md) for synthetic scenes."""

from __future__ import annotations

import math

import cv2
import numpy as np

# Marker facing the camera squarely: marker +X -> camera +X (right), marker +Z (toward the code's
# bottom edge) -> camera +Y (down), marker +Y (out of the paper) -> camera -Z (toward the camera).
FACING = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, -1.0, 0.0]])


def rot(axis: str | np.ndarray, deg: float) -> np.ndarray:
    v = {"x": (1, 0, 0), "y": (0, 1, 0), "z": (0, 0, 1)}[axis] if isinstance(axis, str) else axis
    v = np.asarray(v, dtype=float)
    return cv2.Rodrigues(v / np.linalg.norm(v) * math.radians(deg))[0]


def pose(R: np.ndarray, t) -> np.ndarray:
    T = np.eye(4)
    T[:3, :3] = R
    T[:3, 3] = t
    return T


def facing_pose(distance_m: float, tilt_deg: float = 0.0, tilt_axis_deg: float = 0.0, roll_deg: float = 0.0, offset_m=(0.0, 0.0)) -> np.ndarray:
    """A marker `distance_m` in front of the camera, turned `tilt_deg` away from facing it about
    an in-image axis at `tilt_axis_deg` (0 = horizontal axis), rolled `roll_deg` in its plane,
    its centre shifted by offset_m (x right, y down) from the optical axis."""
    axis = np.array([math.cos(math.radians(tilt_axis_deg)), math.sin(math.radians(tilt_axis_deg)), 0.0])
    R = rot(axis, tilt_deg) @ FACING @ rot("y", -roll_deg)
    return pose(R, (offset_m[0], offset_m[1], distance_m))


def rotation_error_deg(R1: np.ndarray, R2: np.ndarray) -> float:
    c = (np.trace(R1[:3, :3].T @ R2[:3, :3]) - 1) / 2
    return math.degrees(math.acos(min(1.0, max(-1.0, c))))


def interpolate(p0: np.ndarray, p1: np.ndarray, s: float) -> np.ndarray:
    """Pose a fraction s of the way from p0 to p1 (slerp on rotation, lerp on translation)."""
    rv = cv2.Rodrigues(p0[:3, :3].T @ p1[:3, :3])[0]
    R = p0[:3, :3] @ cv2.Rodrigues(rv * s)[0]
    return pose(R, (1 - s) * p0[:3, 3] + s * p1[:3, 3])
