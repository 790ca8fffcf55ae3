"""Drawing -> SVG text. Units are millimetres (viewBox in mm, width/height with 'mm'), so a print
shop's software places the frame at exactly its stored edge length."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .artwork import Drawing
from .fonts import PT_MM, SVG_FONT_FAMILY


def _n(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".")


def drawing_to_svg(drawing: Drawing, title: str = "") -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(drawing.width)}mm" '
        f'height="{_n(drawing.height)}mm" viewBox="0 0 {_n(drawing.width)} {_n(drawing.height)}">',
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
    out.append(f'<rect x="0" y="0" width="{_n(drawing.width)}" height="{_n(drawing.height)}" fill="#ffffff"/>')
    if drawing.rects:
        # One path: abutting modules merge into one shape, no anti-aliasing seams between them.
        d = "".join(f"M{_n(x)} {_n(y)}h{_n(w)}v{_n(h)}h{_n(-w)}z" for x, y, w, h in drawing.rects)
        out.append(f'<path fill="#000000" shape-rendering="crispEdges" d="{d}"/>')
    for ln in drawing.lines:
        out.append(
            f'<line x1="{_n(ln.x1)}" y1="{_n(ln.y1)}" x2="{_n(ln.x2)}" y2="{_n(ln.y2)}" '
            f'stroke="{ln.colour}" stroke-width="{_n(ln.width_mm)}"/>'
        )
    for t in drawing.texts:
        weight = ' font-weight="bold"' if t.bold else ""
        out.append(
            f'<text x="{_n(t.x)}" y="{_n(t.y)}" font-family={quoteattr(SVG_FONT_FAMILY)} '
            f'font-size="{_n(t.size_pt * PT_MM)}"{weight} fill="{t.colour}" text-anchor="{t.anchor}">'
            f"{escape(t.text)}</text>"
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def svg_picture(width_mm: float, height_mm: float, href: str, title: str = "") -> str:
    """An SVG exactly width_mm x height_mm with one picture filling it (an artwork's print file)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(width_mm)}mm" '
        f'height="{_n(height_mm)}mm" viewBox="0 0 {_n(width_mm)} {_n(height_mm)}">',
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
    out.append(f'<image x="0" y="0" width="{_n(width_mm)}" height="{_n(height_mm)}" preserveAspectRatio="none" href={quoteattr(href)}/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
