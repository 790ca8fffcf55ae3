"""Placement of an item in the marker frame (metres, +Y out of the printed surface; see DESIGN.md).

Rotation is a unit quaternion in glTF's order (x, y, z, w), so a Transform maps one-to-one onto a
glTF node and onto three.js' Object3D in the tablet viewer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

Vec3 = tuple[float, float, float]
Quat = tuple[float, float, float, float]


def vec3(values: Iterable[float]) -> Vec3:
    """Exactly three numbers (a list, a numpy row, a generator) as a Vec3 of plain floats;
    ValueError when there are more or fewer."""
    x, y, z = (float(v) for v in values)
    return (x, y, z)


def vec4(values: Iterable[float]) -> tuple[float, float, float, float]:
    """Exactly four numbers (a quaternion, an RGBA colour) as a tuple of plain floats; ValueError
    when there are more or fewer."""
    x, y, z, w = (float(v) for v in values)
    return (x, y, z, w)


def _is_vector(values, n: int) -> bool:
    # any sequence of n plain numbers (tuples from JSON, lists, numpy rows); a bare number is not one
    return hasattr(values, "__len__") and not isinstance(values, (str, bytes)) and len(values) == n and _finite(float(v) if hasattr(v, "item") else v for v in values)


def _finite(values) -> bool:
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values)


@dataclass(frozen=True)
class Transform:
    translation: Vec3 = (0.0, 0.0, 0.0)
    rotation: Quat = (0.0, 0.0, 0.0, 1.0)
    scale: Vec3 = (1.0, 1.0, 1.0)

    def problems(self) -> list[tuple[str, str]]:
        """(field, message) for everything wrong with this transform; empty when valid."""
        out = []
        if not _is_vector(self.translation, 3):
            out.append(("translation", f"must be 3 finite numbers, got {self.translation!r}"))
        if not _is_vector(self.rotation, 4):
            out.append(("rotation", f"must be 4 finite numbers (x, y, z, w), got {self.rotation!r}"))
        elif abs(math.sqrt(sum(c * c for c in self.rotation)) - 1.0) > 1e-3:
            out.append(("rotation", f"must be a unit quaternion, its length is {math.sqrt(sum(c * c for c in self.rotation)):.4g}"))
        if not _is_vector(self.scale, 3):
            out.append(("scale", f"must be 3 finite numbers, got {self.scale!r}"))
        elif any(s <= 0 for s in self.scale):
            out.append(("scale", f"must be positive, got {list(self.scale)!r}"))
        return out

    def matrix(self) -> np.ndarray:
        """4x4 item -> marker matrix (T * R * S), float64."""
        x, y, z, w = self.rotation
        rot = np.array(
            [
                [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
            ]
        )
        m = np.eye(4)
        m[:3, :3] = rot * np.asarray(self.scale, dtype=float)[None, :]
        m[:3, 3] = self.translation
        return m

    @classmethod
    def from_matrix(cls, m: np.ndarray) -> Transform:
        """Decompose a T*R*S matrix (no shear) back into a Transform."""
        m = np.asarray(m, dtype=float)
        scale = np.linalg.norm(m[:3, :3], axis=0)
        rot = m[:3, :3] / scale[None, :]
        if np.linalg.det(rot) < 0:  # a mirror: fold it into the scale of x
            scale[0] = -scale[0]
            rot[:, 0] = -rot[:, 0]
        return cls(vec3(m[:3, 3].tolist()), quat_from_matrix(rot), vec3(scale.tolist()))

    def with_translation(self, t: Vec3) -> Transform:
        return Transform(vec3(t), self.rotation, self.scale)

    def with_rotation(self, q: Quat) -> Transform:
        return Transform(self.translation, normalized_quat(q), self.scale)

    def with_scale(self, s: Vec3) -> Transform:
        return Transform(self.translation, self.rotation, vec3(s))


def normalized_quat(q) -> Quat:
    n = math.sqrt(sum(c * c for c in q))
    if not math.isfinite(n) or n == 0:
        raise ValueError(f"not a rotation: {list(q)!r}")
    return tuple(float(c) / n for c in q)  # type: ignore[return-value]


def quat_from_matrix(r: np.ndarray) -> Quat:
    """Unit quaternion (x, y, z, w) of a 3x3 rotation matrix (Shepperd's method)."""
    t = float(np.trace(r))
    if t > 0:
        s = math.sqrt(t + 1.0) * 2
        w, x, y, z = 0.25 * s, (r[2, 1] - r[1, 2]) / s, (r[0, 2] - r[2, 0]) / s, (r[1, 0] - r[0, 1]) / s
    elif r[0, 0] > r[1, 1] and r[0, 0] > r[2, 2]:
        s = math.sqrt(1.0 + r[0, 0] - r[1, 1] - r[2, 2]) * 2
        w, x, y, z = (r[2, 1] - r[1, 2]) / s, 0.25 * s, (r[0, 1] + r[1, 0]) / s, (r[0, 2] + r[2, 0]) / s
    elif r[1, 1] > r[2, 2]:
        s = math.sqrt(1.0 + r[1, 1] - r[0, 0] - r[2, 2]) * 2
        w, x, y, z = (r[0, 2] - r[2, 0]) / s, (r[0, 1] + r[1, 0]) / s, 0.25 * s, (r[1, 2] + r[2, 1]) / s
    else:
        s = math.sqrt(1.0 + r[2, 2] - r[0, 0] - r[1, 1]) * 2
        w, x, y, z = (r[1, 0] - r[0, 1]) / s, (r[0, 2] + r[2, 0]) / s, (r[1, 2] + r[2, 1]) / s, 0.25 * s
    return normalized_quat((x, y, z, w))


def quat_from_axis_angle(axis: Vec3 | np.ndarray, degrees: float) -> Quat:
    a = np.asarray(axis, dtype=float)
    a = a / np.linalg.norm(a)
    half = math.radians(degrees) / 2
    s = math.sin(half)
    return normalized_quat((a[0] * s, a[1] * s, a[2] * s, math.cos(half)))


def quat_multiply(a: Quat, b: Quat) -> Quat:
    """a * b (apply b first, then a)."""
    ax, ay, az, aw = a
    bx, by, bz, bw = b
    return normalized_quat(
        (
            aw * bx + ax * bw + ay * bz - az * by,
            aw * by - ax * bz + ay * bw + az * bx,
            aw * bz + ax * by - ay * bx + az * bw,
            aw * bw - ax * bx - ay * by - az * bz,
        )
    )
