"""The exhibit as data: an Exhibit has Markers, a Marker carries Items.

Plain mutable dataclasses; edits that the user makes go through `commands` so they can be undone.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .errors import DuplicateIdError, InvalidValueError, UnknownIdError
from .item_kinds import ItemKind  # the kinds and their records: item_kinds.py
from .localized import DEFAULT_LANGUAGES, LocalizedText
from .transform import Transform

# What the core package offers from this module (core/__init__.py star-imports it, so the list is
# kept here, once): the exhibit's types and the checks the edit dialogs use.
__all__ = ["MARKER_ID_RULE", "Exhibit", "Item", "ItemKind", "Marker", "Mount", "Playback", "check_marker_id", "check_marker_size", "new_id"]

# Marker ids travel in the QR payload's URL fragment and name printed files: only URL-unreserved
# ASCII, short, so the code stays a low QR version (big modules, detection from farther away).
MARKER_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,31}$")
MARKER_ID_RULE = "1-32 characters: letters A-Z a-z, digits, and . _ ~ - (not first)"

# Printed edge length limits, mm. Below 20 mm a phone cannot resolve the code at 30 cm; above
# 1 m nobody prints it on an office printer. The markers package checks the paper size itself.
MIN_MARKER_MM = 20.0
MAX_MARKER_MM = 1000.0
# An artwork marker (image target) is as wide as the artwork: from a postcard detail to a mural.
MIN_ARTWORK_MM = 10.0
MAX_ARTWORK_MM = 20000.0


def edge_m_of(size_mm: float) -> float:
    """A printed edge in millimetres (as exhibit.json stores it) in metres (as every frame and
    pose is measured): the one place the unit changes (Marker.edge_m, markers.spec.MarkerSpec)."""
    return size_mm / 1000


class Mount(str, Enum):
    TABLE = "table"
    WALL = "wall"


@dataclass
class Playback:
    """How time-based media (video, audio) and animations behave on the tablet."""

    autoplay: bool = False
    loop: bool = False
    tap_to_play: bool = True
    # Which of a model's animation clips plays (core/clips.py): one by its name ("": the first),
    # or all of them together. Media ignore both.
    clip: str = ""
    all_clips: bool = False


@dataclass
class Item:
    kind: ItemKind
    id: str = field(default_factory=lambda: new_id("item"))
    asset: str | None = None  # project-relative path of a content-addressed file, e.g. assets/ab12….glb
    source_name: str = ""  # the file name the curator brought, for display
    thumbnail: str | None = None  # project-relative PNG
    poster: str | None = None  # project-relative image shown before a video plays
    transform: Transform = field(default_factory=Transform)
    title: LocalizedText = field(default_factory=LocalizedText)
    caption: LocalizedText = field(default_factory=LocalizedText)
    description: LocalizedText = field(default_factory=LocalizedText)
    playback: Playback = field(default_factory=Playback)
    visible: bool = True
    info: dict[str, Any] = field(default_factory=dict)  # what import measured: triangles, unit, duration …

    def asset_paths(self) -> list[str]:
        return [p for p in (self.asset, self.thumbnail, self.poster) if p]


@dataclass(frozen=True)
class ImageTarget:
    """A flat artwork tracked by its own picture instead of a QR card.

    image: the photo or scan, relative to the exhibit folder; width_mm: the artwork's physical
    width (its height follows from the image's aspect); crop: optional (x, y, w, h) in image pixels
    of the trackable area (e.g. without a plain mount). The marker frame's origin is the centre of
    the (cropped) image, +X right as one reads it, +Z toward its bottom, +Y out of the surface.
    outline: the curator chose to track a picture without distinctive features (a plain wash) by
    its outline against the wall; without this choice such a picture is refused, never silently
    tracked by a weaker method."""

    image: str
    width_mm: float
    crop: tuple[int, int, int, int] | None = None
    outline: bool = False


@dataclass
class Marker:
    id: str
    size_mm: float
    label: LocalizedText = field(default_factory=LocalizedText)
    mount: Mount = Mount.TABLE
    items: list[Item] = field(default_factory=list)
    target: ImageTarget | None = None  # None: a printed QR card; otherwise the artwork itself

    @property
    def edge_m(self) -> float:
        """The printed edge in metres (content sizes, the marker outline, the ground grid)."""
        return edge_m_of(self.size_mm)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise UnknownIdError(f"marker '{self.id}' has no item '{item_id}'")


@dataclass
class Exhibit:
    title: LocalizedText = field(default_factory=LocalizedText)
    description: LocalizedText = field(default_factory=LocalizedText)
    id: str = field(default_factory=lambda: new_id("exhibit"))
    publish_url: str = ""  # where the bundle's viewer will be served; the QR payloads point there
    languages: list[str] = field(default_factory=lambda: list(DEFAULT_LANGUAGES))
    markers: list[Marker] = field(default_factory=list)

    def marker(self, marker_id: str) -> Marker:
        for m in self.markers:
            if m.id == marker_id:
                return m
        raise UnknownIdError(f"the exhibit has no marker '{marker_id}'")

    def find_item(self, item_id: str) -> tuple[Marker, Item]:
        for m in self.markers:
            for it in m.items:
                if it.id == item_id:
                    return m, it
        raise UnknownIdError(f"the exhibit has no item '{item_id}'")

    def items(self):
        for m in self.markers:
            yield from ((m, it) for it in m.items)

    def asset_paths(self) -> set[str]:
        paths = {p for _, it in self.items() for p in it.asset_paths()}
        return paths | {m.target.image for m in self.markers if m.target is not None}  # image targets are assets too


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def check_marker_id(marker_id: object, field_name: str = "id") -> str:
    if not isinstance(marker_id, str) or not MARKER_ID_RE.match(marker_id):
        raise InvalidValueError(f"marker id {marker_id!r} is not allowed: {MARKER_ID_RULE}", field=field_name)
    return marker_id


def check_marker_size(size_mm: object, field_name: str = "size_mm", *, artwork: bool = False) -> float:
    """The one check of a marker's printed size in millimetres (a QR card's edge, or with
    artwork=True an artwork's physical width), as float; every entry point calls it (exhibit.json,
    the commands, the CLI, printing), so a bad size is the same InvalidValueError everywhere, with
    field_name in the caller's words ("markers[2].size_mm", "--size-mm") and code/params for a UI.
    Whether a code of a given QR version still scans at that size is the markers package's check
    (printability.check_scannable), which needs the payload."""
    lo, hi = (MIN_ARTWORK_MM, MAX_ARTWORK_MM) if artwork else (MIN_MARKER_MM, MAX_MARKER_MM)
    what = "an artwork's width" if artwork else "a marker's printed size"
    if isinstance(size_mm, bool) or not isinstance(size_mm, (int, float)) or not math.isfinite(size_mm):
        raise InvalidValueError(
            f"{what} must be a finite number of millimetres, got {size_mm!r}",
            field=field_name, code="marker.size_not_a_number", params={"value": repr(size_mm), "artwork": artwork},
        )
    if not (lo <= float(size_mm) <= hi):
        why = "" if artwork else " (smaller cannot be scanned at 30 cm)"
        raise InvalidValueError(
            f"{what} {size_mm:g} mm is outside {lo:g}-{hi:g} mm{why}",
            field=field_name, code="marker.size_out_of_range", params={"value": float(size_mm), "min": lo, "max": hi, "artwork": artwork},
        )
    return float(size_mm)


def check_transform(t: Transform, field_prefix: str) -> Transform:
    problems = t.problems()
    if problems:
        name, msg = problems[0]
        raise InvalidValueError(msg, field=f"{field_prefix}.{name}")
    return t


def check_unique_ids(exhibit: Exhibit) -> None:
    seen: set[str] = set()
    for i, m in enumerate(exhibit.markers):
        if m.id in seen:
            raise DuplicateIdError(f"marker id '{m.id}' is used twice", field=f"markers[{i}].id")
        seen.add(m.id)
    seen_items: set[str] = set()
    for i, m in enumerate(exhibit.markers):
        for j, it in enumerate(m.items):
            if it.id in seen_items:
                raise DuplicateIdError(f"item id '{it.id}' is used twice", field=f"markers[{i}].items[{j}].id")
            seen_items.add(it.id)
