"""Text and audio-title labels for the USDZ, drawn as a texture on a quad.

export may not import render (the packages stay independent), so this is the USDZ's own label
drawing; it keeps render/text_label.py's look and size convention (a rounded dark plate with light
text, one line = LINE_UNITS item units tall, wrapped at 48 characters), and a test holds the two
to the same pixels, so a label in AR Quick Look is as big as in the app and the tablet viewer.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
LINE_PX = 96
LINE_UNITS = 0.1


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    font = ImageFont.load_default(size)
    if not isinstance(font, ImageFont.FreeTypeFont):  # a bitmap font: Pillow was built without FreeType
        raise RuntimeError("Pillow cannot draw the labels: it was built without FreeType")
    return font


def _wrap(text: str, max_chars: int, max_lines: int) -> list[str]:
    lines = []
    for para in (text or " ").splitlines() or [" "]:
        line = ""
        for w in para.split(" "):
            while len(w) > max_chars:
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


def label_image(text: str, *, fg=(255, 255, 255, 255), bg=(20, 24, 30, 200), max_chars: int = 48, max_lines: int = 24) -> Image.Image:
    """RGBA label, row 0 = top."""
    lines = _wrap(text, max_chars, max_lines)
    font_px = int(LINE_PX * 0.72)
    font = _font(font_px)
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


def label_size_units(img: Image.Image) -> tuple[float, float]:
    scale = LINE_UNITS / LINE_PX
    return img.width * scale, img.height * scale
