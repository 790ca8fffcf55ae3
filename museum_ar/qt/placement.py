"""Placement arithmetic the inspector and the viewport share: turn angles <-> quaternion, snapping,
and "stand on marker" (lowest point of the item on the marker's surface). No widgets here."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from dataclasses import dataclass

from ..core.commands import SetTransform
from ..core.exhibit import Item, ItemKind
from ..core.transform import Transform, quat_from_axis_angle, quat_multiply

SNAP_MOVE_M = 0.01  # 1 cm
SNAP_TURN_DEG = 15.0
SNAP_SCALE = 0.1


def euler_from_quat(q) -> tuple[float, float, float]:
    """(turn about Y, tilt about X, roll about Z) in degrees for R = Ry * Rx * Rz.
    Y first because content stands upright (+Y): turning it on the marker is the common edit."""
    r = Transform(rotation=tuple(q)).matrix()[:3, :3]
    tilt = math.degrees(math.asin(max(-1.0, min(1.0, -r[1, 2]))))
    turn = math.degrees(math.atan2(r[0, 2], r[2, 2]))
    roll = math.degrees(math.atan2(r[1, 0], r[1, 1]))
    return turn, tilt, roll


def quat_from_euler(turn: float, tilt: float, roll: float):
    qy = quat_from_axis_angle((0, 1, 0), turn)
    qx = quat_from_axis_angle((1, 0, 0), tilt)
    qz = quat_from_axis_angle((0, 0, 1), roll)
    return quat_multiply(qy, quat_multiply(qx, qz))


def snap(value: float, step: float) -> float:
    return round(value / step) * step if step > 0 else value


def item_bounds(root: Path, item: Item) -> np.ndarray | None:
    """(2, 3) min/max corner of the item in its own frame (metres), or None when unknown.
    Import records it in info['bounding_box_m']; for meshes we read the file once otherwise."""
    recorded = recorded_bounds(item)
    if recorded is not None:
        return recorded
    if item.kind is ItemKind.MESH and item.asset:
        return _mesh_bounds(str(root / item.asset))
    return None


def recorded_bounds(item: Item) -> np.ndarray | None:
    """The (2, 3) box import recorded for the item (info['bounding_box_m']; older spellings are
    renamed on load, core/migrate.py), without reading any file; None when there is none."""
    info = item.info if isinstance(item.info, dict) else {}
    box = info.get("bounding_box_m")
    b = [box["min"], box["max"]] if isinstance(box, dict) and "min" in box and "max" in box else None
    if isinstance(b, (list, tuple)) and len(b) == 2:
        try:
            arr = np.asarray(b, dtype=float).reshape(2, 3)
            if np.all(np.isfinite(arr)):
                return arr
        except (TypeError, ValueError):
            pass
    return None


@lru_cache(maxsize=64)
def _mesh_bounds(path: str) -> np.ndarray | None:
    try:
        import trimesh  # only when a mesh without recorded bounds is stood on its marker

        loaded = trimesh.load(path, force="scene")
        bounds = loaded.bounds
        return None if bounds is None else np.asarray(bounds, dtype=float)
    except Exception:  # an unreadable mesh cannot be stood up; the caller falls back to y = 0
        return None


def stand_on_marker(t: Transform, bounds: np.ndarray | None) -> Transform:
    """Move the item vertically so its lowest point touches the marker surface (y = 0)."""
    if bounds is None:
        return t.with_translation((t.translation[0], 0.0, t.translation[2]))
    lo, hi = bounds
    corners = np.array([[x, y, z, 1.0] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    placed = corners @ t.matrix().T
    lowest = float(placed[:, 1].min())
    x, y, z = t.translation
    return t.with_translation((x, y - lowest, z))


# -- one undo step per gesture, named after what it did ("Undo turn item", not "Undo move item")


@dataclass
class TurnItem(SetTransform):
    text = "turn item"

    def merge(self, other):
        return type(other) is type(self) and super().merge(other)


@dataclass
class ScaleItem(TurnItem):
    text = "scale item"


@dataclass
class MoveItem(TurnItem):
    text = "move item"


@dataclass
class ResetPlacement(TurnItem):
    text = "reset placement"


@dataclass
class StandOnMarker(TurnItem):
    text = "stand item on marker"


TRANSFORM_COMMANDS = {"move": MoveItem, "translate": MoveItem, "turn": TurnItem, "rotate": TurnItem, "scale": ScaleItem, "reset": ResetPlacement, "stand": StandOnMarker}


def transform_command(item_id: str, t: Transform, kind: str = "move") -> SetTransform:
    """The undoable placement edit for a gesture of this kind (move / turn / scale / reset / stand)."""
    return TRANSFORM_COMMANDS[kind](item_id, t)
