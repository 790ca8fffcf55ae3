"""Put a mesh into the marker frame: metres, Y up, centred on the marker and standing on it.

Files without units (OBJ, STL, PLY, OFF) get one guessed from their size: museum objects on a
marker are between about a centimetre and a few metres, so the unit that makes the object's
longest side land in that range is the likely one. The guess is stored in the item's info and
shown to the curator, who can re-import with the right unit.
"""

from __future__ import annotations

import numpy as np

from .mesh_parts import Part
from .options import UNITS

# Z-up (x, y, z) -> Y-up: (x, z, -y). A rotation (det +1), so winding stays.
_Z_UP_TO_Y_UP = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, -1.0, 0.0]])


def plausible_size(longest_side_m: float) -> bool:
    """Could an object this long (metres) stand on a marker in a museum? 5 mm to 20 m."""
    return 0.005 <= longest_side_m <= 20.0


def guess_unit(longest_side: float) -> str:
    """The unit under which `longest_side` (in file units) is a plausible museum object."""
    if longest_side <= 0 or not np.isfinite(longest_side):
        return "m"
    if longest_side <= 5.0:
        return "m"  # up to 5 m: a skull at 0.2, a skeleton at 3
    if longest_side <= 50.0:
        return "cm"  # 5..50 units: centimetres (a 20 cm skull), not a 20 m object
    return "mm"  # scanners and CAD write millimetres


def orient_and_scale(parts: list[Part], *, metres_per_unit: float, rotation: np.ndarray) -> None:
    """To metres and Y up, in place (before decimation, so it works on the full mesh)."""
    for p in parts:
        pos = p.positions * metres_per_unit
        if not np.array_equal(rotation, np.eye(3)):
            pos = pos @ rotation.T
        p.positions = pos


def put_on_marker(positions: list[np.ndarray], placement: str) -> dict:
    """Translate the final (decimated) vertex arrays in place so the mesh stands on / is centred
    on the marker; returns its size and bounding box for the item's info."""
    lo = np.min([p.min(axis=0) for p in positions], axis=0).astype(np.float64)
    hi = np.max([p.max(axis=0) for p in positions], axis=0).astype(np.float64)
    centre = (lo + hi) / 2.0
    offset = np.array([-centre[0], -lo[1] if placement == "stand" else -centre[1], -centre[2]])
    for p in positions:
        p += offset.astype(p.dtype)
    return {
        "placement": placement,
        "size_m": [round(float(x), 6) for x in hi - lo],
        "bounding_box_m": {"min": [round(float(x), 6) for x in lo + offset], "max": [round(float(x), 6) for x in hi + offset]},
    }
