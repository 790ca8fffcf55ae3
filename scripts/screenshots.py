"""Screenshots of the real authoring window, under Xvfb, into docs/img/.

    python scripts/screenshots.py            # starts its own Xvfb when DISPLAY is not set
    python scripts/screenshots.py app-preview-video    # only that shot

Shots: app-start.png (start screen), app-editing.png (a sample exhibit, a 3D model selected),
app-editing-de.png (the same in German), app-preview.png (AR preview with the synthetic camera),
app-print.png (print dialog), app-preview-video.png (the grass-haus video playing in the AR
preview; tapped as a curator would). The samples are copied to a temporary folder first, so the
shots leave no autosave files in exhibits/.
"""

from __future__ import annotations

import os
import shutil
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
        if sys.argv[1:] == ["app-preview-video"]:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication([sys.argv[0]])
            return shoot_video(app, samples)
        rc = shoot(samples)
        from PySide6.QtWidgets import QApplication

        return rc or shoot_video(QApplication.instance(), samples)
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
    from museum_ar.qt.gl_surface import grab_with_gl
    from museum_ar.qt.main_window import MainWindow
    from museum_ar.qt.print_dialog import PrintDialog

    OUT.mkdir(parents=True, exist_ok=True)
    i18n.set_language("en")
    w = MainWindow()
    w.resize(1440, 900)
    w.show()
    settle(app, 1.0)
    grab_with_gl(w).save(str(OUT / "app-start.png"))

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
    grab_with_gl(w).save(str(OUT / "app-editing.png"))

    w.set_language("de")
    if mesh is not None:
        w.tree.select("item", mesh.id)
    settle(app, 1.0)
    renderer = getattr(getattr(w.viewport, "view", None), "renderer", None)  # a new view after the switch
    settle(app, 20.0, until=lambda: renderer is not None and not getattr(renderer.cache, "pending", 0))
    settle(app, 1.0)
    grab_with_gl(w).save(str(OUT / "app-editing-de.png"))
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
        grab_with_gl(w).save(str(OUT / "app-preview.png"))
        w.preview.stop()

        dlg = PrintDialog(w.doc, w)
        dlg.show()
        settle(app, 10.0, until=dlg.preview_ready)  # the page is drawn off the GUI thread
        settle(app, 0.5)
        dlg.grab().save(str(OUT / "app-print.png"))
        dlg.close()

    if w.doc is not None:
        w.doc.stack.set_clean()
    w.close()
    for name in ("app-start", "app-editing", "app-editing-de", "app-preview", "app-print"):
        p = OUT / f"{name}.png"
        print(f"{p.relative_to(REPO)}: {'ok' if p.is_file() else 'MISSING'}")
    return 0


def shoot_video(app, samples: Path) -> int:
    """The grass-haus sample's video playing in the AR preview (tapped on the video quad)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from museum_ar.qt import i18n
    from museum_ar.qt.gl_surface import grab_with_gl
    from museum_ar.qt.capture import SourceSpec
    from museum_ar.qt.main_window import MainWindow

    grass = samples / "grass-haus"
    if not grass.is_dir():
        print("no grass-haus sample: app-preview-video.png not taken")
        return 0
    from dataclasses import replace

    from museum_ar.core.project import load_project, save_exhibit

    # the sample's clip lasts 3 s: loop it (in the copy) so it still plays when the camera has it whole
    exhibit = load_project(grass).exhibit
    video = exhibit.find_item("zeichnung-video")[1]
    video.playback = replace(video.playback, loop=True)
    save_exhibit(grass, exhibit)
    i18n.set_language("en")
    w = MainWindow()
    w.resize(1440, 900)
    w.show()
    assert w.open_exhibit(grass), w.message_bar.text()
    w.preview_dock.show()
    w.preview_dock.raise_()
    w.resizeDocks([w.preview_dock], [720], Qt.Orientation.Horizontal)
    w.tree.select("marker", "zeichnung")
    settle(app, 0.5)
    w.preview.start(SourceSpec("synthetic"))
    view = w.preview.view
    settle(app, 20.0, until=lambda: w.preview.last is not None and "zeichnung" in w.preview.last.seen and view.frames_drawn > 20)
    view.repaint()
    hits = [(x, y) for y in range(0, view.height(), 4) for x in range(0, view.width(), 4) if view.item_at(x, y) == "zeichnung-video"]
    if hits:
        xs, ys = zip(*hits)
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(sorted(xs)[len(xs) // 2], sorted(ys)[len(ys) // 2]))
    player = w.preview.media.players.get("zeichnung-video") if w.preview.media else None
    settle(app, 10.0, until=lambda: player is not None and player.frames_shown >= 20)

    def whole_quad_in_view() -> bool:  # the camera sways: wait until the video is not cut by the edge
        time.sleep(0.3)  # look now and then, not every frame: picking costs the preview frames
        xs = [x for y in range(0, view.height(), 12) for x in range(0, view.width(), 12) if view.item_at(x, y) == "zeichnung-video"]
        return bool(xs) and max(xs) < view.width() - 40 and min(xs) > 16

    settle(app, 12.0, until=whole_quad_in_view)  # (a best effort: the sway may keep it at the edge)
    # the status line's fps is an average: let it recover from the picking above (the sway is slow)
    settle(app, 1.0)
    grab_with_gl(w).save(str(OUT / "app-preview-video.png"))
    w.preview.stop()
    w.doc.stack.set_clean()
    w.close()
    p = OUT / "app-preview-video.png"
    print(f"{p.relative_to(REPO)}: {'ok' if p.is_file() and player is not None else 'MISSING (no video played)'}")
    return 0


if __name__ == "__main__":
    rc = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip the interpreter's teardown: the QApplication would be destroyed after our Xvfb is gone
    # and die with an X I/O error (deleting it by hand first crashes in PySide's finaliser).
    os._exit(rc)
