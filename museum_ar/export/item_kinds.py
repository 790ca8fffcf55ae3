"""What the bundle writer does per kind of item: the export layer's one table (its part of the
item-kind registry, core/item_kinds.py). Each kind's record holds what the writer checks and
converts and how the kind goes into an AR Quick Look scene (its drawing code is in usdz.py; the
entry names it). The manifest entry is the same for every kind (manifest.py), which also carries
each kind's names to the viewer and fills the schema's `kind` enum from ITEM_KINDS. Every ItemKind
has an entry here (tests/core/test_item_kinds.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.exhibit import ItemKind
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


BUNDLE_KINDS: dict[ItemKind, BundleKind] = {
    ItemKind.MESH: BundleKind(frozenset({"glb"}), UsdzPart(write_mesh, glb_pieces=True), compress_glb=True),
    ItemKind.IMAGE: BundleKind(frozenset({"png", "jpg", "jpeg", "webp", "gif"}), UsdzPart(write_image)),
    ItemKind.VIDEO: BundleKind(frozenset({"mp4", "m4v", "webm"}), None, captions=True),
    ItemKind.AUDIO: BundleKind(frozenset({"m4a", "mp3", "aac", "wav", "ogg", "oga", "opus"}), None),
    ItemKind.TEXT: BundleKind(None, UsdzPart(write_label, by_language=True)),
}
