"""Where one drawn item lands in a frame, and the level of detail that earns it.

`Placed` works out an item's model-view once per frame (depth, whether the camera is inside it,
its footprint in pixels, the matrices GL wants) and every part of the item shares it;
`detail_for` picks the coarser versions of a dense mesh from those measures. No GL calls.
"""

from __future__ import annotations

import math

import numpy as np

from .gpu_cache import Entry, GpuPart
from .scene import DrawItem

# Level of detail: a coarser version of a mesh is drawn when its surface lies within LOD_ERROR_PX
# of the full one on screen (the shape looks the same), and only while it keeps at least one
# triangle per LOD_MAX_PX_PER_TRIANGLE pixels of footprint (back faces included): colours and
# normals live at the vertices, so a flat but finely painted scan keeps its detail too.
LOD_ERROR_PX = 0.5
LOD_MAX_PX_PER_TRIANGLE = 8.0


def gl_matrix(m: np.ndarray) -> np.ndarray:
    """A matrix as GL's uniforms want it: float32, column-major."""
    # GL wants column-major; numpy is row-major: pass the transpose.
    return np.ascontiguousarray(np.asarray(m, dtype=np.float32).T)


# 3x3 maths on plain floats: for one small matrix per item and frame, numpy's call overhead costs
# more than the arithmetic.
def det3(m: list) -> float:
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


def inverse_transpose3_gl(m: list) -> np.ndarray:
    """inv(m).T for GL (column-major, float32): the cofactor matrix over the determinant."""
    (a, b, c), (d, e, f), (g, h, i) = m
    cof = ((e * i - f * h, f * g - d * i, d * h - e * g), (c * h - b * i, a * i - c * g, b * g - a * h), (b * f - c * e, c * d - a * f, a * e - b * d))
    det = a * cof[0][0] + b * cof[0][1] + c * cof[0][2]
    # row-major cof / det is inv(m).T; GL reads columns, so hand over its transpose's rows
    return np.array([[cof[r][col] / det for r in range(3)] for col in range(3)], dtype=np.float32)


class Placed:
    """One drawn item's placement in this frame, worked out once and shared by all its parts."""

    __slots__ = ("_mv_gl", "_normal_gl", "depth", "entry", "footprint_px", "inside", "item", "mv", "px_per_unit", "tiny_triangles")

    def __init__(self, item: DrawItem, entry: Entry, mv: np.ndarray, depth: float, inside: bool, footprint_px: float, px_per_unit: float) -> None:
        self.item, self.entry, self.mv = item, entry, mv
        self.depth, self.inside, self.footprint_px, self.px_per_unit = depth, inside, footprint_px, px_per_unit
        self.tiny_triangles = False
        self._mv_gl: np.ndarray | None = None
        self._normal_gl: np.ndarray | None = None

    @classmethod
    def of(cls, item: DrawItem, entry: Entry, view: np.ndarray, proj: np.ndarray, height: int) -> Placed:
        mv = view @ item.matrix
        return cls(item, entry, mv, *cls.measure(entry, mv, proj, height))

    @staticmethod
    def measure(entry: Entry, mv: np.ndarray, proj: np.ndarray, height: int) -> tuple[float, bool, float, float]:
        """Depth of the item's centre; whether the camera may be at or inside its bounding sphere
        (or it is behind); about how many pixels it covers (its largest side as a disc); how many
        pixels one unit of the item's own frame spans at its nearest point, at most."""
        c = entry.centre
        depth = -float(mv[2, 0] * c[0] + mv[2, 1] * c[1] + mv[2, 2] * c[2] + mv[2, 3])
        scale = math.sqrt(float((mv[:3, :3] ** 2).sum(axis=0).max()))  # largest axis scale
        inside = depth <= entry.radius * scale * 1.05
        focal_px = float(proj[1, 1]) * height / 2
        radius_px = entry.half_side * scale * focal_px / max(depth, 1e-9)
        nearest = max(depth - entry.radius * scale, 1e-9)
        return depth, inside, math.pi * radius_px**2, scale * focal_px / nearest

    @property
    def mirrored(self) -> bool:
        return det3(self.mv[:3, :3].tolist()) < 0

    @property
    def mv_gl(self) -> np.ndarray:
        if self._mv_gl is None:
            self._mv_gl = gl_matrix(self.mv)
        return self._mv_gl

    @property
    def normal_gl(self) -> np.ndarray:
        """The inverse transpose of the model-view's 3x3, column-major (normals stay at right angles
        to surfaces under non-uniform scale)."""
        if self._normal_gl is None:
            self._normal_gl = inverse_transpose3_gl(self.mv[:3, :3].tolist())
        return self._normal_gl

    def mvp_gl(self, proj: np.ndarray) -> np.ndarray:
        return gl_matrix(proj @ self.mv)


def detail_for(entry: Entry, footprint_px: float, px_per_unit: float, inside: bool, lod_error_px: float) -> list[GpuPart]:
    """The parts to draw: coarser versions when the item covers few pixels (`lod_error_px` 0 =
    always full detail)."""
    if lod_error_px <= 0 or inside or not any(p.coarser for p in entry.parts):
        return entry.parts  # full detail asked for, or the camera is at or inside it
    max_error = lod_error_px / px_per_unit
    total = sum(p.count for p in entry.parts) / 3
    floor = footprint_px / LOD_MAX_PX_PER_TRIANGLE
    return [p.coarsest_within(max_error, floor * (p.count / 3) / total) for p in entry.parts]
