"""What the bundle writer does per kind of item: the export layer's one table (its part of the
item-kind registry, core/item_kinds.py), kept per way of showing a kind (SHOWN_AS; a kind gets the
entry of its record's `shown_as`). An entry holds what the writer checks and converts and how the
kind goes into an AR Quick Look scene (its drawing code is in usdz.py; the entry names it). The
manifest entry is the same for every kind (manifest.py), which also carries each kind's names and
`shown_as` to the viewer and fills the schema's `kind` enum from ITEM_KINDS. Every presentation
has an entry here (tests/core/test_item_kinds.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.exhibit import ItemKind
from ..core.item_kinds import ITEM_KINDS
from .usdz import UsdzPart, write_image, write_label, write_mesh


@dataclass(frozen=True)
class BundleKind:
    # Asset formats tablet browsers (Safari, Chrome) play or the viewer loads, without the dot; the
    # content pipeline writes these, an older project may still hold a raw file (e.g. a PLY mesh)
    # that needs re-importing. None: the kind has no asset file to check.
    viewer_formats: frozenset[str] | None
    # How it goes into a marker's USDZ scene (usdz.py), or None: AR Quick Look cannot play it; it is
    # left out of the scene and listed by the viewer (manifest markers[].usdz.omitted).
    usdz: UsdzPart | None
    captions: bool = False  # its caption goes out as a WebVTT track per language (a video element's captions)
    compress_glb: bool = False  # its GLB asset is meshopt-compressed into the bundle (content/glb_compress.py)


# By how the kind is shown (core/item_kinds.py SHOWN_AS); BUNDLE_KINDS is each kind's, from its
# record's `shown_as`.
BUNDLE_AS: dict[str, BundleKind] = {
    "mesh": BundleKind(frozenset({"glb"}), UsdzPart(write_mesh, glb_pieces=True), compress_glb=True),
    "image": BundleKind(frozenset({"png", "jpg", "jpeg", "webp", "gif"}), UsdzPart(write_image)),
    "video": BundleKind(frozenset({"mp4", "m4v", "webm"}), None, captions=True),
    "audio": BundleKind(frozenset({"m4a", "mp3", "aac", "wav", "ogg", "oga", "opus"}), None),
    "text": BundleKind(None, UsdzPart(write_label, by_language=True)),
}

BUNDLE_KINDS: dict[ItemKind, BundleKind] = {k: BUNDLE_AS[s.shown_as] for k, s in ITEM_KINDS.items()}
