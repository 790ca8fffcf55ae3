"""Screenshots of the real authoring window, under Xvfb, into docs/img/.

    python scripts/screenshots.py            # starts its own Xvfb when DISPLAY is not set

Shots: app-start.png (start screen), app-editing.png (a sample exhibit, a 3D model selected),
app-editing-de.png (the same in German), app-preview.png (AR preview with the synthetic camera),
app-print.png (print dialog). The samples are copied to a temporary folder first, so the
shots leave no autosave files in exhibits/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "img"
# Use the checkout this script is in, whatever copy of museum_ar happens to be installed.
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
from virtual_display import ensure_display  # noqa: E402
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))


def main() -> int:
    xvfb = ensure_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    work = Path(tempfile.mkdtemp(prefix="museum-ar-shots-"))
    os.environ["MUSEUM_AR_SETTINGS"] = str(work / "settings.ini")
    samples = work / "exhibits"
    for src in sorted((REPO / "exhibits").glob("*/exhibit.json")):
        shutil.copytree(src.parent, samples / src.parent.name)
    os.environ["MUSEUM_AR_SAMPLES"] = str(samples)
    try:
        return shoot(samples)
    finally:
        if xvfb is not None:
            xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


def settle(app, seconds: float, until=None) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        if until is not None and until():
            break
        time.sleep(0.02)


def shoot(samples: Path) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from museum_ar.qt import i18n
    from museum_ar.qt.capture import SourceSpec
    from museum_ar.qt.main_window import MainWindow
    from museum_ar.qt.print_dialog import PrintDialog

    OUT.mkdir(parents=True, exist_ok=True)
    i18n.set_language("en")
    w = MainWindow()
    w.resize(1440, 900)
    w.show()
    settle(app, 1.0)
    w.grab().save(str(OUT / "app-start.png"))

    grass = samples / "grass-haus"
    natur = samples / "natur-und-umwelt"
    target = natur if natur.is_dir() else grass
    assert w.open_exhibit(target), w.message_bar.text()
    mesh = next((it for _, it in w.doc.exhibit.items() if it.kind.value == "mesh"), None)
    if mesh is not None:
        w.tree.select("item", mesh.id)
    renderer = getattr(getattr(w.viewport, "view", None), "renderer", None)
    settle(app, 20.0, until=lambda: renderer is not None and not getattr(renderer.cache, "pending", 0))
    settle(app, 1.0)
    w.grab().save(str(OUT / "app-editing.png"))

    w.set_language("de")
    if mesh is not None:
        w.tree.select("item", mesh.id)
    settle(app, 3.0)
    w.grab().save(str(OUT / "app-editing-de.png"))
    w.set_language("en")

    if w.open_exhibit(grass if grass.is_dir() else target):
        w.preview_dock.show()
        w.preview_dock.raise_()
        from PySide6.QtCore import Qt

        w.resizeDocks([w.preview_dock], [720], Qt.Orientation.Horizontal)
        w.tree.select("marker", w.doc.exhibit.markers[0].id)
        settle(app, 0.5)
        w.preview.start(SourceSpec("synthetic"))
        settle(app, 20.0, until=lambda: w.preview.last is not None and w.preview.last.seen and w.preview.view.frames_drawn > 20)
        settle(app, 1.0)
        w.grab().save(str(OUT / "app-preview.png"))
        w.preview.stop()

        dlg = PrintDialog(w.doc, w)
        dlg.show()
        settle(app, 1.0)
        dlg.grab().save(str(OUT / "app-print.png"))
        dlg.close()

    if w.doc is not None:
        w.doc.stack.set_clean()
    w.close()
    for name in ("app-start", "app-editing", "app-editing-de", "app-preview", "app-print"):
        p = OUT / f"{name}.png"
        print(f"{p.relative_to(REPO)}: {'ok' if p.is_file() else 'MISSING'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
