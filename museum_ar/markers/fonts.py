"""The typeface of printed markers: DejaVu Sans, shipped with the package (fonts/, Bitstream Vera
licence), so umlauts and ß print the same on every workstation and PDFs embed the font.

All three artwork formats lay text out with the same metrics (reportlab's reading of the TTF), so a
line that fits in the PDF fits in the SVG and the PNG too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")
FONT_FILES = {False: FONT_DIR / "DejaVuSans.ttf", True: FONT_DIR / "DejaVuSans-Bold.ttf"}
PDF_FONT_NAMES = {False: "MuseumAR-Sans", True: "MuseumAR-Sans-Bold"}
SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif"  # the fallbacks are narrower: no overflow
PT_MM = 25.4 / 72


@cache
def pdf_font(bold: bool = False) -> str:
    """Registers the TTF with reportlab once; returns the name to setFont() with."""
    name = PDF_FONT_NAMES[bold]
    pdfmetrics.registerFont(TTFont(name, str(FONT_FILES[bold])))
    return name


def text_width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(text, pdf_font(bold), size_pt) * PT_MM


def fit_text(text: str, width_mm: float, size_pt: float, min_pt: float, bold: bool = False) -> tuple[str, float]:
    """(text, size) that fits width_mm: shrink down to min_pt, then cut with an ellipsis."""
    size = size_pt
    while size > min_pt and text_width_mm(text, size, bold) > width_mm:
        size = max(min_pt, size - 0.25)
    if text_width_mm(text, size, bold) <= width_mm:
        return text, size
    while len(text) > 1 and text_width_mm(text + "…", size, bold) > width_mm:
        text = text[:-1]
    return text.rstrip() + "…", size


def _wrap(words: list[str], width_mm: float, size: float, bold: bool) -> list[str]:
    lines: list[str] = []
    for w in words:
        if lines and text_width_mm(f"{lines[-1]} {w}", size, bold) <= width_mm:
            lines[-1] = f"{lines[-1]} {w}"
        else:
            lines.append(w)
    return lines


def wrap_text(text: str, width_mm: float, size_pt: float, min_pt: float, bold: bool = False, max_lines: int = 2) -> tuple[list[str], float]:
    """(lines, size): one line if it fits at >= 80 % of size_pt; else word-wrapped onto at most
    max_lines at the largest size from size_pt down to min_pt where every line fits; at min_pt the
    last line is cut with an ellipsis."""
    words = text.split()
    if not words:
        return [], size_pt
    one = " ".join(words)
    size = size_pt
    while size >= max(min_pt, 0.8 * size_pt):  # slightly smaller on one line reads better than wrapped
        if text_width_mm(one, size, bold) <= width_mm:
            return [one], size
        size -= 0.25
    size = size_pt
    while True:
        lines = _wrap(words, width_mm, size, bold)
        if len(lines) <= max_lines and all(text_width_mm(ln, size, bold) <= width_mm for ln in lines):
            return lines, size
        if size <= min_pt:
            break
        size = max(min_pt, size - 0.25)
    lines = lines[:max_lines]
    if len(lines) == max_lines:
        # Whatever did not fit goes into the last line, which is then cut to width.
        used = sum(len(ln.split()) for ln in lines[:-1])
        lines[-1] = " ".join(words[used:])
    out = [fit_text(ln, width_mm, size, size, bold)[0] for ln in lines]
    return out, size
