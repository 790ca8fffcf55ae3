"""Virtual cameras for the placement viewport and thumbnails (the AR preview uses the real
camera's intrinsics and tracking's pose instead). All matrices are numpy 4x4, world -> GL eye."""

from __future__ import annotations

import math

import numpy as np


def perspective(fov_y_deg: float, aspect: float, near: float = 0.005, far: float = 50.0) -> np.ndarray:
    f = 1.0 / math.tan(math.radians(fov_y_deg) / 2)
    return np.array(
        [
            [f / aspect, 0, 0, 0],
            [0, f, 0, 0],
            [0, 0, (far + near) / (near - far), 2 * far * near / (near - far)],
            [0, 0, -1, 0],
        ]
    )


def depth_range(bounds: np.ndarray, view: np.ndarray) -> tuple[float, float]:
    """Near and far planes hugging the (2, 3) box `bounds` as `view` sees it. A 24-bit depth
    buffer resolves about distance^2 / near / 2^24: with the default near of 5 mm a model framed
    from 6 m away (a 2 m helmet, a truck at true size) gets half-millimetre depth steps, and layers
    modelled a fraction of a millimetre apart (a visor over its frame) flicker through each other.
    Hugging the bounding sphere gives about a thousand times finer steps."""
    lo, hi = np.asarray(bounds, dtype=float)
    radius = max(float(np.linalg.norm(hi - lo)) / 2, 1e-4)
    centre_depth = -float((view @ np.append((lo + hi) / 2, 1.0))[2])  # GL eye looks down -Z
    far = centre_depth + 1.05 * radius
    near = max(centre_depth - 1.05 * radius, far * 1e-3)
    return near, far


def look_at(eye, target, up=(0.0, 1.0, 0.0)) -> np.ndarray:
    eye, target, up = (np.asarray(v, dtype=float) for v in (eye, target, up))
    f = target - eye
    f /= np.linalg.norm(f)
    s = np.cross(f, up)
    if np.linalg.norm(s) < 1e-9:  # looking straight along "up": pick another up
        s = np.cross(f, (0.0, 0.0, -1.0))
    s /= np.linalg.norm(s)
    u = np.cross(s, f)
    m = np.eye(4)
    m[0, :3], m[1, :3], m[2, :3] = s, u, -f
    m[:3, 3] = -m[:3, :3] @ eye
    return m


def orbit_view(target=(0.0, 0.0, 0.0), distance: float = 0.4, yaw_deg: float = 0.0, pitch_deg: float = 30.0) -> np.ndarray:
    """A camera circling `target`: yaw 0 looks from +Z (in front of a table marker, its bottom
    edge toward you), pitch 90 looks straight down onto the marker."""
    yaw, pitch = math.radians(yaw_deg), math.radians(max(-89.9, min(89.9, pitch_deg)))
    t = np.asarray(target, dtype=float)
    eye = t + distance * np.array([math.sin(yaw) * math.cos(pitch), math.sin(pitch), math.cos(yaw) * math.cos(pitch)])
    return look_at(eye, t)


def framing(bounds: np.ndarray, fov_y_deg: float = 35.0, yaw_deg: float = 30.0, pitch_deg: float = 25.0, margin: float = 1.15) -> np.ndarray:
    """An orbit view that shows the whole (2, 3) box `bounds`, for thumbnails and "frame selection"."""
    lo, hi = np.asarray(bounds, dtype=float)
    radius = max(float(np.linalg.norm(hi - lo)) / 2, 1e-4)
    distance = margin * radius / math.sin(math.radians(fov_y_deg) / 2)
    return orbit_view((lo + hi) / 2, distance, yaw_deg, pitch_deg)
