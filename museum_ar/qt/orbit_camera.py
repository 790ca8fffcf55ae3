"""The placement view's camera: orbits a target point at a distance, pans, zooms, frames a box.
Pure numpy (render.camera's matrices), no Qt, so it is tested and reasoned about on its own."""

from __future__ import annotations

import math

import numpy as np

from ..render.camera import look_at, perspective

FOV_Y_DEG = 40.0  # the placement camera's vertical field of view
FRAME_MARGIN = 1.0  # framing's bounding sphere already leaves room around a box; no more than that
MIN_DISTANCE, MAX_DISTANCE = 0.05, 20.0


class OrbitCamera:
    def __init__(self):
        self.target = np.array([0.0, 0.05, 0.0])
        self.yaw, self.pitch, self.distance = 35.0, 30.0, 0.6

    def eye(self) -> np.ndarray:
        y, p = math.radians(self.yaw), math.radians(self.pitch)
        return self.target + self.distance * np.array([math.cos(p) * math.sin(y), math.sin(p), math.cos(p) * math.cos(y)])

    def view(self) -> np.ndarray:
        return look_at(self.eye(), self.target)

    def projection(self, aspect: float) -> np.ndarray:
        """The view's projection, its near plane a hundredth of the orbit distance (never under
        5 mm): a 24-bit depth buffer resolves about distance^2 / near / 2^24, so a fixed 5 mm
        near plane gave a model framed from 10 m (a truck at true size) 1.2 mm depth steps, and
        parts modelled closer than that flickered through each other; now 0.06 mm. Only what
        is within 1 % of the orbit distance of the eye is cut off."""
        return perspective(FOV_Y_DEG, aspect, max(0.005, 0.01 * self.distance), max(50.0, 20.0 * self.distance))

    def orbit(self, dx: float, dy: float) -> None:
        self.yaw -= dx * 0.4
        self.pitch = max(-89.0, min(89.0, self.pitch + dy * 0.4))

    def pan(self, dx: float, dy: float, height_px: int) -> None:
        v = self.view()
        scale = self.distance * 0.8 / max(height_px, 1)
        self.target = self.target - v[0, :3] * dx * scale + v[1, :3] * dy * scale

    def zoom(self, steps: float) -> None:
        self.distance = max(MIN_DISTANCE, min(MAX_DISTANCE, self.distance * 0.85**steps))

    def frame(self, bounds: np.ndarray, aspect: float) -> None:
        """Aim at the (2, 3) world box `bounds` and come just close enough to see all of it in a
        view of this width / height, keeping yaw and pitch."""
        from ..render import framing

        lo, hi = np.asarray(bounds, dtype=float)
        fov = FOV_Y_DEG
        if aspect < 1:  # a tall view: the narrower horizontal angle decides
            fov = math.degrees(2 * math.atan(math.tan(math.radians(FOV_Y_DEG) / 2) * aspect))
        view = framing(np.stack([lo, hi]), fov, self.yaw, self.pitch, margin=FRAME_MARGIN)
        eye = -view[:3, :3].T @ view[:3, 3]
        self.target = (lo + hi) / 2
        self.distance = max(MIN_DISTANCE, min(MAX_DISTANCE, float(np.linalg.norm(eye - self.target))))
