"""Printable pages for artworks (image targets): the picture at exactly its physical width.

For tests (print, point the camera at it) and for reproductions hung next to the original. One
artwork per page: the smallest of A4 and A3 (either way round) that holds it with its margins;
a larger artwork gets a page of its own size (a print shop prints any PDF size) — never scaled.
The page says, in German and English, to print at 100 %, and carries a 100 mm check bar and
corner cut marks outside the picture.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from ..core.errors import MarkerError
from ..core.exhibit import Exhibit, Marker
from .fonts import pdf_font
from .image_compile import crop_image
from .image_rating import load_image

MARGIN_MM = 12.0  # room for the cut marks and the text around the picture
TOP_MM = 26.0  # the label and the note above the picture
BOTTOM_MM = 14.0  # the check bar below
MAX_DPI = 300  # the picture is embedded at no more than this (a scan can be far larger)
PAPERS = (("A4", 210.0, 297.0), ("A3", 297.0, 420.0))
NOTE = "In Originalgröße drucken (100 %) · Print at actual size (100 %)"


def page_for(width_mm: float, height_mm: float) -> tuple[str, float, float]:
    """(paper name, page width, page height) in mm for a picture of this size."""
    need_w, need_h = width_mm + 2 * MARGIN_MM, height_mm + TOP_MM + BOTTOM_MM + MARGIN_MM
    for name, a, b in PAPERS:
        for w, h in ((a, b), (b, a)):
            if need_w <= w and need_h <= h:
                return name, w, h
    return "custom", need_w, need_h


def artwork_picture(marker: Marker, root: Path) -> np.ndarray:
    """The (cropped) artwork picture, BGR; MarkerError naming the marker when unreadable."""
    t = marker.target
    if t is None:
        raise MarkerError(f"marker '{marker.id}' is a QR card, not an artwork")
    try:
        return crop_image(load_image(Path(root) / t.image), t.crop)
    except MarkerError as e:
        raise MarkerError(f"marker '{marker.id}': {e.detail}", path=str(Path(root) / t.image)) from None


def draw_artwork_page(c, exhibit: Exhibit, marker: Marker, root: Path) -> str:
    """Draws one page on the reportlab canvas `c` (sets its size); returns the paper's name."""
    pic = artwork_picture(marker, root)
    t = marker.target
    assert t is not None  # artwork_picture refused a QR card
    h_px, w_px = pic.shape[:2]
    width_mm = t.width_mm
    height_mm = width_mm * h_px / w_px
    paper, pw, ph = page_for(width_mm, height_mm)
    c.setPageSize((pw * mm, ph * mm))
    max_px = int(round(width_mm / 25.4 * MAX_DPI))
    if w_px > max_px:
        pic = cv2.resize(pic, (max_px, max(1, round(h_px * max_px / w_px))), interpolation=cv2.INTER_AREA)
    rgb = Image.fromarray(cv2.cvtColor(pic, cv2.COLOR_BGR2RGB))
    x0 = (pw - width_mm) / 2
    y_top = TOP_MM
    # reportlab's origin is bottom-left
    c.drawImage(ImageReader(rgb), x0 * mm, (ph - y_top - height_mm) * mm, width=width_mm * mm, height=height_mm * mm)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.2 * mm)
    gap, arm = 2.0, 6.0
    for cx, cy, sx, sy in ((x0, y_top, -1, -1), (x0 + width_mm, y_top, 1, -1), (x0 + width_mm, y_top + height_mm, 1, 1), (x0, y_top + height_mm, -1, 1)):
        c.line((cx + sx * gap) * mm, (ph - cy) * mm, (cx + sx * (gap + arm)) * mm, (ph - cy) * mm)
        c.line(cx * mm, (ph - cy - sy * gap) * mm, cx * mm, (ph - cy - sy * (gap + arm)) * mm)
    label = marker.label.get("de") or marker.label.get("en") or marker.id
    title = exhibit.title.get("de") or exhibit.title.get("en") or ""
    c.setFillColorRGB(0, 0, 0)
    c.setFont(pdf_font(True), 11)
    c.drawString(MARGIN_MM * mm, (ph - 9) * mm, label if label == marker.id else f"{label}  ·  {marker.id}")
    c.setFont(pdf_font(False), 8)
    c.drawString(MARGIN_MM * mm, (ph - 14) * mm, f"{title}  ·  {width_mm:g} × {height_mm:.1f} mm  ·  {NOTE}")
    bar_y = ph - (y_top + height_mm + 9)
    bar = min(100.0, pw - 2 * MARGIN_MM)
    c.setLineWidth(0.5 * mm)
    c.line(MARGIN_MM * mm, bar_y * mm, (MARGIN_MM + bar) * mm, bar_y * mm)
    c.setFont(pdf_font(False), 7)
    c.drawString((MARGIN_MM + bar + 3) * mm, (bar_y - 1) * mm, f"{bar:g} mm")
    return paper
