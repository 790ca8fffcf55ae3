"""A marker's printable card, as drawing primitives in millimetres, shared by the PDF, SVG and PNG
writers so all three print the same thing.

    +--------------------------------+  <- card edge = cut line (cut marks sit outside it)
    |   white margin                 |
    |   +------------------------+   |
    |   | frame, quiet zone, QR  |   |  <- outer frame edge = marker.size_mm exactly
    |   +------------------------+   |
    |     Schädel (bold, German)     |
    |     Skull (English)            |
    |  Exhibit title · Titel         |
    |  Kante/edge 50 mm · ID schaedel|
    +--------------------------------+

Coordinates: origin at the card's top-left corner, x to the right, y down (as in SVG).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..core.exhibit import Exhibit, Marker
from .fonts import PT_MM, fit_text, text_width_mm, wrap_text
from .layout import MarkerLayout, framed_grid
from .spec import MarkerSpec
from .printability import check_scannable, size_field

MIN_WHITE_MARGIN_MM = 3.5  # white around the frame (at least a module): square detectors need a light border
QR_QUIET_ZONE_MODULES = 4  # ISO 18004: white around a bare QR symbol
MIN_CARD_WIDTH_MM = 50.0   # room for a readable label under small markers
TEXT_GAP_MM = 2.0
BOTTOM_PAD_MM = 2.0
SIDE_PAD_MM = 2.5
CUT_MARK_GAP_MM = 1.0      # cut marks start this far outside the card corner …
CUT_MARK_LEN_MM = 3.0      # … and are this long
CUT_MARK_ROOM_MM = CUT_MARK_GAP_MM + CUT_MARK_LEN_MM
INK = "#000000"
GREY = "#444444"
LIGHT = "#777777"


@dataclass(frozen=True)
class Text:
    x: float  # anchor x (mm)
    y: float  # baseline y (mm)
    size_pt: float
    text: str
    bold: bool = False
    colour: str = INK
    anchor: str = "middle"  # "start" | "middle" | "end"


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width_mm: float = 0.1
    colour: str = INK


@dataclass
class Drawing:
    """What a writer draws: filled black rectangles (one path, so no hairline seams between
    abutting modules), lines and texts. Sizes in mm, y down."""

    width: float
    height: float
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y, w, h
    lines: list[Line] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)

    def place(self, other: Drawing, dx: float, dy: float) -> None:
        self.rects += [(x + dx, y + dy, w, h) for x, y, w, h in other.rects]
        self.lines += [Line(l.x1 + dx, l.y1 + dy, l.x2 + dx, l.y2 + dy, l.width_mm, l.colour) for l in other.lines]  # noqa: E741 (l for line, as everywhere in this module)
        self.texts += [Text(t.x + dx, t.y + dy, t.size_pt, t.text, t.bold, t.colour, t.anchor) for t in other.texts]


@dataclass
class Card:
    marker_id: str
    payload: str
    layout: MarkerLayout
    edge_mm: float
    square_x: float  # top-left of the tracked square (outer frame edge) on the card
    square_y: float
    drawing: Drawing  # its width and height are the card's


def grid_rects(grid: np.ndarray, x0: float, y0: float, module: float) -> list[tuple[float, float, float, float]]:
    """Dark modules as horizontal runs: one rectangle per run, none overlapping."""
    rects = []
    for r, row in enumerate(grid):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                s = c
                while c < n and row[c]:
                    c += 1
                rects.append((x0 + s * module, y0 + r * module, (c - s) * module, module))
            else:
                c += 1
    return rects


def clean_text(text: str) -> str:
    """One printable line: whitespace runs (newlines, tabs) become one space; control characters,
    which XML cannot carry and fonts cannot draw, are dropped."""
    text = "".join(c for c in str(text or "") if c.isprintable() or c.isspace())
    return " ".join(text.split())


def card_texts(exhibit: Exhibit, marker: Marker, width_mm: float) -> list[tuple[str, float, bool, str]]:
    """(text, size_pt, bold, colour) lines under the code, fitted to width_mm and scaled with the
    marker: labels wrap onto two lines before they shrink, other lines shrink, then end in '…'."""
    label_pt = min(14.0, max(9.0, marker.size_mm / 7))
    out: list[tuple[str, float, bool, str]] = []

    def add(text: str, size: float, min_pt: float, bold: bool, colour: str, max_lines: int = 1) -> None:
        if max_lines > 1:
            lines, size = wrap_text(text, width_mm, size, min_pt, bold, max_lines)
        else:
            line, size = fit_text(text, width_mm, size, min_pt, bold)
            lines = [line] if text else []
        out.extend((ln, size, bold, colour) for ln in lines)

    de = clean_text(marker.label.get("de"))
    en = clean_text(marker.label.get("en"))
    if de:
        add(de, label_pt, 7.0, True, INK, max_lines=2)
    if en and en != de:
        add(en, label_pt * 0.85, 6.5, False, GREY, max_lines=2)
    t_de, t_en = clean_text(exhibit.title.get("de")), clean_text(exhibit.title.get("en"))
    if t_en and t_en != t_de:
        both = f"{t_de} · {t_en}"
        if text_width_mm(both, 6.0) <= width_mm:
            add(both, 7.0, 6.0, False, GREY)
        else:  # one line per language rather than cutting the English title off
            add(t_de, 7.0, 5.5, False, GREY)
            add(t_en, 7.0, 5.5, False, GREY)
    elif t_de:
        add(t_de, 7.0, 5.5, False, GREY)
    add(f"Kante/edge {marker.size_mm:g} mm · ID {marker.id}", 6.0, 5.0, False, LIGHT)
    return out


def build_card(exhibit: Exhibit, marker: Marker) -> Card:
    """The card of one marker. Raises MarkerError when the marker cannot be encoded or is too
    small to scan."""
    spec = MarkerSpec.of(marker, exhibit)
    layout = spec.layout
    check_scannable(marker.id, spec.size_mm, layout, size_field(exhibit, marker))
    edge = spec.size_mm
    module = layout.module_mm(edge)
    # With a frame, its own quiet zone is inside the square and a module of white outside it lets
    # square detectors see the frame's edge; without one, the QR quiet zone (4 modules) is outside.
    margin = max(MIN_WHITE_MARGIN_MM, module * (1 if layout.frame_modules else QR_QUIET_ZONE_MODULES))
    width = max(edge + 2 * margin, MIN_CARD_WIDTH_MM)
    sx, sy = (width - edge) / 2, margin
    drawing = Drawing(width, 0.0)
    drawing.rects = grid_rects(framed_grid(spec.modules, layout), sx, sy, module)
    y = sy + edge + TEXT_GAP_MM
    for text, size, bold, colour in card_texts(exhibit, marker, width - 2 * SIDE_PAD_MM):
        y += size * PT_MM * 1.0  # ascent of the line
        drawing.texts.append(Text(width / 2, y, size, text, bold, colour))
        y += size * PT_MM * 0.4  # descent and leading
    drawing.height = y + BOTTOM_PAD_MM
    return Card(marker.id, spec.payload, layout, edge, sx, sy, drawing)


def cut_marks(x: float, y: float, w: float, h: float, width_mm: float = 0.12) -> list[Line]:
    """Corner marks around the rectangle (x, y, w, h), outside it, so cutting removes them."""
    g, n = CUT_MARK_GAP_MM, CUT_MARK_GAP_MM + CUT_MARK_LEN_MM
    out = []
    for cx, sxn in ((x, -1), (x + w, 1)):
        for cy, syn in ((y, -1), (y + h, 1)):
            out.append(Line(cx + sxn * g, cy, cx + sxn * n, cy, width_mm))  # horizontal, along the edge line
            out.append(Line(cx, cy + syn * g, cx, cy + syn * n, width_mm))  # vertical
    return out


def card_with_cut_marks(card: Card) -> tuple[Drawing, float, float]:
    """A drawing of the card alone with its cut marks around it (for one-file-per-marker output);
    returns it and the card's offset in it."""
    pad = CUT_MARK_ROOM_MM + 1.0
    d = Drawing(card.drawing.width + 2 * pad, card.drawing.height + 2 * pad)
    d.place(card.drawing, pad, pad)
    d.lines += cut_marks(pad, pad, card.drawing.width, card.drawing.height)
    return d, pad, pad
