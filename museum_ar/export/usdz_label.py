"""Text and audio-title labels for the USDZ, drawn as a texture on a quad.

export may not import render (the packages stay independent); the picture is core/label.py's, the
same drawing the app's renderer uses (render/text_label.py), and a test holds the two to the same
pixels, so a label in AR Quick Look is as big as in the app and the tablet viewer.
"""

from __future__ import annotations

from PIL import Image

from ..core import label


def label_image(text: str, *, fg=(255, 255, 255, 255), bg=(20, 24, 30, 200), max_chars: int = 48, max_lines: int = 24) -> Image.Image:
    """RGBA label, row 0 = top."""
    return label.label_picture(text, fg=fg, bg=bg, max_chars=max_chars, max_lines=max_lines)


def label_size_units(img: Image.Image) -> tuple[float, float]:
    return label.label_size_units(img.width, img.height)
