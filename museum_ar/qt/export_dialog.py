"""Export the exhibit as a bundle for the tablets: where to, progress with cancel, a summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from .i18n import data_size, tr
from .workers import Job



class ExportDialog(QDialog):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.window_ = parent
        self.setWindowTitle(tr("Export bundle"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("A bundle holds everything the tablets need and plays without a network. Put it on the web server at the exhibit's publish address, or run it with 'museum-ar serve'."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.out = QLineEdit(str(doc.root.parent / f"{doc.root.name}-bundle.zip"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        form.addRow(tr("Save as (.zip or folder)"), row)
        self.overwrite = QCheckBox(tr("Replace an existing bundle there"))
        self.overwrite.setChecked(True)
        form.addRow(self.overwrite)
        lay.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(80)
        lay.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export(Path(self.out.text())))
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.job: Job | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export bundle"), self.out.text(), tr("Zip file") + " (*.zip)")
        if path:
            self.out.setText(path)

    def export(self, out: Path) -> Job | None:
        from ..export import export_bundle, verify_bundle

        if self.doc.is_dirty():  # the bundle is built from the project on disk
            if self.window_ is not None and not self.window_.save():
                return None
        root, overwrite = self.doc.root, self.overwrite.isChecked()

        def work(progress):
            path = export_bundle(root, out, overwrite=overwrite, progress=progress.scaled(0, 0.9))
            progress.report(0.95, tr("Checking the bundle"))
            return verify_bundle(path)

        self.export_button.setEnabled(False)
        self.summary.setText(tr("Exporting…"))
        job = Job(work, tr("Exporting the bundle"), self)

        def done(ok: bool, result) -> None:
            self.export_button.setEnabled(True)
            if not ok:
                self.summary.setText(tr("The bundle was not written. {error}", error=result))
                return
            lines = [
                tr("Bundle written to {path}", path=result.path),
                tr("{files} files, {size}; {markers} markers, {items} items; checksums verified.", files=result.files, size=data_size(result.bytes), markers=result.markers, items=result.items),
            ]
            lines += [tr("Warning: {text}", text=w) for w in result.warnings]
            self.summary.setText("\n".join(lines))

        job.finished.connect(done)
        self.job = job
        job.start()
        return job
