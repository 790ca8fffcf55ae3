"""What the app shows per kind of item (the qt layer's part of the item-kind registry,
core/item_kinds.py). No Qt in here: preview_media reads it too.

The tree and the inspector name a kind by its core record's `labels` (i18n.kind_name); whether
the inspector offers playback options follows the record's `timed`.
Every ItemKind has an entry here (tests/core/test_item_kinds.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.exhibit import ItemKind


@dataclass(frozen=True)
class QtKind:
    colour: str  # the background of its symbol icon in the tree (icons.symbol_icon)
    symbol: str  # the character on it
    badge: bool = False  # its thumbnail gets the kind's symbol in a corner (a poster alone looks like a picture)
    asset_is_picture: bool = False  # its asset file can be the tree's icon when it has no thumbnail
    preview_plays: bool = False  # the AR preview plays it (preview_media; the app plays no sound)


QT_KINDS: dict[ItemKind, QtKind] = {
    ItemKind.MESH: QtKind("#2f6db5", "◆"),
    ItemKind.IMAGE: QtKind("#3b8f4a", "▨", asset_is_picture=True),
    ItemKind.VIDEO: QtKind("#b5482f", "▶", badge=True, preview_plays=True),
    ItemKind.AUDIO: QtKind("#8a4fb0", "♪", badge=True),
    ItemKind.TEXT: QtKind("#a08020", "T"),
}
