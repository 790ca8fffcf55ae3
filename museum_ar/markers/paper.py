"""The paper sizes marker sheets are laid out for. Apart from sheet.py so a dialog can list them
without importing reportlab (110-130 ms, which stood the window still when Print first opened)."""

from __future__ import annotations

from ..core.errors import MarkerError

PAPERS_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4), "A3": (297.0, 420.0)}


def paper_size(paper: str) -> tuple[float, float]:
    for name, size in PAPERS_MM.items():
        if name.lower() == str(paper).lower():
            return size
    raise MarkerError(f"unknown paper '{paper}'; use one of {', '.join(PAPERS_MM)}", field="paper")


def paper_name(paper: str) -> str:
    """The paper's name as listed (a4 -> A4); MarkerError for a paper not listed."""
    paper_size(paper)
    return next(n for n in PAPERS_MM if n.lower() == str(paper).lower())
