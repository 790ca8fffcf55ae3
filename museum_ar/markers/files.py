"""One file per marker, for print shops and the bundle: SVG (mm units) or PNG (DPI stored).

    marker_svg(exhibit, marker) -> str
    marker_png(exhibit, marker, dpi=300) -> bytes
    write_marker_files(exhibit, out_dir, fmt, dpi, marker_ids, progress) -> list[Path]

Each file is the marker's card (code at its exact edge length, labels, size and id) with cut marks
around it; it is named after the marker id (ids are URL-safe ASCII, so safe file names too).
"""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Iterable

from ..core.errors import MarkerError
from ..core.exhibit import Exhibit, Marker
from .artwork import Card, build_card, card_with_cut_marks
from .raster import drawing_to_png
from .sheet import ProgressLike, as_progress, build_cards, select_markers, write_out
from .svg import drawing_to_svg

FORMATS = ("svg", "png")
DEFAULT_DPI = 300


def _title(exhibit: Exhibit, card: Card) -> str:
    t = exhibit.title.get("de") or exhibit.title.get("en")
    return f"{t} – {card.marker_id} ({card.edge_mm:g} mm)"


def card_svg(exhibit: Exhibit, card: Card) -> str:
    drawing, _, _ = card_with_cut_marks(card)
    return drawing_to_svg(drawing, _title(exhibit, card))


def card_png(card: Card, dpi: int = DEFAULT_DPI) -> bytes:
    drawing, _, _ = card_with_cut_marks(card)
    return drawing_to_png(drawing, dpi)


def marker_svg(exhibit: Exhibit, marker: Marker | str) -> str:
    if isinstance(marker, str):
        marker = exhibit.marker(marker)
    return card_svg(exhibit, build_card(exhibit, marker))


def marker_png(exhibit: Exhibit, marker: Marker | str, dpi: int = DEFAULT_DPI) -> bytes:
    if isinstance(marker, str):
        marker = exhibit.marker(marker)
    return card_png(build_card(exhibit, marker), dpi)


def write_marker_files(
    exhibit: Exhibit,
    out_dir: str | os.PathLike,
    fmt: str = "svg",
    dpi: int = DEFAULT_DPI,
    marker_ids: Iterable[str] | None = None,
    progress: ProgressLike = None,
) -> list[Path]:
    """Writes <id>.svg or <id>.png per marker into out_dir (created if missing). Every file is
    rendered in memory before the first one is written, and each is written atomically, so a bad
    marker or a cancel leaves the folder as it was."""
    fmt = str(fmt).lower()
    if fmt not in FORMATS:
        raise MarkerError(f"unknown format '{fmt}'; use pdf, {' or '.join(FORMATS)}", field="format")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise MarkerError(f"is a file; --format {fmt} writes one file per marker into a folder", path=out)
    prog = as_progress(progress)
    cards = build_cards(exhibit, select_markers(exhibit, marker_ids), prog)
    rendered: list[tuple[Path, bytes]] = []
    for n, card in enumerate(cards):
        prog.report(0.3 + 0.6 * n / len(cards), f"{card.marker_id}.{fmt}")
        data = card_svg(exhibit, card).encode("utf-8") if fmt == "svg" else card_png(card, dpi)
        rendered.append((out / f"{card.marker_id}.{fmt}", data))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise MarkerError(f"cannot create the folder: {e.strerror or e}", path=out) from None
    for path, data in rendered:
        prog.check()
        write_out(path, data)
    prog.report(1.0, f"{len(rendered)} file(s)")
    return [p for p, _ in rendered]
