"""How big a mesh is in the world and which way is up: never decided silently.

* A file that states its unit keeps true scale (glTF: metres by the spec; 3MF: its `unit`
  attribute, millimetres by default; OBJ/PLY headers that say "units: mm").
* A file that does not (OBJ, STL, PLY, OFF) gets a *proposal* with its reason and the size it
  gives ("280 units long; millimetres make it 28 cm, a plausible museum object"). The CLI then
  needs --unit or --fit, the app asks with the proposal preselected.
* A mesh much larger than its marker (a 4.87 m truck on a 6 cm marker) is a question too:
  true size or fit.
* Up: by the format's convention (glTF Y, STL/3MF Z) or, where the format has none, from the
  mesh: a scan standing on a flat base has a large flat area at its bottom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import ContentError
from .mesh_level import find_base, is_clear
from .mesh_parts import Part
from .options import UNITS

# A model whose longest side is more than this many marker edges is a question (true size / fit).
LARGE_FOR_MARKER = 10.0
# --fit: the longest side becomes this many marker edges (it stands beside the code, not over the room)
FIT_MARKER_EDGES = 1.5

_UNIT_NAMES = {"m": "metres", "dm": "decimetres", "cm": "centimetres", "mm": "millimetres", "in": "inches", "ft": "feet"}


class SizeQuestion(ContentError):
    """The size of a mesh must be chosen (no unit in the file, or far larger than its marker).
    `proposal` is the unit we would pick; the message is one line with the hint."""

    def __init__(self, message: str, *, path, proposal: str, size_m: float):
        super().__init__(message, path=path)
        self.proposal = proposal
        self.size_m = size_m


@dataclass
class SizeDecision:
    unit: str  # a key of UNITS, or "fit"
    metres_per_unit: float
    source: str  # asked | file | fit | proposed
    reason: str
    proposal: str  # the unit we would propose for this file (shown preselected by the app)
    proposal_reason: str


def human_length(m: float) -> str:
    if m >= 1.0:
        return f"{m:.3g} m"
    if m >= 0.01:
        return f"{m * 100:.3g} cm"
    return f"{m * 1000:.3g} mm"


def propose_unit(longest: float, usual: str | None = None, fmt_name: str = "") -> tuple[str, str]:
    """The unit under which `longest` (file units) is a plausible museum object, and why. A
    format's usual unit comes first when it gives a plausible size (STL: millimetres; a 20 mm
    calibration cube is 20 mm, not 20 cm)."""
    if not (longest > 0 and np.isfinite(longest)):
        return "m", "it has no extent"
    if usual is not None and 0.005 <= longest * UNITS[usual] <= 20.0:
        size = longest * UNITS[usual]
        return usual, f"{longest:.4g} units long; {fmt_name} files are nearly always in {_UNIT_NAMES[usual]}: {human_length(size)}"
    if longest <= 5.0:
        unit = "m"  # up to 5 m: a skull at 0.2, a skeleton at 3
    elif longest <= 50.0:
        unit = "cm"  # 5..50 units: a 20 cm skull in centimetres, not a 20 m object
    else:
        unit = "mm"  # scanners and CAD write millimetres
    size = longest * UNITS[unit]
    return unit, f"{longest:.4g} units long; {_UNIT_NAMES[unit]} make it {human_length(size)}"


_HEADER_UNIT = re.compile(rb"\bunits?\s*[:=]?\s*(millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cm|met(?:er|re)s?|m|inch(?:es)?|in|feet|foot|ft)\b", re.I)
_HEADER_MAP = {"mm": "mm", "millimet": "mm", "cm": "cm", "centimet": "cm", "m": "m", "met": "m", "in": "in", "inch": "in", "ft": "ft", "feet": "ft", "foot": "ft"}


def header_unit(path: Path) -> str | None:
    """A unit stated in an OBJ/PLY/OFF header comment ("# units: millimeters", "comment unit mm"),
    which some scanners and CAD exporters write. Only comment lines in the first 8 KB count."""
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError:
        return None
    for line in head.splitlines():
        s = line.strip()
        if not (s.startswith(b"#") or s.lower().startswith(b"comment")):
            continue
        m = _HEADER_UNIT.search(s)
        if m:
            word = m.group(1).decode().lower()
            for prefix, unit in _HEADER_MAP.items():
                if word == prefix or (len(prefix) > 2 and word.startswith(prefix)):
                    return unit
    return None


# Header comments of photogrammetry tools whose reconstructions have no real scale: structure
# from motion knows the shape only up to a factor (the units are whatever the camera poses came
# out as) unless the curator scaled it (markers, a scale bar), and the file does not say which.
# Seen in real files: Meshroom's "# Created with AliceVision" (OBJ and MTL).
_SCALE_FREE_TOOLS = ((re.compile(rb"\bAliceVision\b|\bMeshroom\b", re.I), "Meshroom (AliceVision)"),)


def scale_free_tool(path: Path) -> str | None:
    """The photogrammetry tool named in the header comments of an OBJ/PLY (first 8 KB), when it
    is one whose output has no real scale; else None."""
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError:
        return None
    comments = b"\n".join(line for line in head.splitlines()
                          if line.strip().startswith(b"#") or line.strip().lower().startswith(b"comment"))
    for pattern, name in _SCALE_FREE_TOOLS:
        if pattern.search(comments):
            return name
    return None


def decide_size(longest: float, *, asked: str | None, fit_m: float | None, declared: str | None,
                declared_why: str, usual: str | None = None, fmt_name: str = "", scale_free: str | None = None) -> SizeDecision:
    """`scale_free`: the tool that made the file, when its output has no real scale: said first
    in the proposal's reason, since no unit can be right for it."""
    proposal, why = propose_unit(longest, usual, fmt_name)
    if scale_free:
        why = f"a {scale_free} reconstruction has no real scale: measure the object, or fit it; {why}"
    if asked is not None:
        return SizeDecision(asked, UNITS[asked], "asked", f"chosen: {_UNIT_NAMES[asked]}", proposal, why)
    if fit_m is not None:
        per_unit = fit_m / longest
        return SizeDecision("fit", per_unit, "fit", f"fitted: longest side {human_length(fit_m)}", proposal, why)
    if declared is not None:
        return SizeDecision(declared, UNITS[declared], "file", f"{declared_why} states {_UNIT_NAMES[declared]}", proposal, why)
    return SizeDecision(proposal, UNITS[proposal], "proposed", f"no unit in the file: {why}", proposal, why)


def question(decision: SizeDecision, longest: float, marker_m: float | None) -> str | None:
    """Why the curator must choose the size, or None when the size is settled."""
    size = longest * decision.metres_per_unit
    if decision.source == "proposed":
        others = ", ".join(u for u in UNITS if u != decision.proposal)
        if "reconstruction has no real scale" in decision.proposal_reason:
            return (f"states no unit ({decision.proposal_reason}); "
                    f"give --fit, or --unit {decision.proposal} (or {others}) if it was scaled when made")
        return (f"states no unit ({decision.proposal_reason}); "
                f"give --unit {decision.proposal} (or {others}) or --fit")
    if decision.source == "file" and marker_m and size > LARGE_FOR_MARKER * marker_m:
        return (f"is {human_length(size)} long at its true size, {size / marker_m:.0f}x its "
                f"{marker_m * 1000:.0f} mm marker; give --fit, or --unit {decision.unit} to keep the true size")
    return None


# --- up axis ---------------------------------------------------------------------------------

# Rotations taking the named file axis to +Y (det +1, so the winding is kept).
UP_ROTATIONS: dict[str, np.ndarray] = {
    "y": np.eye(3),
    "z": np.array([[1.0, 0, 0], [0, 0, 1], [0, -1, 0]]),  # (x, y, z) -> (x, z, -y)
    "-z": np.array([[1.0, 0, 0], [0, 0, -1], [0, 1, 0]]),
    "-y": np.array([[1.0, 0, 0], [0, -1, 0], [0, 0, -1]]),
    "x": np.array([[0.0, -1, 0], [1, 0, 0], [0, 0, 1]]),  # (x, y, z) -> (-y, x, z)
    "-x": np.array([[0.0, 1, 0], [-1, 0, 0], [0, 0, 1]]),
}
_AXES = {"x": (0, 1), "-x": (0, -1), "y": (1, 1), "-y": (1, -1), "z": (2, 1), "-z": (2, -1)}


def guess_up(parts: list[Part], convention: str, scale_free: str | None = None, stats=None) -> tuple[str, str]:
    """(up axis, reason). Formats with a convention keep it; otherwise a flat base decides: the
    side of the bounding box where most of the surface lies flat is the bottom (a scan cut off at
    its plinth, a CAD part on its face), else Y (Blender's and most scan tools' OBJ export), or
    -Y for a Meshroom (AliceVision) reconstruction, which is in the first camera's coordinates
    (x right, y down, z forward): standing on +Y it came out upside down and seen from behind
    (its surface faces the cameras, towards -Z; the tablet culls back faces)."""
    if convention in ("y", "z"):
        return convention, f"the format's convention is {convention.upper()} up"
    fallback = ("-y", f"no flat base found; {scale_free} writes camera coordinates, Y down") \
        if scale_free and scale_free.startswith("Meshroom") else ("y", "no flat base found, Y up assumed")
    area, normals, centres = stats if stats is not None else face_stats(parts)
    if area.sum() <= 0:
        return "y", "no surface to judge by; Y up assumed"
    lo, hi = centres.min(axis=0), centres.max(axis=0)
    extent = np.maximum(hi - lo, 1e-12)
    best, best_share = None, 0.0
    for name, (axis, sign) in _AXES.items():
        # the base faces point down, i.e. against the up axis, and lie at the bottom end
        flat = normals[:, axis] * -sign > 0.97
        at_end = (centres[:, axis] - lo[axis] < 0.02 * extent[axis]) if sign > 0 else (hi[axis] - centres[:, axis] < 0.02 * extent[axis])
        share = float(area[flat & at_end].sum() / area.sum())
        if share > best_share:
            best, best_share = name, share
    strict = best if best_share >= 0.03 else None
    if strict in ("y", "z"):
        return strict, f"a flat base ({best_share:.0%} of the surface) faces {_opposite(strict)}"
    # a scan in a camera's frame: its base leans a few degrees off every axis (levelled afterwards);
    # a leaning base on Y or Z beats a level one that would stand it upside down or on its side
    leaning = _leaning_base(area, normals, centres)
    if leaning is not None and (strict is None or leaning[0] in ("y", "z")):
        name, share, tilt = leaning
        return name, f"a flat base ({share:.0%} of the surface) faces {_opposite(name)}, leaning {tilt:.0f}°"
    if strict is not None:
        return strict, f"a flat base ({best_share:.0%} of the surface) faces {_opposite(strict)}"
    return fallback


def _leaning_base(area, normals, centres) -> tuple[str, float, float] | None:
    """(up axis, share, lean in degrees) of the clear base that leans least from an axis, within
    MAX_TILT_DEG, on which the mesh would stand (its centre above the footprint)."""
    found = []
    for name, (axis, sign) in _AXES.items():
        down = np.zeros(3)
        down[axis] = -sign
        base = find_base(area, normals, centres, down)
        if base is not None and is_clear(base):
            found.append((name not in ("y", "z"), base.tilt_deg(down), name, base.share))
    if not found:
        return None
    # Two flat sides (Nefertiti's plinth and her crown, 18° apart) cannot be told apart by shape:
    # share and steadiness both favour the crown. The file's axes can: the tools write Y or Z up,
    # rarely upside down, and the side nearest to an axis is the one its maker stood it on.
    _, tilt, name, share = min(found)
    return name, share, tilt


def _opposite(axis: str) -> str:
    return axis[1:].upper() if axis.startswith("-") else "-" + axis.upper()


def face_stats(parts: list[Part], sample: int = 400_000):
    """Per-face (areas, unit normals, centres) of up to `sample` faces of each part."""
    areas, normals, centres = [], [], []
    for p in parts:
        faces = p.faces if len(p.faces) <= sample else p.faces[:: len(p.faces) // sample + 1]
        # a slice of faces at a time: their corner coordinates (72 bytes a face) and what is made
        # of them were ~100 MB at once for 400 k sampled faces, beside the texture jobs' work
        for lo in range(0, len(faces), _STATS_SLICE):
            tri = p.positions[faces[lo : lo + _STATS_SLICE]]
            n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
            c = tri.mean(axis=1)
            del tri
            a = np.linalg.norm(n, axis=1)
            ok = a > 0
            if ok.all():
                areas.append(a)
                normals.append(n / a[:, None])
                centres.append(c)
            else:
                areas.append(a[ok])
                normals.append(n[ok] / a[ok, None])
                centres.append(c[ok])
    return np.concatenate(areas), np.concatenate(normals), np.concatenate(centres)


_STATS_SLICE = 65_536


# --- choosing again after import (the app's size dialog) ---------------------------------------

def quat_of(r: np.ndarray) -> tuple[float, float, float, float]:
    """(x, y, z, w) of a rotation matrix."""
    from ..core.transform import quat_from_matrix, vec4

    return vec4(quat_from_matrix(np.asarray(r, dtype=float)))


def rechoose(info: dict, *, unit: str | None = None, fit_m: float | None = None, up: str | None = None,
             level: bool = True) -> tuple[float, np.ndarray, np.ndarray, dict]:
    """What an imported mesh needs to be in another unit (or fitted) and/or with another axis up,
    and with or without the levelling of its leaning base, without importing it again: (uniform
    scale, 3x3 rotation, translation, info changes), where the item's transform is T * R * S
    applied to the stored GLB. The translation stands the result on the marker again
    (bounding-box bottom at y=0, centred in x/z). The levelling was measured on the base of the
    up axis it was imported with: another up axis drops it."""
    old_mpu = float(info.get("metres_per_unit") or 1.0)
    old_up = info.get("up_axis", "y")
    new_up = up or old_up
    stored = np.asarray(info.get("level_rotation") or np.eye(3), dtype=float)  # in the GLB's vertices
    keep = level and new_up == old_up and info.get("level_rotation") is not None
    rot = (stored if keep else np.eye(3)) @ UP_ROTATIONS[new_up] @ UP_ROTATIONS[old_up].T @ stored.T
    # the box the rest of the turn maps onto a box (it only swaps axes): that of the stored
    # vertices, or with the levelling dropped, theirs turned back (recorded by the import)
    box, rest = info["bounding_box_m"], rot
    if not keep and info.get("unlevelled_box_m"):
        box, rest = info["unlevelled_box_m"], rot @ stored
    lo = np.asarray(box["min"], dtype=float)
    hi = np.asarray(box["max"], dtype=float)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    turned = corners @ rest.T
    extent = turned.max(axis=0) - turned.min(axis=0)
    changes: dict = {"up_axis": new_up}
    if up is not None and up != old_up:
        changes["up_reason"] = "chosen"
    if info.get("level_rotation") is not None:
        changes["level_undone"] = not keep  # the GLB keeps its levelled vertices: the item turns them back
    if fit_m is not None:
        scale = fit_m / float(extent.max())
        changes.update(unit="fit", unit_source="fit", metres_per_unit=old_mpu * scale, unit_reason=f"fitted: longest side {human_length(fit_m)}")
    elif unit is not None:
        scale = UNITS[unit] / old_mpu
        changes.update(unit=unit, unit_source="asked", metres_per_unit=UNITS[unit], unit_reason=f"chosen: {_UNIT_NAMES[unit]}")
    else:
        scale = 1.0
    placed = turned * scale
    pmin, pmax = placed.min(axis=0), placed.max(axis=0)
    translation = -np.array([(pmin[0] + pmax[0]) / 2.0, pmin[1], (pmin[2] + pmax[2]) / 2.0])
    changes["size_m"] = [round(float(x), 6) for x in pmax - pmin]
    changes["size_question"] = None
    return scale, rot, translation, changes


def sizes_by_unit(info: dict) -> dict[str, list[float]]:
    """The mesh's size (x, y, z metres, as stored now) under every unit, for the dialog's preview."""
    size = np.asarray(info.get("size_m", [0, 0, 0]), dtype=float)
    mpu = float(info.get("metres_per_unit") or 1.0)
    return {u: [float(x) for x in size / mpu * per] for u, per in UNITS.items()}
