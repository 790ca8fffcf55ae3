"""Start the authoring app. (Placeholder window until the authoring-app issue lands.)"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from ..core.errors import MuseumArError
from ..core.project import load_project


def run(directory: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("museum-ar")
    window = QMainWindow()
    window.setWindowTitle("museum-ar")
    text = "museum-ar"
    if directory is not None:
        try:
            project = load_project(directory, check_assets=False)
            ex = project.exhibit
            text = f"{ex.title.get('de')}\n{len(ex.markers)} Marker"
            window.setWindowTitle(f"{ex.title.get('de')} — museum-ar")
        except MuseumArError as e:
            QMessageBox.critical(window, "museum-ar", str(e))
            return 1
    label = QLabel(text)
    window.setCentralWidget(label)
    window.resize(1024, 700)
    window.show()
    return app.exec()
