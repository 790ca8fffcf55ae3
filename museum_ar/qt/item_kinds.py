"""What the app shows per kind of item (the qt layer's part of the item-kind registry,
core/item_kinds.py), derived from the kind's core record: a new kind adds nothing here. No Qt in
here: preview_media reads it too.

The tree and the inspector name a kind by its core record's `labels` (i18n.kind_name); whether
the inspector offers playback options follows the record's `timed`."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.exhibit import ItemKind
from ..core.item_kinds import ITEM_KINDS, KindSpec


@dataclass(frozen=True)
class QtKind:
    colour: str  # the background of its symbol icon in the tree (icons.symbol_icon)
    symbol: str  # the character on it
    badge: bool = False  # its thumbnail gets the kind's symbol in a corner (a poster alone looks like a picture)
    asset_is_picture: bool = False  # its asset file can be the tree's icon when it has no thumbnail
    preview_plays: bool = False  # the AR preview plays it (preview_media; the app plays no sound)


def _qt_kind(spec: KindSpec) -> QtKind:
    return QtKind(
        spec.colour,
        spec.symbol,
        badge=spec.timed,  # a video's poster or a sound's waveform would pass for a picture
        asset_is_picture=spec.shown_as == "image",
        preview_plays=spec.shown_as == "video",
    )


QT_KINDS: dict[ItemKind, QtKind] = {k: _qt_kind(s) for k, s in ITEM_KINDS.items()}
