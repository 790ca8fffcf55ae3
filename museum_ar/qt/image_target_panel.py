"""Add an artwork marker (image target): pick the picture, give its physical width, see how well it
can be tracked (score, heat map, plain advice) before it is added and hung.

The rating is markers.image_rating's (the same as `museum-ar rate-image`); adding copies the
picture to assets/target-ID.ext and pushes an undoable AddMarker. A picture that cannot be read
is said in the panel; nothing is copied or changed until "Add" is pressed.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import commands as cmd

if TYPE_CHECKING:  # cv2-heavy modules load only when the panel rates a picture
    import numpy as np

    from ..markers.image_rating import ImageRating
from ..core.errors import MuseumArError
from ..core.exhibit import MAX_ARTWORK_MM, MIN_ARTWORK_MM, ImageTarget, Marker, Mount, check_marker_id
from ..core.localized import LocalizedText
from .i18n import language, tr
from .messages import error_text

HEAT_WIDTH = 360  # px of the heat map in the panel
IMAGE_FILTER = "*.png *.jpg *.jpeg *.tif *.tiff *.webp *.bmp"


def free_marker_id(exhibit, stem: str = "bild") -> str:
    used = {m.id for m in exhibit.markers}
    n = 1
    while f"{stem}-{n}" in used:
        n += 1
    return f"{stem}-{n}"


def _pixmap(bgr) -> QPixmap:
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    h, w = rgb.shape[:2]
    return QPixmap.fromImage(QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy())


class ImageTargetPanel(QDialog):
    """doc: the open Document (museum_ar/qt/document.py)."""

    def __init__(self, doc, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.image: np.ndarray | None = None
        self.rating: ImageRating | None = None
        self.setWindowTitle(tr("Add artwork marker"))
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("A photo or scan of the flat artwork"))
        self.path.editingFinished.connect(self.rate)
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form.addRow(tr("Picture:"), row)
        self.width_mm = QDoubleSpinBox()
        self.width_mm.setRange(MIN_ARTWORK_MM, MAX_ARTWORK_MM)
        self.width_mm.setDecimals(0)
        self.width_mm.setValue(297.0)
        self.width_mm.setSuffix(" mm")
        self.width_mm.setToolTip(tr("The artwork's physical width as it hangs: poses are in true size only with it"))
        self.width_mm.valueChanged.connect(lambda _v: self.rate())
        form.addRow(tr("Physical width:"), self.width_mm)
        self.marker_id = QLineEdit(free_marker_id(doc.exhibit))
        form.addRow(tr("Marker id:"), self.marker_id)
        self.label = QLineEdit()
        form.addRow(tr("Label:"), self.label)
        self.score = QLabel(tr("Choose a picture to see how well it can be tracked."))
        self.score.setWordWrap(True)
        self.heat = QLabel()
        self.heat.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heat.setMinimumHeight(120)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        # A picture without distinctive features can only be tracked by its outline: offered, explained,
        # never chosen for the curator (issue 19)
        self.outline = QCheckBox(tr("Track it by its outline"))
        self.outline.toggled.connect(lambda _on: self._update_add())
        self.outline_text = QLabel(tr("This picture has no distinctive details. It can still be found by its outline if it hangs with a visible edge against a wall of a clearly different tone (a darker or lighter wall, a contrasting frame or mount). A more detailed picture or a crop with more detail tracks more reliably."))
        self.outline_text.setWordWrap(True)
        self.plain = False
        legend = QLabel(tr("Heat map: red = many distinctive details (good anchors), blue = none."))
        legend.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        lay = self._lay = QVBoxLayout(self)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the heat map, never clips it
        lay.addLayout(form)
        lay.addWidget(self.score)
        lay.addWidget(self.heat)
        lay.addSpacing(8)
        lay.addWidget(legend)
        lay.addWidget(self.advice)
        lay.addWidget(self.outline_text)
        lay.addWidget(self.outline)
        lay.addWidget(self.buttons)
        self._show_outline(False)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the artwork's picture"), "", f"{tr('Pictures')} ({IMAGE_FILTER})")
        if path:
            self.path.setText(path)
            self.rate()

    def rate(self) -> None:
        """Rate the chosen picture at the given width; show the score, heat map and advice."""
        from ..markers.image_compile import needs_outline
        from ..markers.image_rating import heat_overlay, load_image, rate_image

        text = self.path.text().strip()
        self.add_button.setEnabled(False)
        self.rating = None
        self._show_outline(False)
        if not text:
            return
        try:
            self.image = load_image(Path(text))
            self.rating = rate_image(self.image, self.width_mm.value())
            plain = needs_outline(self.image)
        except MuseumArError as e:
            self.score.setText(error_text(e))
            self.heat.clear()
            self.advice.clear()
            return
        r = self.rating
        verdict = {"good": tr("good"), "fair": tr("fair"), "poor": tr("poor")}[r.verdict]
        self.score.setText(tr("Trackability: {score}/100 ({verdict})", score=r.score, verdict=verdict))
        pm = _pixmap(heat_overlay(self.image, r.heat))
        pm = pm.scaledToWidth(HEAT_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.heat.setPixmap(pm)
        self.heat.setMinimumSize(pm.size())  # the whole picture, never clipped
        self.adjustSize()
        self.advice.setText("\n".join(f"• {line}" for line in r.advice.get(language(), r.advice["en"])))
        self._show_outline(plain)
        self.adjustSize()
        # wrapped labels (the outline's explanation) are taller than their minimum size says: give the
        # dialog the height its layout needs at this width, so the heat map never covers the text
        self._lay.activate()
        self.resize(self.width(), max(self.height(), self._lay.totalHeightForWidth(self.width())))

    def _show_outline(self, plain: bool) -> None:
        self.plain = plain
        self.outline_text.setVisible(plain)
        self.outline.setVisible(plain)
        if not plain:
            self.outline.setChecked(False)
        self._update_add()

    def _update_add(self) -> None:
        """Add is possible for a rated picture; for a plain one only once its outline is chosen."""
        self.add_button.setEnabled(self.rating is not None and (not self.plain or self.outline.isChecked()))

    def add(self) -> None:
        """Copy the picture into the exhibit and add the marker (undoable); stay open on a mistake."""
        if self.rating is None or (self.plain and not self.outline.isChecked()):
            return
        src = Path(self.path.text().strip())
        try:
            marker_id = check_marker_id(self.marker_id.text().strip())
        except MuseumArError as e:
            self.score.setText(error_text(e))
            return
        try:
            digest = hashlib.sha256(src.read_bytes()).hexdigest()[:10]
        except OSError as e:
            self.score.setText(tr("The picture cannot be copied into the exhibit: {error}", error=e.strerror or e))
            return
        # named by content: an older file of a removed marker (which undo may bring back) is never overwritten
        rel = f"assets/target-{marker_id}-{digest}{src.suffix.lower()}"
        label = self.label.text().strip()
        width = float(self.width_mm.value())
        marker = Marker(marker_id, width, label=LocalizedText.of(de=label, en=label) if label else LocalizedText(), mount=Mount.WALL, target=ImageTarget(rel, width, outline=self.plain and self.outline.isChecked()))
        dest = Path(self.doc.root) / rel
        existed = dest.exists()
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not existed:
                shutil.copyfile(src, dest)
        except OSError as e:
            self.score.setText(tr("The picture cannot be copied into the exhibit: {error}", error=e.strerror or e))
            return
        self.doc.end_merge()
        if not self.doc.push(cmd.AddMarker(marker)):
            if not existed:
                dest.unlink(missing_ok=True)  # the marker was refused (e.g. its id is taken): leave nothing behind
            return
        self.accept()


def open_image_target_panel(window) -> None:
    """The Edit menu's "Add artwork marker…" (actions.py)."""
    if window.doc is None:
        return
    panel = ImageTargetPanel(window.doc, window)
    if panel.exec() == QDialog.DialogCode.Accepted and hasattr(window, "tree"):
        window.tree.select("marker", panel.marker_id.text().strip())
