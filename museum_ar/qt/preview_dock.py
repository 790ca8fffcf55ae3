"""The AR preview dock (placeholder until tracking and the renderer land)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .features import feature_missing
from .i18n import tr


class PreviewDock(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("preview")
        lay = QVBoxLayout(self)
        reason = feature_missing("tracking") or feature_missing("render")
        label = QLabel(reason or tr("AR preview"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        lay.addWidget(label)

    def set_document(self, doc) -> None:
        pass

    def stop(self) -> None:
        pass
