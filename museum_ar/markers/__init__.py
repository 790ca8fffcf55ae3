"""QR payloads, marker artwork and printable marker sheets."""

from .layout import MarkerLayout, layout_for, marker_corners_marker_frame, marker_grid, render_marker  # noqa: F401
from .payload import marker_id_from_payload, payload_for  # noqa: F401
from .spec import MarkerSpec, specs_for  # noqa: F401
from .symbol import qr_modules, qr_version  # noqa: F401

# Printing (reportlab, Pillow) is imported on first use, so the tracker and the bundle reader
# that only need payloads and layouts stay light.
_LAZY = {
    "write_sheet_pdf": "sheet", "sheet_pdf_bytes": "sheet", "plan_sheet": "sheet", "sheet_page_png": "sheet", "PAPERS_MM": "paper", "SheetInfo": "sheet",
    "marker_svg": "files", "marker_png": "files", "write_marker_files": "files",
    "build_card": "artwork", "Card": "artwork",
    "min_edge_mm": "printability", "check_scannable": "printability",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
