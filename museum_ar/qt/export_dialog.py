"""Publish the exhibit: export a bundle (zip or folder) with the exact steps for any web host, or
show it on tablets right here — served from this computer over HTTPS with a QR code to scan."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
)

from ..core.errors import MuseumArError
from ..core.progress import Progress
from .dialogs import ask
from .i18n import data_size, language, number, plural, tr
from .messages import error_text
from .print_dialog import marker_name
from .workers import Job


def certificate_folder() -> Path:
    """Where the certificate for "show on tablets here" is kept (beside the settings in tests)."""
    settings = os.environ.get("MUSEUM_AR_SETTINGS")
    if settings:
        return Path(settings).parent / "certificates"
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "certificates"


def qr_pixmap(text: str, px: int = 220) -> QPixmap:
    """A QR code of `text` with its quiet zone, sharp at `px` pixels."""
    import numpy as np

    from ..markers.symbol import qr_modules

    m = np.pad(qr_modules(text), 4)
    img = np.where(m, 0, 255).astype(np.uint8)
    n = img.shape[0]
    scale = max(1, px // n)
    img = np.ascontiguousarray(np.kron(img, np.ones((scale, scale), dtype=np.uint8)))
    q = QImage(img.data, img.shape[1], img.shape[0], img.shape[1], QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(q)


class TextPanel(QTextBrowser):
    """Steps and summaries: selectable, and scrollable rather than cut off when long."""

    def __init__(self, min_height: int):
        super().__init__()
        self.setMinimumHeight(min_height)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("background: transparent;")
        self.viewport().setAutoFillBackground(False)

    def setText(self, text: str) -> None:
        self.setHtml(text.replace("\n", "<br>"))

    def text(self) -> str:
        return self.toPlainText()


def numbered(lines: list[str]) -> str:
    return "<ol style='margin-left:0px; -qt-list-indent:1'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ol>"


class ExportDialog(QDialog):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.window_ = parent
        self.serving = None
        self.bundle: Path | None = None
        self.setWindowTitle(tr("Publish the exhibit"))
        self.setMinimumWidth(720)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("A bundle holds everything the tablets need and plays without a network. Put it on any web host at the exhibit's publish address — or try it on tablets here first."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        target = QGroupBox(tr("Export bundle"))
        tl = QVBoxLayout(target)
        kinds = QHBoxLayout()
        self.as_zip = QRadioButton(tr("Zip file (to upload or send)"))
        self.as_folder = QRadioButton(tr("Folder (to copy to a web host)"))
        self.as_zip.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.as_zip, self.as_folder):
            group.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        tl.addLayout(kinds)
        row = QHBoxLayout()
        self.out = QLineEdit(str(doc.root.parent / f"{doc.root.name}-bundle.zip"))
        self.out.setObjectName("exportTarget")
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        tl.addLayout(row)
        self.as_zip.toggled.connect(self._kind_changed)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export(Path(self.out.text())))
        self.check_button = QPushButton(tr("Check"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(tr("Runs every check of export on the exhibit as it is here, unsaved changes included, and writes nothing"))
        self.check_button.clicked.connect(self.check)
        erow = QHBoxLayout()
        erow.addWidget(self.export_button)
        erow.addWidget(self.check_button)
        erow.addStretch(1)
        tl.addLayout(erow)
        self.summary = TextPanel(150)
        self.summary.setObjectName("exportSummary")
        tl.addWidget(self.summary)
        lay.addWidget(target)

        here = QGroupBox(tr("Show on tablets here"))
        hl = QHBoxLayout(here)
        left = QVBoxLayout()
        self.here_text = TextPanel(230)
        self.here_text.setText(tr("Serves the exported bundle from this computer to tablets on the same network, over HTTPS, until you stop it or close this window."))
        self.here_text.setObjectName("serveText")
        left.addWidget(self.here_text, 1)
        self.serve_button = QPushButton(tr("Show on tablets here"))
        self.serve_button.setObjectName("serveButton")
        self.serve_button.setEnabled(False)
        self.serve_button.setToolTip(tr("Export the bundle first."))
        self.serve_button.clicked.connect(self.toggle_serving)
        brow = QHBoxLayout()
        brow.addWidget(self.serve_button)
        brow.addStretch(1)
        left.addLayout(brow)
        hl.addLayout(left, 1)
        self.qr = QLabel()
        self.qr.setObjectName("serveQr")
        self.qr.setFixedSize(228, 228)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()
        hl.addWidget(self.qr)
        lay.addWidget(here)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.job: Job | None = None
        self.check_job: Job | None = None
        self._steps_html = ""  # how to publish self.bundle, the last bundle written here

    def _fit(self) -> None:
        """Grow to show the whole summary and steps (word-wrapped labels do not grow the dialog
        by themselves): nothing cut off at the bottom."""
        lay = self.layout()
        if lay is None:  # (set in __init__)
            return
        lay.activate()
        want = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.sizeHint().height()
        if want > self.height():
            self.resize(self.width(), want)

    # ------------------------------------------------------------ export

    def _kind_changed(self, zip_: bool) -> None:
        p = Path(self.out.text())
        stem = p.name[:-4] if p.name.lower().endswith(".zip") else p.name
        self.out.setText(str(p.with_name(stem + (".zip" if zip_ else ""))))

    def _browse(self) -> None:
        if self.as_zip.isChecked():
            path, _ = QFileDialog.getSaveFileName(self, tr("Export bundle"), self.out.text(), tr("Zip file") + " (*.zip)")
        else:
            path = QFileDialog.getExistingDirectory(self, tr("Export bundle"), str(Path(self.out.text()).parent))
            if path:
                path = str(Path(path) / Path(self.out.text()).name)
        if path:
            self.out.setText(path)

    def export(self, out: Path, replace: bool | None = None) -> Job | None:
        """Write the bundle; when `out` exists, ask before replacing it (`replace` answers for tests)."""
        if out.exists():
            if replace is None:
                replace = ask(self, tr("Replace the bundle?"), tr("{path} already exists. Replace it with a new export?", path=out),
                              [(tr("Replace"), QMessageBox.ButtonRole.AcceptRole), (tr("Cancel"), QMessageBox.ButtonRole.RejectRole)], default=1) == 0
            if not replace:
                # one status, the newest: the earlier "Bundle written … verified" is not repeated
                # under it; the web-host steps stay when they are about this very bundle, unchanged
                note = tr("Nothing was written; {path} is unchanged.", path=out)
                same = self.bundle is not None and out.resolve() == self.bundle.resolve()
                self.summary.setText(f"<i>{note}</i>{self._steps_html}" if same else note)
                self._fit()
                return None
        from ..services.export import snapshot

        try:
            # The bundle is built from the exhibit as it is here, unsaved edits included (no save
            # first): a copy taken now, which edits made while the worker writes do not reach.
            exhibit = snapshot(self.doc.exhibit)
        except MuseumArError as e:
            self.summary.setText(tr("The bundle was not written. {error}", error=error_text(e)))
            self._fit()
            return None
        self.stop_serving()
        root = self.doc.root

        def work(progress):
            from ..services.export import export_exhibit  # on the worker: a first export's import does not freeze the window

            return export_exhibit(exhibit, root, out, overwrite=bool(replace), verify=True, progress=progress).report

        self.summary.setText(tr("Exporting…"))

        def done(ok: bool, result) -> None:
            if not ok:
                self.summary.setText(tr("The bundle was not written. {error}", error=result))
                self._fit()
                return
            from .publish import web_host_steps

            self.bundle = Path(result.path)
            head = [
                tr("Bundle written to {path}", path=result.path),
                plural(result.files, "{n} file, {size}", "{n} files, {size}", size=data_size(result.bytes)) + "; "
                + plural(result.markers, "{n} marker", "{n} markers") + ", " + plural(result.items, "{n} item", "{n} items") + "; " + tr("checksums verified."),
            ]
            named = {m.id: marker_name(m) for m in self.doc.exhibit.markers}
            head += [tr("“{name}” is found by its outline only where its edge stands out against the wall, on this computer and on tablets alike: visitors can always reach its content through the tablet's list.",
                        name=named.get(mid, mid)) for mid in result.outline_markers]
            head += [tr("“{name}” on “{marker}” moves in the tablet viewer; AR Quick Look (iPhone, iPad) shows it still.",
                        name=title.get(language()) or title.get("de") or item_id, marker=named.get(mid, mid))
                     for mid, item_id, title in result.quicklook_still]
            head += [tr("The models on “{marker}” have {before} triangles; AR Quick Look (iPhone, iPad) gets them simplified to {after} (the tablet viewer shows them as imported).",
                        marker=named.get(mid, mid), before=number(before, 0), after=number(after, 0))
                     for mid, before, after in result.quicklook_simplified]
            head += [tr("“{name}” on “{marker}” has vertex colours and a colour texture; AR Quick Look (iPhone, iPad) shows the texture only.",
                        name=title.get(language()) or title.get("de") or item_id, marker=named.get(mid, mid))
                     for mid, item_id, title in result.quicklook_colours_dropped]
            self._steps_html = f"<br><b>{tr('To publish it on your web host:')}</b>" + numbered(web_host_steps(self.bundle, self.doc.exhibit.publish_url))
            self.summary.setText("<br>".join(head) + self._steps_html)
            self._fit()
            self.serve_button.setEnabled(True)
            self.serve_button.setToolTip("")

        self.job = self._run_job(self.export_button, tr("Exporting the bundle"), work, done)
        return self.job

    def check(self) -> Job | None:
        """Every check of export, on the exhibit as it is in the window (unsaved edits included,
        as export would write it; exhibit.json is not read), writing nothing."""
        from ..services.export import snapshot

        try:
            exhibit = snapshot(self.doc.exhibit)  # what export would take, taken now
        except MuseumArError as e:
            self.summary.setText(tr("Not ready to export. {error}", error=error_text(e)))
            self._fit()
            return None
        root = self.doc.root

        def work(progress):
            from ..services.export import check_export  # on the worker, as export

            return check_export(exhibit, root, progress=progress)

        self.summary.setText(tr("Checking the bundle"))

        def done(ok: bool, result) -> None:
            if ok:
                self.summary.setText(plural(result, "Ready to export: the bundle would hold {n} file.", "Ready to export: the bundle would hold {n} files."))
            else:
                self.summary.setText(tr("Not ready to export. {error}", error=result))
            self._fit()

        self.check_job = self._run_job(self.check_button, tr("Checking the bundle"), work, done)
        return self.check_job

    # ------------------------------------------------------------ show on tablets here

    def toggle_serving(self) -> None:
        if self.serving is not None:
            self.stop_serving()
        else:
            self.start_serving()

    def start_serving(self) -> Job | None:
        """Serve the exported bundle on the local network (verifying it takes a moment: off the
        GUI thread), then show the address, a QR code and the certificate step."""
        from .publish import local_address, self_signed_certificate, serve_on_network

        if self.bundle is None:
            return None
        bundle, folder = self.bundle, certificate_folder()

        def work(progress):
            progress.report(0.1, tr("Starting"))
            cert, key = self_signed_certificate(folder, local_address())
            return serve_on_network(bundle, cert, key)

        def done(ok: bool, result) -> None:
            from .publish import certificate_steps

            if not ok:
                self.here_text.setText(tr("Cannot show it here. {error}", error=result))
                return
            self.serving = result
            self.serve_button.setText(tr("Stop showing"))
            self.qr.setPixmap(qr_pixmap(result.url))
            self.qr.show()
            self.here_text.setText(f"<b>{tr('Showing at {url}', url=result.url)}</b>" + numbered(certificate_steps()))
            self._fit()

        self.serve_job = self._run_job(self.serve_button, tr("Show on tablets here"), work, done)
        return self.serve_job

    def _run_job(self, button: QPushButton, title: str, work: Callable[[Progress], Any], done: Callable[[bool, Any], None]) -> Job:
        """Export, Check and Show on tablets alike: `work` on a worker thread with `button` off
        until it ends (no second run on top of the first), then `done(ok, result)`."""
        button.setEnabled(False)
        job = Job(work, title, self)

        def finished(ok: bool, result: Any) -> None:
            button.setEnabled(True)
            done(ok, result)

        job.finished.connect(finished)
        job.start()
        return job

    def stop_serving(self) -> None:
        if self.serving is not None:
            serving, self.serving = self.serving, None
            # the server's shutdown waits for its loop's next poll (up to half a second): not on
            # the GUI thread
            import threading

            threading.Thread(target=serving.stop, name="museum-ar-serve-stop", daemon=True).start()
            self.serve_button.setText(tr("Show on tablets here"))
            self.qr.hide()
            self.here_text.setText(tr("Stopped. Tablets no longer reach the exhibit on this computer."))

    def done(self, r: int) -> None:  # closing the dialog stops the server
        self.stop_serving()
        super().done(r)
