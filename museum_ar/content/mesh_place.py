"""Put a mesh into the marker frame (metres, Y up, standing on the marker) and lay several items
out side by side on one marker. The unit and the up axis are decided in `mesh_size`.
"""

from __future__ import annotations

import numpy as np

from ..core.transform import vec3
from .mesh_parts import Part
import itertools


def orient_and_scale(parts: list[Part], *, metres_per_unit: float, rotation: np.ndarray) -> None:
    """To metres and Y up, in place (before decimation, so it works on the full mesh)."""
    turn = not np.array_equal(rotation, np.eye(3))
    # id of a part's array -> (that array, what it became): parts may share one (the array is kept
    # so that its id is not reused meanwhile)
    done: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for p in parts:
        source = p.positions
        if id(source) in done:
            pos = done[id(source)][1]
        else:
            # in place and in slices: one full-size copy of a 1.5M-triangle soup's vertices is 108 MB
            pos = source if _owned(source) else np.array(source, dtype=np.float64)
            done[id(source)] = (source, pos)
            for lo in range(0, len(pos), _SLICE):
                chunk = pos[lo : lo + _SLICE]
                chunk *= metres_per_unit
                if turn:
                    chunk[:] = chunk @ rotation.T
        if turn and p.normals is not None:
            p.normals = p.normals @ rotation.T
        p.positions = pos


_SLICE = 1 << 18  # rows per step of orient_and_scale


def _owned(a: np.ndarray) -> bool:
    """A float64 array that may be changed in place: C-contiguous, writeable, and not a view of
    another array or of a buffer (read-only file bytes, an array a caller may still hold)."""
    return a.dtype == np.float64 and a.flags.c_contiguous and a.flags.writeable and a.base is None


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


# --- several items on one marker -------------------------------------------------------------

GAP_FRACTION = 0.15  # free space between neighbours, as a share of the larger one's width
MIN_GAP_M = 0.01


def footprint_m(info: dict, scale: float = 1.0, marker_m: float = 0.1) -> tuple[float, float, float]:
    """(width, height, depth) in metres an item takes: a mesh's measured size, else a square
    as large as its marker (images, video and text are shown about marker-sized)."""
    size = info.get("size_m")
    if isinstance(size, (list, tuple)) and len(size) == 3:
        return vec3(float(s) * scale for s in size)
    return (marker_m, marker_m, 0.0)


def lay_out(occupied_x: list[tuple[float, float]], new_sizes: list[tuple[float, float, float]], *,
            mount: str = "table") -> list[tuple[tuple[float, float, float], tuple[float, float, float, float]]]:
    """Translation and rotation (x, y, z, w) for each new item on one marker, side by side in a row
    along the marker's x axis, so several models dropped on one marker do not sit inside each other.

    `occupied_x` are the (min x, max x) intervals the marker's items already take. On an empty
    marker the new row is centred on it; otherwise each new item goes to the end of the row that
    lies nearer the marker's centre (the right on a tie), so the group stays around the printed
    card: files dropped one after another (a model, then its picture and text) used to pile up on
    one side, and the last ones were out of the camera's picture in the AR preview. Item transforms
    live in the content frame (core.frames), which on a wall marker is already turned so upright
    content stands up the wall facing the visitor; there the items are only pushed out of the wall
    (content +Z) by half their depth, so nothing sinks into it. Pure: no exhibit, no files."""
    if not new_sizes:
        return []
    widths = [s[0] for s in new_sizes]
    xs: list[float] = []
    if occupied_x:
        left, right = min(lo for lo, _ in occupied_x), max(hi for _, hi in occupied_x)
        left_w = right_w = max(hi - lo for lo, hi in occupied_x)  # the neighbour at each end, roughly
        for w in widths:
            if right <= -left:
                gap = max(MIN_GAP_M, GAP_FRACTION * max(w, right_w))
                xs.append(right + gap + w / 2.0)
                right, right_w = right + gap + w, w
            else:
                gap = max(MIN_GAP_M, GAP_FRACTION * max(w, left_w))
                xs.append(left - gap - w / 2.0)
                left, left_w = left - gap - w, w
    else:
        gaps = [max(MIN_GAP_M, GAP_FRACTION * max(a, b)) for a, b in itertools.pairwise(widths)]
        x = -(sum(widths) + sum(gaps)) / 2.0
        for i, w in enumerate(widths):
            xs.append(x + w / 2.0)
            x += w + (gaps[i] if i < len(gaps) else 0.0)
    return [((cx, 0.0, d / 2.0 if mount == "wall" else 0.0), (0.0, 0.0, 0.0, 1.0)) for cx, (_w, _h, d) in zip(xs, new_sizes)]


def occupied_interval(translation_x: float, width: float) -> tuple[float, float]:
    return (translation_x - width / 2.0, translation_x + width / 2.0)


# A text label's picture is one LINE_UNITS per line in the item's own units (core/label.py), so at
# scale 1 a 48-character line is ~2.6 m wide: dropped on a 10 cm marker it covered everything.
# A new label gets a scale that makes it at most LABEL_WIDTH_MARKERS markers wide, and its lines
# at most LABEL_LINE_MARKERS of a marker tall (a short title would otherwise get huge letters).
LABEL_WIDTH_MARKERS = 2.0
LABEL_LINE_MARKERS = 0.12


def _label_units(item) -> tuple[float, float] | None:
    """(width, height) of a text-like item's label in its own units (the widest of its
    languages, as the renderer draws it: title and text), or None for other kinds."""
    from ..core.item_kinds import ITEM_KINDS
    from ..core.label import audio_label, label_picture, label_size_units, text_label

    shown_as = ITEM_KINDS[item.kind].shown_as
    if shown_as not in ("text", "audio"):
        return None
    langs = set(item.title.values) | set(item.description.values) or {"de"}
    sizes = []
    for lang in sorted(langs):
        title, body = item.title.get(lang), item.description.get(lang)
        text = audio_label(title) if shown_as == "audio" else text_label(title, body)
        sizes.append(label_size_units(*label_picture(text).size))
    return max(s[0] for s in sizes), max(s[1] for s in sizes)


def label_scale(width_units: float, marker_m: float) -> float:
    """The scale that fits a label `width_units` wide to the marker (see LABEL_WIDTH_MARKERS)."""
    from ..core.label import LINE_UNITS

    return min(LABEL_WIDTH_MARKERS * marker_m / width_units, LABEL_LINE_MARKERS * marker_m / LINE_UNITS)


# Pictures and videos are drawn 1 unit wide (docs/render.md): at scale 1 a picture dropped on a
# 10 cm marker was a metre wide wall behind everything. A new one gets IMAGE_WIDTH_MARKERS markers.
IMAGE_WIDTH_MARKERS = 1.5
# Flat things (pictures, videos, labels) stand upright facing +Z. On a table a visitor looks down
# at the marker, so upright they were seen nearly edge-on (and with moire); leaned back 45 degrees
# about X they face up and towards the visitor. A wall marker's frame already faces the visitor.
TABLE_LEAN_QUAT = (-0.3826834323650898, 0.0, 0.0, 0.9238795325112867)  # -45 degrees about X


def _quad_aspect(item) -> float | None:
    """Width / height of a picture or video item's quad, or None for other kinds."""
    from ..core.item_kinds import ITEM_KINDS

    if ITEM_KINDS[item.kind].shown_as not in ("image", "video"):
        return None
    w, h = item.info.get("width"), item.info.get("height")
    return float(w) / float(h) if w and h else 1.0


def arrange_on_marker(marker, new_items: list) -> None:
    """Give `new_items` (core Items about to be added to `marker`) transforms that put them side by
    side next to what the marker already carries, upright on a wall marker. Used by `attach` and
    by the app's import, before the items are added (so one undo removes them with their places)."""
    from ..core.transform import Transform

    marker_m = marker.edge_m
    occupied = []
    for it in marker.items:
        label = _label_units(it)
        if label is not None:
            w = label[0] * float(it.transform.scale[0])
        elif _quad_aspect(it) is not None:
            w = float(it.transform.scale[0])  # a quad is one unit wide
        else:
            # size_m is the size as chosen; a later scale with the gizmo is on top of choice_scale
            w = footprint_m(it.info, float(it.transform.scale[0]) / float(it.info.get("choice_scale", 1.0)), marker_m)[0]
        occupied.append(occupied_interval(float(it.transform.translation[0]), w))
    sizes = []
    flat = []  # pictures, videos and labels: leaned back on a table
    for it in new_items:
        label = _label_units(it)
        aspect = _quad_aspect(it)
        if label is not None or aspect is not None:
            flat.append(it)
        if aspect is not None:
            k = IMAGE_WIDTH_MARKERS * marker_m
            it.transform = Transform(it.transform.translation, it.transform.rotation, (k, k, k))
            sizes.append((k, k / aspect, 0.0))
            continue
        if label is None:
            sizes.append(footprint_m(it.info, 1.0, marker_m))  # size_m already includes the item's scale
            continue
        k = label_scale(label[0], marker_m)
        it.transform = Transform(it.transform.translation, it.transform.rotation, (k, k, k))
        sizes.append((label[0] * k, label[1] * k, 0.0))
    mount = getattr(marker.mount, "value", marker.mount)
    if mount == "table":
        for it in flat:
            it.transform = Transform(it.transform.translation, TABLE_LEAN_QUAT, it.transform.scale)
    for it, (t, r) in zip(new_items, lay_out(occupied, sizes, mount=mount)):
        # composed with what the item already has (a unit or up correction from the size dialog)
        layout = Transform(t, r).matrix()
        it.transform = Transform.from_matrix(layout @ it.transform.matrix())
