"""One file per marker, for print shops and the bundle: SVG (mm units) or PNG (DPI stored).

    marker_svg(exhibit, marker) -> str
    marker_png(exhibit, marker, dpi=300) -> bytes
    write_marker_files(exhibit, out_dir, fmt, dpi, marker_ids, progress) -> list[Path]

Each file is the marker's card (code at its exact edge length, labels, size and id) with cut marks
around it; it is named after the marker id (ids are URL-safe ASCII, so safe file names too).
An artwork (image target) is its picture at exactly its physical width: the PNG's stored DPI
maps its pixels to that width, the SVG is that many millimetres wide with the picture inside.
"""

from __future__ import annotations

import base64
import io
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


def artwork_png(marker: Marker, root: str | os.PathLike, dpi: int = DEFAULT_DPI) -> bytes:
    """The artwork's (cropped) picture with the DPI that prints it at its width: at most `dpi`
    (a larger scan is scaled down), never scaled up (a smaller one stores its own, lower DPI)."""
    import cv2
    from PIL import Image

    from .image_sheet import artwork_picture

    assert marker.target is not None
    pic = artwork_picture(marker, Path(root))
    h_px, w_px = pic.shape[:2]
    inches = marker.target.width_mm / 25.4
    if w_px > dpi * inches:
        w_new = max(1, round(dpi * inches))
        pic = cv2.resize(pic, (w_new, max(1, round(h_px * w_new / w_px))), interpolation=cv2.INTER_AREA)
    stored = pic.shape[1] / inches
    buf = io.BytesIO()
    Image.fromarray(cv2.cvtColor(pic, cv2.COLOR_BGR2RGB)).save(buf, "PNG", dpi=(stored, stored))
    return buf.getvalue()


def artwork_svg(exhibit: Exhibit, marker: Marker, root: str | os.PathLike, dpi: int = DEFAULT_DPI) -> str:
    """An SVG exactly the artwork's width (and its height by the picture's aspect) in mm, the
    picture embedded at no more than `dpi`."""
    from PIL import Image

    from .svg import svg_picture

    png = artwork_png(marker, root, dpi)
    with Image.open(io.BytesIO(png)) as im:
        w_px, h_px = im.size
    assert marker.target is not None
    width = marker.target.width_mm
    label = marker.label.get("de") or marker.label.get("en") or marker.id
    title = exhibit.title.get("de") or exhibit.title.get("en")
    return svg_picture(width, width * h_px / w_px, "data:image/png;base64," + base64.b64encode(png).decode("ascii"), f"{title} – {label} ({width:g} mm)")


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
    root: str | os.PathLike | None = None,
) -> list[Path]:
    """Writes <id>.svg or <id>.png per marker into out_dir (created if missing). Every file is
    rendered in memory before the first one is written, and each is written atomically, so a bad
    marker or a cancel leaves the folder as it was. root: the exhibit's folder (artworks' pictures
    are read from it; needed only when an artwork is among the markers)."""
    fmt = str(fmt).lower()
    if fmt not in FORMATS:
        raise MarkerError(f"unknown format '{fmt}'; use pdf, {' or '.join(FORMATS)}", field="format")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise MarkerError(f"is a file; --format {fmt} writes one file per marker into a folder", path=out)
    prog = as_progress(progress)
    selected = select_markers(exhibit, marker_ids)
    artworks = [m for m in selected if m.target is not None]
    if artworks and root is None:
        raise MarkerError(f"marker '{artworks[0].id}' is an artwork: its picture is read from the exhibit's folder, which was not given", field="root")
    cards = build_cards(exhibit, selected, prog)
    rendered: list[tuple[Path, bytes]] = []
    for n, card in enumerate(cards):
        prog.report(0.3 + 0.6 * n / len(cards), f"{card.marker_id}.{fmt}")
        data = card_svg(exhibit, card).encode("utf-8") if fmt == "svg" else card_png(card, dpi)
        rendered.append((out / f"{card.marker_id}.{fmt}", data))
    for m in artworks:
        prog.report(0.9, f"{m.id}.{fmt}")
        assert root is not None
        data = artwork_svg(exhibit, m, root, dpi).encode("utf-8") if fmt == "svg" else artwork_png(m, root, dpi)
        rendered.append((out / f"{m.id}.{fmt}", data))
    order = {m.id: i for i, m in enumerate(selected)}
    rendered.sort(key=lambda r: order[r[0].stem])  # in the exhibit's order, artworks among the cards
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise MarkerError(f"cannot create the folder: {e.strerror or e}", path=out) from None
    for path, data in rendered:
        prog.check()
        write_out(path, data)
    prog.report(1.0, f"{len(rendered)} file(s)")
    return [p for p, _ in rendered]
