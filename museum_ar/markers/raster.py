"""Drawing -> PNG at a given DPI, with the DPI stored (pHYs), so pixels map to millimetres.

Rectangle edges are snapped to the pixel grid from their mm coordinates (each edge rounded once),
so abutting modules share edges with no gaps.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from ..core.errors import MarkerError
from .artwork import Drawing
from .fonts import FONT_FILES, PT_MM

MIN_DPI, MAX_DPI = 72, 1200
MAX_PIXELS = 120_000_000  # a 1 m marker at 300 dpi is ~ 140 MP; refuse before Pillow's bomb guard


def drawing_to_png(drawing: Drawing, dpi: int = 300) -> bytes:
    if not (MIN_DPI <= int(dpi) <= MAX_DPI):
        raise MarkerError(f"PNG resolution {dpi} dpi is outside {MIN_DPI}-{MAX_DPI} dpi", field="dpi")
    s = dpi / 25.4  # px per mm

    def px(v: float) -> int:
        return int(round(v * s))

    w, h = px(drawing.width), px(drawing.height)
    if w * h > MAX_PIXELS:
        raise MarkerError(f"a {drawing.width:.0f}x{drawing.height:.0f} mm image at {dpi} dpi is too large ({w}x{h} px); use a lower --dpi or SVG", field="dpi")
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    # Rectangles are snapped relative to the top-left of the code, itself on a whole pixel, so the
    # frame spans exactly round(edge_mm * dpi / 25.4) px whatever its position on the card.
    ox = min((r[0] for r in drawing.rects), default=0.0)
    oy = min((r[1] for r in drawing.rects), default=0.0)

    def px_x(v: float) -> int:
        return px(ox) + int(round((v - ox) * s))

    def px_y(v: float) -> int:
        return px(oy) + int(round((v - oy) * s))

    for x, y, rw, rh in drawing.rects:
        x0, y0, x1, y1 = px_x(x), px_y(y), px_x(x + rw), px_y(y + rh)
        if x1 > x0 and y1 > y0:
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=0)
    for ln in drawing.lines:
        draw.line((px(ln.x1), px(ln.y1), px(ln.x2), px(ln.y2)), fill=_grey(ln.colour), width=max(1, px(ln.width_mm)))
    fonts: dict = {}
    for t in drawing.texts:
        size = max(1, int(round(t.size_pt * PT_MM * s)))
        key = (t.bold, size)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(str(FONT_FILES[t.bold]), size)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}[t.anchor]
        draw.text((t.x * s, t.y * s), t.text, fill=_grey(t.colour), font=fonts[key], anchor=anchor)
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def _grey(colour: str) -> int:
    c = colour.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return int(round(0.299 * r + 0.587 * g + 0.114 * b))
