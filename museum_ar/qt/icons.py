"""Icons drawn at run time (no icon theme is guaranteed on curators' machines), and thumbnails."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..core.exhibit import Item, ItemKind

ICON_PX = 40

# (background colour, symbol) per thing in the tree
_STYLE = {
    "marker": ("#222222", "▣"),
    ItemKind.MESH: ("#2f6db5", "◆"),
    ItemKind.IMAGE: ("#3b8f4a", "▨"),
    ItemKind.VIDEO: ("#b5482f", "▶"),
    ItemKind.AUDIO: ("#8a4fb0", "♪"),
    ItemKind.TEXT: ("#a08020", "T"),
}


@lru_cache(maxsize=None)
def symbol_icon(key, size: int = ICON_PX) -> QIcon:
    colour, symbol = _STYLE[key]
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size * 0.18, size * 0.18)
    f = QFont()
    f.setPixelSize(int(size * 0.55))
    f.setBold(True)
    p.setFont(f)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)
    p.end()
    return QIcon(pm)


def item_icon(root: Path, item: Item) -> QIcon:
    """The item's thumbnail when import made one, else a symbol for its kind."""
    for rel in (item.thumbnail, item.poster, item.asset if item.kind is ItemKind.IMAGE else None):
        if rel and (root / rel).is_file():
            icon = _file_icon(str(root / rel))  # assets are content-addressed: the path is the version
            if icon is not None:
                return icon
    return symbol_icon(item.kind)


@lru_cache(maxsize=256)
def _file_icon(path: str) -> QIcon | None:
    pm = QPixmap(path)
    if pm.isNull():
        return None
    return QIcon(pm.scaled(ICON_PX * 2, ICON_PX * 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))


def marker_icon() -> QIcon:
    return symbol_icon("marker")
