"""Which of the other parts (print sheets, export, tracking, renderer) are installed and usable.

The window offers an action only when the part behind it exists; otherwise the action is disabled
and says why, instead of pretending."""

from __future__ import annotations

import importlib
from functools import lru_cache

from .i18n import tr

# feature -> (module, attribute the window calls)
_NEEDS = {
    "print": ("museum_ar.markers", "write_sheet_pdf"),
    "export": ("museum_ar.export", "export_bundle"),
    "tracking": ("museum_ar.tracking", "Tracker"),
    "render": ("museum_ar.render", "Renderer"),
}


@lru_cache(maxsize=None)
def _probe(feature: str) -> bool:
    module, attr = _NEEDS[feature]
    try:
        return hasattr(importlib.import_module(module), attr)
    except ImportError:
        return False


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
