"""What the bundle writer does per kind of item (the export layer's part of the item-kind registry,
core/item_kinds.py). How a kind goes into a USDZ scene is usdz.py's USDZ_PARTS; the manifest
entry is the same for every kind (manifest.py), its `kind` enum is in schema/manifest-1.schema.json.
Every ItemKind has an entry here (tests/core/test_item_kinds.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.exhibit import ItemKind


@dataclass(frozen=True)
class BundleKind:
    # Asset formats tablet browsers (Safari, Chrome) play or the viewer loads, without the dot; the
    # content pipeline writes these, an older project may still hold a raw file (e.g. a PLY mesh)
    # that needs re-importing. None: the kind has no asset file to check.
    viewer_formats: frozenset[str] | None
    captions: bool = False  # its caption goes out as a WebVTT track per language (a video element's captions)
    compress_glb: bool = False  # its GLB asset is meshopt-compressed into the bundle (content/glb_compress.py)


BUNDLE_KINDS: dict[ItemKind, BundleKind] = {
    ItemKind.MESH: BundleKind(frozenset({"glb"}), compress_glb=True),
    ItemKind.IMAGE: BundleKind(frozenset({"png", "jpg", "jpeg", "webp", "gif"})),
    ItemKind.VIDEO: BundleKind(frozenset({"mp4", "m4v", "webm"}), captions=True),
    ItemKind.AUDIO: BundleKind(frozenset({"m4a", "mp3", "aac", "wav", "ogg", "oga", "opus"})),
    ItemKind.TEXT: BundleKind(None),
}
