"""Start the authoring app: `museum-ar` (start screen) or `museum-ar open DIR`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from . import i18n
from .settings import default_language


def create_window(directory: Path | None = None):
    """The main window, with `directory` opened when given (used by run(), tests, benchmarks)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("museum-ar")
    app.setOrganizationName("museum-ar")
    i18n.set_language(default_language())
    from .main_window import MainWindow

    window = MainWindow()
    window.prepare_gl_views()
    if directory is not None:
        window.open_exhibit(Path(directory))
    return app, window


def run(directory: Path | None) -> int:
    app, window = create_window(None)
    window.show()
    if directory is not None:
        window.open_exhibit(Path(directory))  # errors show in the window, on the start screen
    return app.exec()
