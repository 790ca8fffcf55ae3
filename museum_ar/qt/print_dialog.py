"""Print markers: paper, markers per page, which markers, a preview of each page, save the PDF.

The preview pages are drawn by museum_ar.markers from the same drawing as the PDF (PySide6-
Essentials has no QtPdf), so what is shown is what will be printed."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from ..core.errors import MuseumArError
from ..core.exhibit import MAX_MARKER_MM, MIN_MARKER_MM
from .i18n import plural, language, tr
from .messages import error_text
from .widgets import fit_list_height
from .workers import Job, LatestOnly

# what a publish address looks like, shown greyed in the empty field (".invalid" is never a real host)
PLACEHOLDER_URL = "https://www.your-museum.org/ar/"
PER_PAGE = (None, 1, 2, 4, 6, 9)
LIST_MIN_ROWS, LIST_MAX_ROWS = 2, 8  # the marker list grows with its entries, then scrolls


def _draw_page(exhibit, page: int, opts: dict, width: int) -> tuple[int, QImage]:
    """On the preview's thread: the number of pages and the page as a picture `width` pixels wide.
    (QImage, unlike QPixmap, may be made off the GUI thread.)"""
    from ..markers import plan_sheet, sheet_page_png

    pages = plan_sheet(exhibit, opts["paper"], opts["per_page"], opts["marker_ids"])
    page = min(page, len(pages))
    image = QImage.fromData(sheet_page_png(exhibit, page, opts["paper"], opts["per_page"], opts["marker_ids"], dpi=110))
    return len(pages), image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def marker_name(m) -> str:
    """What the curator called the marker (in the UI language if given), else its id."""
    return m.label.get(language()) or m.id


def marker_entry(m) -> str:
    """One line of the marker list: "Oskar's tin drum — 100 mm (trommel)"; "M1 — 100 mm" with no label."""
    name = marker_name(m)
    return f"{name} — {m.size_mm:g} mm" + (f" ({m.id})" if name != m.id else "")


class PrintDialog(QDialog):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        from ..markers import PAPERS_MM

        self.doc = doc
        self.window_ = parent
        self.setWindowTitle(tr("Print markers"))
        self.resize(980, 760)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.paper = QComboBox()
        for name in PAPERS_MM:
            self.paper.addItem(name, name)
        self.per_page = QComboBox()
        for n in PER_PAGE:
            self.per_page.addItem(tr("as many as fit") if n is None else str(n), n)
        form.addRow(tr("Paper"), self.paper)
        form.addRow(tr("Markers per page"), self.per_page)
        left.addLayout(form)
        left.addWidget(self._address_box())
        left.addWidget(QLabel(tr("Markers to print:")))
        self.markers = QListWidget()
        self.markers.setObjectName("printMarkers")
        for m in doc.exhibit.markers:
            it = QListWidgetItem(marker_entry(m))
            it.setToolTip(marker_entry(m))
            it.setData(Qt.ItemDataRole.UserRole, m.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked)
            self.markers.addItem(it)
        self.markers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.markers.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.markers.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        fit_list_height(self.markers, LIST_MIN_ROWS, LIST_MAX_ROWS)  # long names end in "…"; the tooltip has the line
        left.addWidget(self.markers)
        size_row = QHBoxLayout()
        self.size_label = QLabel(tr("Printed size of the selected marker"))
        self.size_label.setWordWrap(True)
        size_row.addWidget(self.size_label, 1)
        self.size_spin = QDoubleSpinBox()  # not `size`: that is QWidget.size()
        self.size_spin.setRange(MIN_MARKER_MM, MAX_MARKER_MM)
        self.size_spin.setDecimals(0)
        self.size_spin.setSuffix(" mm")
        self.size_spin.setSingleStep(10)
        self.size_spin.setKeyboardTracking(False)
        self.size_spin.valueChanged.connect(self._size_changed)
        size_row.addWidget(self.size_spin)
        left.addLayout(size_row)
        self.markers.currentRowChanged.connect(self._marker_chosen)
        if self.markers.count():
            self.markers.setCurrentRow(0)
        hint = QLabel(tr("Print at 100 % (actual size), not “fit to page”: the tablets measure distance by the printed size."))
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addStretch(1)  # the free height goes below the note, not into the list
        self.save_button = QPushButton(tr("Save PDF…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_dialog)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(close)
        left.addLayout(row)
        outer.addLayout(left, 2)

        right = QVBoxLayout()
        nav = QHBoxLayout()
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setPrefix(tr("Page") + " ")
        self.pages_label = QLabel()
        nav.addWidget(self.page)
        nav.addWidget(self.pages_label, 1)
        right.addLayout(nav)
        self.preview = QLabel()
        self.preview.setObjectName("printPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background:#808080;")
        self.scroll_area = scroll = QScrollArea()  # not `scroll`: that is QWidget.scroll()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.preview)
        right.addWidget(scroll, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right.addWidget(self.status)
        outer.addLayout(right, 3)

        for w in (self.paper, self.per_page):
            w.currentIndexChanged.connect(self.refresh)
        self.page.valueChanged.connect(self.refresh)
        self.markers.itemChanged.connect(self.refresh)
        self._problem_shown = False  # the status line says why there is no page
        self._renderer = LatestOnly("print-preview", self)
        self._renderer.ready.connect(self._page_drawn)
        self.refresh()

    def _address_box(self) -> QGroupBox:
        """Where the printed codes will point: asked here, in place, when the exhibit has none yet
        (an undoable edit of the exhibit, as in its properties)."""
        box = QGroupBox(tr("Publish address"))
        box.setObjectName("printAddress")
        lay = QVBoxLayout(box)
        note = QLabel(tr("Each printed QR code opens this web address on the visitor's tablet, so it must be where you will put the exported bundle. Ask whoever runs your museum's website for an address like the example. You can print again later if it changes."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.address = QLineEdit(self.doc.exhibit.publish_url)
        self.address.setObjectName("printAddressField")
        self.address.setPlaceholderText(tr(PLACEHOLDER_URL))
        self.address.editingFinished.connect(self._address_edited)
        self.address.installEventFilter(self)  # Enter confirms the address, it does not "Save PDF…"
        lay.addWidget(self.address)
        box.setVisible(not self.doc.exhibit.publish_url)  # asked only when it is missing
        return box

    def eventFilter(self, obj, e) -> bool:
        from PySide6.QtCore import QEvent

        if obj is getattr(self, "address", None) and e.type() == QEvent.Type.KeyPress and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._address_edited()
            return True
        return super().eventFilter(obj, e)

    def _address_edited(self) -> None:
        from ..core import commands as cmd

        url = self.address.text().strip()
        if url != self.doc.exhibit.publish_url:
            self.doc.end_merge()
            self.doc.push(cmd.SetPublishUrl(url))
            self.doc.end_merge()
        self.refresh()

    def _marker_chosen(self, row: int) -> None:
        if row < 0:
            self.size_label.setText(tr("Printed size of the selected marker"))
            return
        m = self.doc.exhibit.marker(self.markers.item(row).data(Qt.ItemDataRole.UserRole))
        self.size_label.setText(tr("Printed size of “{name}”", name=marker_name(m)))
        self.size_spin.blockSignals(True)
        self.size_spin.setValue(m.size_mm)
        self.size_spin.blockSignals(False)

    def _size_changed(self, value: float) -> None:
        """An undoable edit of the marker, like the one in its properties."""
        from ..core import commands as cmd

        row = self.markers.currentRow()
        if row < 0:
            return
        item = self.markers.item(row)
        marker_id = item.data(Qt.ItemDataRole.UserRole)
        self.doc.end_merge()
        if self.doc.push(cmd.EditMarker(marker_id, {"size_mm": float(value)})):
            m = self.doc.exhibit.marker(marker_id)
            self.markers.blockSignals(True)
            item.setText(marker_entry(m))
            item.setToolTip(marker_entry(m))
            self.markers.blockSignals(False)
            self.refresh()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        fit_list_height(self.markers, LIST_MIN_ROWS, LIST_MAX_ROWS)  # the style's row height is final now
        self.refresh()  # now the preview knows its width

    def options(self) -> dict:
        ids = [self.markers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.markers.count()) if self.markers.item(i).checkState() == Qt.CheckState.Checked]
        return {"paper": self.paper.currentData(), "per_page": self.per_page.currentData(), "marker_ids": ids}

    def refresh(self) -> None:
        """Redraw the preview page off the GUI thread (a page takes 40-150 ms to draw here); problems
        (no publish address, paper too small) in plain words. The last page stays until the next
        one is ready."""
        opts = self.options()
        if not opts["marker_ids"]:
            self._show_problem(MuseumArError(tr("Tick at least one marker."), code="ui"))
            return
        exhibit = copy.deepcopy(self.doc.exhibit)  # the worker draws this, whatever is edited meanwhile
        page, width = self.page.value(), max(300, self.scroll_area.viewport().width() - 16)  # the whole page width in view
        self.save_button.setEnabled(False)  # until this page is drawn: what is saved is what was shown
        self._renderer.submit(lambda: _draw_page(exhibit, page, opts, width))

    def preview_ready(self) -> bool:
        """The page (or the problem) for the current settings is on screen."""
        return self._renderer.idle()

    def _page_drawn(self, ok: bool, result) -> None:
        if not ok:
            if isinstance(result, MuseumArError):
                self._show_problem(result)
                return
            raise result  # a bug: the app's excepthook says it
        pages, image = result
        self.page.blockSignals(True)  # setting the maximum may clamp the page: that is not a new request
        self.page.setMaximum(max(1, pages))
        self.page.blockSignals(False)
        self.pages_label.setText(tr("of {n}", n=pages))
        self.preview.setPixmap(QPixmap.fromImage(image))
        if self._problem_shown:  # the problem is gone; anything else said there (e.g. "Saved …") stays
            self.status.setText("")
            self._problem_shown = False
        self.save_button.setEnabled(True)

    def _show_problem(self, e: MuseumArError) -> None:
        text = error_text(e)
        if e.field == "publish_url" and not self.doc.exhibit.publish_url.strip():
            text = tr("The page appears here as soon as the publish address is filled in (left).")
        self.preview.setPixmap(QPixmap())
        self.preview.setWordWrap(True)
        self.preview.setText(f"<p style='color:white; font-size:13pt; margin:40px'>{text}</p>")
        self.status.setText(text)
        self._problem_shown = True
        self.save_button.setEnabled(False)

    def done(self, result: int) -> None:
        self._renderer.close()
        super().done(result)

    def save_dialog(self) -> None:
        default = str(self.doc.root / f"markers-{self.paper.currentData()}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save marker sheet"), default, "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path, open_after: bool = True) -> Job:
        from ..markers import write_sheet_pdf

        opts = self.options()
        exhibit = copy.deepcopy(self.doc.exhibit)  # as it is now, whatever is edited while the PDF is written
        job = Job(lambda progress: write_sheet_pdf(exhibit, path, progress=progress, root=self.doc.root, **opts), tr("Writing the marker sheet"), self)

        def done(ok: bool, result) -> None:
            if ok:
                self.status.setText(plural(result.pages, "Saved {n} page to {path}.", "Saved {n} pages to {path}.", path=path))
                if open_after:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            else:
                self.status.setText(tr("Could not write the PDF. {error}", error=result))

        job.finished.connect(done)
        self.job = job
        job.start()
        return job
