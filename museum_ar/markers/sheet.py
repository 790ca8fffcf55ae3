"""Printable marker sheets: cards packed onto A4/Letter/A3 pages at exactly their printed size,
with cut marks, a "print at 100 %" note (German and English) and a 100 mm check bar; as a PDF.

Public entry points (the CLI, the GUI's print dialog and the bundle exporter call these):
    plan_sheet(exhibit, paper, per_page, marker_ids) -> list[Page]   (no file; for previews)
    write_sheet_pdf(exhibit, out_path, paper, per_page, marker_ids, progress) -> SheetInfo
    sheet_pdf_bytes(exhibit, paper, per_page, marker_ids, progress) -> (bytes, pages)
    sheet_page_png(exhibit, page_number, paper, per_page, marker_ids, dpi) -> bytes (a preview)
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterable

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from .. import __version__
from ..core.atomic import write_bytes_atomic
from ..core.errors import MarkerError
from ..core.exhibit import Exhibit, Marker
from ..core.progress import Progress
from .artwork import CUT_MARK_ROOM_MM, Card, Drawing, Line, Text, build_card, cut_marks
from .fonts import pdf_font
from .paper import paper_name as _paper_name, paper_size
from .printability import check_printed_size

PAGE_MARGIN_MM = 8.0    # office printers print to ~5 mm from the edge; a little more for safety
HEADER_MM = 15.5
FOOTER_MM = 6.0
# Between neighbouring cards: room for one set of cut marks. Marks of two cards in a row fall on
# the same line, so they read as one; three 50 mm markers fit across A4.
GUTTER_MM = CUT_MARK_ROOM_MM + 1.0
NOTE_DE = "Bitte in Originalgröße drucken: Skalierung 100 %, nicht „An Seite anpassen“."
NOTE_EN = "Print at 100 % scale (actual size), not “fit to page”. Cut along the corner marks."
CHECK_BAR_MM = 100.0
CHECK_TEXT = "Diese Linie misst 100 mm · This line measures 100 mm"

ProgressLike = Progress | Callable[[float, str], None] | None


@dataclass
class Page:
    cards: list[tuple[Card, float, float]] = field(default_factory=list)  # card, x, y of its top-left (mm)
    artwork: str | None = None  # the marker id when this is an artwork's own page (image_sheet.py): no cards

    def marker_ids(self) -> list[str]:
        return [self.artwork] if self.artwork is not None else [c.marker_id for c, _, _ in self.cards]


@dataclass
class SheetInfo:
    path: Path | None
    paper: str
    pages: int
    marker_ids: list[str]
    size_bytes: int


def as_progress(progress: ProgressLike) -> Progress:
    if isinstance(progress, Progress):
        return progress
    return Progress(progress)


def select_markers(exhibit: Exhibit, marker_ids: Iterable[str] | None = None) -> list[Marker]:
    """The markers to print, in exhibit order (or the order of marker_ids), each once."""
    if marker_ids is None:
        markers = list(exhibit.markers)
    else:
        seen: set[str] = set()
        markers = []
        for mid in marker_ids:
            if mid not in seen:
                seen.add(mid)
                markers.append(exhibit.marker(mid))  # UnknownIdError names a missing one
    if not markers:
        raise MarkerError("the exhibit has no markers to print; add one first (museum-ar add-marker)")
    for m in markers:  # every size before anything is drawn
        check_printed_size(exhibit, m)
    return markers


def build_cards(exhibit: Exhibit, markers: list[Marker], progress: Progress | None = None) -> list[Card]:
    """Every card, or the first MarkerError: nothing is drawn before all markers are printable."""
    cards = []
    markers = [m for m in markers if m.target is None]  # artworks get a page of their own (image_sheet.py)
    for n, m in enumerate(markers):
        if progress is not None:
            progress.report(0.3 * n / len(markers), f"marker {m.id}")
        cards.append(build_card(exhibit, m))
    return cards


def content_box(paper: str) -> tuple[float, float, float, float]:
    """x, y, width, height (mm) where cards may go: inside the margins, below the note, with
    room for the cut marks."""
    pw, ph = paper_size(paper)
    x = PAGE_MARGIN_MM + CUT_MARK_ROOM_MM
    y = PAGE_MARGIN_MM + HEADER_MM + CUT_MARK_ROOM_MM
    return x, y, pw - 2 * x, ph - y - PAGE_MARGIN_MM - FOOTER_MM - CUT_MARK_ROOM_MM


def pack(cards: list[Card], paper: str, per_page: int | None = None) -> list[Page]:
    """Shelf packing in order: left to right in rows, rows top to bottom, each row centred."""
    if per_page is not None and (isinstance(per_page, bool) or int(per_page) < 1):
        raise MarkerError(f"--per-page must be 1 or more, got {per_page}", field="per_page")
    bx, by, bw, bh = content_box(paper)
    name = _paper_name(paper)
    for c in cards:
        if c.drawing.width > bw + 1e-9 or c.drawing.height > bh + 1e-9:
            raise MarkerError(
                f"marker '{c.marker_id}' ({c.edge_mm:g} mm) needs a {c.drawing.width:.0f} x {c.drawing.height:.0f} mm card with "
                f"its label; {name} paper leaves {bw:.0f} x {bh:.0f} mm inside its margins. "
                f"Choose larger paper{' (--paper A3)' if name != 'A3' else ''} or a smaller marker",
                field="size_mm",
            )
    pages: list[Page] = []
    i = 0
    while i < len(cards):
        rows: list[list[Card]] = []
        used_h = 0.0
        count = 0
        while i < len(cards) and (per_page is None or count < per_page):
            # Start a row with the next card if it fits below the rows so far.
            row_h = cards[i].drawing.height
            if used_h + (GUTTER_MM if rows else 0) + row_h > bh + 1e-9:
                break
            row = [cards[i]]
            row_w = cards[i].drawing.width
            i += 1
            count += 1
            while (
                i < len(cards)
                and (per_page is None or count < per_page)
                and row_w + GUTTER_MM + cards[i].drawing.width <= bw + 1e-9
                and used_h + (GUTTER_MM if rows else 0) + max(row_h, cards[i].drawing.height) <= bh + 1e-9
            ):
                row_w += GUTTER_MM + cards[i].drawing.width
                row_h = max(row_h, cards[i].drawing.height)
                row.append(cards[i])
                i += 1
                count += 1
            used_h += (GUTTER_MM if rows else 0) + row_h
            rows.append(row)
        if per_page is not None and count < per_page and i < len(cards):
            raise MarkerError(
                f"--per-page {per_page}: only {count} of these markers fit on one {name} page at their "
                f"printed size (page {len(pages) + 1}); use --per-page {count} or larger paper",
                field="per_page",
            )
        page = Page()
        y = by
        for row in rows:
            row_w = sum(c.drawing.width for c in row) + GUTTER_MM * (len(row) - 1)
            x = bx + (bw - row_w) / 2
            for c in row:
                page.cards.append((c, x, y))
                x += c.drawing.width + GUTTER_MM
            y += max(c.drawing.height for c in row) + GUTTER_MM
        pages.append(page)
    return pages


def plan_sheet(exhibit: Exhibit, paper: str = "A4", per_page: int | None = None, marker_ids: Iterable[str] | None = None) -> list[Page]:
    paper_size(paper)
    return pack(build_cards(exhibit, select_markers(exhibit, marker_ids)), paper, per_page)


def page_drawing(page: Page, paper: str, number: int, total: int, exhibit: Exhibit) -> Drawing:
    """Everything on one page, in mm with y down."""
    pw, ph = paper_size(paper)
    d = Drawing(pw, ph)
    m = PAGE_MARGIN_MM
    d.texts.append(Text(m, m + 3.2, 8.5, NOTE_DE, True, anchor="start"))
    d.texts.append(Text(m, m + 7.4, 8.0, NOTE_EN, False, "#333333", "start"))
    bar_y = m + 12.5
    d.lines.append(Line(m, bar_y, m + CHECK_BAR_MM, bar_y, 0.3))
    for x in (m, m + CHECK_BAR_MM):
        d.lines.append(Line(x, bar_y - 1.6, x, bar_y + 1.6, 0.3))
    d.texts.append(Text(m + CHECK_BAR_MM + 3, bar_y + 1.0, 7.0, CHECK_TEXT, False, "#333333", "start"))
    for card, x, y in page.cards:
        d.place(card.drawing, x, y)
        d.lines += cut_marks(x, y, card.drawing.width, card.drawing.height)
    title = exhibit.title.get("de") or exhibit.title.get("en")
    foot_y = ph - m - 1.0
    d.texts.append(Text(m, foot_y, 6.5, f"{title} · museum-ar {__version__}", False, "#555555", "start"))
    d.texts.append(Text(pw - m, foot_y, 6.5, f"Seite/page {number}/{total}", False, "#555555", "end"))
    return d


def sheet_page_png(
    exhibit: Exhibit,
    page_number: int = 1,
    paper: str = "A4",
    per_page: int | None = None,
    marker_ids: Iterable[str] | None = None,
    dpi: int = 72,
) -> bytes:
    """One page of the sheet as a PNG (DPI stored), drawn from the same Drawing as the PDF: a
    print preview that needs no PDF renderer."""
    from .raster import drawing_to_png

    pages = plan_sheet(exhibit, paper, per_page, marker_ids)
    if not 1 <= page_number <= len(pages):
        raise MarkerError(f"the sheet has {len(pages)} page(s), not a page {page_number}", field="page")
    name = _paper_name(paper)
    return drawing_to_png(page_drawing(pages[page_number - 1], name, page_number, len(pages), exhibit), dpi)


def draw_pdf(c: pdfcanvas.Canvas, drawing: Drawing) -> None:
    """Draws a mm/y-down Drawing on a reportlab page of the same size."""
    H = drawing.height
    if drawing.rects:
        path = c.beginPath()
        for x, y, w, h in drawing.rects:
            path.rect(x * mm, (H - y - h) * mm, w * mm, h * mm)
        c.setFillColorRGB(0, 0, 0)
        c.drawPath(path, stroke=0, fill=1)
    for ln in drawing.lines:
        c.setStrokeColor(ln.colour)
        c.setLineWidth(ln.width_mm * mm)
        c.line(ln.x1 * mm, (H - ln.y1) * mm, ln.x2 * mm, (H - ln.y2) * mm)
    for t in drawing.texts:
        c.setFillColor(t.colour)
        c.setFont(pdf_font(t.bold), t.size_pt)
        x, y = t.x * mm, (H - t.y) * mm
        if t.anchor == "middle":
            c.drawCentredString(x, y, t.text)
        elif t.anchor == "end":
            c.drawRightString(x, y, t.text)
        else:
            c.drawString(x, y, t.text)


def sheet_pdf_bytes(
    exhibit: Exhibit,
    paper: str = "A4",
    per_page: int | None = None,
    marker_ids: Iterable[str] | None = None,
    progress: ProgressLike = None,
    root: str | os.PathLike | None = None,
) -> tuple[bytes, list[Page]]:
    """root: the exhibit folder (needed when artworks are printed: their pictures are read from it)."""
    prog = as_progress(progress)
    paper = _paper_name(paper)
    selected = select_markers(exhibit, marker_ids)
    artworks = [m for m in selected if m.target is not None]  # image targets: a page each (image_sheet.py)
    if artworks and root is None:
        raise MarkerError(f"the artworks ({', '.join(m.id for m in artworks)}) need the exhibit folder to be printed")
    cards = build_cards(exhibit, [m for m in selected if m.target is None], prog)
    pages = pack(cards, paper, per_page) if cards else []
    pw, ph = paper_size(paper)
    buf = io.BytesIO()
    c = pdfcanvas.Canvas(buf, pagesize=(pw * mm, ph * mm), invariant=1, pageCompression=1, initialFontName=pdf_font(False))
    title = exhibit.title.get("de") or exhibit.title.get("en") or "museum-ar"
    c.setTitle(f"{title} – Marker")
    c.setAuthor("museum-ar")
    c.setCreator(f"museum-ar {__version__}")
    c.setSubject(NOTE_EN)
    c.setViewerPreference("PrintScaling", "None")  # ask the print dialog for 100 %
    for n, page in enumerate(pages, 1):
        prog.report(0.3 + 0.7 * (n - 1) / len(pages), f"page {n}/{len(pages)}")
        draw_pdf(c, page_drawing(page, paper, n, len(pages), exhibit))
        c.showPage()
    if artworks:
        from .image_sheet import draw_artwork_page

        assert root is not None  # refused above when artworks are printed
        for m in artworks:
            draw_artwork_page(c, exhibit, m, Path(root))
            c.showPage()
            pages.append(Page(artwork=m.id))
    c.save()
    prog.report(1.0, f"{len(pages)} page(s)")
    return buf.getvalue(), pages


def write_sheet_pdf(
    exhibit: Exhibit,
    out_path: str | os.PathLike,
    paper: str = "A4",
    per_page: int | None = None,
    marker_ids: Iterable[str] | None = None,
    progress: ProgressLike = None,
    root: str | os.PathLike | None = None,
) -> SheetInfo:
    """Writes the marker sheet PDF atomically: on any error (bad marker, paper too small,
    cancel, disk) the file at out_path is left as it was."""
    out = check_out_file(out_path)
    data, pages = sheet_pdf_bytes(exhibit, paper, per_page, marker_ids, progress, root)
    write_out(out, data)
    ids = [i for p in pages for i in p.marker_ids()]
    return SheetInfo(out, _paper_name(paper), len(pages), ids, len(data))


def check_out_file(out_path: str | os.PathLike) -> Path:
    out = Path(out_path)
    if out.is_dir():
        raise MarkerError("is a folder; give a file name ending in .pdf", path=out)
    if not out.parent.is_dir():
        raise MarkerError("the folder to write into does not exist", path=out.parent)
    return out


def write_out(path: Path, data: bytes) -> None:
    try:
        write_bytes_atomic(path, data)
    except OSError as e:
        raise MarkerError(f"cannot write: {e.strerror or e}", path=path) from None
