"""Which of the other parts (print sheets, export, tracking, renderer) are installed and usable.

The window offers an action only when the part behind it exists; otherwise the action is disabled
and says why, instead of pretending."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from .i18n import tr

# feature -> the module file that provides it. Probed by file, not by import: importing tracking
# (OpenCV) and export costs a third of a second that the window's start should not pay.
_NEEDS = {
    "print": "markers/sheet.py",
    "export": "export/writer.py",
    "tracking": "tracking/tracker.py",
    "render": "render/renderer.py",
}
_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def _probe(feature: str) -> bool:
    if getattr(sys, "frozen", False):
        # The packaged app (packaging/museum-ar.spec) carries every module of the package, inside
        # its archive rather than as .py files: the file probe would find none of them.
        return True
    return (_PACKAGE / _NEEDS[feature]).is_file()


def feature_missing(feature: str) -> str:
    """'' when usable, else a sentence for the curator."""
    if _probe(feature):
        return ""
    return {
        "print": tr("Printing marker sheets is not yet available in this version."),
        "export": tr("Exporting a bundle is not yet available in this version."),
        "tracking": tr("Marker tracking is not yet available in this version."),
        "render": tr("The 3D view is not yet available in this version."),
    }[feature]
