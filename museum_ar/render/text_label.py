"""Text labels rasterised with Pillow + a TrueType font into an RGBA image (umlauts included).

Rasterised large (LINE_PX per line) and sampled with mipmaps, so the label stays crisp both near
and far. The label is a rounded dark plate with light text, readable over any camera image.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    # The package's own copy first (shipped for the printed markers; read as a file, not imported,
    # so render stays independent of markers): the same glyphs on Windows, macOS and Linux.
    str(Path(__file__).resolve().parents[1] / "markers" / "fonts" / "DejaVuSans.ttf"),
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
LINE_PX = 96  # raster height of one line of text
LINE_UNITS = 0.1  # a line is this tall in the item's own units (see docs/render.md)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    font = ImageFont.load_default(size)  # Pillow's built-in scalable font: Latin-1, so umlauts too
    if not isinstance(font, ImageFont.FreeTypeFont):  # a bitmap font: Pillow was built without FreeType
        raise RuntimeError("Pillow cannot draw the labels: it was built without FreeType")
    return font


def rasterize_label(text: str, *, fg=(255, 255, 255, 255), bg=(20, 24, 30, 200), max_chars: int = 48, max_lines: int = 24) -> np.ndarray:
    """HxWx4 uint8 RGBA, row 0 = top. Lines longer than max_chars are wrapped at spaces (a word
    longer than that is cut); more than max_lines end in an ellipsis (a label, not a book)."""
    lines = []
    for para in (text or " ").splitlines() or [" "]:
        words, line = para.split(" "), ""
        for w in words:
            while len(w) > max_chars:  # one endless word: cut it
                if line:
                    lines.append(line)
                    line = ""
                lines.append(w[:max_chars])
                w = w[max_chars:]
            if line and len(line) + 1 + len(w) > max_chars:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [lines[max_lines - 1][: max_chars - 1] + "\u2026"]
    font_px = int(LINE_PX * 0.72)
    font = _font(font_px)
    pad = LINE_PX // 4
    widths = [font.getbbox(line or " ")[2] for line in lines]
    width = math.ceil(max(widths)) + 2 * pad
    height = LINE_PX * len(lines) + 2 * pad - (LINE_PX - font_px) // 2
    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=pad, fill=bg)
    ascent, _ = font.getmetrics()
    for i, line in enumerate(lines):
        draw.text((pad, pad + i * LINE_PX + (LINE_PX - font_px) // 2 - (LINE_PX - ascent) // 4), line, font=font, fill=fg)
    return np.asarray(img, dtype=np.uint8)


def label_size_units(image: np.ndarray) -> tuple[float, float]:
    """(width, height) of the label quad in item units: one line of text is LINE_UNITS tall."""
    h, w = image.shape[:2]
    scale = LINE_UNITS / LINE_PX
    return w * scale, h * scale
