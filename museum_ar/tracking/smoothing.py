"""The One Euro filter (Casiez, Roussel, Vogel, CHI 2012) on poses.

A low-pass filter whose cutoff rises with speed: still markers get heavy smoothing (no jitter),
moving ones little (no lag). Translation is filtered as a 3-vector in metres, rotation as a unit
quaternion kept in one hemisphere and renormalised.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ..markers.tracking_params import FILTER_ROTATION, FILTER_TRANSLATION

# Tuned on still (0.5 and 1.2 m, face-on, noisy) and moving (0.25 m/s, 30 deg/s) synthetic
# sequences (docs/tracking.md): a higher rotation beta cuts turning lag but lets the face-on
# rotation noise of far markers through.
# The values live in markers.tracking_params (shared with the tablet viewer).
TRANSLATION = FILTER_TRANSLATION  # Hz, s/m, Hz
ROTATION = FILTER_ROTATION  # Hz, per unit-quaternion speed


def _alpha(cutoff_hz: float, dt: float) -> float:
    tau = 1.0 / (2 * math.pi * cutoff_hz)
    return 1.0 / (1.0 + tau / dt)


class OneEuroFilter:
    def __init__(self, min_cutoff: float, beta: float, d_cutoff: float = 1.0):
        self.min_cutoff, self.beta, self.d_cutoff = min_cutoff, beta, d_cutoff
        self.x: np.ndarray | None = None
        self.dx: np.ndarray | None = None
        self.t: float | None = None

    def reset(self) -> None:
        self.x = self.dx = self.t = None

    def __call__(self, x: np.ndarray, t: float) -> np.ndarray:
        x = np.asarray(x, float)
        if self.x is None or self.dx is None or self.t is None or t <= self.t:
            if self.x is None or self.dx is None or self.t is None:  # (set and cleared together)
                self.x, self.dx, self.t = x.copy(), np.zeros_like(x), t
                return x.copy()
            t = self.t + 1e-3  # repeated or backwards timestamp: treat as a millisecond later
        dt = t - self.t
        dx = (x - self.x) / dt
        a_d = _alpha(self.d_cutoff, dt)
        self.dx = a_d * dx + (1 - a_d) * self.dx
        cutoff = self.min_cutoff + self.beta * float(np.linalg.norm(self.dx))
        a = _alpha(cutoff, dt)
        self.x = a * x + (1 - a) * self.x
        self.t = t
        return self.x.copy()


def _quat(R: np.ndarray) -> np.ndarray:
    rv = cv2.Rodrigues(R)[0].ravel()
    angle = float(np.linalg.norm(rv))
    if angle < 1e-12:
        return np.array([1.0, 0, 0, 0])
    axis = rv / angle
    return np.concatenate([[math.cos(angle / 2)], axis * math.sin(angle / 2)])


def _rot(q: np.ndarray) -> np.ndarray:
    q = q / np.linalg.norm(q)
    w, v = q[0], q[1:]
    angle = 2 * math.atan2(np.linalg.norm(v), w)
    n = np.linalg.norm(v)
    return cv2.Rodrigues((v / n * angle) if n > 1e-12 else np.zeros(3))[0]


class PoseFilter:
    def __init__(self, translation: dict | None = None, rotation: dict | None = None):
        self.t = OneEuroFilter(**(translation or TRANSLATION))
        self.r = OneEuroFilter(**(rotation or ROTATION))
        self._last_q: np.ndarray | None = None

    def reset(self) -> None:
        self.t.reset()
        self.r.reset()
        self._last_q = None

    def __call__(self, T: np.ndarray, timestamp_s: float) -> np.ndarray:
        q = _quat(T[:3, :3])
        if self._last_q is not None and np.dot(q, self._last_q) < 0:
            q = -q  # q and -q are the same rotation: stay in one hemisphere
        self._last_q = q
        out = np.eye(4)
        out[:3, :3] = _rot(self.r(q, timestamp_s))
        out[:3, 3] = self.t(T[:3, 3], timestamp_s)
        return out
