"""Small dialogs: a new exhibit, questions, and the in-window message bar for errors."""

from __future__ import annotations

from typing import ClassVar

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from .i18n import tr
from .widgets import ok_cancel_buttons


class MessageBar(QWidget):
    """A coloured line above the work area: errors and notices in plain words, never a traceback.
    Stays until closed (errors) or fades after a while (notices)."""

    STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fde2e1; color:#7a1712; border:1px solid #e0a09c;",
        "info": "background:#e4f0fb; color:#163f66; border:1px solid #a9c8e8;",
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setToolTip(tr("Close"))
        close.setFixedWidth(32)
        close.clicked.connect(self.hide)
        lay.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error", stay: bool = False) -> None:
        self.kind = kind
        self.setStyleSheet(f"#messageBar {{{self.STYLES[kind]}}}")
        self.label.setText(text)
        self.show()
        if kind == "info" and not stay:
            self._timer.start(6000)
        else:
            self._timer.stop()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def ask(parent: QWidget, title: str, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole]], default: int = 0) -> int:
    """A question with buttons named in the UI language; returns the index of the one pressed
    (-1 when the dialog was closed)."""
    box = QMessageBox(parent)
    box.setObjectName("question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    made = [box.addButton(label, role) for label, role in buttons]
    box.setDefaultButton(made[default])
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else -1


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def folder_name_for(title: str) -> str:
    name = _UNSAFE.sub("", title).strip().strip(".")
    return name or "exhibit"


class NewExhibitDialog(QDialog):
    def __init__(self, parent=None, start_dir: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New exhibit"))
        self.setMinimumWidth(640)
        form = QFormLayout(self)
        self.title_de = QLineEdit()
        self.title_en = QLineEdit()
        self.location = QLineEdit(str(start_dir or Path.home()))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        form.addRow(tr("Title (German)"), self.title_de)
        form.addRow(tr("Title (English)"), self.title_en)
        form.addRow(tr("Create in folder"), row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)  # a long path wraps instead of being cut off
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.result_label)
        self.publish_url = QLineEdit()
        self.publish_url.setObjectName("newPublishUrl")
        self.publish_url.setPlaceholderText(tr("https://www.your-museum.org/ar/"))
        form.addRow(tr("Publish address (optional)"), self.publish_url)
        url_note = QLabel(tr("The web address where the tablets will find the exhibit. Only the printed QR codes need it; you can fill it in later, when you print."))
        url_note.setWordWrap(True)
        form.addRow(url_note)
        buttons = ok_cancel_buttons(self, tr("Create"), tr("Cancel"))
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for w in (self.title_de, self.location):
            w.textChanged.connect(self._update)
        self._update()

    def target(self) -> Path:
        return Path(self.location.text()) / folder_name_for(self.title_de.text())

    def _update(self) -> None:
        ok = bool(self.title_de.text().strip())
        self.ok.setEnabled(ok)
        self.result_label.setText(tr("The exhibit will be saved in: {path}", path=self.target()) if ok else tr("Give the exhibit a title."))

    def _browse(self) -> None:
        d = QFileDialog.getExistingDirectory(self, tr("Create in folder"), self.location.text())
        if d:
            self.location.setText(d)
