"""The placement viewport: the selected marker and its items in 3D (orbit camera, gizmo).

Uses museum_ar.render through a QOpenGLWidget when the renderer is installed; until then a
panel says the 3D view is not available and points to the inspector's numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .features import feature_missing
from .i18n import tr

if TYPE_CHECKING:
    from .gl_viewport import PlacementViewport


class UnavailableViewport(QWidget):
    def __init__(self, reason: str, parent=None):
        super().__init__(parent)
        self.setObjectName("viewport")
        lay = QVBoxLayout(self)
        label = QLabel(reason + "\n" + tr("Place items with the numbers in the Properties panel."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        lay.addWidget(label)

    def set_document(self, doc) -> None:
        pass

    def set_selection(self, selection) -> None:
        pass


def make_viewport(window) -> UnavailableViewport | PlacementViewport:
    missing = feature_missing("render")
    if missing:
        return UnavailableViewport(missing)
    try:
        from .gl_viewport import PlacementViewport
    except ImportError:  # being built
        return UnavailableViewport(tr("The 3D view is not yet available in this version."))

    return PlacementViewport(window)
