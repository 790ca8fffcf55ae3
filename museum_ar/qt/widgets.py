"""Small widget helpers several panels share: a label that elides instead of widening the window,
a list as tall as its rows, and a dialog's two buttons named for what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QSizePolicy


class ElidedLabel(QLabel):
    """A one-line label that gives way when there is no room (the window must not grow wider for
    a status line): it ends in "…" then; callers put the whole text in the tooltip."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, e):
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text, QPalette.ColorRole.WindowText)
        painter.end()  # now, not when Python collects it: Qt warns of a painter still active


def fit_list_height(lst: QListWidget, min_rows: int, max_rows: int, min_row_px: int = 0) -> None:
    """Make the list exactly as tall as its entries (at least min_rows, at most max_rows; it
    scrolls beyond), instead of a big empty box or one that grows with the dialog."""
    row = lst.sizeHintForRow(0) if lst.count() else -1
    if row <= 0:
        row = lst.fontMetrics().height() + 4
    row = max(row, min_row_px)
    rows = min(max(lst.count(), min_rows), max_rows)
    lst.setFixedHeight(rows * (row + 2 * lst.spacing()) + 2 * lst.frameWidth() + 2)


def ok_cancel_buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK and Cancel named for what they do here (texts already translated), wired to the
    dialog's accept and reject; the caller places the box."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
