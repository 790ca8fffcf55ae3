"""SVG -> a raster image the tablet shows like any picture (tablets' WebGL cannot draw SVG).

Rendered with resvg (resvg-py, a self-contained wheel; chosen by benchmarks/svg.py against
CairoSVG and rsvg-convert, with headless Chromium as the reference). The longest edge becomes
SVG_EDGE_PX (assumed: sharp on a tablet at arm's length; the item's scale sets its size in the
room), transparency kept. External files are not loaded (no resources folder): an SVG cannot
pull in other files from the curator's disk. System fonts are used for text.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from PIL import Image

from ..core.errors import ContentError
from .textures import band_range

SVG_EDGE_PX = 2048
_UNITS = {"": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"^\s*([0-9.]+(?:[eE][-+]?\d+)?)\s*([a-z%]*)\s*$")


def _length(value: str | None) -> float | None:
    m = _LENGTH.match(value or "")
    if not m or m.group(2) not in _UNITS:
        return None  # missing, a percentage or an unknown unit
    v = float(m.group(1)) * _UNITS[m.group(2)]
    return v if v > 0 else None


def svg_size(source: Path) -> tuple[float, float]:
    """The SVG's own width and height in CSS pixels (width/height, else the viewBox)."""
    try:  # the whole document: a truncated file is refused here, with the parser's words
        elem = ET.parse(source).getroot()  # expat >= 2.4 refuses entity bombs
    except ET.ParseError as e:
        raise ContentError(f"is not a readable SVG: {e}", path=source) from None
    if not elem.tag.endswith("svg"):
        raise ContentError("is not an SVG image (its first element is not <svg>)", path=source)
    w, h = _length(elem.get("width")), _length(elem.get("height"))
    box = [float(v) for v in re.split(r"[\s,]+", (elem.get("viewBox") or "").strip()) if v]
    if len(box) == 4 and box[2] > 0 and box[3] > 0:
        if w and not h:
            h = w * box[3] / box[2]
        elif h and not w:
            w = h * box[2] / box[3]
        elif not w and not h:
            w, h = box[2], box[3]
    if not w or not h:
        raise ContentError("has no size (width/height or viewBox); add a viewBox", path=source)
    return w, h


_CANDIDATES = {
    "serif_family": ("Times New Roman", "DejaVu Serif", "Liberation Serif", "Noto Serif", "FreeSerif"),
    "sans_serif_family": ("Arial", "Helvetica", "DejaVu Sans", "Liberation Sans", "Noto Sans", "FreeSans"),
    "monospace_family": ("Courier New", "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "FreeMono"),
}


@lru_cache(maxsize=1)
def _font_families() -> dict[str, str]:
    """Installed fonts for SVG's generic families. resvg's defaults (Times New Roman, Arial) are
    missing on most Linux machines, and then text silently disappears: try each candidate."""
    import resvg_py

    found = {}
    for generic, names in _CANDIDATES.items():
        for name in names:
            probe = f'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="16" font-size="16" font-family="{name}">Ag</text></svg>'
            png = Image.open(io.BytesIO(bytes(resvg_py.svg_to_bytes(svg_string=probe, dpi=96.0))))
            if band_range(png.convert("RGBA").getchannel("A"))[1] > 0:
                found[generic] = name
                break
    if "serif_family" in found:
        found["font_family"] = found["serif_family"]  # SVG's default font is serif
    return found


def rasterize_svg(source: Path, edge_px: int = SVG_EDGE_PX) -> tuple[Image.Image, tuple[float, float]]:
    """(RGBA image with its longest edge edge_px, the SVG's own size in CSS px)."""
    import resvg_py

    w, h = svg_size(source)
    # the longest edge only: resvg keeps the aspect (of its size rounded to whole CSS pixels)
    width, height = (edge_px, None) if w >= h else (None, edge_px)
    try:
        text = source.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ContentError(f"is not UTF-8 text (byte {e.start}); save the SVG as UTF-8", path=source) from None
    try:  # from a string, with no resources folder: nothing outside the file is read
        fonts = _font_families()  # a family not installed is None: resvg's own default
        png = resvg_py.svg_to_bytes(  # 96 px per inch: CSS's mm and pt
            svg_string=text, dpi=96.0, width=width, height=height, font_family=fonts.get("font_family"),
            serif_family=fonts.get("serif_family"), sans_serif_family=fonts.get("sans_serif_family"),
            monospace_family=fonts.get("monospace_family"),
        )
    except (ValueError, OSError) as e:
        raise ContentError(f"cannot be drawn as an SVG: {e}", path=source) from None
    img = Image.open(io.BytesIO(bytes(png)))
    img.load()
    return img.convert("RGBA"), (w, h)
