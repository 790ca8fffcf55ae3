"""The `markers` verb: print an exhibit's markers as a PDF sheet, or one SVG/PNG file per marker."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import MarkerError
from ..core.progress import Progress
from ..core.project import load_project
from .progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "markers",
        help="print the exhibit's markers at their exact size: a PDF sheet, or one SVG/PNG per marker",
        description="Writes the markers of an exhibit at exactly their stored edge length, with label, "
        "exhibit title, size, id and cut marks. Print PDFs at 100 % scale.",
    )
    p.add_argument("dir", type=Path, help="exhibit project folder")
    p.add_argument("--out", type=Path, required=True, help="FILE.pdf for --format pdf; a folder for svg/png")
    p.add_argument("--format", choices=["pdf", "svg", "png"], default=None, help="default: pdf")
    p.add_argument("--paper", default="A4", help="A4 (default), Letter or A3 (PDF only)")
    p.add_argument("--per-page", type=int, default=None, metavar="N", help="markers per page (PDF only; default: as many as fit)")
    p.add_argument("--dpi", type=int, default=300, help="PNG resolution, stored in the file (default 300)")
    p.add_argument("--only", nargs="+", metavar="ID", help="print just these marker ids")
    p.set_defaults(func=_markers)


def _markers(a) -> int:
    from ..markers.files import write_marker_files
    from ..markers.sheet import write_sheet_pdf

    fmt = a.format or "pdf"
    project = load_project(a.dir, check_assets=False)
    progress = Progress(TextProgress())
    if fmt == "pdf":
        if a.out.suffix.lower() != ".pdf":
            raise MarkerError("a PDF sheet needs a file name ending in .pdf (or use --format svg|png with a folder)", path=a.out)
        info = write_sheet_pdf(project.exhibit, a.out, paper=a.paper, per_page=a.per_page, marker_ids=a.only, progress=progress, root=a.dir)
        print(f"wrote {len(info.marker_ids)} marker(s) on {info.pages} {info.paper} page(s) to {info.path}; print at 100 % scale")
        return 0
    if a.per_page is not None:
        raise MarkerError("--per-page applies to PDF sheets only", field="per-page")
    paths = write_marker_files(project.exhibit, a.out, fmt=fmt, dpi=a.dpi, marker_ids=a.only, progress=progress, root=a.dir)
    extra = f" at {a.dpi} dpi" if fmt == "png" else ""
    print(f"wrote {len(paths)} {fmt.upper()} file(s){extra} to {a.out}")
    artworks = [p.stem for p in paths if project.exhibit.marker(p.stem).target is not None]
    if artworks:
        print(f"artworks ({', '.join(artworks)}): the picture at its exact width, at its own resolution up to {a.dpi} dpi; print at 100 %")
    return 0
