"""GL panels (under pytest-xvfb's X server), the print dialog and the export dialog, for real."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest
from PIL import Image

from museum_ar.core import commands as cmd

pytestmark = pytest.mark.gl


@pytest.fixture
def exhibit_with_red_picture(window, qtbot, tmp_path):
    picture = tmp_path / "rotes Bild.png"
    Image.fromarray(np.full((200, 300, 3), (220, 20, 20), np.uint8)).save(picture)
    assert window.new_exhibit(tmp_path / "Ausstellung", "Natur")
    window.add_marker()
    window.doc.push(cmd.SetPublishUrl("https://ar.example.org/natur/"))
    job = window.attach_files("M1", [picture])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=30000)
    assert window.doc.exhibit.markers[0].items, window.message_bar.text()
    return window


def red_share(img: np.ndarray) -> float:
    r, g, b = img[..., 0].astype(int), img[..., 1].astype(int), img[..., 2].astype(int)
    return float(np.mean((r > 150) & (g < 80) & (b < 80)))


def qimage_rgb(qimg) -> np.ndarray:
    from PySide6.QtGui import QImage

    qimg = qimg.convertToFormat(QImage.Format.Format_RGB888)
    ptr = qimg.constBits()
    arr = np.frombuffer(ptr, np.uint8, qimg.sizeInBytes()).reshape(qimg.height(), qimg.bytesPerLine())
    return arr[:, : qimg.width() * 3].reshape(qimg.height(), qimg.width(), 3).copy()


@pytest.mark.slow
def test_preview_overlays_content_on_the_synthetic_camera(exhibit_with_red_picture, qtbot):
    from museum_ar.qt.capture import SourceSpec

    w = exhibit_with_red_picture
    w.preview_dock.show()
    w.preview_dock.raise_()
    view = w.preview.view
    assert view is not None, w.preview.missing
    # The camera picture alone holds no saturated red: whatever red shows is the overlay.
    w.preview.start(SourceSpec("synthetic"))
    try:
        qtbot.waitUntil(lambda: w.preview.last is not None and "M1" in w.preview.last.seen and view.frames_drawn > 2, timeout=60000)
        camera_only = w.preview.last.image[..., ::-1]
        shown = qimage_rgb(view.grabFramebuffer())
        qtbot.waitUntil(lambda: "M1" in w.preview.status.text(), timeout=5000)
        status = w.preview.status.text()
    finally:
        w.preview.stop()
    # honest when stopped: no last picture, no frame rate from before
    assert w.preview.last is None and view.result is None
    assert "fps" not in w.preview.status.text()
    assert red_share(camera_only) < 0.001
    assert red_share(shown) > 0.02
    assert "Markers\u00a0seen:\u00a0M1" in status  # a part of the line never wraps inside itself
    assert "quality:\u00a0good" in status and "   ·   " in status  # it may wrap between parts


@pytest.mark.slow
def test_gizmo_drag_is_one_undo_step(exhibit_with_red_picture, qtbot):
    from PySide6.QtCore import QPoint, Qt

    w = exhibit_with_red_picture
    vp = w.viewport
    if not hasattr(vp, "view"):
        pytest.skip("renderer not installed")
    view = vp.view
    vp.set_mode("translate")
    qtbot.waitUntil(lambda: view.renderer is not None, timeout=10000)
    view.repaint()
    item = w.doc.exhibit.markers[0].items[0]
    before = item.transform
    # find the x handle's tip on screen from the last draw, and drag it 60 px to the right
    g = vp.gizmo_matrix(w.doc.exhibit.markers[0], item.transform)
    from museum_ar.render.camera import perspective

    dpr = view.devicePixelRatioF()
    ww, hh = int(view.width() * dpr), int(view.height() * dpr)

    def drawn_as_seen() -> bool:
        # the picking works on the last draw: wait until it is of the view as it is now (under
        # load the window's first exposure came after repaint(), and the last draw was older)
        view.repaint()
        last = view.renderer.last_draw
        helpers = last.get("helpers")
        return bool(last) and tuple(last["viewport"]) == (ww, hh) and np.allclose(last["view"], view.camera.view()) and helpers is not None and bool(helpers.gizmo)

    qtbot.waitUntil(drawn_as_seen, timeout=10000)
    mvp = perspective(40.0, ww / hh) @ view.camera.view()
    size = vp.gizmo_size(w.doc.exhibit.markers[0], item.transform)
    p = mvp @ (g @ np.array([size * 0.8, 0, 0, 1.0]))
    px = QPoint(int((p[0] / p[3] + 1) / 2 * ww / dpr), int((1 - p[1] / p[3]) / 2 * hh / dpr))
    assert view.renderer.pick_gizmo(px.x() * dpr, px.y() * dpr) == "x"
    undo_depth = w.doc.stack.undo_depth
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=px)
    for dx in range(10, 70, 10):
        qtbot.mouseMove(view, QPoint(px.x() + dx, px.y()))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(px.x() + 60, px.y()))
    moved = item.transform.translation
    assert moved[0] != before.translation[0] and moved[1:] == before.translation[1:]
    assert w.doc.stack.undo_depth == undo_depth + 1  # the whole drag: one step
    w.app_actions.undo.trigger()
    assert item.transform == before


@pytest.mark.slow
def test_print_dialog_previews_and_writes_a_pdf(exhibit_with_red_picture, qtbot, tmp_path):
    from museum_ar.qt.print_dialog import PrintDialog

    w = exhibit_with_red_picture
    dlg = PrintDialog(w.doc, w)
    qtbot.waitUntil(dlg.preview_ready, timeout=30000)  # drawn off the GUI thread
    assert not dlg.preview.pixmap().isNull()
    assert dlg.preview.pixmap().width() > 200
    dlg.size_spin.setValue(150)  # an undoable edit of the marker, as in its properties
    assert w.doc.exhibit.marker("M1").size_mm == 150.0 and "150 mm" in dlg.markers.item(0).text()
    w.app_actions.undo.trigger()
    assert w.doc.exhibit.marker("M1").size_mm == 100.0
    out = tmp_path / "Marker Blätter.pdf"
    dlg.save_pdf(out, open_after=False)
    qtbot.waitUntil(lambda: "Saved" in dlg.status.text() or "not" in dlg.status.text(), timeout=30000)
    assert out.read_bytes().startswith(b"%PDF"), dlg.status.text()
    # a paper problem is said in plain words and disables saving
    w.doc.push(cmd.SetPublishUrl(""))
    dlg.refresh()
    qtbot.waitUntil(dlg.preview_ready, timeout=30000)
    assert not dlg.save_button.isEnabled() and "publish address" in dlg.status.text()


@pytest.mark.slow
def test_export_dialog_writes_and_summarises(exhibit_with_red_picture, qtbot, tmp_path):
    from museum_ar.qt.export_dialog import ExportDialog

    w = exhibit_with_red_picture
    dlg = ExportDialog(w.doc, w)
    out = tmp_path / "bundle.zip"
    on_disk = (w.doc.root / "exhibit.json").read_bytes()
    job = dlg.export(out)  # the exhibit as it is in the window (services.export): nothing is saved first
    assert job is not None
    qtbot.waitUntil(lambda: dlg.export_button.isEnabled(), timeout=120000)
    assert "Bundle written" in dlg.summary.text(), dlg.summary.text()
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        manifest = json.loads(z.read("manifest.json"))
    assert any(n.endswith("manifest.json") for n in names)
    # the unsaved publish address and picture are in the bundle; exhibit.json and the unsaved mark are as they were
    assert manifest["exhibit"]["publish_url"] == "https://ar.example.org/natur/" and manifest["markers"][0]["items"]
    assert w.isWindowModified() and (w.doc.root / "exhibit.json").read_bytes() == on_disk


def test_missing_webcam_is_said_in_plain_words(exhibit_with_red_picture, qtbot):
    from museum_ar.qt.capture import SourceSpec

    w = exhibit_with_red_picture
    w.preview.start(SourceSpec("webcam", "7"))  # no camera on this machine
    qtbot.waitUntil(lambda: not w.preview.running(), timeout=30000)
    assert w.message_bar.text().startswith("AR preview:")
    assert "Traceback" not in w.message_bar.text()
    assert w.preview.start_button.text() == "Start"
    assert w.doc.exhibit.markers[0].items  # nothing lost


def test_placement_view_multisamples_only_on_a_graphics_card(window, monkeypatch):
    """Multisampling on a software renderer made every frame of the placement view 1.5-3x as
    slow; the view asks for it only where a GPU draws, and the user's choice wins."""
    from museum_ar.qt.gl_format import edge_samples, gl_info
    from museum_ar.qt.gl_view import GLView

    renderer = gl_info()["renderer"].lower()
    software = any(name in renderer for name in ("llvmpipe", "softpipe", "swiftshader"))
    assert edge_samples(4) == (0 if software else 4), renderer
    view = window.findChild(GLView)
    assert max(0, view.format().samples()) == edge_samples(4)  # (-1: the default, none)
    monkeypatch.setenv("MUSEUM_AR_GL_SAMPLES", "2")
    assert edge_samples(4) == 2
