"""What the tracker reports for a marker in a frame (`Detection`), what it keeps of a marker
between frames (`_Track`), and the plain geometry it uses to tell whether two squares are one
marker and whether a point lies on a marker read already."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from .smoothing import PoseFilter

DECODED, TRACKED = "decoded", "tracked"


@dataclass
class Detection:
    marker_id: str | None
    payload: str
    corners: np.ndarray  # 4x2 float, TL TR BR BL of the tracked square as read
    pose: np.ndarray | None  # 4x4 marker -> camera (OpenCV), metres, filtered; None without a size
    raw_pose: np.ndarray | None = None  # the same before the temporal filter
    size_mm: float | None = None
    state: str = DECODED  # "decoded": identity read in this frame; "tracked": carried over from earlier frames
    distance: float = 0.0  # fraction of modules that disagreed with the expected code
    reprojection_px: float = 0.0
    kind: str = "qr"  # "qr": a printed card; "image": an artwork tracked by its own picture (payload "")

    def to_json(self) -> dict:
        out = {
            "id": self.marker_id,
            "payload": self.payload,
            "corners": [[round(float(x), 3), round(float(y), 3)] for x, y in self.corners],
            "pose": None if self.pose is None else [[round(float(v), 6) for v in row] for row in self.pose],
            "state": self.state,
        }
        if self.kind != "qr":
            out["kind"] = self.kind
        return out


@dataclass
class _Track:
    key: str  # payload
    corners: np.ndarray
    raw_pose: np.ndarray | None
    filter: PoseFilter
    last_frame: int
    velocity: np.ndarray = field(default_factory=lambda: np.zeros((4, 2)))
    blind: int = 0  # frames in a row kept at predicted corners only (Tracker._coast)


def _same_quad(a: np.ndarray, b: np.ndarray, loose: bool = False) -> bool:
    """Roughly the same square (e.g. found from a frame's outer and its inner edge; loose: the
    same marker a frame later). Plain float arithmetic: called for every candidate pair."""
    (ax0, ay0), (ax1, ay1), (ax2, ay2), (ax3, ay3) = a.tolist()
    (bx0, by0), (bx1, by1), (bx2, by2), (bx3, by3) = b.tolist()
    side = (math.hypot(ax1 - ax0, ay1 - ay0) + math.hypot(ax2 - ax1, ay2 - ay1)) / 2
    near, size = (0.25, 0.3) if loose else (0.05, 0.15)
    dx = (ax0 + ax1 + ax2 + ax3 - bx0 - bx1 - bx2 - bx3) / 4
    dy = (ay0 + ay1 + ay2 + ay3 - by0 - by1 - by2 - by3) / 4
    if math.hypot(dx, dy) >= max(3.0, near * side):
        return False
    # Shoelace areas (diagonals' cross product / 2 for a quad).
    area_a = abs((ax2 - ax0) * (ay3 - ay1) - (ay2 - ay0) * (ax3 - ax1)) / 2
    area_b = abs((bx2 - bx0) * (by3 - by1) - (by2 - by0) * (bx3 - bx1)) / 2
    return abs(area_a / max(area_b, 1e-6) - 1) < size


def _inside_any(found: dict[str, Detection]):
    """A test for find_candidates: does a rough square's centre lie inside a marker read already
    (its finder patterns, its frame's inner edge)? (Asked for every candidate: nothing to do
    while nothing is found, and the centre as np.add.reduce / 4 — quad.mean's value without its
    overhead.)"""
    return lambda quad: bool(found) and any(_inside(np.add.reduce(quad, axis=0) / 4, d.corners) for d in found.values())


def _inside(point: np.ndarray, quad: np.ndarray) -> bool:
    return cv2.pointPolygonTest(quad.astype(np.float32).reshape(-1, 1, 2), (float(point[0]), float(point[1])), False) >= 0
