"""A text label's picture, one drawing for every place that shows one: the app's renderer
(render/text_label.py) and the USDZ for AR Quick Look (export/usdz_label.py). render and export
may not import each other, so the drawing lives here, below both.

The label is a rounded dark plate with light text, readable over any camera image; one line is
LINE_PX pixels tall in the picture and LINE_UNITS tall in the item's own units (see
docs/render.md), so a label is as big in the app, in AR Quick Look and in the tablet viewer.
Drawn with Pillow and a TrueType font (umlauts included); no Qt, OpenCV or OpenGL.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    # The package's own copy first (shipped for the printed markers; read as a file, not imported,
    # so core imports nothing of ours): the same glyphs on Windows, macOS and Linux.
    str(Path(__file__).resolve().parents[1] / "markers" / "fonts" / "DejaVuSans.ttf"),
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
LINE_PX = 96  # raster height of one line of text
LINE_UNITS = 0.1  # a line is this tall in the item's own units (see docs/render.md)


@lru_cache(maxsize=4)
def label_font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    font = ImageFont.load_default(size)  # Pillow's built-in scalable font: Latin-1, so umlauts too
    if not isinstance(font, ImageFont.FreeTypeFont):  # a bitmap font: Pillow was built without FreeType
        raise RuntimeError("Pillow cannot draw the labels: it was built without FreeType")
    return font


def wrap_label(text: str, max_chars: int, max_lines: int) -> list[str]:
    """The label's lines: lines longer than max_chars are wrapped at spaces (a word longer than
    that is cut); more than max_lines end in an ellipsis (a label, not a book)."""
    lines = []
    for para in (text or " ").splitlines() or [" "]:
        line = ""
        for w in para.split(" "):
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
    return lines


def label_picture(text: str, *, fg=(255, 255, 255, 255), bg=(20, 24, 30, 200), max_chars: int = 48, max_lines: int = 24) -> Image.Image:
    """RGBA label, row 0 = top, wrapped as wrap_label does."""
    lines = wrap_label(text, max_chars, max_lines)
    font_px = int(LINE_PX * 0.72)
    font = label_font(font_px)
    pad = LINE_PX // 4
    width = math.ceil(max(font.getbbox(line or " ")[2] for line in lines)) + 2 * pad
    height = LINE_PX * len(lines) + 2 * pad - (LINE_PX - font_px) // 2
    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((0, 0, width - 1, height - 1), radius=pad, fill=bg)
    ascent, _ = font.getmetrics()
    for i, line in enumerate(lines):
        draw.text((pad, pad + i * LINE_PX + (LINE_PX - font_px) // 2 - (LINE_PX - ascent) // 4), line, font=font, fill=fg)
    return img


def text_label(title: str, body: str) -> str:
    """What a text item's label says (the renderer draws it; placement measures it): its title
    over its text."""
    return f"{title}\n{body}" if title and body else (title or body or " ")


def audio_label(title: str) -> str:
    """A sound item's label: a note and its title."""
    return f"\u266a {title}" if title else "\u266a"


def label_size_units(width_px: int, height_px: int) -> tuple[float, float]:
    """(width, height) of a label picture of that many pixels, in item units: one line of text
    is LINE_UNITS tall."""
    scale = LINE_UNITS / LINE_PX
    return width_px * scale, height_px * scale
