"""Pinhole camera intrinsics (OpenCV conventions: pixel centres at integer coordinates)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.errors import TrackingError

# A typical webcam sees about 65 degrees horizontally (Logitech C920: 70.4, laptop cameras 60-70).
DEFAULT_HFOV_DEG = 65.0


@dataclass(frozen=True)
class CameraIntrinsics:
    fx: float
    fy: float
    cx: float
    cy: float
    width: int
    height: int
    dist: tuple[float, ...] = field(default=())  # OpenCV distortion coefficients (k1 k2 p1 p2 [k3 ...])

    @classmethod
    def default_for(cls, width: int, height: int, hfov_deg: float = DEFAULT_HFOV_DEG) -> CameraIntrinsics:
        """A sensible guess from the resolution: square pixels, centred principal point."""
        f = (width / 2) / math.tan(math.radians(hfov_deg) / 2)
        return cls(f, f, (width - 1) / 2, (height - 1) / 2, int(width), int(height))

    @classmethod
    def from_string(cls, text: str, width: int, height: int) -> CameraIntrinsics:
        """From 'fx,fy,cx,cy' (pixels), as the CLI's --intrinsics takes it."""
        try:
            fx, fy, cx, cy = (float(v) for v in text.split(","))
        except ValueError:
            raise TrackingError(f"--intrinsics '{text}' must be four numbers fx,fy,cx,cy in pixels") from None
        if not all(math.isfinite(v) for v in (fx, fy, cx, cy)) or fx <= 0 or fy <= 0:
            raise TrackingError(f"--intrinsics '{text}': focal lengths must be positive and all values finite")
        return cls(fx, fy, cx, cy, int(width), int(height))

    def matrix(self) -> np.ndarray:
        return np.array([[self.fx, 0.0, self.cx], [0.0, self.fy, self.cy], [0.0, 0.0, 1.0]])

    def dist_coeffs(self) -> np.ndarray:
        return np.array(self.dist, dtype=float).reshape(-1, 1) if self.dist else np.zeros((4, 1))

    def scaled_to(self, width: int, height: int) -> CameraIntrinsics:
        """The same camera delivering another resolution (same field of view)."""
        if (width, height) == (self.width, self.height):
            return self
        sx, sy = width / self.width, height / self.height
        return CameraIntrinsics(self.fx * sx, self.fy * sy, (self.cx + 0.5) * sx - 0.5, (self.cy + 0.5) * sy - 0.5, int(width), int(height), self.dist)

    def to_json(self) -> dict:
        return {
            "kind": "museum-ar camera calibration",
            "version": 1,
            "width": self.width,
            "height": self.height,
            "fx": self.fx,
            "fy": self.fy,
            "cx": self.cx,
            "cy": self.cy,
            "dist": list(self.dist),
        }

    def save(self, path: str | Path, **extra) -> None:
        path = Path(path)
        data = self.to_json() | extra
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | Path) -> CameraIntrinsics:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise TrackingError("camera calibration file not found", path=path) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise TrackingError(f"not a readable calibration JSON ({e})", path=path) from None
        try:
            intr = cls(
                float(data["fx"]), float(data["fy"]), float(data["cx"]), float(data["cy"]),
                int(data["width"]), int(data["height"]), tuple(float(v) for v in data.get("dist", [])),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise TrackingError(f"calibration is missing or has a bad value: {e}", path=path) from None
        if intr.fx <= 0 or intr.fy <= 0 or intr.width <= 0 or intr.height <= 0:
            raise TrackingError("calibration has non-positive focal length or size", path=path)
        return intr
