"""Icons drawn at run time (no icon theme is guaranteed on curators' machines), and thumbnails."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from ..core.exhibit import Item, ItemKind, Marker
from .item_kinds import QT_KINDS

ICON_PX = 40


def _drawn_icon(size: int, tile: str, corner: float, draw: Callable[[QPainter], None]) -> QIcon:
    """A rounded tile of colour `tile` (corner radius `corner` x size) on a transparent square,
    then `draw` on it with an antialiased painter and no pen: the frame every drawn icon shares."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(tile))
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size * corner, size * corner)
    draw(p)
    p.end()
    return QIcon(pm)


@cache
def symbol_icon(key: ItemKind, size: int = ICON_PX) -> QIcon:
    """The kind's symbol on its colour (item_kinds.QT_KINDS; markers: marker_icon)."""
    colour, symbol = QT_KINDS[key].colour, QT_KINDS[key].symbol

    def draw(p: QPainter) -> None:
        f = QFont()
        f.setPixelSize(int(size * 0.55))
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)

    return _drawn_icon(size, colour, 0.18, draw)


def item_icon(root: Path, item: Item) -> QIcon:
    """The item's thumbnail when import made one (with a ▶ / ♪ badge for video and sound), else a
    symbol for its kind."""
    # a badge: a video's poster alone looks like a picture, and a sound's waveform like anything
    badge = item.kind if QT_KINDS[item.kind].badge else None
    for rel in (item.thumbnail, item.poster, item.asset if QT_KINDS[item.kind].asset_is_picture else None):
        if rel and (root / rel).is_file():
            icon = _file_icon(str(root / rel), badge)  # assets are content-addressed: the path is the version
            if icon is not None:
                return icon
    return symbol_icon(item.kind)


@lru_cache(maxsize=256)
def _file_icon(path: str, badge: ItemKind | None = None) -> QIcon | None:
    pm = QPixmap(path)
    if pm.isNull():
        return None
    size = ICON_PX * 2
    pm = pm.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if badge is not None:
        canvas = QPixmap(size, size)  # square, so the badge sits in the icon's corner
        canvas.fill(Qt.GlobalColor.transparent)
        p = QPainter(canvas)
        p.drawPixmap((size - pm.width()) // 2, (size - pm.height()) // 2, pm)
        side = int(size * 0.46)
        p.drawPixmap(size - side, size - side, symbol_icon(badge, side).pixmap(side, side))
        p.end()
        pm = canvas
    return QIcon(pm)


@cache
def marker_icon(size: int = ICON_PX) -> QIcon:
    """A small QR code: three finder squares and a few modules, dark on white like the print."""
    u = (size - 8) / 9  # a 9-module grid inside a 4 px white margin
    dark, light = QColor("#222222"), QColor("white")

    def draw(p: QPainter) -> None:
        p.setBrush(light)
        p.drawRect(QRectF(3, 3, size - 6, size - 6))

        def module(col: float, row: float, n: float, colour: QColor) -> None:
            p.setBrush(colour)
            p.drawRect(QRectF(4 + col * u, 4 + row * u, n * u, n * u))

        for col, row in ((0, 0), (6, 0), (0, 6)):  # finder patterns: 3x3 ring with a centre
            module(col, row, 3, dark)
            module(col + 0.6, row + 0.6, 1.8, light)
            module(col + 1, row + 1, 1, dark)
        for col, row in ((4, 1), (4, 4), (6, 4), (5, 6), (7, 7), (4, 7), (1, 4), (8, 5)):
            module(col, row, 1, dark)

    return _drawn_icon(size, "#222222", 0.18, draw)


def marker_row_icon(marker: Marker) -> QIcon:
    """The icon of a marker's row: a QR card, or a framed picture for an artwork tracked by its own
    image (an image target, `Marker.target`)."""
    return marker_icon() if marker.target is None else image_target_icon()


@cache
def image_target_icon(size: int = ICON_PX) -> QIcon:
    """A framed picture (sky, sun, two hills): an artwork that is its own marker, no QR code."""

    def draw(p: QPainter) -> None:
        inner = QRectF(size * 0.17, size * 0.17, size * 0.66, size * 0.66)
        p.setBrush(QColor("#cfe3f2"))  # the canvas: sky
        p.drawRect(inner)
        p.setBrush(QColor("#f2b632"))  # sun
        r = inner.width() * 0.13
        p.drawEllipse(QPointF(inner.right() - r * 2.0, inner.top() + r * 2.0), r, r)
        left, right, bottom, top = inner.left(), inner.right(), inner.bottom(), inner.top()
        w, h = inner.width(), inner.height()
        p.setBrush(QColor("#4f8a5b"))  # far hill
        p.drawPolygon(QPolygonF([QPointF(left, bottom), QPointF(left + w * 0.38, top + h * 0.38), QPointF(left + w * 0.75, bottom)]))
        p.setBrush(QColor("#2f6a43"))  # near hill
        p.drawPolygon(QPolygonF([QPointF(left + w * 0.3, bottom), QPointF(left + w * 0.68, top + h * 0.55), QPointF(right, top + h * 0.8), QPointF(right, bottom)]))

    return _drawn_icon(size, "#8a6a32", 0.12, draw)  # the frame, gilt wood
