"""Text labels for the renderer: the label picture of core/label.py (Pillow + a TrueType font,
umlauts included) as an RGBA array for a texture.

Rasterised large (LINE_PX per line) and sampled with mipmaps, so the label stays crisp both near
and far. The label is a rounded dark plate with light text, readable over any camera image.
"""

from __future__ import annotations

import numpy as np

from ..core import label
from ..core.label import LINE_PX, LINE_UNITS  # noqa: F401  (part of this module's surface: docs/render.md)


def rasterize_label(text: str, *, fg=(255, 255, 255, 255), bg=(20, 24, 30, 200), max_chars: int = 48, max_lines: int = 24) -> np.ndarray:
    """HxWx4 uint8 RGBA, row 0 = top. Lines longer than max_chars are wrapped at spaces (a word
    longer than that is cut); more than max_lines end in an ellipsis (a label, not a book)."""
    return np.asarray(label.label_picture(text, fg=fg, bg=bg, max_chars=max_chars, max_lines=max_lines), dtype=np.uint8)


def label_size_units(image: np.ndarray) -> tuple[float, float]:
    """(width, height) of the label quad in item units: one line of text is LINE_UNITS tall."""
    h, w = image.shape[:2]
    return label.label_size_units(w, h)
